package org.sonobill.engine.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CMS GPCI file in both layouts CMS ships (GPCIyyyy.csv and the fixed-width GPCIyyyy.txt). */
class GpciLoaderTest {
    @TempDir
    Path dir;

    @Test
    void theBundledCy2024FileHoldsEveryLocality() {
        GpciTable t = ReferenceLibrary.bundled().gpci(java.time.LocalDate.of(2024, 8, 15)).table();
        assertThat(t.size()).isEqualTo(109);
        Gpci manhattan = t.get("13202-01");
        assertThat(manhattan.name()).isEqualTo("MANHATTAN");
        assertThat(manhattan.practiceExpense()).isEqualByComparingTo("1.166");
        assertThat(t.get("02102-01").work()).isEqualByComparingTo("1.500"); // Alaska's 1.5 work floor (MIPPA)
    }

    @Test
    void readsTheCsvLayoutByColumnNamesWhateverTheYear() throws IOException {
        Path f = Files.writeString(dir.resolve("GPCI2027.csv"), """
                ADDENDUM E. FINAL CY 2027 GEOGRAPHIC PRACTICE COST INDICES (GPCIs) BY STATE AND MEDICARE LOCALITY

                Medicare Administrative Contractor (MAC),State,Locality Number,Locality Name,2027 PW GPCI (with 1.0 Floor),2027 PE GPCI,2027 MP GPCI
                10112,AL,00,ALABAMA,1.000,0.870,0.580
                01202,HI,01,"HAWAII, GUAM",1.000,1.120,0.600
                *Work GPCI reflects a 1.5 floor in Alaska established by the MIPPA.
                """);
        GpciTable t = CmsLoaders.gpci(TextSource.of(f));
        assertThat(t.size()).isEqualTo(2);
        assertThat(t.get("01202-01").name()).isEqualTo("HAWAII, GUAM");
        assertThat(t.get("10112-00").malpractice()).isEqualByComparingTo("0.580");
    }

    @Test
    void takesTheWorkGpciWithTheFloorWhenTheFileAlsoPrintsTheOneWithout() throws IOException {
        Path f = Files.writeString(dir.resolve("GPCI2026.csv"), """
                Medicare Administrative Contractor (MAC),State,Locality Number,Locality Name,2026 PW GPCI (without 1.0 Floor),2026 PW GPCI (with 1.0 Floor),2026 PE GPCI,2026 MP GPCI
                10112,AL,00,ALABAMA,0.964,1.000,0.870,0.580
                """);
        assertThat(CmsLoaders.gpci(TextSource.of(f)).get("10112-00").work()).isEqualByComparingTo("1.000");
    }

    @Test
    void readsTheFixedWidthTextLayout() throws IOException {
        Path f = Files.writeString(dir.resolve("GPCI2023.txt"), """
                ADDENDUM E. FINAL CY 2023 GEOGRAPHIC PRACTICE COST INDICES (GPCIs) BY STATE AND MEDICARE LOCALITY

                Medicare Admi State  Locality                          Locality Name                          2023 PW GPCI2023 PE GPCI2023 MP GPCI
                10112           AL      00   ALABAMA                                                             1.000       0.878       0.748
                01182           CA      18   LOS ANGELES-LONG BEACH-ANAHEIM (LOS ANGELES CNTY)                   1.045       1.185       0.724
                """);
        GpciTable t = CmsLoaders.gpci(TextSource.of(f));
        assertThat(t.size()).isEqualTo(2);
        assertThat(t.get("01182-18").name()).isEqualTo("LOS ANGELES-LONG BEACH-ANAHEIM (LOS ANGELES CNTY)");
        assertThat(t.get("01182-18").work()).isEqualByComparingTo("1.045");
    }

    @Test
    void aMalformedValueNamesTheFileLineAndColumn() throws IOException {
        Path f = Files.writeString(dir.resolve("GPCI2027.csv"), """
                Medicare Administrative Contractor (MAC),State,Locality Number,Locality Name,2027 PW GPCI (with 1.0 Floor),2027 PE GPCI,2027 MP GPCI
                10112,AL,00,ALABAMA,1.000,0.87O,0.580
                """);
        assertThatThrownBy(() -> CmsLoaders.gpci(TextSource.of(f)))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessageContaining("GPCI2027.csv")
                .hasMessageContaining(":2")
                .hasMessageContaining("PE GPCI")
                .hasMessageContaining("0.87O");
    }

    @Test
    void aFileWithoutLocalitiesIsRefused() throws IOException {
        Path f = Files.writeString(dir.resolve("notes.txt"), "nothing to see\n");
        assertThatThrownBy(() -> CmsLoaders.gpci(TextSource.of(f))).isInstanceOf(ReferenceDataException.class)
                .hasMessageContaining("no localities");
    }
}

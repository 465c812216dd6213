package org.sonobill.engine.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdjustmentCodeListTest {
    private static final ReferenceLibrary BUNDLED = ReferenceLibrary.bundled();
    private static final LocalDate JULY_2024 = LocalDate.of(2024, 7, 1);

    @TempDir
    Path tmp;

    @Test
    void theShippedCarcListHoldsEveryCodeOfTheJune2024Release() {
        AdjustmentCodeList carcs = BUNDLED.carcs(JULY_2024).table();

        assertThat(carcs.kind()).isEqualTo(AdjustmentCodeList.Kind.CARC);
        assertThat(carcs.size()).isEqualTo(405);
        assertThat(carcs.codes()).filteredOn(c -> c.stop() != null).hasSize(110);
        assertThat(carcs.description("50")).contains("medical necessity");
    }

    @Test
    void aCodeIsActiveFromItsStartDateUntilTheDayBeforeItsStopDate() {
        AdjustmentCodeList carcs = BUNDLED.carcs(JULY_2024).table();
        AdjustmentCode c17 = carcs.get("17").orElseThrow();

        assertThat(c17.stop()).isNotNull();
        assertThat(carcs.activeOn("17", c17.stop().minusDays(1))).isTrue();
        assertThat(carcs.activeOn("17", c17.stop())).isFalse();
        assertThat(carcs.activeOn("16", JULY_2024)).isTrue();
        assertThat(carcs.activeOn("16", LocalDate.of(1994, 12, 31))).as("before its start date").isFalse();
        assertThat(carcs.activeOn("999", JULY_2024)).as("not on the list").isFalse();
    }

    @Test
    void codesAreFoundWhateverTheirCaseOrSpacing() {
        AdjustmentCodeList rarcs = BUNDLED.rarcs(JULY_2024).table();

        assertThat(rarcs.get(" n264 ")).map(AdjustmentCode::code).contains("N264");
        assertThat(BUNDLED.carcs(JULY_2024).table().get("b7")).isPresent();
    }

    @Test
    void theShippedRarcListReadsADeactivationNoteAsTheStopDate() {
        AdjustmentCodeList rarcs = BUNDLED.rarcs(JULY_2024).table();

        assertThat(rarcs.size()).isEqualTo(1171);
        assertThat(rarcs.get("MA95").orElseThrow().stop()).isEqualTo(LocalDate.of(2003, 2, 28));
        assertThat(rarcs.activeOn("MA95", JULY_2024)).isFalse();
        assertThat(rarcs.activeOn("N264", JULY_2024)).isTrue();
        assertThat(rarcs.description("N115")).contains("Local Coverage Determination");
    }

    @Test
    void aRowWithoutAStartDateIsRefusedNamingTheFileAndLine() throws IOException {
        Path f = tmp.resolve("carc.csv");
        Files.writeString(f, "code,description,start_date,stop_date\n16,Missing information,1995-01-01,\n18,Duplicate,,\n");

        assertThatThrownBy(() -> CmsLoaders.carc(TextSource.of(f)))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessageContaining(f + ":3").hasMessageContaining("code 18").hasMessageContaining("start_date");
    }

    @Test
    void aCodeOfTheWrongShapeIsRefusedNamingTheColumn() throws IOException {
        Path f = tmp.resolve("rarc.csv");
        Files.writeString(f, "code,description,start_date\nN264,Ordering provider name,2004-04-01\n16,Not a RARC,1995-01-01\n");

        assertThatThrownBy(() -> CmsLoaders.rarc(TextSource.of(f)))
                .hasMessageContaining(f + ":3").hasMessageContaining("column 1").hasMessageContaining("\"16\"");
    }

    @Test
    void aFileWithoutTheNeededColumnsIsRefused() throws IOException {
        Path f = tmp.resolve("pos.csv");
        Files.writeString(f, "pos_code,pos_name\n11,Office\n");

        assertThatThrownBy(() -> CmsLoaders.carc(TextSource.of(f)))
                .hasMessageContaining(f + ":1").hasMessageContaining("code, description and start_date");
    }

    @Test
    void aNewReleaseIsImportedAsAVersionLikeTheCmsTables() throws IOException {
        Path f = tmp.resolve("carc-2024-11.csv");
        Files.writeString(f, "code,description,start_date,stop_date\n16,Missing information,1995-01-01,\n"
                + "300,A code made up for this test,2024-11-01,\n");
        ReferenceLibrary lib = ReferenceLibrary.withUserData(tmp.resolve("data"));

        ReferenceLibrary.ImportResult r = lib.importFile(DatasetKind.CARC, f, LocalDate.of(2024, 11, 1), "CARC 2024-11");

        assertThat(r.rows()).isEqualTo(2);
        assertThat(lib.carcs(LocalDate.of(2024, 11, 2)).table().activeOn("300", LocalDate.of(2024, 11, 2))).isTrue();
        assertThat(lib.carcs(JULY_2024).table().size()).as("the shipped list governs earlier dates").isEqualTo(405);
        assertThat(DatasetKind.byKey("rarc")).contains(DatasetKind.RARC);
    }
}

package org.sonobill.engine.denial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sonobill.engine.reference.AdjustmentCode;
import org.sonobill.engine.reference.AdjustmentCodeList;
import org.sonobill.engine.reference.ReferenceDataException;
import org.sonobill.engine.reference.ReferenceLibrary;

class DenialTableTest {
    private static final DenialTable TABLE = DenialTable.shipped();
    private static final DenialClassifier CLASSIFIER = DenialClassifier.withTable(TABLE);
    private static final AdjustmentCodeList CARCS = ReferenceLibrary.bundled().carcs(java.time.LocalDate.of(2024, 7, 1)).table();
    private static final String HEADER = String.join("\t", DenialTableReader.COLUMNS) + "\n";

    @TempDir
    Path tmp;

    static Stream<AdjustmentCode> everyShippedCarc() {
        return CARCS.codes().stream();
    }

    @ParameterizedTest(name = "CARC {0}")
    @MethodSource("everyShippedCarc")
    void everyShippedCarcHasExactlyOneDefaultRowAndClassifiesUnderEveryGroup(AdjustmentCode carc) {
        List<DenialRow> defaults = TABLE.rows().stream().filter(r -> r.isDefault() && r.carc().equals(carc.code())).toList();

        assertThat(defaults).as("default rows of %s", carc.code()).hasSize(1);
        assertThat(defaults.get(0).active()).as("status of %s follows its X12 stop date", carc.code())
                .isEqualTo(carc.stop() == null);
        for (String group : List.of("CO", "OA", "PI", "PR", "CR")) {
            DenialClassification c = CLASSIFIER.classify(DenialLine.of(group, carc.code(), "10.00"),
                    DenialContext.of("medicare").build());
            assertThat(c.reason()).as("%s-%s", group, carc.code()).startsWith(group + "-" + carc.code() + " (\"")
                    .contains(c.rootCause().slug()).endsWith("Next: " + c.action().slug() + ".");
            assertThat(c.fix()).isNotBlank();
            assertThat(c.source()).isNotBlank();
        }
    }

    @Test
    void theTableListsNoCarcThatIsNotOnTheX12List() {
        assertThat(TABLE.carcs()).hasSize(CARCS.size());
        assertThat(TABLE.carcs()).allSatisfy(c -> assertThat(CARCS.get(c)).as(c).isPresent());
    }

    @Test
    void theWhyOfEveryRowIsOurOwnSentenceNotTheX12Description() {
        for (DenialRow r : TABLE.rows()) {
            String x12 = CARCS.description(r.carc());
            assertThat(r.why()).as("line %d", r.line()).isNotEqualToIgnoringCase(x12).doesNotContain(x12.isEmpty() ? "\u0000" : x12);
        }
    }

    @Test
    void patientShareAndReductionsAreNotDenialsToWork() {
        assertThat(TABLE.denies("PR", "1")).isFalse();
        assertThat(TABLE.denies("PR", "2")).isFalse();
        assertThat(TABLE.denies("PR", "3")).isFalse();
        assertThat(TABLE.denies("CO", "45")).isFalse();
        assertThat(TABLE.denies("CO", "253")).isFalse();
        assertThat(TABLE.denies("CO", "59")).isFalse();
        assertThat(TABLE.denies("CR", "50")).as("a reversal").isFalse();
        assertThat(TABLE.denies("CO", "50")).isTrue();
        assertThat(TABLE.denies("PR", "204")).as("a denied service put on the patient is still worked").isTrue();
        assertThat(TABLE.denies("CO", "999")).as("an unknown code is worked").isTrue();
    }

    @Test
    void aUserTableReplacesTheShippedOneWithoutABuild() throws IOException {
        Path f = tmp.resolve("mine.tsv");
        Files.writeString(f, "# our own mapping\n" + HEADER
                + "50\t*\t\tfrequency\tcoding\tcoder\tappeal\tyes\t0.9\tactive\tWe read 50 as frequency.\tour contract\n"
                + "*\t*\t\tdocumentation\tbilling\tbiller\tnew-claim\tno\t0.5\tactive\tUnknown code.\tus\n");

        DenialTable mine = DenialTable.read(f);
        DenialClassification c = DenialClassifier.withTable(mine).classify(DenialLine.of("CO", "50", "80.00"),
                DenialContext.of("commercial").build());

        assertThat(mine.size()).isEqualTo(2);
        assertThat(c.rootCause()).isEqualTo(RootCause.FREQUENCY);
        assertThat(c.successPrior()).isEqualTo(0.9);
        assertThat(c.source()).contains("our contract");
    }

    @Test
    void aMalformedLineIsRefusedNamingTheFileLineAndColumn() throws IOException {
        Path f = tmp.resolve("broken.tsv");
        Files.writeString(f, HEADER
                + "50\t*\t\tmedical-necessity\tclinical\tdenial-specialist\tappeal\tyes\t0.4\tactive\tok\tg.1\n"
                + "97\t*\tM15\tbundling\tcoding\tcoder\tresubmit\tyes\t0.3\tactive\tbad action\tg.1\n");

        assertThatThrownBy(() -> DenialTable.read(f)).isInstanceOf(ReferenceDataException.class)
                .hasMessageContaining(f + ":3: column 7 (action)").hasMessageContaining("\"resubmit\"")
                .hasMessageContaining("corrected-claim");
    }

    @Test
    void eachKindOfMistakeNamesItsColumn() throws IOException {
        String good = "50\t*\t\tmedical-necessity\tclinical\tdenial-specialist\tappeal\tyes\t0.4\tactive\tok\tg.1";
        List<String[]> cases = new ArrayList<>();
        cases.add(new String[] {good.replace("50\t*", "fifty\t*"), "column 1 (carc)"});
        cases.add(new String[] {good.replace("\t*\t", "\tXX\t"), "column 2 (group)"});
        cases.add(new String[] {good.replace("50\t*\t\t", "50\t*\t16\t"), "column 3 (rarcs)"});
        cases.add(new String[] {good.replace("medical-necessity", "coverage"), "column 4 (root_cause)"});
        cases.add(new String[] {good.replace("\tclinical\t", "\tradiology\t"), "column 5 (team)"});
        cases.add(new String[] {good.replace("\tdenial-specialist\t", "\tauditor\t"), "column 6 (owner_role)"});
        cases.add(new String[] {good.replace("\tyes\t", "\tmaybe\t"), "column 8 (appealable)"});
        cases.add(new String[] {good.replace("0.4", "40%"), "column 9 (success)"});
        cases.add(new String[] {good.replace("active", "retired"), "column 10 (status)"});
        cases.add(new String[] {good.replace("\tg.1", ""), "column 12 (source)"});
        for (String[] c : cases) {
            Path f = tmp.resolve("case.tsv");
            Files.writeString(f, HEADER + c[0] + "\n");
            assertThatThrownBy(() -> DenialTable.read(f)).as(c[1]).hasMessageContaining(f + ":2: " + c[1]);
        }
    }

    @Test
    void aWrongHeaderAndATableWithoutCatchAllAreRefused() throws IOException {
        Path f = tmp.resolve("h.tsv");
        Files.writeString(f, "carc\tgroup\tremarks\n");
        assertThatThrownBy(() -> DenialTable.read(f)).hasMessageContaining(f + ":1: column 3 (rarcs)")
                .hasMessageContaining("\"remarks\"");

        Files.writeString(f, HEADER + "50\t*\t\tmedical-necessity\tclinical\tdenial-specialist\tappeal\tyes\t0.4\tactive\tok\tg.1\n");
        assertThatThrownBy(() -> DenialTable.read(f)).hasMessageContaining("catch-all row");
    }

    @Test
    void twoRowsForTheSameCodesAreRefusedNamingBothLines() throws IOException {
        Path f = tmp.resolve("dup.tsv");
        String row = "50\t*\tN115\tmedical-necessity\tclinical\tdenial-specialist\tappeal\tyes\t0.4\tactive\tok\tg.1\n";
        Files.writeString(f, HEADER + row + row);

        assertThatThrownBy(() -> DenialTable.read(f)).hasMessageContaining(f + ":3").hasMessageContaining("line 2");
    }

    @Test
    void theShippedTableIsTheFileInTheJar() throws IOException {
        try (InputStream in = DenialTable.class.getResourceAsStream(DenialTable.SHIPPED)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(text).contains("# Columns:").contains(String.join("\t", DenialTableReader.COLUMNS));
        }
    }
}

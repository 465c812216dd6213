package org.sonobill.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sonobill.cli.Cli.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sonobill.cli.Cli.Run;

/** {@code sonobill data import} and {@code data status} as a script sees them: output, messages and exit codes. */
class DataCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PTP_HEADER = "Column1/Column 2 Edits\r\n"
            + "Column 1\tColumn 2\t*=in existence prior to 1996\tEffective Date\tDeletion Date *=no data\t"
            + "Modifier 0=not allowed 1=allowed 9=not applicable\tPTP Edit Rationale\r\n";
    /** Labels of the bundled manifest (engine/src/main/resources/reference/manifest.tsv). */
    private static final List<String> BUNDLED_LABELS = List.of("ICD-10-CM FY2024", "ICD-10-CM FY2025", "ICD-10-CM FY2026",
            "NCCI PTP practitioner 2024Q3 (ultrasound rows)", "NCCI PTP outpatient hospital 2024Q3 (ultrasound rows)",
            "NCCI MUE practitioner 2024-07-01", "NCCI MUE outpatient hospital 2024-07-01", "NCCI add-on code edits 2024-06",
            "MPFS RVU24C (ultrasound rows)", "CMS place of service codes 2024", "CMS GPCI CY2024 (Addendum E)",
            "X12 CARC list 2024-06", "X12 RARC list 2024-06");

    @TempDir
    Path tmp;

    private Path dataDir() {
        return tmp.resolve("reference");
    }

    private Path ptpFile() throws IOException {
        Path f = tmp.resolve("ccipra-v321r0-f1.txt");
        Files.writeString(f, PTP_HEADER
                + "76856\t76830\t\t20260101\t*\t0\tTest pair: not payable together\r\n"
                + "76700\t76705\t\t19960101\t*\t1\tHCPCS/CPT procedure code definition\r\n", StandardCharsets.US_ASCII);
        return f;
    }

    private static List<Path> filesUnder(Path root) throws IOException {
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).toList();
        }
    }

    // ---------------------------------------------------------------- import

    @Test
    void importsAPtpFileAndSaysHowManyRowsItRead() throws IOException {
        Run r = run("data", "import", "ptp", ptpFile().toString(), "--effective", "2026-01-01", "--data-dir", dataDir().toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("imported ptp-practitioner").contains("2 rows").contains("effective 2026-01-01")
                .contains(dataDir().toString());
        assertThat(r.err()).isEmpty();
        assertThat(dataDir().resolve("manifest.tsv")).exists();
        assertThat(filesUnder(dataDir())).hasSize(2);
    }

    @Test
    void anUnknownKindIsRefusedWithTheListOfKinds() throws IOException {
        Run r = run("data", "import", "ncci", ptpFile().toString(), "--effective", "2026-01-01", "--data-dir", dataDir().toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("unknown kind \"ncci\"");
        for (String kind : List.of("ptp", "ptp-hospital", "mue", "mue-hospital", "aoc", "rvu", "icd10cm", "pos", "carc",
                "rarc")) {
            assertThat(r.err()).contains(kind);
        }
        assertThat(dataDir()).doesNotExist();
    }

    @Test
    void importsANewCarcListLikeAnyOtherKind() throws IOException {
        Path carc = tmp.resolve("carc-2024-11.csv");
        Files.writeString(carc, "code,description,usage,notes,start_date,last_modified,stop_date\n"
                + "16,Claim/service lacks information or has submission/billing error(s).,,,1995-01-01,,\n"
                + "300,A made-up code for this test.,,,2024-11-01,,\n");

        Run r = run("data", "import", "carc", carc.toString(), "--effective", "2024-11-01", "--data-dir", dataDir().toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("imported carc").contains("2 rows").contains("effective 2024-11-01");
    }

    @Test
    void anEffectiveDateThatIsNotADateIsRefused() throws IOException {
        for (String bad : List.of("2026-13-01", "01/01/2026", "2026-02-30")) {
            Run r = run("data", "import", "ptp", ptpFile().toString(), "--effective", bad, "--data-dir", dataDir().toString());

            assertThat(r.exit()).as(bad).isEqualTo(2);
            assertThat(r.err()).as(bad).contains("--effective").contains("YYYY-MM-DD").contains("\"" + bad + "\"");
        }
        assertThat(dataDir()).doesNotExist();
    }

    @Test
    void aMissingEffectiveDateIsAUsageError() throws IOException {
        Run r = run("data", "import", "ptp", ptpFile().toString(), "--data-dir", dataDir().toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--effective");
    }

    @Test
    void aBrokenFileIsRefusedWithItsFileAndLineAndNothingIsWritten() throws IOException {
        Path broken = tmp.resolve("broken.txt");
        Files.writeString(broken, PTP_HEADER + "76856\t76830\t\t20260101\t*\t0\tok\r\n76700\t76705\t\t19960101\t*\t7\tbad\r\n");

        Run r = run("data", "import", "ptp", broken.toString(), "--effective", "2026-01-01", "--data-dir", dataDir().toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains(broken + ":4:").contains("modifier indicator 0, 1 or 9").contains("\"7\"");
        assertThat(r.err()).as("says what layout was expected").contains("expected: CMS NCCI PTP practitioner edits");
        assertThat(r.out()).isEmpty();
        assertThat(filesUnder(dataDir())).isEmpty();
    }

    @Test
    void aFileThatDoesNotExistIsRefused() throws IOException {
        Path missing = tmp.resolve("nope.txt");

        Run r = run("data", "import", "mue", missing.toString(), "--effective", "2026-01-01", "--data-dir", dataDir().toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains(missing.toString());
        assertThat(filesUnder(dataDir()).isEmpty()).isTrue();
    }

    @Test
    void aLabelWithALineBreakDoesNotBreakTheDataDirectory() throws IOException {
        Run imp = run("data", "import", "ptp", ptpFile().toString(), "--effective", "2026-01-01", "--label", "CMS PTP\n2026Q1",
                "--data-dir", dataDir().toString());

        Run status = run("data", "status", "--data-dir", dataDir().toString());

        assertThat(imp.exit()).as("refused (2) or stored with the line break replaced (0)").isIn(0, 2);
        assertThat(status.exit()).as(status.err()).isZero();
        assertThat(status.err()).isEmpty();
    }

    // ---------------------------------------------------------------- status

    @Test
    void statusListsTheBundledVersions() {
        Run r = run("data", "status", "--data-dir", dataDir().toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("DATASET");
        for (String label : BUNDLED_LABELS) {
            assertThat(r.out()).contains(label + " (bundled)");
        }
    }

    @Test
    void statusListsAnImportedVersionBesideTheBundledOnes() throws IOException {
        assertThat(run("data", "import", "ptp", ptpFile().toString(), "--effective", "2026-01-01", "--label", "CMS PTP 2026Q1",
                "--data-dir", dataDir().toString()).exit()).isZero();

        Run r = run("data", "status", "--data-dir", dataDir().toString());

        assertThat(r.exit()).as(r.err()).isZero();
        List<String> ptpLines = r.out().lines().filter(l -> l.startsWith("ptp-practitioner")).toList();
        assertThat(ptpLines).hasSize(2);
        assertThat(ptpLines.get(0)).contains("2024-07-01").contains("(bundled)");
        assertThat(ptpLines.get(1)).contains("2026-01-01").contains("CMS PTP 2026Q1").contains(dataDir().toString());
        for (String label : BUNDLED_LABELS) {
            assertThat(r.out()).contains(label);
        }
    }

    @Test
    void statusAsJsonParsesAndNamesEveryVersion() throws IOException {
        run("data", "import", "ptp", ptpFile().toString(), "--effective", "2026-01-01", "--data-dir", dataDir().toString());

        Run r = run("data", "status", "--format", "json", "--data-dir", dataDir().toString());

        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode versions = JSON.readTree(r.out());
        assertThat(versions.isArray()).isTrue();
        assertThat(versions).hasSize(BUNDLED_LABELS.size() + 1);
        List<String> labels = new ArrayList<>();
        for (JsonNode v : versions) {
            assertThat(v.has("kind") && v.has("effective") && v.has("label") && v.has("origin")).as(v.toString()).isTrue();
            labels.add(v.get("label").asText());
        }
        assertThat(labels).containsAll(BUNDLED_LABELS).contains("ptp-practitioner effective 2026-01-01");
        JsonNode imported = null;
        for (JsonNode v : versions) {
            if (v.get("effective").asText().equals("2026-01-01")) {
                imported = v;
            }
        }
        assertThat(imported).isNotNull();
        assertThat(imported.get("kind").asText()).isEqualTo("ptp-practitioner");
        assertThat(imported.get("origin").asText()).startsWith(dataDir().toString());
    }

    @Test
    void statusVerifyCountsTheRowsOfEveryVersion() throws IOException {
        run("data", "import", "ptp", ptpFile().toString(), "--effective", "2026-01-01", "--data-dir", dataDir().toString());

        Run r = run("data", "status", "--verify", "--format", "json", "--data-dir", dataDir().toString());

        assertThat(r.exit()).as(r.err()).isZero();
        for (JsonNode v : JSON.readTree(r.out())) {
            assertThat(v.get("rows").asInt()).as(v.get("label").asText()).isPositive();
            if (v.get("effective").asText().equals("2026-01-01")) {
                assertThat(v.get("rows").asInt()).isEqualTo(2);
            }
            if (v.get("label").asText().equals("ICD-10-CM FY2026")) {
                assertThat(v.get("rows").asInt()).isEqualTo(98_186);
            }
        }
    }

    @Test
    void statusRefusesAnUnknownFormat() {
        Run r = run("data", "status", "--format", "xml", "--data-dir", dataDir().toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("text or json").contains("\"xml\"");
    }

    // ---------------------------------------------------------------- help

    @Test
    void helpWorksForDataAndItsSubcommands() {
        Run data = run("data", "--help");
        Run imp = run("data", "import", "--help");
        Run status = run("data", "status", "--help");

        assertThat(data.exit()).isZero();
        assertThat(data.out()).contains("Usage:").contains("import").contains("status");
        assertThat(imp.exit()).isZero();
        assertThat(imp.out()).contains("Usage:").contains("KIND").contains("FILE").contains("--effective").contains("--data-dir")
                .contains("icd10cm");
        assertThat(status.exit()).isZero();
        assertThat(status.out()).contains("Usage:").contains("--format").contains("--verify").contains("--data-dir");
    }

    @Test
    void dataWithoutASubcommandPrintsItsUsage() {
        Run r = run("data");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Usage:").contains("import").contains("status");
    }
}

package org.sonobill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sonobill.cli.Cli.Run;

/** {@code sonobill code --report} and {@code sonobill reports evaluate} as a script sees them. */
class CodeReportCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RENAL = """
            EXAM: Renal ultrasound
            HISTORY: Hematuria.
            FINDINGS: Multiple images of the kidneys were obtained. The right kidney measures 11 cm. The left kidney
            measures 11.2 cm. No hydronephrosis. The urinary bladder is normal.
            IMPRESSION: Normal kidneys and bladder.
            Electronically signed by Dr. A. Reader.
            """;
    private static final String VAGUE = "Patient seen in clinic today; ultrasound discussed.\n";

    @TempDir
    Path dir;

    private Run code(String... args) {
        Path output = dir.resolve("out.txt");
        String[] all = new String[args.length + 3];
        all[0] = "code";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--output";
        all[args.length + 2] = output.toString();
        return Cli.runWritingTo(output, all);
    }

    @Test
    void aReportIsCodedWithItsDocumentationEvidenceAndConfidence() throws Exception {
        Path f = Cli.write(dir, "renal.txt", RENAL);
        Run r = code("--report", "--date", "2026-03-02", f.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode out = JSON.readTree(r.out());
        assertThat(out.get("studyId").asText()).isEqualTo("renal");
        assertThat(out.at("/lines/0/code").asText()).isEqualTo("76770");
        assertThat(out.at("/lines/0/modifiers/0").asText()).isEqualTo("26");
        assertThat(out.get("confidence").asText()).isEqualTo("ready");
        assertThat(out.at("/documentation/exam").asText()).isEqualTo("retroperitoneum");
        assertThat(out.at("/documentation/indication/icd10/0").asText()).isEqualTo("R31.9");
        assertThat(out.at("/documentation/report/signed").asBoolean()).isTrue();
        JsonNode evidence = out.get("evidence");
        assertThat(evidence).anySatisfy(e -> {
            assertThat(e.get("fact").asText()).isEqualTo("elements.bladder");
            assertThat(RENAL.substring(e.get("start").asInt(), e.get("end").asInt())).isEqualTo(e.get("text").asText());
        });
    }

    @Test
    void theDocumentationReadIsAStudyTheStructuredCommandCodesTheSame() throws Exception {
        Run r = code("--report", "--date", "2026-03-02", Cli.write(dir, "renal.txt", RENAL).toString());
        JsonNode doc = JSON.readTree(r.out()).get("documentation");
        Path study = Cli.write(dir, "study.json", doc.toString());
        Path output = dir.resolve("again.txt");
        Run again = Cli.runWritingTo(output, "code", study.toString(), "--output", output.toString());
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(JSON.readTree(again.out()).get("lines")).isEqualTo(JSON.readTree(r.out()).get("lines"));
    }

    @Test
    void aDirectoryIsReadFileByFileInNameOrder() throws Exception {
        Path reports = Files.createDirectories(dir.resolve("reports"));
        Cli.write(reports, "b.txt", VAGUE);
        Cli.write(reports, "a.txt", RENAL);
        Cli.write(reports, "notes.md", "not a report");
        Run r = code("--report", "--date", "2026-03-02", "--summary", reports.toString());
        assertThat(r.exit()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(JSON.readTree(lines.get(0)).get("studyId").asText()).isEqualTo("a");
        assertThat(JSON.readTree(lines.get(1)).get("confidence").asText()).isEqualTo("needs-review");
        assertThat(r.err()).contains("2 reports read: 1 ready, 1 needs-review");
    }

    @Test
    void failOnNeedsReviewExitsOneForAReportACoderMustSee() throws Exception {
        Run r = code("--report", "--fail-on", "needs-review", Cli.write(dir, "v.txt", VAGUE).toString());
        assertThat(r.exit()).isEqualTo(1);
    }

    @Test
    void theTextFormatShowsTheLinesTheConfidenceAndTheEvidence() throws Exception {
        Run r = code("--report", "--format", "text", "--pos", "11", "--role", "global", "--date", "2026-03-02",
                Cli.write(dir, "renal.txt", RENAL).toString());
        assertThat(r.out()).contains("76770 ").doesNotContain("76770-26").contains("Confidence: READY")
                .contains("elements.bladder = seen");
    }

    @Test
    void badContextOptionsAreRefusedByName() throws Exception {
        Path f = Cli.write(dir, "renal.txt", RENAL);
        assertThat(code("--report", "--pos", "hospital", f.toString()).err()).contains("--pos expects a two-digit");
        assertThat(code("--report", "--date", "03/02/2026", f.toString()).err()).contains("--date expects YYYY-MM-DD");
        assertThat(code("--report", "--role", "doctor", f.toString()).exit()).isEqualTo(2);
        assertThat(code("--report", "--payer", "nobody", f.toString()).err()).contains("unknown payer rule pack");
        assertThat(code("--pos", "22", f.toString()).err()).contains("go with --report");
    }

    @Test
    void aMissingFileIsNamedAndTheOthersAreStillRead() throws Exception {
        Run r = code("--report", dir.resolve("nope.txt").toString(), Cli.write(dir, "renal.txt", RENAL).toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("nope.txt: no such file or directory");
        assertThat(r.out().lines()).hasSize(1);
    }

    @Test
    void evaluateScoresAReportSetAgainstItsLabels() throws Exception {
        Cli.write(dir, "r1.txt", RENAL);
        Cli.write(dir, "r2.txt", VAGUE);
        Path labels = Cli.write(dir, "labels.json", """
                [{"id":"r1","file":"r1.txt","expected":[{"code":"76770","modifiers":["26"],"units":1}],
                  "acceptable":[],"ambiguous":false,"icd10":["R31.9"]},
                 {"id":"r2","file":"r2.txt","expected":[],"acceptable":[],"ambiguous":true,"icd10":[]}]
                """);
        Run r = Cli.run("reports", "evaluate", "--format", "json", labels.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode s = JSON.readTree(r.out()).get(0);
        assertThat(s.get("unambiguousReady").asInt()).isEqualTo(1);
        assertThat(s.get("readyWrong").asInt()).isZero();
        assertThat(s.get("ambiguousHandled").asInt()).isEqualTo(1);
    }

    @Test
    void evaluateExitsOneWhenAReadyReportHasAWrongCode() throws Exception {
        Cli.write(dir, "r1.txt", RENAL);
        Path labels = Cli.write(dir, "labels.json", """
                [{"id":"r1","file":"r1.txt","expected":[{"code":"76775","modifiers":["26"],"units":1}],
                  "acceptable":[],"ambiguous":false}]
                """);
        Run r = Cli.run("reports", "evaluate", labels.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("ready-wrong");
    }

    @Test
    void evaluateRefusesAMalformedLabelsFileByEntry() throws Exception {
        Path labels = Cli.write(dir, "labels.json", "[{\"id\":\"x\"}]");
        Run r = Cli.run("reports", "evaluate", labels.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("entry 0").contains("\"file\"");
    }
}

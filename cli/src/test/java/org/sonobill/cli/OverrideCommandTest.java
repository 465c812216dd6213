package org.sonobill.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sonobill.cli.Cli.run;
import static org.sonobill.cli.Cli.write;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sonobill.cli.Cli.Run;

/** {@code sonobill override} as a script sees it: the claim file it writes, messages and exit codes. */
class OverrideCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * A Medicare claim for 76700-26-GA: the Medicare pack's rule MCR-GA-GZ-EXCLUSIVE raises warning SB-PAY-002 on the
     * 76700 line (held); without an ordering NPI it also raises error SB-CLM-031 on that line (blocked).
     */
    private static final String GA_CLAIM = """
            {"id": "C1", "payer": "medicare", "patient": {"id": "P1", "sex": "F"},
             "billingNpi": "1245319599", %s"placeOfService": "22", "diagnoses": ["R10.11"],
             "lines": [{"code": "76700", "modifiers": ["26", "GA"], "pointers": [1], "dateOfService": "2024-08-15"}]}
            """;
    private static final String HELD = GA_CLAIM.formatted("\"orderingNpi\": \"1245319599\", ");
    private static final String BLOCKED = GA_CLAIM.formatted("");

    @TempDir
    Path tmp;

    private Path dataDir() {
        return tmp.resolve("data");
    }

    private Run override(Path claim, String... more) {
        List<String> args = new ArrayList<>(List.of("override", claim.toString(), "--as-of", "2024-09-01", "--data-dir",
                dataDir().toString()));
        args.addAll(List.of(more));
        return run(args.toArray(String[]::new));
    }

    /** Scrubs one claim file and returns its JSON result. */
    private JsonNode scrub(Path claim) throws IOException {
        Path out = tmp.resolve("scrub-" + claim.getFileName() + ".jsonl");
        Run r = run("scrub", "--as-of", "2024-09-01", "--data-dir", dataDir().toString(), "-o", out.toString(), claim.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        return JSON.readTree(Files.readString(out));
    }

    private static JsonNode finding(JsonNode result, String code) {
        for (JsonNode f : result.get("findings")) {
            if (f.get("code").asText().equals(code)) {
                return f;
            }
        }
        throw new AssertionError("no finding " + code + " in " + result);
    }

    // ---------------------------------------------------------------- recording

    @Test
    void recordsTheOverrideWithReasonWhoAndWhenInTheClaimFile() throws IOException {
        Path claim = write(tmp, "claim.json", HELD);
        assertThat(scrub(claim).get("status").asText()).isEqualTo("held");

        Run r = override(claim, "--finding", "SB-PAY-002", "--line", "76700", "--reason", "ABN signed 2024-08-14, on file",
                "--by", "jdoe");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("recorded override of SB-PAY-002 (76700) on claim C1 by jdoe; the claim is now clean");
        JsonNode doc = JSON.readTree(Files.readString(claim));
        assertThat(doc.get("id").asText()).isEqualTo("C1");
        assertThat(doc.get("lines").get(0).get("modifiers").toString()).isEqualTo("[\"26\",\"GA\"]");
        JsonNode overrides = doc.get("overrides");
        assertThat(overrides).hasSize(1);
        JsonNode o = overrides.get(0);
        assertThat(o.get("findingCode").asText()).isEqualTo("SB-PAY-002");
        assertThat(o.get("lineCode").asText()).isEqualTo("76700");
        assertThat(o.get("reason").asText()).isEqualTo("ABN signed 2024-08-14, on file");
        assertThat(o.get("by").asText()).isEqualTo("jdoe");
        assertThat(o.get("at").asText()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?");
        assertThat(LocalDateTime.parse(o.get("at").asText())).isNotNull();
    }

    @Test
    void theRewrittenClaimKeepsEveryFieldItHad() throws IOException {
        String withNotes = HELD.replaceFirst("\\{", "{\"notes\": \"sent by the front desk\", ");
        Path claim = write(tmp, "claim.json", withNotes);
        Run r = override(claim, "--finding", "SB-PAY-002", "--line", "76700", "--reason", "ABN on file", "--by", "jdoe");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode doc = new com.fasterxml.jackson.databind.ObjectMapper().readTree(Files.readString(claim));
        assertThat(doc.get("notes").asText()).isEqualTo("sent by the front desk");
        assertThat(doc.get("overrides").get(0).get("by").asText()).isEqualTo("jdoe");
    }

    @Test
    void anOutputFolderThatDoesNotExistIsAWriteErrorAndTheClaimIsUntouched() throws IOException {
        Path claim = write(tmp, "claim.json", HELD);
        String before = Files.readString(claim);
        Run r = override(claim, "--finding", "SB-PAY-002", "--line", "76700", "--reason", "ABN on file", "--by", "jdoe",
                "-o", tmp.resolve("no-such-folder").resolve("out.json").toString());
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).contains("cannot write").contains("no-such-folder");
        assertThat(Files.readString(claim)).isEqualTo(before);
    }

    @Test
    void theOverriddenFindingIsThenInformationAndTheClaimIsClean() throws IOException {
        Path claim = write(tmp, "claim.json", HELD);
        assertThat(override(claim, "--finding", "SB-PAY-002", "--line", "76700", "--reason", "ABN on file",
                "--by", "jdoe").exit()).isZero();

        JsonNode result = scrub(claim);

        assertThat(result.get("status").asText()).isEqualTo("clean");
        assertThat(result.get("revenueAtRisk").decimalValue()).isEqualByComparingTo("0");
        JsonNode f = finding(result, "SB-PAY-002");
        assertThat(f.get("severity").asText()).isEqualTo("info");
        assertThat(f.get("message").asText()).contains("Overridden by jdoe").contains("ABN on file");
    }

    @Test
    void overridingTheErrorOfABlockedClaimLeavesItHeldByItsWarning() throws IOException {
        Path claim = write(tmp, "claim.json", BLOCKED);
        Path output = tmp.resolve("overridden.json");
        assertThat(scrub(claim).get("status").asText()).isEqualTo("blocked");

        Run r = override(claim, "--finding", "SB-CLM-031", "--reason", "standing order on file", "--by", "Jane Doe",
                "-o", output.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("SB-CLM-031 (76700)").contains("by Jane Doe").contains("the claim is now held");
        assertThat(Files.readString(claim)).as("-o leaves the claim file as it was").isEqualTo(BLOCKED);
        JsonNode o = JSON.readTree(Files.readString(output)).get("overrides").get(0);
        assertThat(o.get("findingCode").asText()).isEqualTo("SB-CLM-031");
        assertThat(o.get("lineCode").asText()).as("taken from the finding when --line is not given").isEqualTo("76700");
        assertThat(o.get("by").asText()).isEqualTo("Jane Doe");
        JsonNode result = scrub(output);
        assertThat(result.get("status").asText()).isEqualTo("held");
        assertThat(finding(result, "SB-CLM-031").get("severity").asText()).isEqualTo("info");
        assertThat(finding(result, "SB-PAY-002").get("severity").asText()).isEqualTo("warning");
    }

    // ---------------------------------------------------------------- refusals

    @Test
    void refusesAFindingTheClaimDoesNotRaiseAndSaysWhatItRaises() throws IOException {
        Path claim = write(tmp, "claim.json", BLOCKED);

        Run r = override(claim, "--finding", "SB-CLM-011", "--line", "76942", "--reason", "two lesions", "--by", "jdoe");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains(claim.toString()).contains("claim C1 raises no finding SB-CLM-011 on a 76942 line")
                .contains("it raises:").contains("SB-CLM-031@76700").contains("SB-PAY-002@76700");
        assertThat(Files.readString(claim)).isEqualTo(BLOCKED);
    }

    @Test
    void refusesARaisedFindingOnAnotherLine() throws IOException {
        Path claim = write(tmp, "claim.json", HELD);

        Run r = override(claim, "--finding", "SB-PAY-002", "--line", "76705", "--reason", "ABN on file", "--by", "jdoe");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("raises no finding SB-PAY-002 on a 76705 line").contains("SB-PAY-002@76700");
        assertThat(Files.readString(claim)).isEqualTo(HELD);
    }

    @Test
    void refusesToOverrideAFindingTwice() throws IOException {
        Path claim = write(tmp, "claim.json", HELD);
        assertThat(override(claim, "--finding", "SB-PAY-002", "--reason", "ABN on file", "--by", "jdoe").exit()).isZero();
        String once = Files.readString(claim);

        Run r = override(claim, "--finding", "SB-PAY-002", "--reason", "again", "--by", "someone");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("SB-PAY-002").contains("already overridden");
        assertThat(Files.readString(claim)).isEqualTo(once);
        assertThat(JSON.readTree(once).get("overrides")).hasSize(1);
    }

    @Test
    void anInvalidClaimFileIsRefusedNamingFileLineAndField() throws IOException {
        String invalid = HELD.replace("\"22\"", "\"2x\"");
        Path claim = write(tmp, "claim.json", invalid);

        Run r = override(claim, "--finding", "SB-PAY-002", "--reason", "ABN on file", "--by", "jdoe");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains(claim + ":2:").contains("field /placeOfService").contains("\"2x\"");
        assertThat(Files.readString(claim)).isEqualTo(invalid);
    }

    @Test
    void malformedJsonIsRefusedWithItsLine() throws IOException {
        String truncated = HELD.substring(0, HELD.indexOf("\"lines\""));
        Path claim = write(tmp, "claim.json", truncated);

        Run r = override(claim, "--finding", "SB-PAY-002", "--reason", "ABN on file", "--by", "jdoe");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains(claim.toString()).contains("malformed JSON");
        assertThat(Files.readString(claim)).isEqualTo(truncated);
    }

    @Test
    void aClaimFileThatDoesNotExistIsRefused() {
        Path missing = tmp.resolve("nope.json");

        Run r = override(missing, "--finding", "SB-PAY-002", "--reason", "ABN on file", "--by", "jdoe");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains(missing.toString()).contains("no such file");
        assertThat(missing).doesNotExist();
    }

    @Test
    void aBlankReasonOrNameIsRefused() throws IOException {
        Path claim = write(tmp, "claim.json", HELD);

        Run noReason = override(claim, "--finding", "SB-PAY-002", "--reason", "  ", "--by", "jdoe");
        Run noName = override(claim, "--finding", "SB-PAY-002", "--reason", "ABN on file", "--by", "");

        assertThat(noReason.exit()).isEqualTo(2);
        assertThat(noReason.err()).contains("--reason and --by must not be empty");
        assertThat(noName.exit()).isEqualTo(2);
        assertThat(noName.err()).contains("--reason and --by must not be empty");
        assertThat(Files.readString(claim)).isEqualTo(HELD);
    }

    @Test
    void aMissingReasonIsAUsageError() throws IOException {
        Path claim = write(tmp, "claim.json", HELD);

        Run r = override(claim, "--finding", "SB-PAY-002", "--by", "jdoe");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--reason");
        assertThat(Files.readString(claim)).isEqualTo(HELD);
    }

    @Test
    void anAsOfDateThatIsNotADateIsRefused() throws IOException {
        Path claim = write(tmp, "claim.json", HELD);

        Run r = run("override", claim.toString(), "--finding", "SB-PAY-002", "--reason", "ABN on file", "--by", "jdoe",
                "--as-of", "01/09/2024", "--data-dir", dataDir().toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--as-of").contains("YYYY-MM-DD").contains("\"01/09/2024\"");
    }

    @Test
    void brokenReferenceDataIsExitThree() throws IOException {
        Files.createDirectories(dataDir());
        Files.writeString(dataDir().resolve("manifest.tsv"), "rvu\tnot-a-date\tpfs/x.txt\tlabel\n");
        Path claim = write(tmp, "claim.json", HELD);

        Run r = override(claim, "--finding", "SB-PAY-002", "--reason", "ABN on file", "--by", "jdoe");

        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).contains("reference data").contains("manifest.tsv");
        assertThat(Files.readString(claim)).isEqualTo(HELD);
    }

    // ---------------------------------------------------------------- help

    @Test
    void overrideHasHelp() {
        Run r = run("override", "--help");

        assertThat(r.exit()).isZero();
        assertThat(r.out().replaceAll("\\s+", " ")).contains("Usage:").contains("CLAIM").contains("--finding").contains("--line").contains("--reason")
                .contains("--by").contains("--as-of").contains("--output").contains("--data-dir")
                .contains("Exit codes: 0 recorded; 2 invalid claim or no such finding on the claim; 3 reference data or write "
                        + "error.");
    }
}

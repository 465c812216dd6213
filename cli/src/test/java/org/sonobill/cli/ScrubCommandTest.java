package org.sonobill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sonobill.cli.Cli.Run;

/** {@code sonobill scrub} as a script sees it. */
class ScrubCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CLAIM = "{\"id\":\"C1\",\"payer\":\"medicare\",\"patient\":{\"id\":\"P1\",\"sex\":\"F\"},"
            + "\"billingNpi\":\"1245319599\",\"orderingNpi\":\"1245319599\",\"placeOfService\":\"22\",\"diagnoses\":[\"R10.11\"],"
            + "\"lines\":[{\"code\":\"76700\",\"modifiers\":[\"26\"],\"pointers\":[1],\"dateOfService\":\"2024-08-15\"}]}";

    @TempDir
    Path dir;

    /** Runs {@code sonobill args -o out.jsonl}; the run's out is the results file. */
    private Run run(String... args) {
        Path out = dir.resolve("out.jsonl");
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "-o";
        all[args.length + 1] = out.toString();
        return Cli.runWritingTo(out, all);
    }

    @Test
    void aCleanClaimIsCleanAndTheSummaryCountsIt() throws Exception {
        Path f = Files.writeString(dir.resolve("c.json"), CLAIM);
        Run r = run("scrub", "--as-of", "2024-09-01", f.toString());
        assertThat(r.exit()).isEqualTo(0);
        assertThat(JSON.readTree(r.out()).get("status").asText()).isEqualTo("clean");
        assertThat(r.err()).contains("1 claims scrubbed: 1 clean");
    }

    @Test
    void aLaterClaimOfTheRunCountsTheEarlierOnesForMueTotals() throws Exception {
        String a = CLAIM.replace("76700", "76641").replace("[\"26\"]", "[\"26\",\"RT\"]");
        String b = a.replace("\"C1\"", "\"C2\"").replace("\"RT\"", "\"LT\"");
        Path f = Files.writeString(dir.resolve("two.jsonl"), a + "\n" + b + "\n");
        Run r = run("scrub", "--as-of", "2024-09-01", "--fail-on", "blocked", f.toString());
        assertThat(r.exit()).isEqualTo(1);
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).doesNotContain("SB-CLM-010"); // the first claim is paid
        assertThat(lines.get(1)).contains("SB-CLM-010").contains("1 on earlier claims");
    }

    @Test
    void anInvalidClaimIsNamedAndTheOthersAreStillScrubbed() throws Exception {
        Path f = Files.writeString(dir.resolve("mixed.jsonl"), CLAIM + "\n" + CLAIM.replace("\"22\"", "\"2x\"") + "\n");
        Run r = run("scrub", "--as-of", "2024-09-01", f.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("mixed.jsonl:2:").contains("/placeOfService");
        assertThat(r.out().lines()).hasSize(1);
    }

    @Test
    void scrubHasHelp() {
        Run r = Cli.run("scrub", "--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Usage:").contains("NCCI");
    }
}

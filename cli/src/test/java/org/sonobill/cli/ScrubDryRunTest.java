package org.sonobill.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sonobill.cli.Cli.entriesUnder;
import static org.sonobill.cli.Cli.write;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sonobill.cli.Cli.Run;

/**
 * {@code sonobill scrub --try-rules PAYER=FILE} and {@code --try-pack FILE} (dry runs that save nothing), and the
 * expected payment and revenue at risk in scrub's output and summary.
 */
class ScrubDryRunTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** 76700-26 for Medicare, 2024: clean, national amount (0.81 + 0.28 + 0.04 RVU) × 33.2875 = $37.61. */
    private static final String CLAIM = """
            {"id": "C1", "payer": "%s", "patient": {"id": "P1", "sex": "F"},
             "billingNpi": "1245319599", "orderingNpi": "1245319599", "placeOfService": "22", "diagnoses": ["R10.11"],
             "lines": [{"code": "76700", "modifiers": ["26"%s], "pointers": [1], "dateOfService": "2024-08-15"}]}
            """;
    private static final String MEDICARE_CLAIM = CLAIM.formatted("medicare", "");

    private static final String RULES = """
            {"rules": [
              {"id": "TRY-ABD-WARN", "description": "Draft: review abdominal ultrasound.",
               "when": {"codes": ["76700"]},
               "then": {"action": "warning", "message": "Draft rule: abdominal ultrasound is reviewed."},
               "source": "Draft policy 2024-09"}
            ]}
            """;

    @TempDir
    Path tmp;

    /** Runs scrub with its results written to a file (scrub writes results to the process's standard output otherwise). */
    private Run scrub(String... args) throws IOException {
        Path output = tmp.resolve("results.jsonl");
        Files.deleteIfExists(output);
        List<String> all = new ArrayList<>(List.of("scrub", "--as-of", "2024-09-01", "--data-dir", dataDir().toString(), "-o",
                output.toString()));
        all.addAll(List.of(args));
        return Cli.runWritingTo(output, all.toArray(String[]::new));
    }

    private Path dataDir() {
        return tmp.resolve("data");
    }

    private static List<String> codes(JsonNode result) {
        List<String> out = new ArrayList<>();
        result.get("findings").forEach(f -> out.add(f.get("code").asText()));
        return out;
    }

    // ---------------------------------------------------------------- --try-rules

    @Test
    void triedRulesAddFindingsThatSayTheyAreADryRunAndNothingIsSaved() throws IOException {
        Path claim = write(tmp, "claim.json", MEDICARE_CLAIM);
        Path rules = write(tmp, "rules.json", RULES);

        Run tried = scrub("--try-rules", "medicare=" + rules, claim.toString());

        assertThat(tried.exit()).as(tried.err()).isZero();
        JsonNode result = JSON.readTree(tried.out());
        assertThat(result.get("status").asText()).isEqualTo("held");
        assertThat(codes(result)).containsExactly("SB-PAY-002");
        JsonNode f = result.get("findings").get(0);
        assertThat(f.get("rule").asText()).isEqualTo("PayerRule:TRY-ABD-WARN");
        assertThat(f.get("message").asText()).contains("Draft rule: abdominal ultrasound is reviewed.");
        assertThat(f.get("source").asText()).contains("Draft policy 2024-09").contains("dry run")
                .contains(rules.toString()).contains("not saved");
        assertThat(entriesUnder(dataDir())).isEmpty();

        Run after = scrub(claim.toString());
        assertThat(after.exit()).as(after.err()).isZero();
        assertThat(JSON.readTree(after.out()).get("status").asText()).as("the tried rules are gone").isEqualTo("clean");
        assertThat(codes(JSON.readTree(after.out()))).isEmpty();
    }

    @Test
    void triedRulesKeepThePacksOwnRules() throws IOException {
        Path claim = write(tmp, "claim.json", CLAIM.formatted("medicare", ", \"GA\""));
        Path rules = write(tmp, "rules.json", RULES);

        Run r = scrub("--try-rules", "medicare=" + rules, claim.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        List<String> rulesFired = new ArrayList<>();
        JSON.readTree(r.out()).get("findings").forEach(f -> rulesFired.add(f.get("rule").asText()));
        assertThat(rulesFired).containsExactlyInAnyOrder("PayerRule:MCR-GA-GZ-EXCLUSIVE", "PayerRule:TRY-ABD-WARN");
    }

    @Test
    void triedRulesMayBeABareArray() throws IOException {
        Path claim = write(tmp, "claim.json", MEDICARE_CLAIM);
        String array = RULES.substring(RULES.indexOf('['), RULES.lastIndexOf(']') + 1);
        Path rules = write(tmp, "rules-array.json", array);

        Run r = scrub("--try-rules", "medicare=" + rules, claim.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(codes(JSON.readTree(r.out()))).containsExactly("SB-PAY-002");
    }

    @Test
    void aMissingRulesFileIsInvalidInputNamingTheFile() throws IOException {
        Path claim = write(tmp, "claim.json", MEDICARE_CLAIM);

        Run r = scrub("--try-rules", "medicare=" + tmp.resolve("missing.json"), claim.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("missing.json").contains("no such file");
    }

    @Test
    void triedRulesForAnUnknownPayerAreRefused() throws IOException {
        Path claim = write(tmp, "claim.json", MEDICARE_CLAIM);
        Path rules = write(tmp, "rules.json", RULES);

        Run r = scrub("--try-rules", "aetna=" + rules, claim.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--try-rules").contains("unknown payer pack \"aetna\"").contains("medicare")
                .contains("commercial");
        assertThat(r.out()).isEmpty();
        assertThat(entriesUnder(dataDir())).isEmpty();
    }

    @Test
    void triedRulesWithoutAPayerAreRefused() throws IOException {
        Path claim = write(tmp, "claim.json", MEDICARE_CLAIM);
        Path rules = write(tmp, "rules.json", RULES);

        Run r = scrub("--try-rules", rules.toString(), claim.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--try-rules expects PAYER=FILE");
    }

    @Test
    void invalidTriedRulesAreRefusedNamingFileLineAndField() throws IOException {
        Path claim = write(tmp, "claim.json", MEDICARE_CLAIM);
        Path rules = write(tmp, "bad-rules.json", """
                {"rules": [
                  {"id": "TRY-1", "when": {"codes": ["767OO-"]}, "then": {"action": "warn"}, "source": "Draft",
                   "severity": "high"}
                ]}
                """);

        Run r = scrub("--try-rules", "medicare=" + rules, claim.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains(rules + ":2:").contains("field /rules/0/when/codes/0")
                .contains("field /rules/0/then/action").contains("\"warn\"")
                .contains(rules + ":3:").contains("field /rules/0/severity").contains("unknown field \"severity\"");
        assertThat(r.out()).isEmpty();
        assertThat(entriesUnder(dataDir())).isEmpty();
    }

    // ---------------------------------------------------------------- --try-pack

    @Test
    void aTriedPackIsUsedForTheRunOnlyAndNothingIsSaved() throws IOException {
        Path pack = write(tmp, "acme.json", PayerCommandTest.ACME);
        Path claim = write(tmp, "claim.json", CLAIM.formatted("acme", ""));

        Run tried = scrub("--try-pack", pack.toString(), "--fail-on", "blocked", claim.toString());

        assertThat(tried.exit()).as(tried.err()).isEqualTo(1);
        JsonNode result = JSON.readTree(tried.out());
        assertThat(result.get("status").asText()).isEqualTo("blocked");
        assertThat(result.get("findings").get(0).get("rule").asText()).isEqualTo("PayerRule:ACME-RETRO-REVIEW");
        // the pack pays 120% of the Medicare amount: $37.61 x 1.2 = $45.13
        assertThat(result.get("expectedPayment").get("total").decimalValue()).isEqualByComparingTo("45.13");
        assertThat(result.get("revenueAtRisk").decimalValue()).isEqualByComparingTo("45.13");
        assertThat(entriesUnder(dataDir())).isEmpty();

        Run after = scrub(claim.toString());
        assertThat(after.exit()).as("the pack was not installed").isEqualTo(2);
        assertThat(after.err()).contains("unknown payer rule pack \"acme\"");
    }

    @Test
    void aTriedPackReplacesTheInstalledPackOfItsId() throws IOException {
        Path claim = write(tmp, "claim.json", CLAIM.formatted("medicare", ", \"GA\""));
        Path pack = write(tmp, "medicare-draft.json", """
                {"id": "medicare", "name": "Medicare draft without rules", "pricing": {"basis": "mpfs", "percentOfMedicare": 100},
                 "coverage": "medicare-lcd", "source": "draft"}
                """);
        assertThat(JSON.readTree(scrub(claim.toString()).out()).get("status").asText()).isEqualTo("held");

        Run r = scrub("--try-pack", pack.toString(), claim.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode result = JSON.readTree(r.out());
        assertThat(result.get("status").asText()).isEqualTo("clean");
        assertThat(codes(result)).doesNotContain("SB-PAY-002");
        assertThat(entriesUnder(dataDir())).isEmpty();
    }

    @Test
    void anInvalidTriedPackIsRefusedNamingFileLineAndField() throws IOException {
        Path pack = write(tmp, "broken.json", PayerCommandTest.BROKEN);
        Path claim = write(tmp, "claim.json", MEDICARE_CLAIM);

        Run r = scrub("--try-pack", pack.toString(), claim.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains(pack + ":4:").contains("field /colour").contains(pack + ":8:")
                .contains(pack + ":9:").contains("\"explode\"");
        assertThat(r.out()).isEmpty();
        assertThat(entriesUnder(dataDir())).isEmpty();
    }

    @Test
    void aTriedPackThatDoesNotExistIsRefused() throws IOException {
        Path claim = write(tmp, "claim.json", MEDICARE_CLAIM);
        Path missing = tmp.resolve("nope.json");

        Run r = scrub("--try-pack", missing.toString(), claim.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains(missing.toString()).contains("no such file");
    }

    // ---------------------------------------------------------------- expected payment and revenue at risk

    @Test
    void theResultCarriesTheExpectedPaymentAndTheSummaryTotalsIt() throws IOException {
        Path claim = write(tmp, "claim.json", MEDICARE_CLAIM);

        Run r = scrub(claim.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode result = JSON.readTree(r.out());
        JsonNode expected = result.get("expectedPayment");
        assertThat(expected.get("priced").asBoolean()).isTrue();
        assertThat(expected.get("locality").asText()).isEqualTo("national");
        assertThat(expected.get("total").decimalValue()).isEqualByComparingTo("37.61");
        assertThat(expected.get("lines").get(0).get("code").asText()).isEqualTo("76700");
        assertThat(expected.get("lines").get(0).get("amount").decimalValue()).isEqualByComparingTo("37.61");
        assertThat(result.get("revenueAtRisk").decimalValue()).isEqualByComparingTo("0");
        assertThat(r.err()).contains("1 claims scrubbed: 1 clean, 0 held, 0 blocked; expected payment $37.61, "
                + "revenue at risk $0.00");
    }

    @Test
    void theSummaryAddsUpExpectedPaymentAndRevenueAtRiskOverTheRun() throws IOException {
        Path clean = write(tmp, "clean.json", MEDICARE_CLAIM);
        Path held = write(tmp, "held.json", CLAIM.formatted("medicare", ", \"GA\"").replace("\"C1\"", "\"C2\"")
                .replace("\"P1\"", "\"P2\""));

        Run r = scrub(clean.toString(), held.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(2);
        JsonNode second = JSON.readTree(lines.get(1));
        assertThat(second.get("status").asText()).isEqualTo("held");
        assertThat(second.get("revenueAtRisk").decimalValue()).isEqualByComparingTo("37.61");
        assertThat(second.get("findings").get(0).get("revenueAtRisk").decimalValue()).isEqualByComparingTo("37.61");
        assertThat(r.err()).contains("2 claims scrubbed: 1 clean, 1 held, 0 blocked")
                .contains("expected payment $75.22").contains("revenue at risk $37.61");
    }

    @Test
    void theTextReportShowsExpectedPaymentAndWhatIsAtRisk() throws IOException {
        Path claim = write(tmp, "claim.json", CLAIM.formatted("medicare", ", \"GA\""));

        Run r = scrub("--format", "text", claim.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("Claim C1  HELD  expected $37.61 (national)  at risk $37.61")
                .contains("line 1 76700").contains("[at risk $37.61]");
        assertThat(r.err()).contains("expected payment $37.61").contains("revenue at risk $37.61");
    }

    @Test
    void anUnpricedClaimAddsNothingToTheExpectedPayment() throws IOException {
        Path claim = write(tmp, "claim.json", MEDICARE_CLAIM.replace("\"payer\": \"medicare\"",
                "\"payer\": \"medicare\", \"claimType\": \"institutional\""));

        Run r = scrub(claim.toString());

        assertThat(r.exit()).as(r.err()).isIn(0);
        JsonNode expected = JSON.readTree(r.out()).get("expectedPayment");
        assertThat(expected.get("priced").asBoolean()).isFalse();
        assertThat(expected.has("total")).isFalse();
        assertThat(expected.get("notes").get(0).asText()).contains("Institutional");
        assertThat(r.err()).contains("expected payment $0.00").contains("revenue at risk $0.00");
    }

    // ---------------------------------------------------------------- help

    @Test
    void scrubHelpNamesTheDryRunOptionsAndExitCodes() {
        Run r = Cli.run("scrub", "--help");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("--try-pack=FILE").contains("--try-rules=PAYER=FILE").contains("Dry run")
                .contains("expected").contains("Exit codes: 0 all claims scrubbed; 1");
    }
}

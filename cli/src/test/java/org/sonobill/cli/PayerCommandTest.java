package org.sonobill.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sonobill.cli.Cli.entriesUnder;
import static org.sonobill.cli.Cli.run;
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

/** {@code sonobill payer list|show|check|install} as a script sees it: output, messages and exit codes. */
class PayerCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A small valid pack: an own id, 120% of Medicare, and one error rule on the retroperitoneal codes. */
    static final String ACME = """
            {
              "id": "acme",
              "name": "Acme Health PPO",
              "bilateral": "rt-lt-lines",
              "distinctModifier": "59",
              "timelyFilingDays": 120,
              "pricing": {"basis": "mpfs", "percentOfMedicare": 120},
              "coverage": "none",
              "source": "Acme provider manual 2024",
              "rules": [
                {
                  "id": "ACME-RETRO-REVIEW",
                  "description": "Acme reviews every retroperitoneal ultrasound.",
                  "when": {"codes": ["76700-76775"]},
                  "then": {"action": "error", "message": "Acme does not pay retroperitoneal ultrasound without review.",
                           "fix": "Send the records to Acme before billing."},
                  "source": "Acme imaging policy 7.2"
                }
              ]
            }
            """;

    /**
     * A pack with three problems, each on its own line: an unknown top-level field (line 4), a malformed code
     * pattern (line 8) and an unknown action (line 9).
     */
    static final String BROKEN = """
            {
              "id": "broken",
              "name": "Broken pack",
              "colour": "blue",
              "rules": [
                {
                  "id": "B1",
                  "when": {"codes": ["76700!"]},
                  "then": {"action": "explode"},
                  "source": "nowhere"
                }
              ]
            }
            """;

    /** A Medicare claim for 76700-26 (clean under the bundled packs, 2024 data). */
    static final String CLAIM = """
            {"id": "C1", "payer": "%s", "patient": {"id": "P1", "sex": "F"},
             "billingNpi": "1245319599", "orderingNpi": "1245319599", "placeOfService": "22", "diagnoses": ["R10.11"],
             "lines": [{"code": "76700", "modifiers": ["26"], "pointers": [1], "dateOfService": "2024-08-15"}]}
            """;

    @TempDir
    Path tmp;

    private Path dataDir() {
        return tmp.resolve("data");
    }

    private static String lineStartingWith(String text, String prefix) {
        return text.lines().filter(l -> l.startsWith(prefix)).findFirst().orElse("(no line starting with " + prefix + ")");
    }

    // ---------------------------------------------------------------- list and show

    @Test
    void listShowsTheBundledPacksWithTheirSettings() {
        Run r = run("payer", "list", "--data-dir", dataDir().toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("PACK");
        assertThat(lineStartingWith(r.out(), "medicare ")).contains("365 d").contains("100%").contains("yes").endsWith("bundled");
        assertThat(lineStartingWith(r.out(), "commercial ")).contains("180 d").contains("135%").contains("no").endsWith("bundled");
        assertThat(lineStartingWith(r.out(), "commercial-hmo ")).contains("90 d").contains("110%").endsWith("bundled");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void listAsJsonNamesEveryPackAndItsOrigin() throws IOException {
        Run r = run("payer", "list", "--format", "json", "--data-dir", dataDir().toString());

        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode packs = JSON.readTree(r.out());
        List<String> ids = new ArrayList<>();
        for (JsonNode p : packs) {
            ids.add(p.get("id").asText());
            assertThat(p.get("origin").asText()).isEqualTo("bundled");
        }
        assertThat(ids).containsExactly("commercial", "commercial-hmo", "medicare");
        JsonNode medicare = packs.get(2);
        assertThat(medicare.get("timelyFilingDays").asInt()).isEqualTo(365);
        assertThat(medicare.get("medicareCoverage").asBoolean()).isTrue();
        assertThat(medicare.get("percentOfMedicare").decimalValue()).isEqualByComparingTo("100");
    }

    @Test
    void showPrintsAPacksSettingsAndRules() {
        Run r = run("payer", "show", "medicare", "--data-dir", dataDir().toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("medicare: Medicare Part B fee-for-service  (bundled)")
                .contains("one line with 50").contains("timely filing: 365 days").contains("100% of Medicare")
                .contains("MCR-AAA-ONCE  [frequency-limit]").contains("MCR-SCREEN-BREAST-GY  [require-modifier]")
                .contains("42 CFR 410.19(b)(1)");
    }

    @Test
    void showRefusesAnUnknownPackAndListsTheKnownOnes() {
        Run r = run("payer", "show", "aetna", "--data-dir", dataDir().toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("unknown pack \"aetna\"").contains("commercial").contains("commercial-hmo").contains("medicare");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void listRefusesABrokenInstalledPackNamingTheFile() throws IOException {
        Path payers = Files.createDirectories(dataDir().resolve("payers"));
        Path broken = Files.writeString(payers.resolve("broken.json"), BROKEN);

        Run r = run("payer", "list", "--data-dir", dataDir().toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains(broken + ":9:").contains("/rules/0/then/action").contains("\"explode\"");
    }

    // ---------------------------------------------------------------- check

    @Test
    void checkAcceptsAValidPackAndCountsItsRules() throws IOException {
        Path f = write(tmp, "acme.json", ACME);

        Run r = run("payer", "check", f.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains(f.toString()).contains("pack acme is valid (1 rules)");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void checkNamesFileLineAndFieldOfEveryProblemInABadPack() throws IOException {
        Path f = write(tmp, "broken.json", BROKEN);

        Run r = run("payer", "check", f.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        List<String> lines = r.err().lines().toList();
        assertThat(lines).hasSize(3).allSatisfy(l -> assertThat(l).startsWith("sonobill payer check: " + f + ":"));
        assertThat(lines.get(0)).as("unknown field").contains(f + ":4:").contains("field /colour")
                .contains("unknown field \"colour\"").contains("rules");
        assertThat(lines.get(1)).as("bad code pattern").contains(f + ":8:").contains("field /rules/0/when/codes/0")
                .contains("\"76700!\"").contains("range LOW-HIGH");
        assertThat(lines.get(2)).as("unknown action").contains(f + ":9:").contains("field /rules/0/then/action")
                .contains("\"explode\"").contains("require-prior-auth").contains("frequency-limit");
    }

    @Test
    void checkNamesTheLineOfMalformedJson() throws IOException {
        Path f = write(tmp, "truncated.json", "{\n  \"id\": \"acme\",\n  \"name\": \"Acme\"\n  \"rules\": []\n}\n");

        Run r = run("payer", "check", f.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains(f + ":4:").contains("malformed JSON");
    }

    @Test
    void checkRefusesAFileThatDoesNotExist() {
        Path missing = tmp.resolve("nope.json");

        Run r = run("payer", "check", missing.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains(missing.toString()).contains("no such file");
    }

    @Test
    void checkRefusesARequireModifierRuleWithoutModifiers() throws IOException {
        Path f = write(tmp, "nomods.json", ACME.replace("\"action\": \"error\"", "\"action\": \"require-modifier\""));

        Run r = run("payer", "check", f.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("field /rules/0/then/modifiers").contains("require-modifier needs the modifiers");
    }

    // ---------------------------------------------------------------- install

    @Test
    void studiesCanNameAnInstalledPackAndAreCodedByItsBilateralStyle() throws IOException {
        Path pack = write(tmp, "acme.json", ACME);
        assertThat(run("payer", "install", pack.toString(), "--data-dir", dataDir().toString()).exit()).isZero();
        String study = Files.readString(Path.of("..", "examples", "studies", "05-breast-bilateral-office.json"))
                .replace("\"payer\": \"medicare\"", "\"payer\": \"acme\"");
        Path f = write(tmp, "study.json", study);

        Path out = tmp.resolve("coded.jsonl");
        Run coded = run("code", "--data-dir", dataDir().toString(), "-o", out.toString(), f.toString());
        assertThat(coded.exit()).as(coded.err()).isZero();
        JsonNode lines = JSON.readTree(Files.readString(out)).get("lines");
        assertThat(lines).hasSize(2); // acme reports bilateral services as RT and LT lines
        Run unknown = run("code", f.toString(), "--data-dir", tmp.resolve("empty").toString());
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown payer rule pack \"acme\"");
    }

    @Test
    void anInstalledPackIsListedShownAndUsedByScrub() throws IOException {
        Path pack = write(tmp, "acme.json", ACME);
        Path claim = write(tmp, "claim.json", CLAIM.formatted("acme"));

        Run install = run("payer", "install", pack.toString(), "--data-dir", dataDir().toString());

        assertThat(install.exit()).as(install.err()).isZero();
        assertThat(install.out()).contains("installed payer pack acme (1 rules)").contains(dataDir().resolve("payers").toString());
        assertThat(dataDir().resolve("payers").resolve("acme.json")).exists();

        Run list = run("payer", "list", "--data-dir", dataDir().toString());
        assertThat(list.exit()).as(list.err()).isZero();
        assertThat(lineStartingWith(list.out(), "acme ")).contains("120 d").contains("120%")
                .endsWith(dataDir().resolve("payers").resolve("acme.json").toString());
        assertThat(lineStartingWith(list.out(), "medicare ")).endsWith("bundled");

        Run show = run("payer", "show", "acme", "--data-dir", dataDir().toString());
        assertThat(show.exit()).as(show.err()).isZero();
        assertThat(show.out()).contains("Acme Health PPO").contains("RT and LT lines").contains("distinct services: 59")
                .contains("ACME-RETRO-REVIEW  [error]");

        Path out = tmp.resolve("out.jsonl");
        Run scrub = run("scrub", "--as-of", "2024-09-01", "--fail-on", "blocked", "--data-dir", dataDir().toString(),
                "-o", out.toString(), claim.toString());
        assertThat(scrub.exit()).as(scrub.err()).isEqualTo(1);
        JsonNode result = JSON.readTree(Files.readString(out));
        assertThat(result.get("status").asText()).isEqualTo("blocked");
        JsonNode finding = result.get("findings").get(0);
        assertThat(finding.get("code").asText()).isEqualTo("SB-PAY-001");
        assertThat(finding.get("rule").asText()).isEqualTo("PayerRule:ACME-RETRO-REVIEW");
        assertThat(finding.get("message").asText()).contains("Acme does not pay retroperitoneal ultrasound without review.");
        assertThat(finding.get("source").asText()).contains("Acme imaging policy 7.2").contains("payer pack acme")
                .doesNotContain("dry run");
    }

    @Test
    void aClaimForAPackThatIsNotInstalledIsInvalid() throws IOException {
        Path claim = write(tmp, "claim.json", CLAIM.formatted("acme"));
        Path out = tmp.resolve("out.jsonl");

        Run r = run("scrub", "--as-of", "2024-09-01", "--data-dir", dataDir().toString(), "-o", out.toString(), claim.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains(claim + ":1:").contains("/payer").contains("unknown payer rule pack \"acme\"");
    }

    @Test
    void anInstalledPackOfABundledIdTakesPrecedence() throws IOException {
        Path pack = write(tmp, "my-medicare.json", ACME.replace("\"id\": \"acme\"", "\"id\": \"medicare\""));
        Path claim = write(tmp, "claim.json", CLAIM.formatted("medicare"));

        assertThat(run("payer", "install", pack.toString(), "--data-dir", dataDir().toString()).exit()).isZero();

        Run list = run("payer", "list", "--data-dir", dataDir().toString());
        assertThat(lineStartingWith(list.out(), "medicare ")).contains("120 d")
                .endsWith(dataDir().resolve("payers").resolve("medicare.json").toString());
        Path out = tmp.resolve("out.jsonl");
        Run scrub = run("scrub", "--as-of", "2024-09-01", "--data-dir", dataDir().toString(), "-o", out.toString(),
                claim.toString());
        assertThat(scrub.exit()).as(scrub.err()).isZero();
        assertThat(JSON.readTree(Files.readString(out)).get("findings").get(0).get("rule").asText())
                .isEqualTo("PayerRule:ACME-RETRO-REVIEW");
    }

    @Test
    void anInvalidPackIsNotInstalledAndLeavesNothingInTheDataDirectory() throws IOException {
        Path f = write(tmp, "broken.json", BROKEN);

        Run r = run("payer", "install", f.toString(), "--data-dir", dataDir().toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("sonobill payer install: " + f + ":4:").contains(f + ":8:").contains(f + ":9:")
                .contains("/rules/0/then/action");
        assertThat(entriesUnder(dataDir())).isEmpty();
        Run list = run("payer", "list", "--data-dir", dataDir().toString());
        assertThat(list.out()).doesNotContain("broken");
    }

    @Test
    void installReportsAWriteFailureWithExitThree() throws IOException {
        Path pack = write(tmp, "acme.json", ACME);
        Path notADirectory = write(tmp, "plain-file", "not a directory");

        Run r = run("payer", "install", pack.toString(), "--data-dir", notADirectory.toString());

        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).contains("sonobill payer install:").contains("could not write");
    }

    // ---------------------------------------------------------------- help

    @Test
    void helpWorksForPayerAndEverySubcommand() {
        Run payer = run("payer", "--help");
        assertThat(payer.exit()).isZero();
        assertThat(payer.out()).contains("Usage:").contains("list").contains("show").contains("check").contains("install")
                .contains("--try-rules");

        for (String sub : List.of("list", "show", "check", "install")) {
            Run r = run("payer", sub, "--help");
            assertThat(r.exit()).as(sub).isZero();
            assertThat(r.out()).as(sub).contains("Usage:").contains("payer " + sub);
        }
        assertThat(run("payer", "list", "--help").out()).contains("--format").contains("--data-dir");
        assertThat(run("payer", "show", "--help").out()).contains("PACK");
        assertThat(run("payer", "check", "--help").out()).contains("FILE").contains("Exit codes: 0 valid; 2 invalid.");
        assertThat(run("payer", "install", "--help").out()).contains("FILE").contains("--data-dir")
                .contains("Exit codes: 0 installed; 2 invalid (nothing installed); 3 could not write.");
    }

    @Test
    void payerWithoutASubcommandPrintsItsUsage() {
        Run r = run("payer");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Usage:").contains("install");
    }

    @Test
    void checkWithoutAFileIsAUsageError() {
        Run r = run("payer", "check");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("FILE");
    }
}

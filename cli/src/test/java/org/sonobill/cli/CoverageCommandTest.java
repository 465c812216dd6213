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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sonobill.cli.Cli.Run;

/** {@code sonobill coverage list|import} as a script sees it: output, messages and exit codes. */
class CoverageCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The articles shipped in engine/src/main/resources/coverage/index.txt, all transcribed in part. */
    private static final List<String> BUNDLED = List.of("A52992 v30", "A52993 v54", "A56781 v34", "A57029 v10",
            "A57125 v22", "A57306 v36", "A57592 v17", "A57593 v14", "A57594 v18", "A57636 v19", "A57670 v5");

    /** A complete (test) article for 76700/76705 in Ohio and Kentucky. */
    private static final String ARTICLE = """
            {
              "id": "A99901",
              "lcd": "L99901",
              "title": "Billing and Coding: Test Retroperitoneal Ultrasound",
              "contractor": "Test MAC, Inc.",
              "states": ["OH", "KY"],
              "version": 3,
              "effective": "2024-01-01",
              "ending": null,
              "transcription": "complete",
              "groups": [
                {"name": "Group 1", "codes": ["76700", "76705"], "covered": ["R10.11", "R10.13", "K80*"], "notes": []}
              ]
            }
            """;

    /** Three problems: a state that is not two letters (line 5), an unknown field (line 8), a bad code (line 10). */
    private static final String BROKEN = """
            {
              "id": "A99902",
              "title": "Broken",
              "contractor": "Test MAC, Inc.",
              "states": ["Ohio"],
              "version": 1,
              "effective": "2024-01-01",
              "colour": "red",
              "groups": [
                {"name": "Group 1", "codes": ["76700"], "covered": ["R10.11!"]}
              ]
            }
            """;

    private static final String OHIO_CLAIM = """
            {"id": "%1$s", "payer": "medicare", "state": "OH", "patient": {"id": "%1$s-PATIENT", "sex": "F"},
             "billingNpi": "1245319599", "orderingNpi": "1245319599", "placeOfService": "22", "diagnoses": ["%2$s"],
             "lines": [{"code": "76700", "modifiers": ["26"], "pointers": [1], "dateOfService": "2024-08-15"}]}
            """;

    @TempDir
    Path tmp;

    private Path dataDir() {
        return tmp.resolve("data");
    }

    /** The heading lines of the listing (one per article; the others are indented). */
    private static List<String> headings(String out) {
        return out.lines().filter(l -> !l.startsWith(" ")).toList();
    }

    // ---------------------------------------------------------------- list

    @Test
    void listShowsEveryBundledArticleWithItsTranscriptionState() {
        Run r = run("coverage", "list", "--data-dir", dataDir().toString());

        assertThat(r.exit()).as(r.err()).isZero();
        List<String> headings = headings(r.out());
        assertThat(headings).hasSize(BUNDLED.size());
        for (int i = 0; i < BUNDLED.size(); i++) {
            assertThat(headings.get(i)).startsWith(BUNDLED.get(i) + " ").endsWith("complete");
        }
        assertThat(r.out()).contains("Billing and Coding: Transthoracic Echocardiography (TTE)")
                .contains("Group 1: 93306 93307 93308");
        assertThat(headings.get(2)).contains("National Government Services, Inc.").contains("effective 2025-01-01")
                .contains("NY");
    }

    @Test
    void listByCodeShowsOnlyTheArticlesGoverningIt() {
        Run r = run("coverage", "list", "--code", "93306", "--data-dir", dataDir().toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(headings(r.out())).hasSize(1).allSatisfy(h -> assertThat(h).startsWith("A56781 v34 "));
    }

    @Test
    void listRefusesABrokenImportedArticleNamingTheFile() throws IOException {
        Path dir = Files.createDirectories(dataDir().resolve("coverage"));
        Path broken = Files.writeString(dir.resolve("A99902-v1.json"), BROKEN);

        Run r = run("coverage", "list", "--data-dir", dataDir().toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("sonobill coverage list: " + broken + ":5:").contains("/states/0");
    }

    // ---------------------------------------------------------------- import

    @Test
    void aPartialTranscriptionIsMarkedInTheList() throws IOException {
        Path f = write(tmp, "article.json", ARTICLE.replace("\"transcription\": \"complete\"", "\"transcription\": \"partial\""));
        assertThat(run("coverage", "import", f.toString(), "--data-dir", dataDir().toString()).exit()).isZero();

        Run list = run("coverage", "list", "--code", "76705", "--data-dir", dataDir().toString());
        assertThat(headings(list.out())).hasSize(1).allSatisfy(h -> assertThat(h).startsWith("A99901 v3 ")
                .endsWith("PARTIAL list"));
    }

    @Test
    void anImportedArticleIsListedAsCompleteBesideTheBundledOnes() throws IOException {
        Path f = write(tmp, "article.json", ARTICLE);

        Run imp = run("coverage", "import", f.toString(), "--data-dir", dataDir().toString());

        assertThat(imp.exit()).as(imp.err()).isZero();
        assertThat(imp.out()).contains("imported coverage article A99901 v3 (Test MAC, Inc., effective 2024-01-01)")
                .contains(dataDir().resolve("coverage").toString());
        assertThat(dataDir().resolve("coverage").resolve("A99901-v3.json")).exists();

        Run list = run("coverage", "list", "--data-dir", dataDir().toString());
        assertThat(list.exit()).as(list.err()).isZero();
        List<String> headings = headings(list.out());
        assertThat(headings).hasSize(BUNDLED.size() + 1);
        String mine = headings.stream().filter(h -> h.startsWith("A99901 v3 ")).findFirst().orElseThrow();
        assertThat(mine).contains("Test MAC, Inc.").contains("OH").contains("KY").contains("effective 2024-01-01")
                .endsWith("complete").doesNotContain("PARTIAL");
        assertThat(list.out()).contains("Billing and Coding: Test Retroperitoneal Ultrasound")
                .contains("Group 1: 76700 76705 -> 3 covered diagnosis entries");

        Run byCode = run("coverage", "list", "--code", "76705", "--data-dir", dataDir().toString());
        assertThat(headings(byCode.out())).hasSize(1).allSatisfy(h -> assertThat(h).startsWith("A99901 v3 "));
    }

    @Test
    void scrubChecksMedicareClaimsAgainstAnImportedArticle() throws IOException {
        assertThat(run("coverage", "import", write(tmp, "article.json", ARTICLE).toString(), "--data-dir", dataDir().toString())
                .exit()).isZero();
        Path covered = write(tmp, "covered.json", OHIO_CLAIM.formatted("COVERED", "R10.11"));
        Path notCovered = write(tmp, "not-covered.json", OHIO_CLAIM.formatted("NOT-COVERED", "R93.5"));
        Path out = tmp.resolve("out.jsonl");

        Run r = run("scrub", "--as-of", "2024-09-01", "--data-dir", dataDir().toString(), "-o", out.toString(),
                covered.toString(), notCovered.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(2);
        JsonNode first = JSON.readTree(lines.get(0));
        JsonNode second = JSON.readTree(lines.get(1));
        assertThat(first.get("status").asText()).isEqualTo("clean");
        assertThat(second.get("status").asText()).isEqualTo("blocked");
        JsonNode f = second.get("findings").get(0);
        assertThat(f.get("code").asText()).isEqualTo("SB-NEC-001");
        assertThat(f.get("message").asText()).contains("R93.5").contains("A99901");
        assertThat(f.get("source").asText()).contains("A99901").contains("L99901");
    }

    @Test
    void anInvalidArticleIsRefusedNamingFileLineAndFieldAndNothingIsImported() throws IOException {
        Path f = write(tmp, "broken.json", BROKEN);

        Run r = run("coverage", "import", f.toString(), "--data-dir", dataDir().toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        List<String> lines = r.err().lines().toList();
        assertThat(lines).hasSize(3).allSatisfy(l -> assertThat(l).startsWith("sonobill coverage import: " + f + ":"));
        assertThat(lines.get(0)).contains(f + ":5:").contains("field /states/0").contains("\"Ohio\"");
        assertThat(lines.get(1)).contains(f + ":8:").contains("field /colour").contains("unknown field \"colour\"");
        assertThat(lines.get(2)).contains(f + ":10:").contains("field /groups/0/covered/0").contains("\"R10.11!\"");
        assertThat(entriesUnder(dataDir())).isEmpty();
    }

    @Test
    void anArticleWithoutGroupsOrEffectiveDateIsRefused() throws IOException {
        Path f = write(tmp, "empty.json", """
                {"id": "A99903", "title": "No groups", "contractor": "Test MAC", "states": ["OH"], "version": 1}
                """);

        Run r = run("coverage", "import", f.toString(), "--data-dir", dataDir().toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("field /effective").contains("field /groups");
        assertThat(entriesUnder(dataDir())).isEmpty();
    }

    @Test
    void importRefusesAFileThatDoesNotExist() throws IOException {
        Path missing = tmp.resolve("nope.json");

        Run r = run("coverage", "import", missing.toString(), "--data-dir", dataDir().toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains(missing.toString()).contains("no such file");
        assertThat(entriesUnder(dataDir())).isEmpty();
    }

    @Test
    void importReportsAWriteFailureWithExitThree() throws IOException {
        Path f = write(tmp, "article.json", ARTICLE);
        Path notADirectory = write(tmp, "plain-file", "not a directory");

        Run r = run("coverage", "import", f.toString(), "--data-dir", notADirectory.toString());

        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).contains("sonobill coverage import:").contains("could not write");
    }

    // ---------------------------------------------------------------- help

    @Test
    void helpWorksForCoverageAndItsSubcommands() {
        Run coverage = run("coverage", "--help");
        Run list = run("coverage", "list", "--help");
        Run imp = run("coverage", "import", "--help");

        assertThat(coverage.exit()).isZero();
        assertThat(coverage.out()).contains("Usage:").contains("list").contains("import")
                .contains("Medicare coverage articles");
        assertThat(list.exit()).isZero();
        assertThat(list.out()).contains("Usage:").contains("--code").contains("--data-dir");
        assertThat(imp.exit()).isZero();
        assertThat(imp.out()).contains("Usage:").contains("FILE").contains("--data-dir")
                .contains("Exit codes: 0 imported; 2 invalid (nothing imported); 3 could not write.");
    }

    @Test
    void coverageWithoutASubcommandPrintsItsUsage() {
        Run r = run("coverage");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Usage:").contains("import");
    }
}

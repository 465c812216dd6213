package org.sonobill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sonobill.cli.Cli.Run;

/** The {@code sonobill code} command as a script sees it: output, messages and exit codes. */
class CodeCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NECK = "{\"id\":\"N1\",\"dateOfService\":\"2025-03-01\",\"placeOfService\":\"11\","
            + "\"exam\":\"neck\",\"indication\":{\"text\":\"thyroid nodule\",\"icd10\":[\"E04.1\"]},\"images\":{\"stored\":3},"
            + "\"report\":{\"signed\":true,\"interpretingNpi\":\"1234567893\"},\"orderingNpi\":\"1245319599\","
            + "\"comparison\":{\"priorDate\":\"2024-01-01\"}}";
    private static final String UNSIGNED = NECK.replace("\"N1\"", "\"N2\"").replace("\"signed\":true", "\"signed\":false");

    @TempDir
    Path dir;

    /** Runs {@code sonobill args}; a {@code code} run (not its help) gets {@code --output out.txt}, read back as its out. */
    private Run run(String... args) {
        boolean isCode = args.length > 0 && args[0].equals("code") && !List.of(args).contains("--help");
        if (!isCode) {
            return Cli.run(args);
        }
        Path output = dir.resolve("out.txt");
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--output";
        all[args.length + 1] = output.toString();
        return Cli.runWritingTo(output, all);
    }

    private Path file(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void codesOneStudyAsOneJsonDocument() throws Exception {
        Run r = run("code", file("neck.json", NECK).toString());
        assertThat(r.exit()).isZero();
        JsonNode result = JSON.readTree(r.out());
        assertThat(result.get("studyId").asText()).isEqualTo("N1");
        assertThat(result.get("status").asText()).isEqualTo("ready");
        assertThat(result.at("/lines/0/code").asText()).isEqualTo("76536");
        assertThat(result.at("/lines/0/diagnoses/0").asText()).isEqualTo("E04.1");
    }

    @Test
    void codesJsonLinesOneResultPerLineInInputOrder() throws Exception {
        Run r = run("code", file("batch.jsonl", NECK + "\n\n" + UNSIGNED + "\n").toString());
        assertThat(r.exit()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(JSON.readTree(lines.get(0)).get("studyId").asText()).isEqualTo("N1");
        assertThat(JSON.readTree(lines.get(1)).get("status").asText()).isEqualTo("blocked");
    }

    @Test
    void aJsonArrayOfStudiesIsCodedStudyByStudy() throws Exception {
        Run r = run("code", file("arr.json", "[\n" + NECK + ",\n" + UNSIGNED + "\n]").toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out().lines()).hasSize(2);
    }

    @Test
    void anInvalidStudyIsNamedByFileLineAndFieldAndTheOthersAreStillCoded() throws Exception {
        String bad = NECK.replace("\"N1\"", "\"N3\"").replace("\"exam\":\"neck\"", "\"exam\":\"nek\"");
        Run r = run("code", file("mixed.jsonl", NECK + "\n" + bad + "\n" + UNSIGNED + "\n").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("mixed.jsonl:2:").contains("/exam").contains("unknown exam family \"nek\"")
                .contains("expected one of");
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.out().lines()).hasSize(2);
    }

    @Test
    void malformedJsonIsReportedWithItsLineAndColumn() throws Exception {
        Run r = run("code", file("broken.json", "{\n  \"id\": \"X\",\n  \"dateOfService\": 2025-01-01\n}").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("broken.json:3:").contains("malformed JSON");
    }

    @Test
    void aMissingFileIsAnInputErrorNotACrash() {
        Run r = run("code", dir.resolve("nope.json").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("nope.json: no such file");
    }

    @Test
    void failOnBlockedExitsOneWhenAStudyIsBlocked() throws Exception {
        Run r = run("code", "--fail-on", "blocked", file("u.json", UNSIGNED).toString());
        assertThat(r.exit()).isEqualTo(1);
        Run ok = run("code", "--fail-on", "blocked", file("n.json", NECK).toString());
        assertThat(ok.exit()).isZero();
    }

    @Test
    void textFormatShowsLinesWithReasonsAndFindingsWithFixes() throws Exception {
        Run r = run("code", "--format", "text", file("u.json", UNSIGNED).toString());
        assertThat(r.out()).contains("Study N2  BLOCKED").contains("76536").contains("why:")
                .contains("SB-DOC-006").contains("fix:");
    }

    @Test
    void everyCommandHasHelp() {
        for (String[] args : List.of(new String[] {"--help"}, new String[] {"code", "--help"},
                new String[] {"catalogue", "--help"}, new String[] {"data", "--help"})) {
            Run r = run(args);
            assertThat(r.exit()).as(String.join(" ", args)).isZero();
            assertThat(r.out()).contains("Usage:");
        }
    }

    @Test
    void anUnknownOptionIsAUsageErrorWithExitTwo() {
        Run r = run("code", "--colour", "x.json");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("Unknown option");
    }

    @Test
    void catalogueListsCodesWithOurOwnDescriptions() {
        Run r = run("catalogue");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("76700").contains("Abdominal ultrasound, complete");
    }

    @Test
    void aJsonFileWithSeveralObjectsOneAfterAnotherCodesEachOfThem() throws Exception {
        String pretty = NECK.replace(",", ",\n  ");
        Run r = run("code", file("two.json", pretty + "\n" + UNSIGNED.replace(",", ",\n  ")).toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out().lines()).hasSize(2);
    }

    @Test
    void aBrokenLineInTheMiddleIsNamedAndTheStudiesAroundItAreStillCoded() throws Exception {
        Run r = run("code", file("lines.json", NECK + "\n{\"id\": broken\n" + UNSIGNED + "\n").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("lines.json:2:").contains("malformed JSON");
        assertThat(r.out().lines()).hasSize(2);
    }

    @Test
    void twoStudiesOnOneLineAreRefusedNotHalfRead() throws Exception {
        Run r = run("code", file("two.jsonl", NECK + UNSIGNED + "\n").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("two.jsonl:1:").contains("one study object per document");
        assertThat(r.err()).doesNotContain("com.fasterxml");
    }

    @Test
    void anOrganThatCannotBeSurgicallyAbsentIsAnInputError() throws Exception {
        String liverAbsent = NECK.replace("\"exam\":\"neck\"", "\"exam\":\"abdomen\",\"elements\":{\"liver\":\"absent\"}");
        Run r = run("code", file("absent.json", liverAbsent).toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("/elements/liver").contains("cannot be surgically absent");
    }

    @Test
    void aMisspeltElementIsNamedInsteadOfSilentlyMakingTheStudyLimited() throws Exception {
        String typo = NECK.replace("\"exam\":\"neck\"", "\"exam\":\"abdomen\",\"elements\":{\"splen\":\"seen\"}");
        Run r = run("code", file("typo.json", typo).toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("/elements/splen").contains("unknown element").contains("spleen");
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedWithAMessage() throws Exception {
        Path p = dir.resolve("utf16.json");
        Files.write(p, NECK.getBytes(StandardCharsets.UTF_16));
        Run r = run("code", p.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("utf16.json").contains("not UTF-8");
    }

    @Test
    void standardInputTakesAPrettyPrintedStudy() throws Exception {
        java.io.InputStream saved = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream(NECK.replace(",", ",\n  ").getBytes(StandardCharsets.UTF_8)));
            Run r = run("code", "-");
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(JSON.readTree(r.out()).get("studyId").asText()).isEqualTo("N1");
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void anEmptyFileIsAnInputErrorNotASilentSuccess() throws Exception {
        for (String content : new String[] {"", "   \n", "[]"}) {
            Run r = run("code", file("empty.json", content).toString());
            assertThat(r.exit()).as("[" + content + "]").isEqualTo(2);
            assertThat(r.err()).contains("empty.json: no study found");
        }
    }

    @Test
    void aOneLineStudyFollowedByAPrettyPrintedOneAreBothCoded() throws Exception {
        Run r = run("code", file("mixed.json", NECK + "\n" + UNSIGNED.replace(",", ",\n  ")).toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out().lines()).hasSize(2);
    }

    @Test
    void aValueThatIsNotAStudyIsNamedAtItsOwnLineAndColumn() throws Exception {
        Run r = run("code", file("values.json", "[\n  {\"id\": 1},\n  \"text\"\n]").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("values.json:3:3:").contains("found the string \"text\"");
    }
}

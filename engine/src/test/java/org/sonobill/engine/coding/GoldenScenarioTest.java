package org.sonobill.engine.coding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.sonobill.engine.finding.Finding;
import org.sonobill.engine.finding.Severity;
import org.sonobill.engine.study.StudyJsonReader;

/**
 * The golden scenarios of {@code src/test/resources/golden}: each a study and the lines and findings a careful
 * coder expects, written from the coding reference (not from the engine's output). Lines compare as a multiset of
 * (code, set of modifiers, units); every error and warning must be expected; listed info findings must be present.
 */
class GoldenScenarioTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CodingEngine ENGINE = CodingEngine.bundled();
    private static final StudyJsonReader READER = new StudyJsonReader(ENGINE.vocabulary());

    @TestFactory
    Stream<DynamicTest> everyGoldenScenarioCodesAsACarefulCoderWould() throws IOException, URISyntaxException {
        Path root = root();
        return scenarios().stream().map(p -> DynamicTest.dynamicTest(root.relativize(p).toString(), () -> check(p)));
    }

    @Test
    void thereAreAtLeastEightyScenarios() throws IOException, URISyntaxException {
        assertThat(scenarios()).hasSizeGreaterThanOrEqualTo(80);
    }

    private static void check(Path file) throws Exception {
        JsonNode s = JSON.readTree(file.toFile());
        CodedStudy coded = ENGINE.code(READER.read(JSON.writeValueAsString(s.get("study")), file.toString(), 1));
        JsonNode expect = s.get("expect");
        String context = file.getFileName() + ": " + s.path("description").asText() + "\n  got "
                + CodedStudyJson.toJson(coded);

        assertThat(lines(coded)).as(context).containsExactlyInAnyOrderElementsOf(expectedLines(expect.get("lines")));
        Set<String> expected = new TreeSet<>();
        expect.path("findings").forEach(f -> expected.add(f.asText()));
        Set<String> emitted = coded.findings().stream().map(Finding::code).collect(Collectors.toCollection(TreeSet::new));
        Set<String> raised = coded.findings().stream().filter(f -> f.severity() != Severity.INFO).map(Finding::code)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(emitted).as(context).containsAll(expected);
        assertThat(expected).as(context + "\n  unexpected error or warning").containsAll(raised);
        assertThat(coded.status().key()).as(context).isEqualTo(expect.get("status").asText());
    }

    private static List<String> lines(CodedStudy coded) {
        return coded.lines().stream().map(l -> key(l.code(), new TreeSet<>(l.modifiers()), l.units())).toList();
    }

    private static List<String> expectedLines(JsonNode lines) {
        List<String> out = new ArrayList<>();
        for (JsonNode l : lines) {
            Set<String> mods = new TreeSet<>();
            l.path("modifiers").forEach(m -> mods.add(m.asText()));
            out.add(key(l.get("code").asText(), mods, l.path("units").asInt(1)));
        }
        return out;
    }

    private static String key(String code, Set<String> mods, int units) {
        return code + (mods.isEmpty() ? "" : "-" + String.join("-", mods)) + " x" + units;
    }

    private static Path root() throws URISyntaxException {
        java.net.URL url = GoldenScenarioTest.class.getResource("/golden");
        if (url == null) {
            throw new IllegalStateException("src/test/resources/golden is missing");
        }
        return Path.of(url.toURI());
    }

    private static List<Path> scenarios() throws IOException, URISyntaxException {
        try (Stream<Path> s = Files.walk(root())) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}

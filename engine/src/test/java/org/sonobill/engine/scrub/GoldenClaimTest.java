package org.sonobill.engine.scrub;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.sonobill.engine.catalogue.Catalogue;
import org.sonobill.engine.claim.Claim;
import org.sonobill.engine.claim.ClaimJsonReader;
import org.sonobill.engine.claim.InvalidClaimException;
import org.sonobill.engine.finding.Finding;
import org.sonobill.engine.payer.PayerPacks;
import org.sonobill.engine.reference.ReferenceLibrary;

/**
 * The claim-level golden scenarios of {@code src/test/resources/golden-claims}: each a claim (with, where the edit
 * needs it, earlier claims of the patient), the scrubbing date, and the result the CMS tables and the NCCI Policy
 * Manual call for, written from those sources (quoted in each file's {@code source}), never from the scrubber's
 * output.
 *
 * <p>A scenario file holds {@code title}, {@code source}, {@code asOf} (YYYY-MM-DD), optional {@code history} (claim
 * documents), {@code claim} (a claim document exactly as {@link ClaimJsonReader} accepts it) and {@code expect} with
 * {@code status} (clean | held | blocked), {@code findings} (the exact multiset of {@code CODE@lineCode}, or
 * {@code CODE} for a finding about the whole claim; information findings included) and optional
 * {@code messageContains} (substrings that some finding's message must contain).
 */
class GoldenClaimTest {
    private static final String ROOT = "/golden-claims";
    private static final Set<String> KEYS = Set.of("title", "source", "asOf", "history", "claim", "expect");
    private static final Set<String> EXPECT_KEYS = Set.of("status", "findings", "messageContains");
    private static final Set<String> STATUSES = Set.of("clean", "held", "blocked");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Scrubber SCRUBBER = new Scrubber(ReferenceLibrary.bundled(), Catalogue.bundled());
    private static final ClaimJsonReader READER = new ClaimJsonReader(PayerPacks.bundled().ids());

    @TestFactory
    Stream<DynamicTest> everyGoldenClaimScrubsAsTheCmsTablesAndTheNcciManualSay() throws IOException, URISyntaxException {
        Path root = root();
        return scenarios().stream().map(p -> DynamicTest.dynamicTest(root.relativize(p).toString(), () -> check(root, p)));
    }

    @Test
    void thereAreAtLeastFortyGoldenClaims() throws IOException, URISyntaxException {
        List<Path> all = scenarios();
        assertTrue(all.size() >= 40, "expected at least 40 golden claims under src/test/resources" + ROOT + ", found "
                + all.size());
    }

    /** One scenario, as the fields a file must have. */
    private record Scenario(String title, String source, LocalDate asOf, List<Claim> history, Claim claim,
                            String status, List<String> findings, List<String> messageContains) {
    }

    private static void check(Path root, Path file) throws IOException {
        String name = root.relativize(file).toString();
        Scenario s = parse(name, JSON.readTree(file.toFile()));
        ScrubResult r = SCRUBBER.scrub(s.claim(), new ScrubContext(s.asOf(), s.history()));
        List<String> actual = r.findings().stream().map(GoldenClaimTest::key).sorted().toList();
        List<String> expected = s.findings().stream().sorted().toList();
        List<String> problems = new ArrayList<>();
        if (!r.status().key().equals(s.status())) {
            problems.add("status: expected " + s.status() + ", got " + r.status().key());
        }
        if (!actual.equals(expected)) {
            problems.add("findings: expected " + expected + ", got " + actual);
        }
        for (String text : s.messageContains()) {
            if (r.findings().stream().noneMatch(f -> f.message().contains(text))) {
                problems.add("no finding's message contains \"" + text + "\"");
            }
        }
        if (!problems.isEmpty()) {
            StringBuilder m = new StringBuilder();
            m.append(name).append(": ").append(s.title()).append('\n');
            m.append("  source: ").append(s.source()).append('\n');
            problems.forEach(p -> m.append("  ").append(p).append('\n'));
            m.append("  scrubbed on ").append(s.asOf()).append(", status ").append(r.status().key())
                    .append(r.findings().isEmpty() ? ", no findings" : ", findings:").append('\n');
            for (Finding f : r.findings()) {
                m.append("    ").append(f.severity()).append(' ').append(key(f)).append(": ").append(f.message())
                        .append('\n');
            }
            fail(m.toString());
        }
    }

    /** How a finding is named in a golden file: its code, and the line's code when it is about a line. */
    private static String key(Finding f) {
        return f.lineCode() == null ? f.code() : f.code() + "@" + f.lineCode();
    }

    /** Reads a scenario, failing with the file's name and what is missing or malformed. */
    private static Scenario parse(String name, JsonNode n) {
        List<String> bad = new ArrayList<>();
        if (n == null || !n.isObject()) {
            fail(name + ": a golden claim must be a JSON object with " + KEYS);
        }
        n.fieldNames().forEachRemaining(k -> {
            if (!KEYS.contains(k)) {
                bad.add("unknown field \"" + k + "\" (expected " + KEYS + ")");
            }
        });
        String title = text(n, "title", bad);
        String source = text(n, "source", bad);
        LocalDate asOf = null;
        String asOfText = text(n, "asOf", bad);
        if (asOfText != null) {
            try {
                asOf = LocalDate.parse(asOfText);
            } catch (DateTimeParseException e) {
                bad.add("\"asOf\" must be a date as YYYY-MM-DD, found \"" + asOfText + "\"");
            }
        }
        List<Claim> history = new ArrayList<>();
        JsonNode h = n.get("history");
        if (h != null && !h.isNull()) {
            if (!h.isArray()) {
                bad.add("\"history\" must be an array of claim documents");
            } else {
                for (int i = 0; i < h.size(); i++) {
                    Claim c = claim(name + " history[" + i + "]", h.get(i), bad);
                    if (c != null) {
                        history.add(c);
                    }
                }
            }
        }
        Claim claim = null;
        if (n.get("claim") == null || !n.get("claim").isObject()) {
            bad.add("missing \"claim\" (a claim document)");
        } else {
            claim = claim(name + " claim", n.get("claim"), bad);
        }
        String status = null;
        List<String> findings = new ArrayList<>();
        List<String> contains = new ArrayList<>();
        JsonNode e = n.get("expect");
        if (e == null || !e.isObject()) {
            bad.add("missing \"expect\" ({status, findings, messageContains})");
        } else {
            e.fieldNames().forEachRemaining(k -> {
                if (!EXPECT_KEYS.contains(k)) {
                    bad.add("unknown field \"expect." + k + "\" (expected " + EXPECT_KEYS + ")");
                }
            });
            status = text(e, "status", bad);
            if (status != null && !STATUSES.contains(status)) {
                bad.add("\"expect.status\" must be one of " + STATUSES + ", found \"" + status + "\"");
            }
            JsonNode f = e.get("findings");
            if (f == null || !f.isArray()) {
                bad.add("missing \"expect.findings\" (an array of \"SB-CLM-002@76705\" or \"SB-CLM-031\"; [] for none)");
            } else {
                for (JsonNode x : f) {
                    if (!x.isTextual() || !x.asText().matches("SB-[A-Z]+-\\d{3}(@[0-9A-Z]{5})?")) {
                        bad.add("\"expect.findings\" entries look like \"SB-CLM-002@76705\" or \"SB-CLM-031\", found " + x);
                    } else {
                        findings.add(x.asText());
                    }
                }
            }
            JsonNode m = e.get("messageContains");
            if (m != null && !m.isNull()) {
                if (!m.isArray()) {
                    bad.add("\"expect.messageContains\" must be an array of strings");
                } else {
                    m.forEach(x -> contains.add(x.asText()));
                }
            }
        }
        if (!bad.isEmpty()) {
            fail(name + ": malformed golden claim:\n  " + String.join("\n  ", bad));
        }
        return new Scenario(title, source, asOf, history, claim, status, findings, contains);
    }

    private static String text(JsonNode n, String field, List<String> bad) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            bad.add("missing \"" + field + "\" (a non-empty string)");
            return null;
        }
        return v.asText();
    }

    private static Claim claim(String where, JsonNode doc, List<String> bad) {
        try {
            return READER.read(JSON.writeValueAsString(doc), where, 1);
        } catch (InvalidClaimException e) {
            e.problems().forEach(p -> bad.add(p.describe()));
        } catch (IOException e) {
            bad.add(where + ": " + e.getMessage());
        }
        return null;
    }

    private static Path root() throws URISyntaxException {
        URL url = GoldenClaimTest.class.getResource(ROOT);
        if (url == null) {
            throw new IllegalStateException("src/test/resources" + ROOT + " is missing from the test classpath");
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

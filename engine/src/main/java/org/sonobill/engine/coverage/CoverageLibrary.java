package org.sonobill.engine.coverage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.sonobill.engine.json.JsonFields;
import org.sonobill.engine.payer.CodePattern;
import org.sonobill.engine.study.InputProblem;

/**
 * The Medicare coverage articles known to this installation: those shipped in the jar ({@code /coverage/}, listed in
 * {@code index.txt}) and those a user imported into {@code ~/.sonobill/coverage}; an imported article replaces a
 * shipped one with the same id and version. Several versions of one article may be loaded: each governs its own
 * dates of service.
 */
public final class CoverageLibrary {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final Set<String> TOP = Set.of("$schema", "id", "lcd", "title", "contractor", "states", "version",
            "effective", "ending", "url", "transcription", "transcriptionNote", "groups", "frequency", "documentation");
    private final Map<String, CoverageArticle> articles;
    private final Map<String, List<CoverageArticle>> byCode = new LinkedHashMap<>();

    private CoverageLibrary(Map<String, CoverageArticle> loaded) {
        // a fixed order (by id, then version): findings list the articles the same way on every run
        Map<String, CoverageArticle> ordered = new java.util.TreeMap<>(superseded(loaded));
        this.articles = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(ordered));
        for (CoverageArticle a : this.articles.values()) {
            for (CoverageGroup g : a.groups()) {
                for (String c : g.codes()) {
                    List<CoverageArticle> l = byCode.computeIfAbsent(c, k -> new ArrayList<>());
                    if (!l.contains(a)) {
                        l.add(a);
                    }
                }
            }
        }
    }

    /**
     * Each version of an article governs until the next version's effective date: a later revision replaces the list
     * for later dates of service and leaves earlier claims under the list of their date.
     */
    private static Map<String, CoverageArticle> superseded(Map<String, CoverageArticle> loaded) {
        Map<String, List<CoverageArticle>> byId = new LinkedHashMap<>();
        loaded.values().forEach(a -> byId.computeIfAbsent(a.id(), k -> new ArrayList<>()).add(a));
        Map<String, CoverageArticle> out = new LinkedHashMap<>();
        for (List<CoverageArticle> versions : byId.values()) {
            versions.sort(java.util.Comparator.comparing(CoverageArticle::effective).thenComparing(CoverageArticle::version));
            for (int i = 0; i < versions.size(); i++) {
                CoverageArticle a = versions.get(i);
                if (i + 1 < versions.size()) {
                    LocalDate next = versions.get(i + 1).effective().minusDays(1);
                    if (a.ending() == null || a.ending().isAfter(next)) {
                        a = new CoverageArticle(a.id(), a.lcd(), a.title(), a.contractor(), a.states(), a.version(),
                                a.effective(), next, a.url(), a.complete(), a.transcriptionNote(), a.groups(),
                                a.frequency(), a.documentation());
                    }
                }
                out.put(key(a), a);
            }
        }
        return out;
    }

    /** The articles shipped in the jar. */
    public static CoverageLibrary bundled() {
        Map<String, CoverageArticle> out = new LinkedHashMap<>();
        try (InputStream in = CoverageLibrary.class.getResourceAsStream("/coverage/index.txt")) {
            if (in == null) {
                throw new IllegalStateException("/coverage/index.txt is missing from the build");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                line = line.trim();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String path = "/coverage/" + line;
                try (InputStream f = CoverageLibrary.class.getResourceAsStream(path)) {
                    if (f == null) {
                        throw new IllegalStateException(path + " is listed in /coverage/index.txt but missing from the build");
                    }
                    CoverageArticle a = parse(new String(f.readAllBytes(), StandardCharsets.UTF_8), path);
                    out.put(key(a), a);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CoverageLibrary(out);
    }

    /** The shipped articles plus those imported into {@code dir} (which need not exist). */
    public static CoverageLibrary withUserArticles(Path dir) {
        CoverageLibrary b = bundled();
        if (dir == null || !Files.isDirectory(dir)) {
            return b;
        }
        Map<String, CoverageArticle> out = new LinkedHashMap<>(b.articles);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList()) {
                CoverageArticle a = read(f);
                out.put(key(a), a);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": " + e.getMessage(), e);
        }
        return new CoverageLibrary(out);
    }

    /** Validates an article file and copies it into {@code dir}, atomically; a file that does not read is never copied. */
    public static CoverageArticle importFile(Path file, Path dir) {
        CoverageArticle a = read(file);
        try {
            Files.createDirectories(dir);
            String name = a.id() + "-v" + a.version() + ".json";
            Path tmp = dir.resolve(name + ".part");
            Files.copy(file, tmp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(tmp, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return a;
        } catch (IOException e) {
            throw new UncheckedIOException("could not write to " + dir + ": " + e.getMessage(), e);
        }
    }

    private static String key(CoverageArticle a) {
        return a.id() + "#" + a.version();
    }

    /** Reads one article file; {@link InvalidCoverageException} names every problem. */
    public static CoverageArticle read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidCoverageException(List.of(new org.sonobill.engine.study.InputProblem(file.toString(), 0, 0, "",
                    "no such file")));
        }
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    /** Parses one article document. */
    public static CoverageArticle parse(String json, String source) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidCoverageException(List.of(new InputProblem(source,
                    e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    e.getLocation() == null ? 0 : e.getLocation().getColumnNr(), "", "malformed JSON: " + e.getOriginalMessage())));
        }
        Walker w = new Walker(json, source);
        CoverageArticle a = w.article(root);
        if (!w.problems().isEmpty()) {
            throw new InvalidCoverageException(w.problems());
        }
        return a;
    }

    /** The articles that govern a code on a date in a state (every state when {@code state} is null). */
    public List<CoverageArticle> applicable(String code, LocalDate dos, String state) {
        List<CoverageArticle> l = byCode.get(code);
        if (l == null) {
            return List.of();
        }
        List<CoverageArticle> out = new ArrayList<>(2);
        for (CoverageArticle a : l) {
            if (a.inForce(dos) && (state == null || a.states().contains(state))) {
                out.add(a);
            }
        }
        return out;
    }

    /** Every article loaded. */
    public Collection<CoverageArticle> all() {
        return articles.values();
    }

    private static final class Walker extends JsonFields {
        Walker(String json, String source) {
            super(json, source, 1);
        }

        CoverageArticle article(JsonNode root) {
            if (root == null || !root.isObject()) {
                problem("", "expected a JSON object describing one coverage article, found " + kind(root));
                return null;
            }
            unknownFields(root, "", TOP);
            String id = requiredText(root, "id", "the article id, e.g. \"A56781\"");
            if (id != null && !id.matches("[AL]\\d{5}")) {
                problem("/id", "expected an article or LCD id such as \"A56781\", found \"" + id + "\"");
            }
            String title = requiredText(root, "title", "the article's title");
            String contractor = requiredText(root, "contractor", "the Medicare contractor");
            Set<String> states = new LinkedHashSet<>();
            JsonNode st = root.get("states");
            if (st == null || !st.isArray() || st.isEmpty()) {
                problem("/states", "expected the two-letter states of the contractor's jurisdictions");
            } else {
                for (int i = 0; i < st.size(); i++) {
                    String s = textAt(st.get(i), "/states/" + i);
                    if (s != null && !s.matches("[A-Z]{2}")) {
                        problem("/states/" + i, "expected a two-letter state, found \"" + s + "\"");
                    }
                    states.add(s);
                }
            }
            int version = count(root.get("version"), "/version");
            if (version < 1) {
                problem("/version", "required field is missing; expected the article version transcribed (1 or more)");
            }
            LocalDate effective = date(root, "effective", true);
            LocalDate ending = date(root, "ending", false);
            if (effective != null && ending != null && ending.isBefore(effective)) {
                problem("/ending", "the ending date " + ending + " is before the effective date " + effective);
            }
            String transcription = optionalText(root, "transcription");
            if (transcription != null && !Set.of("complete", "partial").contains(transcription)) {
                problem("/transcription", "expected \"complete\" or \"partial\", found \"" + transcription + "\"");
            }
            List<CoverageGroup> groups = groups(root.get("groups"));
            List<CoverageFrequency> frequency = frequency(root.get("frequency"));
            List<String> documentation = strings(root.get("documentation"), "/documentation");
            return new CoverageArticle(id, optionalText(root, "lcd"), title, contractor, states, version, effective,
                    ending, optionalText(root, "url"), "complete".equals(transcription),
                    optionalText(root, "transcriptionNote"), groups, frequency, documentation);
        }

        List<CoverageGroup> groups(JsonNode n) {
            List<CoverageGroup> out = new ArrayList<>();
            if (n == null || !n.isArray() || n.isEmpty()) {
                problem("/groups", "expected at least one group {name, codes, covered, notes}");
                return out;
            }
            for (int i = 0; i < n.size(); i++) {
                String p = "/groups/" + i;
                JsonNode g = n.get(i);
                if (!objectOrAbsent(g, p)) {
                    continue;
                }
                unknownFields(g, p, Set.of("name", "codes", "covered", "notes"));
                List<String> codes = strings(g.get("codes"), p + "/codes");
                for (String c : codes) {
                    if (!c.matches("[0-9A-Z]\\d{3}[0-9A-Z]")) {
                        problem(p + "/codes", "expected five-character CPT/HCPCS codes, found \"" + c + "\"");
                    }
                }
                // a group whose CPT codes are not known yet is kept for reference and drives no check
                List<CodePattern> covered = new ArrayList<>();
                List<String> dx = strings(g.get("covered"), p + "/covered");
                for (int j = 0; j < dx.size(); j++) {
                    try {
                        covered.add(CodePattern.parse(dx.get(j)));
                    } catch (IllegalArgumentException e) {
                        problem(p + "/covered/" + j, e.getMessage());
                    }
                }
                out.add(new CoverageGroup(g.path("name").asText("Group " + (i + 1)), codes, covered,
                        strings(g.get("notes"), p + "/notes")));
            }
            return out;
        }

        List<CoverageFrequency> frequency(JsonNode n) {
            List<CoverageFrequency> out = new ArrayList<>();
            if (n == null || n.isNull()) {
                return out;
            }
            if (!n.isArray()) {
                problem("/frequency", "expected an array of {codes, max, periodDays, note, source}");
                return out;
            }
            for (int i = 0; i < n.size(); i++) {
                String p = "/frequency/" + i;
                JsonNode f = n.get(i);
                if (!objectOrAbsent(f, p)) {
                    continue;
                }
                unknownFields(f, p, Set.of("codes", "max", "periodDays", "note", "source"));
                int max = count(f.get("max"), p + "/max");
                int period = count(f.get("periodDays"), p + "/periodDays");
                if (period < 1) {
                    problem(p + "/periodDays", "expected the period in days (1 or more)");
                }
                List<String> codes = strings(f.get("codes"), p + "/codes");
                if (codes.isEmpty()) {
                    problem(p + "/codes", "expected the CPT/HCPCS codes the limit counts together");
                }
                for (String c : codes) {
                    if (!c.matches("[0-9A-Z]\\d{3}[0-9A-Z]")) {
                        problem(p + "/codes", "expected five-character CPT/HCPCS codes, found \"" + c + "\"");
                    }
                }
                if (max < 1) {
                    problem(p + "/max", "expected the number of services allowed in the period (1 or more)");
                }
                out.add(new CoverageFrequency(codes, max, period, f.path("note").asText(""), f.path("source").asText("")));
            }
            return out;
        }

    }
}

package org.sonobill.engine.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The ultrasound code catalogue: codes with our descriptions, exam families with their required elements,
 * guidance kinds, anatomic regions, and primaries that include guidance. Loaded from {@code /catalogue}.
 */
public final class Catalogue {
    private final Map<String, UltrasoundCode> codes;
    private final Map<String, ExamFamily> families;
    private final Map<String, GuidanceKind> guidance;
    private final Map<String, String> regionGroups;
    private final Set<String> regions;
    private final Map<String, String> guidanceIncluded;
    private final Map<String, String[]> guidedEquivalents;
    private final Set<String> resectable;
    private final Set<String> pairedRegions;

    private Catalogue(Map<String, UltrasoundCode> codes, Map<String, ExamFamily> families,
                      Map<String, GuidanceKind> guidance, Map<String, String> regionGroups, Set<String> regions,
                      Map<String, String> guidanceIncluded, Map<String, String[]> guidedEquivalents,
                      Set<String> resectable, Set<String> pairedRegions) {
        this.codes = codes;
        this.families = families;
        this.guidance = guidance;
        this.regionGroups = regionGroups;
        this.regions = regions;
        this.guidanceIncluded = guidanceIncluded;
        this.guidedEquivalents = guidedEquivalents;
        this.resectable = resectable;
        this.pairedRegions = pairedRegions;
    }

    /** The catalogue shipped in the jar. */
    public static Catalogue bundled() {
        ObjectMapper m = new ObjectMapper();
        Map<String, UltrasoundCode> codes = readCodes();
        Map<String, ExamFamily> families = new LinkedHashMap<>();
        JsonNode fam = readJson(m, "/catalogue/exam-families.json");
        for (Iterator<Map.Entry<String, JsonNode>> it = fam.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getKey().startsWith("_")) {
                families.put(e.getKey(), ExamFamily.of(e.getKey(), e.getValue()));
            }
        }
        JsonNode g = readJson(m, "/catalogue/guidance.json");
        Map<String, GuidanceKind> kinds = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = g.path("kinds").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode k = e.getValue();
            kinds.put(e.getKey(), new GuidanceKind(e.getKey(), k.path("code").asText(), k.path("realTimeNeedle").asBoolean(),
                    k.path("vascularAccess").asBoolean(), k.path("sameRegionRule").asBoolean(),
                    !k.path("primaryNotRequired").asBoolean(), k.path("source").asText()));
        }
        Set<String> regions = new java.util.LinkedHashSet<>();
        g.path("regions").forEach(r -> regions.add(r.asText()));
        Map<String, String> groups = new HashMap<>();
        g.path("regionGroups").fields().forEachRemaining(e -> groups.put(e.getKey(), e.getValue().asText()));
        return new Catalogue(Collections.unmodifiableMap(codes), Collections.unmodifiableMap(families),
                Collections.unmodifiableMap(kinds), Map.copyOf(groups), Collections.unmodifiableSet(regions),
                readIncluded(), readEquivalents(), resectable(fam), paired(g));
    }

    /** The code, or null when SonoBill does not know it. */
    public UltrasoundCode code(String code) {
        return codes.get(code);
    }

    /** Our description of a code, or a neutral text for a code outside the catalogue. */
    public String describe(String code) {
        UltrasoundCode c = codes.get(code);
        return c == null ? "Procedure " + code : c.description();
    }

    /** All catalogue codes in order. */
    public Map<String, UltrasoundCode> codes() {
        return codes;
    }

    /** The exam family, or null. */
    public ExamFamily family(String key) {
        return families.get(key);
    }

    /** All exam families by key. */
    public Map<String, ExamFamily> families() {
        return families;
    }

    /** The guidance kind, or null. */
    public GuidanceKind guidance(String key) {
        return guidance.get(key);
    }

    /** All guidance kinds by key. */
    public Map<String, GuidanceKind> guidanceKinds() {
        return guidance;
    }

    /** The anatomic regions a procedure can name. */
    public Set<String> regions() {
        return regions;
    }

    /** The region group used for "same region" tests (retroperitoneum counts as abdomen, and so on). */
    public String regionGroup(String region) {
        return region == null ? null : regionGroups.getOrDefault(region, region);
    }

    /** Why a primary's code already includes imaging guidance, or null when it does not. */
    public String guidanceIncludedIn(String primaryCode) {
        return primaryCode == null ? null : guidanceIncluded.get(primaryCode);
    }

    /** Element keys that can be surgically absent (the only ones "absent" may be said of). */
    public Set<String> resectable() {
        return resectable;
    }

    /** Whether the side (right/left) of a region matters (breast, limbs). */
    public boolean pairedRegion(String region) {
        return region != null && pairedRegions.contains(region);
    }

    private static Set<String> paired(JsonNode guidance) {
        Set<String> out = new java.util.TreeSet<>();
        guidance.path("pairedRegions").forEach(e -> out.add(e.asText()));
        return Collections.unmodifiableSet(out);
    }

    private static Set<String> resectable(JsonNode families) {
        Set<String> out = new java.util.TreeSet<>();
        families.path("_resectable").path("elements").forEach(e -> out.add(e.asText()));
        return Collections.unmodifiableSet(out);
    }

    /**
     * The code that includes ultrasound guidance for an unguided primary (20610 → 20611), with our description of
     * the procedure, or null when there is none.
     */
    public String[] guidedEquivalentOf(String primaryCode) {
        return primaryCode == null ? null : guidedEquivalents.get(primaryCode);
    }

    private static Map<String, String[]> readEquivalents() {
        Map<String, String[]> out = new HashMap<>();
        readTsv("/catalogue/guided-equivalents.tsv", f -> out.put(f[0].trim(),
                new String[] {f[1].trim(), f.length > 2 ? f[2].trim() : ""}));
        return Map.copyOf(out);
    }

    /** Reads a tab-separated catalogue file, skipping blank and comment lines. */
    private static void readTsv(String path, java.util.function.Consumer<String[]> row) {
        try (BufferedReader r = open(path)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    row.accept(line.split("\t"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, UltrasoundCode> readCodes() {
        Map<String, UltrasoundCode> out = new LinkedHashMap<>();
        readTsv("/catalogue/codes.tsv", f -> {
            if (!f[0].equals("code")) {
                CodeKind kind = CodeKind.valueOf(f[1].toUpperCase(Locale.ROOT).replace('-', '_'));
                out.put(f[0], new UltrasoundCode(f[0], kind, f[2], f[3]));
            }
        });
        return out;
    }

    private static Map<String, String> readIncluded() {
        Map<String, String> out = new HashMap<>();
        readTsv("/catalogue/guidance-included.tsv", f -> out.put(f[0].trim(), f.length > 1 ? f[1].trim() : ""));
        return Map.copyOf(out);
    }

    private static JsonNode readJson(ObjectMapper m, String path) {
        try (InputStream in = Catalogue.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the build");
            }
            return m.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": " + e.getMessage(), e);
        }
    }

    private static BufferedReader open(String path) {
        InputStream in = Catalogue.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException(path + " is missing from the build");
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
}

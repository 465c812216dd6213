package org.sonobill.engine.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One exam family of {@code catalogue/exam-families.json}: its codes, required elements and flags, and the name of
 * the selector that applies its logic. Parameters a selector needs beyond the common ones are read with
 * {@link #text(String)} and {@link #list(String)}. {@code codes} holds every code the family can bill (for order
 * comparisons), collected once when the catalogue loads.
 */
public record ExamFamily(String key, String name, String selector, String region, boolean paired, boolean duplex,
                         String ruleId, String source, JsonNode raw, List<String> codes) {

    /** A text parameter, or null. */
    public String text(String field) {
        JsonNode n = raw.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }

    /** A boolean parameter (false when absent). */
    public boolean flag(String field) {
        JsonNode n = raw.get(field);
        return n != null && n.asBoolean(false);
    }

    /** A list-of-strings parameter (empty when absent). */
    public List<String> list(String field) {
        return strings(raw.get(field));
    }

    /** A list-of-strings entry of a map parameter, e.g. {@code limbElements.lower}. */
    public List<String> list(String field, String key) {
        JsonNode m = raw.get(field);
        return m == null ? List.of() : strings(m.get(key));
    }

    /** The complete code, or null. */
    public String complete() {
        return text("complete");
    }

    /** The limited code, or null. */
    public String limited() {
        return text("limited");
    }

    /** The family's required sex ("F", "M") or null. */
    public String sex() {
        return text("sex");
    }

    private static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n != null && n.isArray()) {
            n.forEach(x -> out.add(x.asText()));
        }
        return List.copyOf(out);
    }

    static ExamFamily of(String key, JsonNode n) {
        List<String> codes = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) n::fields) {
            collect(e.getValue(), codes);
        }
        return new ExamFamily(key, n.path("name").asText(key), n.path("selector").asText("elements"),
                n.path("region").asText("any"), n.path("paired").asBoolean(false), n.path("duplex").asBoolean(false),
                n.path("ruleId").asText(""), n.path("source").asText(""), n,
                List.copyOf(new java.util.LinkedHashSet<>(codes)));
    }

    /**
     * Every element key the family's lists name (elements, femaleElements, maleElements, transvaginalElements,
     * urinaryElements, limbElements.*); empty when the family has none.
     */
    public java.util.Set<String> elementKeys() {
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) raw::fields) {
            if (e.getKey().endsWith("lements")) {
                collectText(e.getValue(), out);
            }
        }
        return out;
    }

    private static void collectText(JsonNode n, java.util.Set<String> out) {
        if (n.isTextual()) {
            out.add(n.asText());
        } else {
            n.forEach(x -> collectText(x, out));
        }
    }

    private static void collect(JsonNode n, List<String> out) {
        if (n.isTextual() && n.asText().matches("\\d{5}")) {
            out.add(n.asText());
        } else if (n.isArray() || n.isObject()) {
            n.forEach(x -> collect(x, out));
        }
    }
}

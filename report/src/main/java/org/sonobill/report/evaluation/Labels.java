package org.sonobill.report.evaluation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Reads a {@code labels.json} file; a malformed one is refused naming the entry and field. */
public final class Labels {
    private Labels() {
    }

    /** A labels file that cannot be used, with the file, entry and field named. */
    public static final class InvalidLabelsException extends Exception {
        public InvalidLabelsException(String message) {
            super(message);
        }
    }

    public static List<Label> read(Path file) throws IOException, InvalidLabelsException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            throw new InvalidLabelsException(file + " line " + e.getLocation().getLineNr() + ": not valid JSON ("
                    + e.getOriginalMessage() + ")");
        }
        if (root == null || !root.isArray()) {
            throw new InvalidLabelsException(file + ": expected a JSON array of labels");
        }
        List<Label> out = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            JsonNode n = root.get(i);
            String where = file + " entry " + i;
            String fileName = text(n, "file", where);
            JsonNode ctx = n.path("context");
            List<Set<CodeLine>> acceptable = new ArrayList<>();
            for (JsonNode alt : n.path("acceptable")) {
                acceptable.add(lines(alt, where + " acceptable"));
            }
            List<String> icd = new ArrayList<>();
            n.path("icd10").forEach(c -> icd.add(c.asText()));
            out.add(new Label(n.path("id").asText(fileName), fileName, ctx.path("placeOfService").asText("22"),
                    ctx.path("claimType").asText("professional"), ctx.path("billingRole").asText(null),
                    ctx.path("payer").asText("medicare"), n.path("examFamily").asText(""),
                    lines(n.get("expected"), where + " expected"), acceptable, n.path("ambiguous").asBoolean(false),
                    icd));
        }
        return out;
    }

    private static String text(JsonNode n, String field, String where) throws InvalidLabelsException {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw new InvalidLabelsException(where + ": expected \"" + field + "\" (the report's file name)");
        }
        return v.asText();
    }

    private static Set<CodeLine> lines(JsonNode n, String where) throws InvalidLabelsException {
        if (n == null || !n.isArray()) {
            throw new InvalidLabelsException(where + ": expected an array of lines {code, modifiers, units}");
        }
        Set<CodeLine> out = new LinkedHashSet<>();
        for (JsonNode l : n) {
            if (!l.path("code").isTextual()) {
                throw new InvalidLabelsException(where + ": a line without \"code\"");
            }
            List<String> mods = new ArrayList<>();
            l.path("modifiers").forEach(m -> mods.add(m.asText()));
            out.add(new CodeLine(l.get("code").asText(), mods, l.path("units").asInt(1)));
        }
        return out;
    }
}

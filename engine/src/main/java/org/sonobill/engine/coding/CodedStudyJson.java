package org.sonobill.engine.coding;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import org.sonobill.engine.finding.FindingJson;

/**
 * Writes a {@link CodedStudy} as the published output JSON:
 * {@code {studyId, status, lines:[{code, modifiers, units, diagnoses, description, rationale, source}],
 * findings:[{severity, rule, code, message, fix, source, line, revenueImpact}], context:{...}}}. Streaming, so a
 * batch of 100,000 studies never builds a tree.
 */
public final class CodedStudyJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private CodedStudyJson() {
    }

    /** One study as compact JSON (one line). */
    public static String toJson(CodedStudy s) {
        StringWriter w = new StringWriter(1024);
        try {
            write(s, w, false);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return w.toString();
    }

    /** Writes one study to the writer, compact or indented. Does not close the writer. */
    public static void write(CodedStudy s, Writer out, boolean pretty) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            if (pretty) {
                g.useDefaultPrettyPrinter();
            }
            write(s, g);
        }
    }

    /** Writes one study with a generator the caller owns. */
    public static void write(CodedStudy s, JsonGenerator g) throws IOException {
        g.writeStartObject();
        writeFields(s, g);
        g.writeEndObject();
    }

    /**
     * Writes a study's fields into an object the caller opened, so a caller can add its own fields to the same object
     * (the report reader adds the documentation it read and its evidence).
     */
    public static void writeFields(CodedStudy s, JsonGenerator g) throws IOException {
        g.writeStringField("studyId", s.studyId());
        g.writeStringField("status", s.status().key());
        g.writeArrayFieldStart("lines");
        for (CodedLine l : s.lines()) {
            g.writeStartObject();
            g.writeStringField("code", l.code());
            strings(g, "modifiers", l.modifiers());
            g.writeNumberField("units", l.units());
            strings(g, "diagnoses", l.diagnoses());
            g.writeStringField("description", l.description());
            g.writeStringField("rationale", l.rationale());
            g.writeStringField("source", l.source());
            g.writeEndObject();
        }
        g.writeEndArray();
        FindingJson.writeArray(g, "findings", s.findings(), "revenueImpact");
        CodingContext c = s.context();
        g.writeObjectFieldStart("context");
        g.writeStringField("claimType", c.claimType());
        g.writeStringField("billingRole", c.billingRole());
        g.writeStringField("payer", c.payer());
        g.writeStringField("placeOfService", c.placeOfService());
        g.writeBooleanField("facility", c.facility());
        strings(g, "referenceData", c.referenceData());
        g.writeEndObject();
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}

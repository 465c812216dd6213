package org.sonobill.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import org.sonobill.engine.coding.CodedStudyJson;
import org.sonobill.engine.study.StudyJsonWriter;

/**
 * A coded report as JSON: the same fields as a coded structured study ({@code docs/output.schema.json}), then
 * {@code source}, {@code confidence}, {@code review}, the {@code documentation} read (in the study format, so it can be
 * corrected and coded again with {@code sonobill code}) and the {@code evidence} behind it. Documented in
 * docs/reports.md.
 */
public final class CodedReportJson {
    private static final JsonFactory FACTORY = new JsonFactory(new ObjectMapper());

    private CodedReportJson() {
    }

    /** Writes one coded report to the writer, compact (one line) or indented. Does not close the writer. */
    public static void write(CodedReport r, String source, Writer out, boolean pretty) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            if (pretty) {
                g.useDefaultPrettyPrinter();
            }
            write(r, source, g);
        }
    }

    /** Writes one coded report with a generator the caller owns. */
    public static void write(CodedReport r, String source, JsonGenerator g) throws IOException {
        g.writeStartObject();
        CodedStudyJson.writeFields(r.coded(), g);
        if (source != null) {
            g.writeStringField("source", source);
        }
        g.writeStringField("confidence", r.confidence().key());
        g.writeArrayFieldStart("review");
        for (ReviewPoint p : r.review()) {
            g.writeStartObject();
            g.writeStringField("code", p.code());
            g.writeStringField("fact", p.fact());
            g.writeStringField("message", p.message());
            if (p.start() >= 0) {
                g.writeNumberField("start", p.start());
                g.writeNumberField("end", p.end());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeFieldName("documentation");
        g.writeTree(StudyJsonWriter.toTree(r.read().documentation()));
        g.writeArrayFieldStart("evidence");
        for (Evidence e : r.read().evidence()) {
            g.writeStartObject();
            g.writeStringField("fact", e.fact());
            g.writeStringField("value", e.value());
            if (e.start() >= 0) {
                g.writeNumberField("start", e.start());
                g.writeNumberField("end", e.end());
            }
            g.writeStringField("text", e.text());
            g.writeStringField("rule", e.rule());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}

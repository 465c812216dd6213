package org.sonobill.engine.scrub;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import org.sonobill.engine.finding.Finding;

/** Writes a {@link ScrubResult} as JSON: {@code {claimId, status, findings:[{severity, rule, code, message, fix, source, line}]}}. */
public final class ScrubResultJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private ScrubResultJson() {
    }

    /** One result as compact JSON. */
    public static String toJson(ScrubResult r) {
        StringWriter w = new StringWriter(512);
        try {
            write(r, w, false);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return w.toString();
    }

    /** Writes one result; does not close the writer. */
    public static void write(ScrubResult r, Writer out, boolean pretty) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            if (pretty) {
                g.useDefaultPrettyPrinter();
            }
            g.writeStartObject();
            g.writeStringField("claimId", r.claimId());
            g.writeStringField("status", r.status().key());
            g.writeArrayFieldStart("findings");
            for (Finding f : r.findings()) {
                g.writeStartObject();
                g.writeStringField("severity", f.severity().label());
                g.writeStringField("rule", f.rule());
                g.writeStringField("code", f.code());
                g.writeStringField("message", f.message());
                g.writeStringField("fix", f.fix());
                g.writeStringField("source", f.source());
                if (f.lineCode() != null) {
                    g.writeStringField("line", f.lineCode());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }
}

package org.sonobill.engine.scrub;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import org.sonobill.engine.finding.FindingJson;

/**
 * Writes a {@link ScrubResult} as JSON: {@code {claimId, status, revenueAtRisk, expectedPayment: {priced, locality,
 * total, lines: [{line, code, amount, basis}], notes}, findings: [{severity, rule, code, message, fix, source, line,
 * lineNumber, revenueAtRisk}]}} (docs/claim-format.md).
 */
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
            g.writeNumberField("revenueAtRisk", r.revenueAtRisk());
            pricing(g, r.pricing());
            FindingJson.writeArray(g, "findings", r.findings(), "revenueAtRisk");
            g.writeEndObject();
        }
    }

    private static void pricing(JsonGenerator g, org.sonobill.engine.pricing.ClaimPricing p) throws IOException {
        g.writeObjectFieldStart("expectedPayment");
        g.writeBooleanField("priced", p.priced());
        if (p.locality() != null) {
            g.writeStringField("locality", p.locality());
        }
        if (p.total() != null) {
            g.writeNumberField("total", p.total());
        }
        g.writeArrayFieldStart("lines");
        for (org.sonobill.engine.pricing.LinePrice l : p.lines()) {
            g.writeStartObject();
            g.writeNumberField("line", l.line());
            g.writeStringField("code", l.code());
            if (l.amount() != null) {
                g.writeNumberField("amount", l.amount());
            } else {
                g.writeNullField("amount");
            }
            g.writeStringField("basis", l.basis());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("notes");
        for (String n : p.notes()) {
            g.writeString(n);
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}

package org.sonobill.engine.finding;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/** Writes findings the same way in coding and scrubbing output. */
public final class FindingJson {
    private FindingJson() {
    }

    /**
     * Writes {@code [{severity, rule, code, message, fix, source, line, lineNumber, <amountField>}]} as the named array
     * field; {@code line}, {@code lineNumber} and the amount only when the finding has them. The amount is named by the
     * output that carries it ({@code revenueImpact} in coding, {@code revenueAtRisk} in scrubbing).
     */
    public static void writeArray(JsonGenerator g, String field, Iterable<Finding> findings, String amountField)
            throws IOException {
        g.writeArrayFieldStart(field);
        for (Finding f : findings) {
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
            if (f.lineNumber() != null) {
                g.writeNumberField("lineNumber", f.lineNumber());
            }
            if (f.revenueImpact() != null) {
                g.writeNumberField(amountField, f.revenueImpact());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}

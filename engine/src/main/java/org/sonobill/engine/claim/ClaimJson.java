package org.sonobill.engine.claim;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;

/** Writes a claim in the claim document format that {@link ClaimJsonReader} reads (docs/claim-format.md). */
public final class ClaimJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private ClaimJson() {
    }

    /** One claim as compact JSON (one line). */
    public static String toJson(Claim c) {
        StringWriter w = new StringWriter(512);
        try (JsonGenerator g = FACTORY.createGenerator(w)) {
            write(c, g);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return w.toString();
    }

    /** Writes one claim with a generator the caller owns. */
    public static void write(Claim c, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", c.id());
        g.writeStringField("claimType", c.claimType().key());
        g.writeStringField("payer", c.payer());
        g.writeObjectFieldStart("patient");
        if (c.patientId() != null) {
            g.writeStringField("id", c.patientId());
        }
        g.writeStringField("sex", c.patient().sex().name());
        if (c.patient().birthDate() != null) {
            g.writeStringField("birthDate", c.patient().birthDate().toString());
        }
        g.writeEndObject();
        field(g, "billingNpi", c.billingNpi());
        field(g, "renderingNpi", c.renderingNpi());
        field(g, "orderingNpi", c.orderingNpi());
        g.writeStringField("placeOfService", c.placeOfService());
        g.writeStringField("frequency", c.frequency());
        field(g, "originalClaimNumber", c.originalClaimNumber());
        field(g, "priorAuthorization", c.priorAuthorization());
        field(g, "state", c.state());
        field(g, "pricingLocality", c.pricingLocality());
        g.writeArrayFieldStart("diagnoses");
        for (String d : c.diagnoses()) {
            g.writeString(d);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("lines");
        for (ClaimLine l : c.lines()) {
            g.writeStartObject();
            g.writeStringField("code", l.code());
            g.writeArrayFieldStart("modifiers");
            for (String m : l.modifiers()) {
                g.writeString(m);
            }
            g.writeEndArray();
            g.writeNumberField("units", l.units());
            g.writeNumberField("charge", l.charge());
            g.writeArrayFieldStart("pointers");
            for (int p : l.pointers()) {
                g.writeNumber(p);
            }
            g.writeEndArray();
            g.writeStringField("dateOfService", l.dateOfService().toString());
            field(g, "controlNumber", l.controlNumber());
            g.writeEndObject();
        }
        g.writeEndArray();
        if (!c.overrides().isEmpty()) {
            g.writeArrayFieldStart("overrides");
            for (Override o : c.overrides()) {
                g.writeStartObject();
                g.writeStringField("findingCode", o.findingCode());
                field(g, "lineCode", o.lineCode());
                g.writeStringField("reason", o.reason());
                g.writeStringField("by", o.by());
                g.writeStringField("at", o.at().toString());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    /** Writes one claim to a writer, compact, without closing it. */
    public static void write(Claim c, Writer out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            write(c, g);
        }
    }

    private static void field(JsonGenerator g, String name, String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }
}

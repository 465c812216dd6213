package org.sonobill.x12.claim;

import io.xlate.edi.schema.EDISchemaException;
import io.xlate.edi.schema.Schema;
import io.xlate.edi.schema.SchemaFactory;
import io.xlate.edi.stream.EDIStreamConstants;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Our implementation schemas, loaded once (StAEDI schemas are immutable and shared between threads). */
final class Schemas {
    private static final Schema PROFESSIONAL = load("837P-005010X222A1.xml");
    private static final Schema INSTITUTIONAL = load("837I-005010X223A2.xml");
    private static final Schema CONTROL = control();

    private Schemas() {
    }

    static Schema of(ClaimKind kind) {
        return kind == ClaimKind.PROFESSIONAL ? PROFESSIONAL : INSTITUTIONAL;
    }

    static Schema control() {
        if (CONTROL != null) {
            return CONTROL;
        }
        try {
            return SchemaFactory.newFactory().getControlSchema(EDIStreamConstants.Standards.X12, new String[] {"00501"});
        } catch (EDISchemaException e) {
            throw new IllegalStateException("StAEDI has no X12 00501 control schema", e);
        }
    }

    private static Schema load(String name) {
        try (InputStream in = Schemas.class.getResourceAsStream("/org/sonobill/x12/schema/" + name)) {
            if (in == null) {
                throw new IllegalStateException("schema " + name + " is missing from the jar");
            }
            return SchemaFactory.newFactory().createSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (EDISchemaException e) {
            throw new IllegalStateException("schema " + name + " is invalid: " + e.getMessage(), e);
        }
    }
}

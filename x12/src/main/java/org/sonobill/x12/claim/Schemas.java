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
    /**
     * StAEDI logs, through java.util.logging, the unused types of its own X12 control schema when a schema loads;
     * that is noise to a user, so only its warnings and errors are kept (held here so the setting is not collected).
     */
    private static final java.util.logging.Logger STAEDI_SCHEMA_LOG = quiet("io.xlate.edi.internal.schema");
    private static final Schema PROFESSIONAL = load("837P-005010X222A1.xml");
    private static final Schema INSTITUTIONAL = load("837I-005010X223A2.xml");
    private static final Schema PROFESSIONAL_WRITTEN = load("837P-005010X222A1-writer.xml");
    private static final Schema INSTITUTIONAL_WRITTEN = load("837I-005010X223A2-writer.xml");
    private static final Schema CONTROL = control();

    private Schemas() {
    }

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger log = java.util.logging.Logger.getLogger(name);
        log.setLevel(java.util.logging.Level.WARNING);
        return log;
    }

    /** The schema files are read with: the guide's loops and segments, including those SonoBill does not use. */
    static Schema of(ClaimKind kind) {
        return kind == ClaimKind.PROFESSIONAL ? PROFESSIONAL : INSTITUTIONAL;
    }

    /**
     * The schema claims are validated with before they are written: the same usage and codes, restricted to the loops
     * and segments SonoBill writes (StAEDI resets the usage of a loop's whole subtree at each loop start, so a
     * smaller tree validates several times faster). Tests read everything written back with {@link #of}.
     */
    static Schema forWriting(ClaimKind kind) {
        return kind == ClaimKind.PROFESSIONAL ? PROFESSIONAL_WRITTEN : INSTITUTIONAL_WRITTEN;
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

package org.sonobill.x12.validate;

import io.xlate.edi.schema.EDISchemaException;
import io.xlate.edi.schema.Schema;
import io.xlate.edi.schema.SchemaFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.sonobill.x12.segment.StaediSegmentSource.TransactionId;

/** The implementation schemas of the transactions SonoBill reads, loaded once (StAEDI schemas are immutable). */
public final class ImplementationSchemas {
    private static final Schema REMITTANCE = load("835-005010X221A1.xml");
    private static final Schema IMPLEMENTATION_ACK = load("999-005010X231A1.xml");
    private static final Schema CLAIM_ACK = load("277CA-005010X214.xml");

    private ImplementationSchemas() {
    }

    /**
     * The schema for a transaction set, or null: 835 and 999 by type; a 277 only when its version names the
     * 277CA guide (005010X214), because the 277 status response (005010X212) has other levels.
     */
    public static Schema of(TransactionId transaction) {
        return switch (transaction.type()) {
            case "835" -> REMITTANCE;
            case "999" -> IMPLEMENTATION_ACK;
            case "277" -> transaction.version().startsWith("005010X214") ? CLAIM_ACK : null;
            default -> null;
        };
    }

    private static Schema load(String name) {
        try (InputStream in = ImplementationSchemas.class.getResourceAsStream("/org/sonobill/x12/schema/" + name)) {
            if (in == null) {
                throw new IllegalStateException("schema " + name + " is missing from the x12 module's resources");
            }
            return SchemaFactory.newFactory().createSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (EDISchemaException e) {
            throw new IllegalStateException("schema " + name + " is invalid: " + e.getMessage(), e);
        }
    }
}

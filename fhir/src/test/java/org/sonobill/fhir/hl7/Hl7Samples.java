package org.sonobill.fhir.hl7;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The HL7 v2 sample messages under {@code src/test/resources/hl7}. */
final class Hl7Samples {
    private Hl7Samples() {
    }

    static String read(String name) {
        try (InputStream in = Hl7Samples.class.getResourceAsStream("/hl7/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no sample " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

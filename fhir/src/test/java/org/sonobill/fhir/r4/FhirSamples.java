package org.sonobill.fhir.r4;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The FHIR samples and golden files under {@code src/test/resources/fhir}. */
final class FhirSamples {
    private FhirSamples() {
    }

    static String read(String name) {
        try (InputStream in = FhirSamples.class.getResourceAsStream("/fhir/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no sample " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.sonobill.x12.ack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The texts of acknowledgment codes, from {@code x12-codes.properties} (data, so a new code needs no Java). */
final class AckCodes {
    private static final Properties TEXTS = load();

    private AckCodes() {
    }

    /** The text for a code of an element ("IK304", "8"), or a text saying the code is not an X12 one. */
    static String text(String element, String code) {
        if (code.isEmpty()) {
            return "";
        }
        String text = TEXTS.getProperty(element + "." + code);
        return text != null ? text : "code '" + code + "' is not defined by X12 for " + element;
    }

    private static Properties load() {
        Properties texts = new Properties();
        try (InputStream in = AckCodes.class.getResourceAsStream("x12-codes.properties")) {
            if (in == null) {
                throw new IllegalStateException("x12-codes.properties is missing from the x12 module's resources");
            }
            texts.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }
}

package org.sonobill.fhir.hl7;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The text of a message received as bytes (an MLLP frame, a file), in the character set MSH-18 names (HL7 table
 * 0211: ASCII, 8859/1, 8859/15, UNICODE UTF-8). Without MSH-18 the bytes are read as UTF-8 when they are valid
 * UTF-8, else as ISO 8859-1, which every byte sequence is.
 */
public final class Hl7Charset {
    private Hl7Charset() {
    }

    /** The message as text. */
    public static String decode(byte[] message) {
        Charset named = named(message);
        if (named != null) {
            return new String(message, named);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(message)).toString();
        } catch (CharacterCodingException e) {
            return new String(message, StandardCharsets.ISO_8859_1);
        }
    }

    private static Charset named(byte[] message) {
        String head = new String(message, 0, Math.min(message.length, 1024), StandardCharsets.ISO_8859_1);
        if (!head.startsWith("MSH") || head.length() < 8) {
            return null;
        }
        int end = head.length();
        for (int i = 0; i < head.length(); i++) {
            if (head.charAt(i) == '\r' || head.charAt(i) == '\n') {
                end = i;
                break;
            }
        }
        String[] fields = head.substring(0, end).split(java.util.regex.Pattern.quote(head.substring(3, 4)), -1);
        // split index 17 holds MSH-18, since MSH-1 is the separator itself
        String value = fields.length > 17 ? fields[17].trim().toUpperCase(Locale.ROOT) : "";
        return switch (value) {
            case "UNICODE UTF-8" -> StandardCharsets.UTF_8;
            case "8859/1" -> StandardCharsets.ISO_8859_1;
            case "ASCII" -> StandardCharsets.US_ASCII;
            case "8859/15" -> Charset.forName("ISO-8859-15");
            default -> null;
        };
    }
}

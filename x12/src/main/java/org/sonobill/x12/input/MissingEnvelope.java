package org.sonobill.x12.input;

import java.util.List;

/**
 * Infers delimiters for a file that starts with GS or ST instead of an ISA header, which carries them. The element
 * separator follows the two-letter segment identifier; the segment terminator is the first character that is
 * neither a letter, a digit, a space nor the element separator and is followed by the next segment's identifier.
 * The component and repetition separators cannot be seen before a composite or repeated element appears, so the
 * delimiters the 005010 TR3 (appendix B.1.1.2.5) recommends are assumed.
 */
final class MissingEnvelope {
    private static final char ASSUMED_COMPONENT = ':';
    private static final char ASSUMED_REPETITION = '^';

    private MissingEnvelope() {
    }

    static Delimiters inferDelimiters(String body, String source, List<String> notices) {
        char element = body.charAt(2);
        int terminator = findTerminator(body, element);
        if (terminator < 0) {
            throw new X12InputException(X12Location.atElement(source, -1, 1, body.substring(0, 2), 0),
                    "the file has no interchange header (ISA) and no segment terminator could be found after its "
                            + "first segment, so its delimiters cannot be inferred");
        }
        char segment = body.charAt(terminator);
        char component = element == ASSUMED_COMPONENT || segment == ASSUMED_COMPONENT ? '>' : ASSUMED_COMPONENT;
        char repetition = element == ASSUMED_REPETITION || segment == ASSUMED_REPETITION ? Delimiters.NONE
                : ASSUMED_REPETITION;
        Delimiters delimiters = new Delimiters(element, repetition, component, segment);
        notices.add("no interchange header (ISA): read with delimiters inferred from the first segment and "
                + "assumed component/repetition separators (" + delimiters.describe() + ")");
        return delimiters;
    }

    private static int findTerminator(String body, char element) {
        for (int i = 3; i < body.length(); i++) {
            char c = body.charAt(i);
            if (Character.isLetterOrDigit(c) || c == ' ' || c == element) {
                continue;
            }
            if (startsSegment(body, next(body, i + 1), element)) {
                return i;
            }
        }
        return -1;
    }

    private static int next(String body, int from) {
        int i = from;
        while (i < body.length() && (body.charAt(i) == '\r' || body.charAt(i) == '\n')) {
            i++;
        }
        return i;
    }

    /** A segment identifier is two or three capital letters or digits, starting with a letter (X12.6). */
    private static boolean startsSegment(String body, int at, char element) {
        int i = at;
        while (i < body.length() && i - at < 3 && (Character.isUpperCase(body.charAt(i))
                || Character.isDigit(body.charAt(i)))) {
            i++;
        }
        int length = i - at;
        return length >= 2 && Character.isUpperCase(body.charAt(at)) && i < body.length()
                && body.charAt(i) == element;
    }
}

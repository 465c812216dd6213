package org.sonobill.x12.input;

/**
 * Reads the fixed-length interchange control header. X12.5 fixes every ISA element's width (106 characters in all
 * with the terminator), which is how a reader learns the delimiters before it knows them: the element separator is
 * character 4, ISA16 is character 105 and the segment terminator character 106.
 */
final class IsaParser {
    /** Widths of ISA01..ISA16 (X12.5; 005010 TR3 appendix B, ISA segment). */
    static final int[] WIDTHS = {2, 10, 2, 10, 2, 15, 2, 15, 6, 4, 1, 5, 9, 1, 1, 1};
    static final int LENGTH = 106;
    private static final String[] NAMES = {"", "authorization information qualifier", "authorization information",
        "security information qualifier", "security information", "sender ID qualifier", "sender ID",
        "receiver ID qualifier", "receiver ID", "interchange date (YYMMDD)", "interchange time (HHMM)",
        "repetition separator", "interchange control version number", "interchange control number",
        "acknowledgment requested", "usage indicator", "component element separator"};

    /** Character offsets are turned into byte offsets by the caller, which knows the encoding. */
    interface Offsets {
        long byteOffsetOf(int characterIndex);
    }

    record Parsed(InterchangeHeader header, Delimiters delimiters) {
    }

    private final String source;
    private final Offsets offsets;

    IsaParser(String source, Offsets offsets) {
        this.source = source;
        this.offsets = offsets;
    }

    /** Parses the header at the start of {@code text}, which holds at least what the file has up to 106 chars. */
    Parsed parse(CharSequence text) {
        if (text.length() < 4) {
            throw refuse(text.length(), 0, "the interchange header (ISA) is truncated: the file ends after "
                    + text.length() + " characters, and an ISA header is " + LENGTH + " characters long");
        }
        char element = text.charAt(3);
        if (Character.isLetterOrDigit(element) || element == ' ') {
            throw refuse(3, 0, "the character after 'ISA' is " + Delimiters.show(element)
                    + ", which cannot be an element separator (expected a punctuation character such as '*')");
        }
        String[] values = new String[17];
        int at = 4;
        for (int position = 1; position <= 16; position++) {
            int width = WIDTHS[position - 1];
            int end = at + width;
            if (position < 16) {
                int actual = indexOf(text, element, at);
                if (actual != end) {
                    throw wrongWidth(text, position, at, actual, width);
                }
            } else if (end > text.length()) {
                throw truncated(text.length());
            }
            values[position] = text.subSequence(at, end).toString();
            at = end + 1;
        }
        if (text.length() < LENGTH) {
            throw truncated(text.length());
        }
        char component = values[16].charAt(0);
        char segment = text.charAt(LENGTH - 1);
        checkDelimiters(element, component, segment);
        requireDigits(values, 9, 10, 12, 13);
        char repetition = repetitionSeparator(values[11].charAt(0), values[12], element, component, segment);
        InterchangeHeader header = new InterchangeHeader(values[5], values[6].stripTrailing(), values[7],
                values[8].stripTrailing(), values[9], values[10], values[12], values[13], values[14], values[15]);
        return new Parsed(header, new Delimiters(element, repetition, component, segment));
    }

    /**
     * ISA11 became the repetition separator in version 00402; before that it is the standards identifier
     * ({@code U}), so a letter or digit there means the interchange has no repetition separator.
     */
    private static char repetitionSeparator(char isa11, String version, char element, char component,
                                            char segment) {
        boolean delimiter = !Character.isLetterOrDigit(isa11) && isa11 != ' ' && isa11 != element
                && isa11 != component && isa11 != segment;
        return delimiter && version.compareTo("00402") >= 0 ? isa11 : Delimiters.NONE;
    }

    private void checkDelimiters(char element, char component, char segment) {
        if (Character.isLetterOrDigit(component) || component == ' ' || component == element) {
            throw refuse(LENGTH - 2, 16, "ISA16 (component element separator) is " + Delimiters.show(component)
                    + "; expected a punctuation character different from the element separator "
                    + Delimiters.show(element));
        }
        if (Character.isLetterOrDigit(segment) || segment == ' ' || segment == element || segment == component) {
            throw refuse(LENGTH - 1, 0, "the segment terminator after ISA16 is " + Delimiters.show(segment)
                    + "; expected a character such as '~' that is neither a letter, a digit, a space nor another "
                    + "delimiter (is the ISA header shorter or longer than " + LENGTH + " characters?)");
        }
    }

    private void requireDigits(String[] values, int... positions) {
        for (int position : positions) {
            String value = values[position];
            for (int i = 0; i < value.length(); i++) {
                if (!Character.isDigit(value.charAt(i))) {
                    throw refuse(start(position) + i, position, "ISA" + String.format("%02d", position) + " ("
                            + NAMES[position] + ") is '" + value + "'; X12 requires " + value.length()
                            + " digits there");
                }
            }
        }
    }

    private X12InputException wrongWidth(CharSequence text, int position, int start, int actualEnd, int width) {
        String name = "ISA" + String.format("%02d", position) + " (" + NAMES[position] + ")";
        if (actualEnd < 0) {
            return text.length() < LENGTH ? truncated(text.length())
                    : refuse(start, position, name + " is not followed by the element separator: the ISA header "
                            + "is garbled (expected " + width + " characters, then the element separator)");
        }
        int actualWidth = actualEnd - start;
        return refuse(start, position, name + " is " + actualWidth + " characters long; X12 fixes it at " + width
                + " (the ISA header is fixed-length, " + LENGTH + " characters, padded with spaces), so the "
                + "header is garbled and its delimiters cannot be trusted");
    }

    private X12InputException truncated(int available) {
        return refuse(available, 0, "the interchange header (ISA) is truncated: the file ends after " + available
                + " characters of it, and an ISA header is " + LENGTH + " characters long");
    }

    private X12InputException refuse(int characterIndex, int position, String problem) {
        return new X12InputException(X12Location.atElement(source, offsets.byteOffsetOf(characterIndex), 1, "ISA",
                position), problem);
    }

    private static int start(int position) {
        int at = 4;
        for (int p = 1; p < position; p++) {
            at += WIDTHS[p - 1] + 1;
        }
        return at;
    }

    private static int indexOf(CharSequence text, char c, int from) {
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }
}

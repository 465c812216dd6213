package org.sonobill.x12.input;

/**
 * The four delimiters of an interchange, read from the ISA segment (X12.5, 005010 TR3 appendix B.1.1.2): the
 * element separator is the fourth character of the ISA, the repetition separator is ISA11 (from version 00402 on),
 * the component separator is ISA16 and the segment terminator is the character after ISA16.
 *
 * @param element element separator (ISA character 4)
 * @param repetition repetition separator (ISA11), or {@link #NONE} when the interchange has none (ISA11 a code
 *     such as {@code U}, as in 004010 envelopes)
 * @param component component (sub-element) separator (ISA16)
 * @param segment segment terminator (the character after ISA16)
 */
public record Delimiters(char element, char repetition, char component, char segment) {
    /** Marks the absence of a repetition separator. */
    public static final char NONE = '\0';

    /** Whether the interchange declares a repetition separator. */
    public boolean hasRepetition() {
        return repetition != NONE;
    }

    /** The delimiters as text, for messages ("element '*', repetition '^', component ':', segment '~'"). */
    public String describe() {
        return "element " + show(element) + ", repetition " + (hasRepetition() ? show(repetition) : "none")
                + ", component " + show(component) + ", segment " + show(segment);
    }

    static String show(char c) {
        return switch (c) {
            case '\n' -> "newline (LF)";
            case '\r' -> "carriage return (CR)";
            case '\t' -> "tab";
            case ' ' -> "space";
            default -> c < 0x20 || c == 0x7f ? String.format("control character U+%04X", (int) c) : "'" + c + "'";
        };
    }
}

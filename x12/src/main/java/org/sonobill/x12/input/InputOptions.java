package org.sonobill.x12.input;

/**
 * How strictly {@link X12Input} treats a file.
 *
 * @param acceptMissingEnvelope read a file that starts with GS or ST instead of an ISA header (some payer portals
 *     hand out the transaction set alone). The element separator and segment terminator are then taken from the
 *     first segment, the component separator is assumed to be {@code :} and the repetition separator {@code ^}
 *     (the delimiters 005010 TR3 appendix B recommends), and a file without GS08 or ST03 is assumed to be 5010:
 *     each assumption is listed in {@link X12Input#notices()}. Off by default, because nothing in such a file
 *     proves its delimiters or version.
 */
public record InputOptions(boolean acceptMissingEnvelope) {

    /** Refuse files without an ISA header. */
    public static InputOptions strict() {
        return new InputOptions(false);
    }

    /** Read files that start with GS or ST, inferring their delimiters. */
    public static InputOptions acceptingMissingEnvelope() {
        return new InputOptions(true);
    }
}

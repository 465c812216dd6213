package org.sonobill.engine.study;

/**
 * The interpretation.
 *
 * @param signed the final report is signed
 * @param interpretingNpi NPI of the interpreting clinician
 * @param separateInterpretation for point-of-care studies: a distinct, labelled interpretation exists (US-DOC-015)
 */
public record Report(boolean signed, String interpretingNpi, boolean separateInterpretation) {
    public static final Report NONE = new Report(false, null, false);
}

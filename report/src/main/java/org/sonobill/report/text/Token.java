package org.sonobill.report.text;

/**
 * One word of a report, lower-cased, with where it sits: its offsets in the original text, its sentence and clause,
 * and the kind of section it is in.
 *
 * @param word the word, lower case, letters and digits only (a decimal number keeps its point: {@code 2.1})
 * @param start offset of its first character in the report text
 * @param end offset after its last character
 * @param sentence index of its sentence in {@link ReportText#sentences()}
 * @param clause index of its clause: clauses are cut at commas, semicolons, colons, dashes and "but"/"however"
 * @param section the kind of section it is in
 */
public record Token(String word, int start, int end, int sentence, int clause, SectionKind section) {

    /** True when the word is a number (digits, maybe with a decimal point). */
    public boolean isNumber() {
        return !word.isEmpty() && Character.isDigit(word.charAt(0));
    }
}

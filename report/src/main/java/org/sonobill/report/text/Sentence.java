package org.sonobill.report.text;

/**
 * One sentence (or list item, or line) of a report.
 *
 * @param start offset of its first character
 * @param end offset after its last character
 * @param section the kind of section it is in
 * @param firstToken index of its first token in {@link ReportText#tokens()}
 * @param endToken index after its last token
 */
public record Sentence(int start, int end, SectionKind section, int firstToken, int endToken) {
}

package org.sonobill.report.text;

/**
 * One section of a report.
 *
 * @param kind what the section holds
 * @param heading the heading as written ("REASON FOR EXAM"), or empty for text before any heading
 * @param headingStart offset of the heading, or -1 when there is none
 * @param start offset of the section's body
 * @param end offset after the section's body
 */
public record Section(SectionKind kind, String heading, int headingStart, int start, int end) {
}

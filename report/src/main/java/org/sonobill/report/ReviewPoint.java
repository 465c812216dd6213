package org.sonobill.report;

/**
 * One thing a coder should check before trusting the code set read from a report.
 *
 * @param code a stable code (RPT-...), listed in docs/reports.md
 * @param fact the documentation fact concerned ({@code exam}, {@code elements.spleen}...), or null for the whole study
 * @param message what is uncertain and what to check, in words a coder reads
 * @param start offset of the text concerned, or -1
 * @param end offset after the text concerned, or -1
 */
public record ReviewPoint(String code, String fact, String message, int start, int end) {
}

package org.sonobill.report;

/**
 * The text behind one decision of the reader.
 *
 * @param fact what was decided, as a path in the study documentation: {@code exam}, {@code laterality},
 *             {@code elements.pancreas}, {@code doppler.color}, {@code indication.icd10}, {@code obstetric.fetuses}...
 * @param value the value decided ({@code abdomen}, {@code not-seen: obscured by bowel gas}, {@code R10.11}...)
 * @param start offset of the first character of the supporting span in the report text
 * @param end offset after the last character of the span
 * @param text the span itself, as written
 * @param rule the name of the lexicon entry or rule that read it, so a reviewer can see why
 */
public record Evidence(String fact, String value, int start, int end, String text, String rule) {
}

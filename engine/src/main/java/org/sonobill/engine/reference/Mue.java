package org.sonobill.engine.reference;

/**
 * A medically unlikely edit: the most units of a code one provider reports for one patient on one date.
 *
 * @param code the CPT/HCPCS code
 * @param units the MUE value
 * @param adjudication how CMS adjudicates it (line, date of service by policy, date of service clinical)
 * @param rationale CMS's MUE rationale
 */
public record Mue(String code, int units, Adjudication adjudication, String rationale) {

    /** MUE adjudication indicators (NCCI Policy Manual, Introduction; CMS MUE FAQ). */
    public enum Adjudication {
        /** MAI 1: per claim line; medically necessary excess units go on other lines with 76/77/RT/LT/59. */
        LINE(1),
        /** MAI 2: per date of service, absolute (policy): never paid above, not even on appeal. */
        DATE_POLICY(2),
        /** MAI 3: per date of service, clinical: may be paid above on appeal with documentation. */
        DATE_CLINICAL(3);

        private final int indicator;

        Adjudication(int indicator) {
            this.indicator = indicator;
        }

        /** The number CMS prints (1, 2 or 3). */
        public int indicator() {
            return indicator;
        }

        /** The adjudication for a CMS indicator text such as "3 Date of Service Edit: Clinical" or "3". */
        public static Adjudication parse(String text) {
            String t = text == null ? "" : text.trim();
            if (t.startsWith("1")) {
                return LINE;
            }
            if (t.startsWith("2")) {
                return DATE_POLICY;
            }
            if (t.startsWith("3")) {
                return DATE_CLINICAL;
            }
            throw new IllegalArgumentException("expected an MUE adjudication indicator 1, 2 or 3, found \"" + t + "\"");
        }
    }
}

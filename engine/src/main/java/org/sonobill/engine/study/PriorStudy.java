package org.sonobill.engine.study;

/**
 * An earlier study of the same patient on the same date, for repeat-procedure modifiers 76 and 77 and for MUE
 * totals per date of service.
 *
 * @param exam its exam family
 * @param laterality its side, or null
 * @param sameProvider done by the same clinician (76) or another (77)
 * @param code the code billed for it, when known (then 76/77 go only on lines of that code, and its units count
 *     toward the MUE of the date)
 * @param units the units billed for it (default 1)
 */
public record PriorStudy(String exam, Laterality laterality, boolean sameProvider, String code, int units) {
    public PriorStudy {
        units = Math.max(units, 1);
    }

    /** A prior study without its code. */
    public PriorStudy(String exam, Laterality laterality, boolean sameProvider) {
        this(exam, laterality, sameProvider, null, 1);
    }
}

package org.sonobill.engine.reference;

import java.math.BigDecimal;

/**
 * The geographic practice cost indices of one Medicare fee-schedule locality (CMS GPCI file, Addendum E of the
 * physician fee schedule final rule).
 *
 * @param mac the Medicare administrative contractor number (e.g. 15202)
 * @param state two-letter state
 * @param locality two-digit locality number
 * @param name the locality's name as CMS prints it
 * @param work physician work GPCI (with the 1.0 floor where the statute applies it)
 * @param practiceExpense practice expense GPCI
 * @param malpractice malpractice (professional liability) GPCI
 */
public record Gpci(String mac, String state, String locality, String name, BigDecimal work, BigDecimal practiceExpense,
                   BigDecimal malpractice) {

    /** The national baseline (every index 1.000), used when a claim names no locality. */
    public static final Gpci NATIONAL = new Gpci("00000", "US", "00", "NATIONAL (unadjusted)",
            new BigDecimal("1.000"), new BigDecimal("1.000"), new BigDecimal("1.000"));

    /** The key a claim uses: {@code MAC-locality}, e.g. {@code 15202-00}. */
    public String key() {
        return mac + "-" + locality;
    }
}

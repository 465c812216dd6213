package org.sonobill.engine.coverage;

import java.util.List;

/**
 * A frequency limit of an LCD: at most {@code max} services of the codes per patient in {@code periodDays}.
 *
 * @param codes the CPT/HCPCS codes counted together
 * @param max the most services considered reasonable and necessary in the period
 * @param periodDays the period, ending on the date of service
 * @param note the LCD's limitation, paraphrased
 * @param source where the LCD says so
 */
public record CoverageFrequency(List<String> codes, int max, int periodDays, String note, String source) {
    public CoverageFrequency {
        codes = List.copyOf(codes);
    }
}

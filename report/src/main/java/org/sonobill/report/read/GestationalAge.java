package org.sonobill.report.read;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One gestational age written in a report ("30 weeks 6 days", "8w2d").
 *
 * @param weeks the age in weeks, days as a fraction (13 weeks 6 days is 13.86)
 * @param first the first token of the span
 * @param end the token after the span
 * @param preferred the sentence says which age governs (by dates, LMP, composite, established, estimated)
 */
record GestationalAge(BigDecimal weeks, int first, int end, boolean preferred) {

    static GestationalAge of(int weeks, int days, int first, int end, boolean preferred) {
        BigDecimal w = BigDecimal.valueOf(weeks).add(BigDecimal.valueOf(days).divide(BigDecimal.valueOf(7), 2,
                RoundingMode.HALF_UP));
        return new GestationalAge(w.stripTrailingZeros().scale() < 0 ? w.setScale(0) : w.stripTrailingZeros(), first,
                end, preferred);
    }
}

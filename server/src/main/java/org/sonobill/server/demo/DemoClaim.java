package org.sonobill.server.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A released claim as the lifecycle needs it: its payer, form, date, charges, the expected payment of its scrub, its
 * lines, its number of diagnoses and its prior authorisation (or null).
 */
record DemoClaim(long id, String number, DemoOrg.Payer payer, boolean institutional, String place, LocalDate dos,
                 BigDecimal charge, BigDecimal expected, List<Line> lines, int diagnoses, String authorisation) {

    /** A service line: its number on the claim, code and charge. */
    record Line(long id, int number, String code, BigDecimal charge) {
    }

    String pack() {
        return payer.pack();
    }
}

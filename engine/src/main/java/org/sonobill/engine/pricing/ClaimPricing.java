package org.sonobill.engine.pricing;

import java.math.BigDecimal;
import java.util.List;

/**
 * The expected payment of a claim under its payer's fee schedule.
 *
 * @param priced true when the claim was priced (a professional claim whose payer pack prices)
 * @param locality the fee-schedule locality used, e.g. {@code 15202-00 OHIO}, or {@code national}
 * @param total the sum of the priced lines
 * @param lines one price per line, in line order
 * @param notes what limits the estimate (no locality, unpriced lines, institutional claim)
 */
public record ClaimPricing(boolean priced, String locality, BigDecimal total, List<LinePrice> lines, List<String> notes) {
    public ClaimPricing {
        lines = List.copyOf(lines);
        notes = List.copyOf(notes);
    }

    /** A claim that is not priced, and why. */
    public static ClaimPricing unpriced(String why) {
        return new ClaimPricing(false, null, null, List.of(), List.of(why));
    }

    /** The expected amount of a line, or null. */
    public BigDecimal of(int lineNumber) {
        for (LinePrice p : lines) {
            if (p.line() == lineNumber) {
                return p.amount();
            }
        }
        return null;
    }

    /** The price of a line, or null. */
    public LinePrice line(int lineNumber) {
        for (LinePrice p : lines) {
            if (p.line() == lineNumber) {
                return p;
            }
        }
        return null;
    }
}

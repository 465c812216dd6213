package org.sonobill.engine.denial;

/**
 * How this organisation's worked denials of one root cause with one payer ended.
 *
 * @param won recovered in full
 * @param partly recovered in part (counted as half a success)
 * @param lost nothing recovered
 */
public record OutcomeCounts(int won, int partly, int lost) {

    public OutcomeCounts {
        if (won < 0 || partly < 0 || lost < 0) {
            throw new IllegalArgumentException("outcome counts cannot be negative");
        }
    }

    /** No outcomes yet. */
    public static OutcomeCounts none() {
        return new OutcomeCounts(0, 0, 0);
    }

    /** All outcomes. */
    public int total() {
        return won + partly + lost;
    }
}

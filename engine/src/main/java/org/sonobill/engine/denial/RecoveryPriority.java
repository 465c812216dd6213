package org.sonobill.engine.denial;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;

/**
 * Ranks denials by the money a worker can expect to recover, weighted by how soon the window closes.
 *
 * <p><b>Chance.</b> The table's prior {@code p} for the root cause is a Beta prior worth {@value #PRIOR_WEIGHT}
 * pseudo-outcomes. With {@code n = won + partly + lost} outcomes of this organisation for the cause and payer, and
 * {@code s = won + partly / 2}, the chance is {@code p} while {@code n < }{@value #MIN_OUTCOMES}, and the posterior
 * mean {@code (p × 10 + s) / (10 + n)} from then on.
 *
 * <p><b>Expected recovery</b> = amount × chance, rounded to cents.
 *
 * <p><b>Score</b> = expected recovery × time weight, where, with {@code d} the days left until the deadline:
 * <ul>
 *   <li>{@code d >= 0}: {@code 1 + 30 / (d + 10)} (4 on the last day, 2.76 a week before, 1.75 a month before,
 *       towards 1 far away);</li>
 *   <li>overdue by up to {@value #WORKABLE_OVERDUE_DAYS} days: 4, as urgent as the last day (a late request with good
 *       cause, or a payer that still accepts it, may still win);</li>
 *   <li>overdue by more: 0.25;</li>
 *   <li>write-offs and nothing-to-do items: 0.1, whatever the date (bookkeeping, not recovery).</li>
 * </ul>
 *
 * <p><b>Low dollar.</b> An amount below the threshold (default $25) is flagged so the queue batches such denials by
 * cause and payer instead of working them one by one; they are never dropped.
 */
public final class RecoveryPriority {
    /** Pseudo-outcomes the table's prior is worth. */
    public static final int PRIOR_WEIGHT = 10;
    /** Outcomes needed before this organisation's own rate is used. */
    public static final int MIN_OUTCOMES = 10;
    /** Days past a deadline during which a denial still counts as workable. */
    public static final int WORKABLE_OVERDUE_DAYS = 30;
    private static final Set<DenialAction> BOOKKEEPING = Set.of(DenialAction.WRITE_OFF, DenialAction.NONE);
    private final BigDecimal lowDollarThreshold;

    /** A ranking with the given low-dollar threshold. */
    public RecoveryPriority(BigDecimal lowDollarThreshold) {
        if (lowDollarThreshold == null || lowDollarThreshold.signum() < 0) {
            throw new IllegalArgumentException("the low-dollar threshold must be 0 or more");
        }
        this.lowDollarThreshold = lowDollarThreshold;
    }

    /** A ranking with the default $25 low-dollar threshold. */
    public static RecoveryPriority standard() {
        return new RecoveryPriority(new BigDecimal("25.00"));
    }

    /** The priority of a denied amount with its classification, the payer's outcomes for its cause, and its deadline. */
    public Priority of(BigDecimal amount, DenialClassification c, String payer, OutcomeCounts outcomes,
                       LocalDate deadline, LocalDate today) {
        double chance = c.successPrior();
        String basis = "prior for " + c.rootCause().slug();
        int n = outcomes.total();
        if (n >= MIN_OUTCOMES) {
            double successes = outcomes.won() + outcomes.partly() / 2.0;
            chance = (c.successPrior() * PRIOR_WEIGHT + successes) / (PRIOR_WEIGHT + n);
            basis = "this organisation's " + n + " outcomes with " + payer;
        }
        BigDecimal expected = amount.multiply(BigDecimal.valueOf(chance)).setScale(2, RoundingMode.HALF_UP);
        double score = expected.doubleValue() * timeWeight(c.action(), ChronoUnit.DAYS.between(today, deadline));
        return new Priority(expected, chance, basis, score, amount.compareTo(lowDollarThreshold) < 0);
    }

    static double timeWeight(DenialAction action, long daysLeft) {
        if (BOOKKEEPING.contains(action)) {
            return 0.1;
        }
        if (daysLeft >= 0) {
            return 1 + 30.0 / (daysLeft + 10);
        }
        return -daysLeft <= WORKABLE_OVERDUE_DAYS ? 4.0 : 0.25;
    }
}

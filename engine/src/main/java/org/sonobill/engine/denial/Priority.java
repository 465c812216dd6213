package org.sonobill.engine.denial;

import java.math.BigDecimal;

/**
 * Where a denial ranks in the queue (see {@link RecoveryPriority} for the formula).
 *
 * @param expectedRecovery amount × chance, in dollars
 * @param chance the chance the action recovers the money
 * @param chanceBasis where the chance comes from ("prior for medical-necessity", "this organisation's 23 outcomes
 *     with medicare")
 * @param score the ranking score: higher is worked first
 * @param lowDollar below the low-dollar threshold: batched with other small denials of its cause
 */
public record Priority(BigDecimal expectedRecovery, double chance, String chanceBasis, double score, boolean lowDollar) {
}

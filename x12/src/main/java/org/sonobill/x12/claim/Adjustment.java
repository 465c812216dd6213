package org.sonobill.x12.claim;

import java.math.BigDecimal;

/**
 * One claim or line adjustment by a payer (837 CAS in loops 2320 and 2430, as the payer's 835 reported it).
 *
 * @param group the claim adjustment group code: CO contractual, CR correction, OA other, PI payer initiated, PR
 *     patient responsibility
 * @param reason the claim adjustment reason code (CARC)
 * @param amount the adjusted amount
 * @param quantity the adjusted units, or null
 */
public record Adjustment(String group, String reason, BigDecimal amount, BigDecimal quantity) {
}

package org.sonobill.engine.pricing;

import java.math.BigDecimal;

/**
 * The expected payment of one claim line and how it was worked out.
 *
 * @param line the claim line number
 * @param code the line's code
 * @param amount the expected allowed amount, or null when the line cannot be priced (carrier-priced, no row)
 * @param unitAmount the allowed amount of one unit before multiple-procedure reductions, or null
 * @param basis the arithmetic in words: RVUs, GPCIs, conversion factor, adjustments
 */
public record LinePrice(int line, String code, BigDecimal amount, BigDecimal unitAmount, String basis) {
}

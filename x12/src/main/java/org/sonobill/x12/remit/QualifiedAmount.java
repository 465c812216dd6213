package org.sonobill.x12.remit;

import java.math.BigDecimal;

/**
 * An AMT segment (B6 allowed, AU coverage amount, KH late filing reduction, ...) or a QTY segment (CA covered
 * days, ZK federal Medicare units, ...).
 *
 * @param qualifier AMT01 / QTY01
 * @param value AMT02 / QTY02
 */
public record QualifiedAmount(String qualifier, BigDecimal value) {
}

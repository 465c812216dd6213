package org.sonobill.fhir.r4;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One service-line adjustment of a remittance (835 loop 2110 CAS).
 *
 * @param group who carries it
 * @param carc the claim adjustment reason code (1 deductible, 2 coinsurance, 3 copay, 45 over the fee schedule...)
 * @param amount the amount adjusted
 */
public record LineAdjustment(AdjustmentGroup group, String carc, BigDecimal amount) {
    public LineAdjustment {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(carc, "carc");
        Objects.requireNonNull(amount, "amount");
    }
}

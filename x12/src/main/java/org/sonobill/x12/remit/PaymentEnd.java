package org.sonobill.x12.remit;

import java.math.BigDecimal;
import java.util.List;

/**
 * The end of one 835 transaction set: what it held, for totals and reconciliation.
 *
 * @param payment the payment header
 * @param claimCount the number of claim payments (CLP loops)
 * @param claimsPaid sum of CLP04 over the claims
 * @param providerAdjustments the PLB pairs, in file order
 */
public record PaymentEnd(Payment payment, int claimCount, BigDecimal claimsPaid,
                         List<ProviderAdjustment> providerAdjustments) {
    public PaymentEnd {
        providerAdjustments = List.copyOf(providerAdjustments);
    }

    /** Sum of the PLB amounts (positive amounts were withheld from the payment). */
    public BigDecimal providerAdjustmentTotal() {
        return providerAdjustments.stream().map(ProviderAdjustment::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}

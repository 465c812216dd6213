package org.sonobill.x12.remit;

import java.util.List;

/**
 * One 835 transaction set held whole: for small files, tests and printing; large files are read through
 * {@link RemittanceListener} instead.
 *
 * @param payment the payment header
 * @param claims the claim payments, in file order
 * @param providerAdjustments the PLB pairs
 * @param findings balancing and envelope findings of this transaction set
 */
public record Remittance(Payment payment, List<ClaimPayment> claims, List<ProviderAdjustment> providerAdjustments,
                         List<RemitFinding> findings) {
    public Remittance {
        claims = List.copyOf(claims);
        providerAdjustments = List.copyOf(providerAdjustments);
        findings = List.copyOf(findings);
    }
}

package org.sonobill.x12.remit;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One reason/amount pair of a PLB segment (005010X221A1 provider adjustment): money withheld from or added to the
 * payment that belongs to no claim (WO overpayment recovery, L6 interest, FB forwarding balance, 72 authorized
 * return, ...). A positive amount reduces the payment.
 *
 * @param providerId PLB01 provider identifier
 * @param fiscalPeriodEnd PLB02 last day of the provider's fiscal year
 * @param reason component 1 of PLB03/05/07/09/11/13, the adjustment reason code
 * @param reference component 2, the reference identification (the claim or voucher it refers to), or ""
 * @param amount PLB04/06/08/10/12/14
 * @param segmentNumber ordinal of the PLB segment in the file
 */
public record ProviderAdjustment(String providerId, LocalDate fiscalPeriodEnd, String reason, String reference,
                                 BigDecimal amount, long segmentNumber) {
}

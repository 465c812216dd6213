package org.sonobill.x12.remit;

/**
 * Receives an 835 as it is read: for each transaction set, {@link #payment} once its header is complete, then
 * {@link #claim} for each claim payment as soon as its last line is read, then {@link #paymentEnd}. Findings arrive
 * when found. Records are immutable and may be kept; the reader keeps none of them.
 */
public interface RemittanceListener {

    /** A payment header (BPR, TRN, payer, payee), before its claims. */
    default void payment(Payment payment) {
    }

    /** A complete claim payment with its service lines. */
    void claim(ClaimPayment claim);

    /** The end of a transaction set, with its provider-level adjustments. */
    default void paymentEnd(PaymentEnd end) {
    }

    /** A balancing or envelope finding. */
    default void finding(RemitFinding finding) {
    }
}

package org.sonobill.server.remit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What posting an 835 did (or, in a dry run, would do): one entry per payment (transaction set).
 *
 * @param source the file name
 * @param dryRun true when nothing was kept
 * @param payments each payment, in file order
 * @param refusal why the file (from that point) could not be read, or null when it was read to its end
 */
public record PostingReport(String source, boolean dryRun, List<PaymentReport> payments, String refusal) {
    public PostingReport {
        payments = List.copyOf(payments);
    }

    /** True when every payment of the file was read (posted, or found posted already). */
    public boolean complete() {
        return refusal == null;
    }

    /** Claim payments newly posted, over all payments. */
    public long claimsPosted() {
        return payments.stream().mapToLong(PaymentReport::claimsPosted).sum();
    }

    /** Service lines newly posted, over all payments. */
    public long linesPosted() {
        return payments.stream().mapToLong(PaymentReport::linesPosted).sum();
    }

    /**
     * One payment (BPR/TRN).
     *
     * @param remittanceId our remittance record (null in a dry run of a payment not yet posted)
     * @param payer the payer's name in our records
     * @param traceNumber TRN02
     * @param amount BPR02 with its direction
     * @param paidOn BPR16
     * @param alreadyKnown true when this payment had been posted before (a re-read posts only what is missing)
     * @param claims claim payments (CLP) in the payment
     * @param claimsPosted posted now
     * @param claimsAlreadyPosted found posted before, left alone
     * @param claimsUnmatched posted without a claim of ours (CLP01 unknown): kept for a person to match
     * @param linesPosted service lines (SVC) posted now
     * @param linesUnmatched of those, lines matched to none of the claim's lines
     * @param adjustments CAS adjustments posted now (claim and line level)
     * @param denials claims given a denial (a new queue entry, or lines added to the open one)
     * @param providerAdjustments PLB amounts posted now
     * @param findings what the payer's file got wrong, or what posting could not do, each with where
     */
    public record PaymentReport(Long remittanceId, String payer, String traceNumber, BigDecimal amount,
                                LocalDate paidOn, boolean alreadyKnown, int claims, int claimsPosted,
                                int claimsAlreadyPosted, int claimsUnmatched, int linesPosted, int linesUnmatched,
                                int adjustments, int denials, int providerAdjustments, List<String> findings) {
        public PaymentReport {
            findings = List.copyOf(findings);
        }
    }
}

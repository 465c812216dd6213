package org.sonobill.x12.remit;

import java.math.BigDecimal;
import org.sonobill.x12.input.X12Location;

/**
 * The balancing rules of 005010X221A1 section 1.10.2.1: every line, claim and payment must balance, and when a
 * payer's file does not the biller has to know before posting it.
 */
final class Balancing {
    private final RemittanceListener listener;
    private final String source;
    private long findings;

    Balancing(RemittanceListener listener, String source) {
        this.listener = listener;
        this.source = source;
    }

    long findings() {
        return findings;
    }

    void report(RemitFinding finding) {
        findings++;
        listener.finding(finding);
    }

    /** Line: SVC02 charge - line CAS amounts = SVC03 paid (1.10.2.1.2). */
    void checkLine(ClaimPayment claim, ServicePayment line) {
        BigDecimal adjustments = line.adjustmentTotal();
        BigDecimal expected = line.charge().subtract(adjustments);
        if (expected.compareTo(line.paid()) != 0) {
            report(new RemitFinding(RemitFindingCode.LINE_OUT_OF_BALANCE, "service line " + line.number() + " ("
                    + line.procedure().display() + ") of claim " + claim.patientControlNumber()
                    + " does not balance: charge " + line.charge().toPlainString() + " (SVC02) minus adjustments "
                    + adjustments.toPlainString() + " (CAS) is " + expected.toPlainString() + ", but the payer paid "
                    + line.paid().toPlainString() + " (SVC03); difference "
                    + expected.subtract(line.paid()).toPlainString()
                    + ". Check the line's CAS segments before posting (005010X221A1 1.10.2.1.2)",
                    X12Location.atElement(source, -1, line.segmentNumber(), "SVC", 3),
                    claim.patientControlNumber()));
        }
    }

    /** Claim: CLP03 charge - (claim CAS + line CAS) = CLP04 paid (1.10.2.1.1). */
    void checkClaim(ClaimPayment claim) {
        for (ServicePayment line : claim.lines()) {
            checkLine(claim, line);
        }
        BigDecimal adjustments = claim.adjustmentTotal();
        BigDecimal expected = claim.charge().subtract(adjustments);
        if (expected.compareTo(claim.paid()) != 0) {
            report(new RemitFinding(RemitFindingCode.CLAIM_OUT_OF_BALANCE, "claim " + claim.patientControlNumber()
                    + " does not balance: charge " + claim.charge().toPlainString() + " (CLP03) minus claim and "
                    + "line adjustments " + adjustments.toPlainString() + " (CAS) is " + expected.toPlainString()
                    + ", but the payer paid " + claim.paid().toPlainString() + " (CLP04); difference "
                    + expected.subtract(claim.paid()).toPlainString()
                    + ". Ask the payer before posting (005010X221A1 1.10.2.1.1)",
                    X12Location.atElement(source, -1, claim.segmentNumber(), "CLP", 4),
                    claim.patientControlNumber()));
        }
        if (claim.knownStatus().isEmpty()) {
            report(new RemitFinding(RemitFindingCode.UNKNOWN_CLAIM_STATUS, "claim " + claim.patientControlNumber()
                    + " has claim status '" + claim.status() + "' (CLP02), which 005010X221A1 does not list "
                    + "(1, 2, 3, 4, 19, 20, 21, 22, 23, 25)",
                    X12Location.atElement(source, -1, claim.segmentNumber(), "CLP", 2),
                    claim.patientControlNumber()));
        }
    }

    /** Payment: BPR02 = sum of CLP04 - sum of PLB amounts (1.10.2.1.3); BPR03 D makes the total negative. */
    void checkPayment(PaymentEnd end, long bprSegment) {
        BigDecimal expected = end.claimsPaid().subtract(end.providerAdjustmentTotal());
        Payment payment = end.payment();
        if (expected.compareTo(payment.signedAmount()) != 0) {
            report(new RemitFinding(RemitFindingCode.PAYMENT_OUT_OF_BALANCE, "payment " + payment.traceNumber()
                    + " (transaction set " + payment.transactionControlNumber() + ") does not balance: the "
                    + end.claimCount() + " claim payment(s) total " + end.claimsPaid().toPlainString()
                    + " (CLP04) minus provider adjustments " + end.providerAdjustmentTotal().toPlainString()
                    + " (PLB) is " + expected.toPlainString() + ", but the payment is "
                    + payment.signedAmount().toPlainString() + " (BPR02" + ("D".equals(payment.creditDebit())
                    ? ", debit" : "") + "); difference " + expected.subtract(payment.signedAmount()).toPlainString()
                    + ". Reconcile with the bank deposit before posting (005010X221A1 1.10.2.1.3)",
                    X12Location.atElement(source, -1, bprSegment, "BPR", 2), ""));
        }
    }
}

package org.sonobill.x12.ack;

import java.math.BigDecimal;
import java.util.List;

/**
 * The acknowledgment of one claim in a 277CA (005010X214 loop 2200D): accepted or rejected, why, and the numbers
 * that link it to our claim (TRN02 = our CLM01) and to the payer's (REF*1K).
 *
 * @param responder who answered (clearinghouse or payer)
 * @param batchTrace 2200B TRN02, the originator's batch identifier (our 837 BHT03), or ""
 * @param billingProvider 2100C NM103 and NM109 ("NAME (XX 1234567893)"), or ""
 * @param patientName 2100D NM103, NM104
 * @param patientMemberId 2100D NM109, or ""
 * @param patientControlNumber 2200D TRN02, our claim's CLM01
 * @param outcome rejected when any status category rejects, accepted when one accepts, otherwise other
 * @param statuses the claim's STC statuses (STC01, STC10, STC11 of each STC)
 * @param payerClaimNumber REF*1K payer claim control number, or ""
 * @param clearinghouseTrace REF*D9 claim identifier number for the clearinghouse, or ""
 * @param billType REF*BLT institutional bill type, or ""
 * @param serviceDate DTP*472 as written, or ""
 * @param charge the STC04 total claim charge of the first status, or null
 * @param lines the 2220D service line statuses
 * @param segmentNumber ordinal of the claim's TRN in the file
 */
public record ClaimAcknowledgment(Responder responder, String batchTrace, String billingProvider,
                                  String patientName, String patientMemberId, String patientControlNumber,
                                  AckOutcome outcome, List<StatusCode> statuses, String payerClaimNumber,
                                  String clearinghouseTrace, String billType, String serviceDate, BigDecimal charge,
                                  List<LineAcknowledgment> lines, long segmentNumber) {
    public ClaimAcknowledgment {
        statuses = List.copyOf(statuses);
        lines = List.copyOf(lines);
    }

    /** Rejected by the payer (the claim must be corrected before the payer will adjudicate it). */
    public boolean isPayerRejection() {
        return outcome == AckOutcome.REJECTED && responder.kind() == Responder.Kind.PAYER;
    }

    /** Rejected by the clearinghouse (the claim never reached the payer). */
    public boolean isClearinghouseRejection() {
        return outcome == AckOutcome.REJECTED && responder.kind() == Responder.Kind.CLEARINGHOUSE;
    }
}

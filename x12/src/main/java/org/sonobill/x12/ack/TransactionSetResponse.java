package org.sonobill.x12.ack;

import java.util.List;

/**
 * The answer to one transaction set of the acknowledged functional group (999 loop 2000, AK2 ... IK5).
 *
 * @param transactionType AK201 (837)
 * @param controlNumber AK202, the ST02 of the transaction set answered
 * @param implementationReference AK203, or ""
 * @param status IK501 (A accepted, E accepted with errors, R/M/W/X rejected), with its text
 * @param errors IK502-IK506 syntax error codes with their texts
 * @param segmentErrors the IK3 notes
 */
public record TransactionSetResponse(String transactionType, String controlNumber, String implementationReference,
                                     CodedText status, List<CodedText> errors, List<SegmentError> segmentErrors) {
    public TransactionSetResponse {
        errors = List.copyOf(errors);
        segmentErrors = List.copyOf(segmentErrors);
    }

    /** Accepted, with or without noted errors (IK501 A or E). */
    public boolean isAccepted() {
        return "A".equals(status.code()) || "E".equals(status.code());
    }
}

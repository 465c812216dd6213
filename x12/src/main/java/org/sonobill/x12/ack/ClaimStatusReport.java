package org.sonobill.x12.ack;

import java.util.List;

/**
 * One 277 transaction set read as claim acknowledgments (005010X214 277CA; a 005010X212 status response reads
 * the same way): who answered, the batch-level statuses, and one record per claim.
 *
 * @param source the file read
 * @param controlNumber ST02
 * @param implementationReference ST03 (005010X214 for a 277CA)
 * @param originatorTransactionId BHT03
 * @param responder the information source of loop 2100A
 * @param receiverStatuses STC of loop 2200B: the status of the whole batch as the receiver saw it
 * @param providerStatuses STC of loop 2200C: statuses per billing provider
 * @param claims the claim acknowledgments
 * @param segmentNumber ordinal of the ST in the file
 */
public record ClaimStatusReport(String source, String controlNumber, String implementationReference,
                                String originatorTransactionId, Responder responder,
                                List<StatusCode> receiverStatuses, List<StatusCode> providerStatuses,
                                List<ClaimAcknowledgment> claims, long segmentNumber) {
    public ClaimStatusReport {
        receiverStatuses = List.copyOf(receiverStatuses);
        providerStatuses = List.copyOf(providerStatuses);
        claims = List.copyOf(claims);
    }
}

package org.sonobill.x12.ack;

import java.util.List;

/**
 * One 999 transaction set (005010X231A1): the answer to one functional group we sent, per transaction set.
 * Link it to our batch by {@link #groupControlNumber()} (our GS06) and to our transaction sets by their
 * {@link TransactionSetResponse#controlNumber()} (our ST02).
 *
 * @param source the file read
 * @param interchangeControlNumber ISA13 of the 999's interchange
 * @param controlNumber ST02 of the 999
 * @param functionalIdentifier AK101 (HC for 837)
 * @param groupControlNumber AK102, the GS06 of the group answered
 * @param groupVersion AK103, or ""
 * @param responses the AK2 loops, one per transaction set answered
 * @param groupStatus AK901 (A, E, P partially accepted, R rejected, ...), with its text
 * @param includedCount AK902 transaction sets included in the group
 * @param receivedCount AK903 transaction sets received
 * @param acceptedCount AK904 transaction sets accepted
 * @param groupErrors AK905-AK909 functional group syntax error codes with texts
 * @param segmentNumber ordinal of the ST in the file
 */
public record ImplementationAcknowledgment(String source, String interchangeControlNumber, String controlNumber,
                                           String functionalIdentifier, String groupControlNumber,
                                           String groupVersion, List<TransactionSetResponse> responses,
                                           CodedText groupStatus, int includedCount, int receivedCount,
                                           int acceptedCount, List<CodedText> groupErrors, long segmentNumber) {
    public ImplementationAcknowledgment {
        responses = List.copyOf(responses);
        groupErrors = List.copyOf(groupErrors);
    }

    /** The group was rejected as a whole (AK901 R, M, W or X). */
    public boolean isGroupRejected() {
        return switch (groupStatus.code()) {
            case "R", "M", "W", "X" -> true;
            default -> false;
        };
    }
}

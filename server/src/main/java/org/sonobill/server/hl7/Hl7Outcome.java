package org.sonobill.server.hl7;

import java.util.List;

/**
 * What became of one HL7 v2 message, as the acknowledgement tells the sender and the inbox keeps it.
 *
 * @param inboxId the message's row in {@code hl7_inbox}
 * @param status processed, duplicate, refused or failed
 * @param ackCode MSA-1: AA accepted (also a duplicate: the sender must not send it again), AE error, AR reject
 * @param errorCode ERR-3, HL7 table 0357 (100 segment sequence, 101 required field missing, 102 data type error,
 *     200 unsupported message type, 207 application internal error), or null when accepted
 * @param text MSA-3: what was done, or the problem with its segment and field; never a patient identifier
 * @param studyIds the studies the message made
 * @param duplicates accessions the message carried that SonoBill had already
 * @param ack the acknowledgement message to send back (ACK, in the sender's HL7 version)
 */
public record Hl7Outcome(long inboxId, String status, String ackCode, String errorCode, String text,
                         List<Long> studyIds, List<String> duplicates, String ack) {
    public Hl7Outcome {
        studyIds = List.copyOf(studyIds);
        duplicates = List.copyOf(duplicates);
    }

    /** True when the sender is told the message was taken (AA). */
    public boolean accepted() {
        return ackCode.equals("AA");
    }

    static Hl7Outcome refused(long inboxId, String ackCode, String errorCode, String text, String ack) {
        return new Hl7Outcome(inboxId, "refused", ackCode, errorCode, text, List.of(), List.of(), ack);
    }
}

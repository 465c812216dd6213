package org.sonobill.x12.ack;

/**
 * What a claim status category means for the biller (005010X214 section 1.4: A1/A2 acceptance, A3-A8 rejection).
 */
public enum AckOutcome {
    /** Received, accepted into adjudication, forwarded or split (A0, A1, A2, A5, DR). */
    ACCEPTED,
    /** Returned or rejected, or the response was an error (A3, A4, A6, A7, A8, E0-E4): fix and resubmit. */
    REJECTED,
    /** A category that is not an acknowledgment (pending or finalized codes of a 277 status response). */
    OTHER;

    static AckOutcome ofCategory(String category) {
        return switch (category) {
            case "A0", "A1", "A2", "A5", "DR" -> ACCEPTED;
            case "A3", "A4", "A6", "A7", "A8", "E0", "E1", "E2", "E3", "E4" -> REJECTED;
            default -> OTHER;
        };
    }
}

package org.sonobill.fhir.hl7;

import java.util.Objects;

/**
 * An HL7 v2 message SonoBill cannot use: unparseable, or missing what a billing record needs. The message always
 * names the segment and field ("OBR-3: expected the filler order number (accession)") and never carries a patient
 * identifier or HAPI's stack trace, so it can be logged and sent back in an acknowledgement as is.
 */
public final class Hl7Exception extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final Hl7Location location;
    private final Rejection rejection;
    private final String messageControlId;
    private final String errorCode;

    /** How the sender should treat the problem (HL7 v2.5.1 table 0008, acknowledgment code). */
    public enum Rejection {
        /** The message was read but its content is wrong or incomplete: MSA-1 AE, application error. */
        CONTENT("AE"),
        /**
         * The message could not be read as HL7 v2 at all, or is a type or version SonoBill does not take: MSA-1 AR,
         * application reject.
         */
        REJECTED("AR");

        private final String ackCode;

        Rejection(String ackCode) {
            this.ackCode = ackCode;
        }

        /** The MSA-1 code of a negative acknowledgement. */
        public String ackCode() {
            return ackCode;
        }
    }

    Hl7Exception(Hl7Location location, Rejection rejection, String errorCode, String messageControlId,
                 String problem) {
        super(location + ": " + problem);
        this.location = Objects.requireNonNull(location, "location");
        this.rejection = Objects.requireNonNull(rejection, "rejection");
        this.errorCode = Objects.requireNonNull(errorCode, "errorCode");
        this.messageControlId = messageControlId;
    }

    /** A required field or segment is missing (HL7 table 0357 code 101): AE. */
    static Hl7Exception missing(Hl7Location where, String controlId, String problem) {
        return new Hl7Exception(where, Rejection.CONTENT, "101", controlId, problem);
    }

    /** A field holds a value of the wrong form (table 0357 code 102, data type error): AE. */
    static Hl7Exception invalid(Hl7Location where, String controlId, String problem) {
        return new Hl7Exception(where, Rejection.CONTENT, "102", controlId, problem);
    }

    /** The message cannot be read (table 0357 code 100, segment sequence error): AR. */
    static Hl7Exception unreadable(Hl7Location where, String controlId, String problem) {
        return new Hl7Exception(where, Rejection.REJECTED, "100", controlId, problem);
    }

    /** A message type (code 200) or version (code 203) SonoBill does not take: AR. */
    static Hl7Exception unsupported(Hl7Location where, String code, String controlId, String problem) {
        return new Hl7Exception(where, Rejection.REJECTED, code, controlId, problem);
    }

    /** Where the problem is: segment, repetition and field. */
    public Hl7Location location() {
        return location;
    }

    /** Content error (AE) or unparseable message (AR). */
    public Rejection rejection() {
        return rejection;
    }

    /** MSH-10 of the offending message, or null when it could not be read. */
    public String messageControlId() {
        return messageControlId;
    }

    /** The HL7 table 0357 message error condition code for ERR-3 (100, 101, 102, 200, 203). */
    public String errorCode() {
        return errorCode;
    }

    /** The problem without the location prefix, for ERR-8 and MSA-3. */
    public String problem() {
        return getMessage().substring(location.toString().length() + 2);
    }
}

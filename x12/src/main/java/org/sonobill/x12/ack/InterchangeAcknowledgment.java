package org.sonobill.x12.ack;

/**
 * A TA1 segment (X12.5 interchange acknowledgment): whether the receiver could open the interchange we sent.
 *
 * @param controlNumber TA101, the ISA13 of the interchange answered
 * @param date TA102 (YYMMDD) of that interchange
 * @param time TA103 (HHMM)
 * @param acknowledgment TA104 (A accepted, E accepted with errors, R rejected), with its text
 * @param note TA105 interchange note code, with its text
 */
public record InterchangeAcknowledgment(String controlNumber, String date, String time, CodedText acknowledgment,
                                        CodedText note) {

    /** The interchange was rejected (TA104 R). */
    public boolean isRejected() {
        return "R".equals(acknowledgment.code());
    }
}

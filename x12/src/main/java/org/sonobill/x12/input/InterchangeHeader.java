package org.sonobill.x12.input;

/**
 * The interchange control header (ISA) fields that identify who sent an interchange and how to answer it; the
 * security and authorization fields (ISA01-ISA04) are deliberately not kept.
 *
 * @param senderQualifier ISA05 interchange ID qualifier of the sender
 * @param senderId ISA06 sender, trailing padding removed
 * @param receiverQualifier ISA07
 * @param receiverId ISA08, trailing padding removed
 * @param date ISA09 (YYMMDD)
 * @param time ISA10 (HHMM)
 * @param version ISA12 interchange control version number ({@code 00501} for 5010)
 * @param controlNumber ISA13 interchange control number, matched by IEA02 and answered in TA1/999
 * @param acknowledgmentRequested ISA14 ({@code 1} asks for a TA1)
 * @param usage ISA15 ({@code P} production, {@code T} test)
 */
public record InterchangeHeader(String senderQualifier, String senderId, String receiverQualifier,
                                String receiverId, String date, String time, String version,
                                String controlNumber, String acknowledgmentRequested, String usage) {

    /** Whether the sender marked the interchange as test data (ISA15 = T). */
    public boolean isTest() {
        return "T".equals(usage);
    }
}

package org.sonobill.x12.claim;

/**
 * Who sends an 837 batch and to whom: the interchange and group envelope (ISA/GS) and loops 1000A/1000B.
 *
 * @param senderId ISA06 and GS02 (ISA05 = ZZ, mutually defined)
 * @param receiverId ISA08 and GS03 (ISA07 = ZZ)
 * @param production true for production data (ISA15 = P), false for test data (T)
 * @param submitter the submitter (1000A NM1*41): name, id (NM109 with NM108 = 46), contact name and telephone
 * @param receiver the receiver (1000B NM1*40)
 */
public record Interchange(String senderId, String receiverId, boolean production, Submitter submitter,
                          Receiver receiver) {
    /**
     * The submitter of loop 1000A.
     *
     * @param name NM103
     * @param id NM109, the electronic transmitter identification number
     * @param contact PER02 contact name
     * @param phone PER04 with PER03 = TE, ten digits
     */
    public record Submitter(String name, String id, String contact, String phone) {
    }

    /**
     * The receiver of loop 1000B.
     *
     * @param name NM103
     * @param id NM109
     */
    public record Receiver(String name, String id) {
    }
}

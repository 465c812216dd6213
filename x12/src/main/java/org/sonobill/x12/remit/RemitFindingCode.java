package org.sonobill.x12.remit;

/**
 * What can be wrong in a payer's 835 without making it unreadable. Each code is stable: never renumber or reuse.
 */
public enum RemitFindingCode {
    /**
     * A claim does not balance: CLP03 charge minus the claim and line CAS amounts is not CLP04 paid
     * (005010X221A1 section 1.10.2.1.1, claim balancing).
     */
    CLAIM_OUT_OF_BALANCE("SB-835-001"),
    /**
     * A service line does not balance: SVC02 charge minus the line's CAS amounts is not SVC03 paid
     * (005010X221A1 section 1.10.2.1.2, service line balancing).
     */
    LINE_OUT_OF_BALANCE("SB-835-002"),
    /**
     * The payment does not balance: BPR02 is not the sum of CLP04 minus the sum of PLB amounts
     * (005010X221A1 section 1.10.2.1.3, transaction balancing).
     */
    PAYMENT_OUT_OF_BALANCE("SB-835-003"),
    /** SE01 does not count the segments of the transaction set, or SE02 does not repeat ST02 (X12.6 SE). */
    TRANSACTION_TRAILER_MISMATCH("SB-835-004"),
    /** CLP02 holds a code the guide does not list for claim status. */
    UNKNOWN_CLAIM_STATUS("SB-835-005"),
    /**
     * A composite (SVC01, SVC06) uses another component separator than ISA16 declares; it was read with the
     * separator it uses (X12.5: ISA16 governs the whole interchange).
     */
    COMPONENT_SEPARATOR_MISMATCH("SB-835-006");

    private final String id;

    RemitFindingCode(String id) {
        this.id = id;
    }

    /** The stable identifier ("SB-835-001"). */
    public String id() {
        return id;
    }
}

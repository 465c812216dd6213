package org.sonobill.engine.denial;

import java.util.Arrays;
import java.util.Optional;

/** The next step on a denied line (reference g.3, g.4). */
public enum DenialAction {
    /** Fix and send as a new original claim, frequency 1: the payer never adjudicated it (a rejection). */
    NEW_CLAIM("new-claim"),
    /** A replacement claim, frequency 7, with the payer's claim number in REF*F8 and every line. */
    CORRECTED_CLAIM("corrected-claim"),
    /** A Medicare clerical reopening: a minor error fixed without a formal appeal. */
    REOPENING("reopening"),
    /** A formal appeal at the next level. */
    APPEAL("appeal"),
    /** Nothing more can be recovered: write the amount off. */
    WRITE_OFF("write-off"),
    /** Send the patient a statement. */
    BILL_PATIENT("bill-patient"),
    /** Bill the payer that is responsible (coordination of benefits, liability carrier). */
    BILL_OTHER_PAYER("bill-other-payer"),
    /** Nothing to do (a reduction). */
    NONE("none");

    private final String slug;

    DenialAction(String slug) {
        this.slug = slug;
    }

    /** The name used in the mapping table, the API and the queue ("corrected-claim"). */
    public String slug() {
        return slug;
    }

    /** The action with this slug. */
    public static Optional<DenialAction> fromSlug(String slug) {
        return Arrays.stream(values()).filter(v -> v.slug.equals(slug)).findFirst();
    }
}

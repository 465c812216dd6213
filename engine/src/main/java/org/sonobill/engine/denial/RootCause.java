package org.sonobill.engine.denial;

import java.util.Arrays;
import java.util.Optional;

/** Why a payer did not pay a line, grouped the way a denial team splits the work (reference g.1, g.4). */
public enum RootCause {
    /** Information or records missing or wrong on the claim. */
    DOCUMENTATION("documentation"),
    /** Procedure code, modifier or diagnosis coded wrongly. */
    CODING_MODIFIER("coding-modifier"),
    /** Paid as part of another service (NCCI PTP, add-on without primary). */
    BUNDLING("bundling"),
    /** Not medically necessary, or not a covered benefit. */
    MEDICAL_NECESSITY("medical-necessity"),
    /** More services than allowed in a period. */
    FREQUENCY("frequency"),
    /** Prior authorisation, referral or network rules not met. */
    AUTHORISATION("authorisation"),
    /** Not covered by this payer on the date, or another payer is primary. */
    ELIGIBILITY("eligibility"),
    /** Patient or provider identification did not match the payer's records. */
    REGISTRATION("registration"),
    /** Provider not enrolled or credentialed for the service. */
    CREDENTIALING("credentialing"),
    /** Filed (or appealed) after the payer's limit. */
    TIMELY_FILING("timely-filing"),
    /** The payer thinks it processed the service already. */
    DUPLICATE("duplicate"),
    /** A contractual or legislated reduction: not a denial. */
    PAYMENT_REDUCTION("payment-reduction"),
    /** The patient's share, or an amount the payer put on the patient. */
    PATIENT_RESPONSIBILITY("patient-responsibility");

    private final String slug;

    RootCause(String slug) {
        this.slug = slug;
    }

    /** The name used in the mapping table, the API and the queue ("medical-necessity"). */
    public String slug() {
        return slug;
    }

    /** The cause with this slug. */
    public static Optional<RootCause> fromSlug(String slug) {
        return Arrays.stream(values()).filter(v -> v.slug.equals(slug)).findFirst();
    }
}

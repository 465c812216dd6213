package org.sonobill.server.demo;

import java.util.List;

/**
 * Why a payer denies an ultrasound claim, as an 835 says it (group CO, a CARC and its remark codes) and as the denial
 * queue classifies it (root cause). Taken from the reference's table of CARCs relevant to ultrasound
 * (shared/docs/ultrasound-coding-reference.md, g.1).
 */
enum DenialReason {
    /** CO-50: not medically necessary; Medicare names the LCD (N115). */
    MEDICAL_NECESSITY("50", List.of("N115"), "medical-necessity"),
    /** CO-97 + M15: included in another service of the claim (an add-on or a second line of one region). */
    BUNDLED("97", List.of("M15"), "bundling"),
    /** CO-16 + M51: missing or invalid procedure information; corrected and sent again. */
    MISSING_INFORMATION("16", List.of("M51"), "documentation"),
    /** CO-16 + N264: the ordering provider's name does not match the enrolment; corrected and sent again. */
    ORDERING_PROVIDER("16", List.of("N264"), "registration"),
    /** CO-197: the authorisation on file does not cover the service. */
    NO_AUTHORISATION("197", List.of("N54"), "authorisation"),
    /** CO-4: the modifier is inconsistent with the procedure (26/TC, 50 against RT/LT). */
    MODIFIER("4", List.of("N519"), "coding-modifier"),
    /** CO-11: the diagnosis does not support the procedure as sequenced. */
    DIAGNOSIS("11", List.of("M76"), "coding-modifier"),
    /** CO-18: a duplicate of a claim the payer already processed. */
    DUPLICATE("18", List.of(), "duplicate"),
    /** CO-29: past the filing limit by the payer's record (appealed with the proof of timely submission). */
    TIMELY_FILING("29", List.of(), "timely-filing"),
    /** CO-151 + M86: more services than the payer's frequency allows in the period. */
    FREQUENCY("151", List.of("M86"), "frequency"),
    /** CO-27: coverage ended before the date of service; the patient is billed. */
    ELIGIBILITY("27", List.of("N30"), "eligibility"),
    /** CO-185: the rendering provider was not yet credentialed with the plan on the date of service. */
    CREDENTIALING("185", List.of("N290"), "credentialing"),
    /**
     * PR-96 + N130: a non-covered service the patient agreed to pay for (a signed ABN, modifier GA): the patient's
     * to pay, billed to them.
     */
    NON_COVERED_ABN("96", List.of("N130"), "patient-responsibility");

    private final String carc;
    private final List<String> rarcs;
    private final String rootCause;

    DenialReason(String carc, List<String> rarcs, String rootCause) {
        this.carc = carc;
        this.rarcs = rarcs;
        this.rootCause = rootCause;
    }

    String carc() {
        return carc;
    }

    /** The adjustment group: the patient's responsibility (PR) when an ABN shifted it, else contractual (CO). */
    String group() {
        return this == NON_COVERED_ABN ? "PR" : "CO";
    }

    /** The remark codes; a commercial payer explains a medical-necessity denial with M25 rather than an LCD. */
    List<String> rarcs(String rulePack) {
        return this == MEDICAL_NECESSITY && !rulePack.equals("medicare") ? List.of("M25") : rarcs;
    }

    String rootCause() {
        return rootCause;
    }
}

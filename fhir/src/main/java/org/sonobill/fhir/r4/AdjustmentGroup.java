package org.sonobill.fhir.r4;

/** Claim adjustment group codes (X12 835 CAS01, 5010): who carries an adjustment. */
public enum AdjustmentGroup {
    /** Contractual obligation: the provider writes it off. */
    CO,
    /** Patient responsibility: deductible, coinsurance, copay or non-covered service the patient owes. */
    PR,
    /** Other adjustment. */
    OA,
    /** Payer-initiated reduction. */
    PI
}

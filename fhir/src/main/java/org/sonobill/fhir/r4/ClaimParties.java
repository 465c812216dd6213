package org.sonobill.fhir.r4;

import java.util.Objects;

/**
 * Who a Claim or ExplanationOfBenefit is about and between: what SonoBill's coding does not know and the claim
 * needs. References are FHIR literal references as the receiving server knows them ({@code Patient/123}).
 *
 * @param patientReference the Patient, e.g. {@code Patient/123}
 * @param coverageReference the Coverage billed, e.g. {@code Coverage/9}
 * @param billingNpi the billing provider's NPI (Claim.provider)
 * @param billingName the billing provider's name, or null
 * @param insurerName the payer's name, or null to use the payer rule pack's key
 */
public record ClaimParties(String patientReference, String coverageReference, String billingNpi, String billingName,
                           String insurerName) {
    public ClaimParties {
        Objects.requireNonNull(patientReference, "patientReference");
        Objects.requireNonNull(coverageReference, "coverageReference");
        Objects.requireNonNull(billingNpi, "billingNpi");
    }
}

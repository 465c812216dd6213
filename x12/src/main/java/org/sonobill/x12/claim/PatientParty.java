package org.sonobill.x12.claim;

/**
 * The patient of loop 2000C/2010CA when the patient is not the subscriber. Sex and birth date come from the claim.
 *
 * @param name the patient's name
 * @param address N3/N4 (required in 2010CA)
 */
public record PatientParty(Name name, Address address) {
}

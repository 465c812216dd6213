package org.sonobill.x12.claim;

/**
 * The billing provider of loop 2000A/2010AA: the practice or facility that is paid.
 *
 * @param name NM103 (organisation) or person's name
 * @param npi NM109 (NM108 = XX)
 * @param taxId employer identification number for REF*EI (nine digits, no dash)
 * @param taxonomy PRV03 with PRV01 = BI, or null
 * @param address N3/N4 (a street address: 005010X222A1 2010AA N301 forbids post office boxes)
 */
public record BillingProvider(Name name, String npi, String taxId, String taxonomy, Address address) {
}

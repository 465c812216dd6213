package org.sonobill.x12.claim;

/**
 * A provider named on a claim: rendering (837P 2310B, 837I 2310D as attending 2310A), ordering (837P 2420E) or
 * referring (837P 2310A, 837I 2310F).
 *
 * @param name the provider's name
 * @param npi ten-digit NPI (NM109 with NM108 = XX)
 * @param taxonomy the provider taxonomy code (PRV03), or null
 */
public record Provider(Name name, String npi, String taxonomy) {
}

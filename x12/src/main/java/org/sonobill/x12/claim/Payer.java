package org.sonobill.x12.claim;

/**
 * A payer as loops 2010BB and 2330B name it.
 *
 * @param name NM103
 * @param id the payer identifier (NM109 with NM108 = PI)
 * @param address N3/N4, or null
 */
public record Payer(String name, String id, Address address) {
}

package org.sonobill.x12.claim;

/**
 * A postal address (837 N3/N4).
 *
 * @param line1 N301
 * @param line2 N302, or null
 * @param city N401
 * @param state N402, two letters
 * @param zip N403, five or nine digits (005010X222A1 requires nine for the billing provider and service facility)
 */
public record Address(String line1, String line2, String city, String state, String zip) {
}

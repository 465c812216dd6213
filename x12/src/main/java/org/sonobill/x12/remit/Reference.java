package org.sonobill.x12.remit;

/**
 * A REF segment: an identifier with its qualifier (6R line control number, F8 original reference number, TJ tax
 * ID, 2U payer identification, ...).
 *
 * @param qualifier REF01
 * @param value REF02
 */
public record Reference(String qualifier, String value) {
}

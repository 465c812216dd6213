package org.sonobill.x12.remit;

import java.util.List;

/**
 * The payer (loop 1000A) or payee (loop 1000B) of a payment: N1 with its N3/N4 address, REF identifiers and, for the
 * payer, PER contacts.
 *
 * @param entityCode N101 (PR payer, PE payee)
 * @param name N102
 * @param idQualifier N103 (XV CMS plan ID, XX NPI, FI tax ID, ...), or ""
 * @param id N104, or ""
 * @param address the N3/N4 address lines, city, state and postal code
 * @param references REF segments of the loop (2U payer ID, TJ tax ID, PQ payee ID, ...)
 * @param contacts PER segments (CX business contact, BL technical contact, IC web site)
 */
public record Party(String entityCode, String name, String idQualifier, String id, Address address,
                    List<Reference> references, List<Contact> contacts) {
    public Party {
        references = List.copyOf(references);
        contacts = List.copyOf(contacts);
    }

    /** A party that the transaction set does not name (an 835 without its 1000B loop). */
    static Party absent(String entityCode) {
        return new Party(entityCode, "", "", "", Address.NONE, List.of(), List.of());
    }

    /** An N3/N4 address. */
    public record Address(List<String> lines, String city, String state, String postalCode) {
        static final Address NONE = new Address(List.of(), "", "", "");

        public Address {
            lines = List.copyOf(lines);
        }
    }

    /**
     * A PER contact: a function and up to three communication numbers.
     *
     * @param function PER01 (CX, BL, IC)
     * @param name PER02, or ""
     * @param numbers PER04/06/08 with their qualifiers PER03/05/07 (TE telephone, EM e-mail, UR web address, FX,
     *     EX extension), as "TE 8005551212"
     */
    public record Contact(String function, String name, List<String> numbers) {
        public Contact {
            numbers = List.copyOf(numbers);
        }
    }
}

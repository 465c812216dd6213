package org.sonobill.x12.claim;

/**
 * A person's or an organisation's name as an 837 NM1 segment carries it (NM103 last or organisation name, NM104 first
 * name, NM105 middle name).
 *
 * @param last last name, or the organisation's name
 * @param first first name; null for an organisation (NM102 = 2)
 * @param middle middle name or initial, or null
 */
public record Name(String last, String first, String middle) {
    public Name {
        if (last == null || last.isBlank()) {
            throw new IllegalArgumentException("a name needs a last or organisation name");
        }
    }

    /** An organisation's name (NM102 = 2). */
    public static Name organisation(String name) {
        return new Name(name, null, null);
    }

    /** A person's name (NM102 = 1). */
    public static Name person(String last, String first) {
        return new Name(last, first, null);
    }

    /** True for a person (NM102 = 1), false for an organisation (NM102 = 2). */
    public boolean person() {
        return first != null;
    }
}

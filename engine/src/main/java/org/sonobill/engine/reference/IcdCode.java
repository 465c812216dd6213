package org.sonobill.engine.reference;

/**
 * One entry of the ICD-10-CM order file.
 *
 * @param code the code without its dot, as CMS files carry it (R1011)
 * @param billable true for a valid billable code, false for a category or subcategory header
 * @param shortTitle the short title
 * @param longTitle the long title
 */
public record IcdCode(String code, boolean billable, String shortTitle, String longTitle) {

    /** The code with its dot after the third character (R10.11), as people write it. */
    public String dotted() {
        return dotted(code);
    }

    /** Puts the dot after the third character. */
    public static String dotted(String code) {
        return code.length() > 3 ? code.substring(0, 3) + "." + code.substring(3) : code;
    }

    /** Strips dots and spaces and upper-cases, so R10.11, r1011 and "R10.11 " are the same code. */
    public static String normalise(String code) {
        return code.replace(".", "").trim().toUpperCase(java.util.Locale.ROOT);
    }
}

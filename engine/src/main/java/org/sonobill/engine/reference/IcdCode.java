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
    private static final java.util.regex.Pattern RIGHT = java.util.regex.Pattern.compile("\\bright\\b");
    private static final java.util.regex.Pattern LEFT = java.util.regex.Pattern.compile("\\bleft\\b");
    private static final java.util.regex.Pattern BOTH = java.util.regex.Pattern.compile("\\bbilateral\\b");
    private static final java.util.regex.Pattern HEART = java.util.regex.Pattern.compile(
            "\\b(right|left)[ -](ventric\\w*|atri\\w*|heart|sided heart|bundle|main|coronary|anterior descending|circumflex)");

    /**
     * The side the code's title names, as a modifier: RT, LT, or 50 (bilateral, or both sides named); null when it
     * names none (ICD-10-CM laterality is in the title: "... right breast", "... left lower limb").
     */
    public String side() {
        // "left ventricular failure", "right bundle branch block": heart chambers and conduction are not sides
        String t = HEART.matcher(longTitle.toLowerCase(java.util.Locale.ROOT)).replaceAll(" ");
        boolean r = RIGHT.matcher(t).find();
        boolean l = LEFT.matcher(t).find();
        if (BOTH.matcher(t).find() || (r && l)) {
            return "50";
        }
        return r ? "RT" : l ? "LT" : null;
    }

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
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '.' || c == ' ' || (c >= 'a' && c <= 'z')) {
                return code.replace(".", "").trim().toUpperCase(java.util.Locale.ROOT);
            }
        }
        return code; // already upper case without a dot: the common case on claims read from 837s
    }
}

package org.sonobill.engine.reference;

/**
 * ICD-10-CM diagnoses that belong to one sex (CMS Medicare Code Editor sex edits, by chapter and category ranges):
 * pregnancy (O, Z33.1, Z34, Z36, Z3A) and female genital diagnoses (N70–N98, C51–C58, D25–D28); male genital
 * diagnoses (N40–N53, C60–C63, D29, R97.2 raised PSA). Codes are given without dots.
 */
public final class IcdSexEdits {
    private IcdSexEdits() {
    }

    /** True for a diagnosis of female anatomy or pregnancy. */
    public static boolean femaleOnly(String n) {
        return n.startsWith("O") || n.startsWith("Z34") || n.startsWith("Z36") || n.startsWith("Z3A") || n.startsWith("Z331")
                || range(n, 'N', 70, 98) || range(n, 'C', 51, 58) || range(n, 'D', 25, 28);
    }

    /** True for a diagnosis of male anatomy. */
    public static boolean maleOnly(String n) {
        return range(n, 'N', 40, 53) || range(n, 'C', 60, 63) || range(n, 'D', 29, 29) || n.startsWith("R972");
    }

    private static boolean range(String n, char letter, int from, int to) {
        if (n.length() < 3 || n.charAt(0) != letter || !Character.isDigit(n.charAt(1)) || !Character.isDigit(n.charAt(2))) {
            return false;
        }
        int v = (n.charAt(1) - '0') * 10 + (n.charAt(2) - '0');
        return v >= from && v <= to;
    }
}

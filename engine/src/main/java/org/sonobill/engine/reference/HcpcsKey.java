package org.sonobill.engine.reference;

/**
 * Packs a five-character CPT/HCPCS code into an int (base 36 per character), so the 2.5-million-row PTP table
 * fits in flat arrays instead of millions of objects.
 */
final class HcpcsKey {
    static final long RADIX5 = 36L * 36 * 36 * 36 * 36;

    private HcpcsKey() {
    }

    /** The packed code, or -1 when it is not five letters or digits. */
    static int of(String code) {
        if (code == null || code.length() != 5) {
            return -1;
        }
        int v = 0;
        for (int i = 0; i < 5; i++) {
            int d = Character.digit(code.charAt(i), 36);
            if (d < 0) {
                return -1;
            }
            v = v * 36 + d;
        }
        return v;
    }

    /** The key of an ordered pair. */
    static long pair(int column1, int column2) {
        return column1 * RADIX5 + column2;
    }

    /** The code a packed value stands for (upper case). */
    static String text(int packed) {
        char[] c = new char[5];
        int v = packed;
        for (int i = 4; i >= 0; i--) {
            c[i] = Character.toUpperCase(Character.forDigit(v % 36, 36));
            v /= 36;
        }
        return new String(c);
    }
}

package org.sonobill.engine.provider;

/**
 * NPI check digit: Luhn over the nine leading digits prefixed with 80840 (CMS NPI standard, 45 CFR 162.406;
 * "Requirements for NPI check digit" CMS 2005).
 */
public final class Npi {
    private Npi() {
    }

    /** True when the ten-digit NPI's last digit is its Luhn check digit. */
    public static boolean valid(String npi) {
        if (npi == null || npi.length() != 10) {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            if (npi.charAt(i) < '0' || npi.charAt(i) > '9') {
                return false;
            }
        }
        int sum = 24; // the constant contribution of the prefix 80840
        boolean dbl = true;
        for (int i = 8; i >= 0; i--) {
            int d = npi.charAt(i) - '0';
            if (dbl) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            dbl = !dbl;
        }
        int check = (10 - sum % 10) % 10;
        return check == npi.charAt(9) - '0';
    }
}

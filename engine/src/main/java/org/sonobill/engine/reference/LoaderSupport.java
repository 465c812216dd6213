package org.sonobill.engine.reference;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** What every loader shares: error messages naming file and line, and CMS date parsing. */
final class LoaderSupport {
    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    private LoaderSupport() {
    }

    /** A five-character HCPCS/CPT code of upper-case letters and digits (checked without a regular expression). */
    static boolean isCode(String s) {
        if (s.length() != 5) {
            return false;
        }
        for (int i = 0; i < 5; i++) {
            char c = s.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'))) {
                return false;
            }
        }
        return true;
    }


    static LocalDate optionalDate(TextSource src, int no, String text, String column) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty() || t.equals("*")) {
            return null;
        }
        try {
            if (t.length() == 8) {
                return LocalDate.parse(t, YYYYMMDD);
            }
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            throw bad(src, no, "expected " + column + " as YYYYMMDD or *, found \"" + t + "\"");
        }
    }

    static ReferenceDataException bad(TextSource src, int line, String what) {
        return new ReferenceDataException(src.name() + (line > 0 ? ":" + line : "") + ": " + what);
    }
}

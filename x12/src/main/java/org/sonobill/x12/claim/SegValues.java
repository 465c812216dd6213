package org.sonobill.x12.claim;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.sonobill.engine.study.Sex;

/** Values of read segments as SonoBill records: names, addresses, amounts, dates, adjustments, codes. */
final class SegValues {
    private SegValues() {
    }

    static Address address(Seg[] pair) {
        if (pair == null || pair[0] == null || pair[1] == null) {
            return null;
        }
        return new Address(pair[0].get(1), pair[0].get(2), pair[1].get(1), pair[1].get(2), pair[1].get(3));
    }

    static Name name(Seg nm1) {
        if (nm1 == null || nm1.get(3) == null) {
            return null;
        }
        return "1".equals(nm1.get(2)) ? new Name(nm1.get(3), nm1.get(4), nm1.get(5)) : Name.organisation(nm1.get(3));
    }

    static Provider provider(Seg nm1, Seg prv) {
        if (nm1 == null) {
            return null;
        }
        return new Provider(name(nm1), nm1.get(9), prv == null ? null : prv.get(3));
    }

    static List<Adjustment> adjustments(List<Seg> cas) {
        List<Adjustment> out = new ArrayList<>();
        for (Seg c : cas) {
            for (int i = 2; i + 1 <= 19; i += 3) {
                if (c.get(i) == null) {
                    break;
                }
                out.add(new Adjustment(c.get(1), c.get(i), money(c.get(i + 1)),
                        c.get(i + 2) == null ? null : new BigDecimal(c.get(i + 2))));
            }
        }
        return out;
    }

    static BigDecimal money(String s) {
        return s == null ? null : new BigDecimal(s).setScale(2, RoundingMode.HALF_UP);
    }

    static LocalDate date(String s) {
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s, SegmentOut.D8);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("\"" + s + "\" is not a date CCYYMMDD");
        }
    }

    static LocalDate[] range(String format, String value) {
        if (value == null) {
            return new LocalDate[2];
        }
        if ("RD8".equals(format)) {
            int dash = value.indexOf('-');
            return new LocalDate[] {date(value.substring(0, dash)), date(value.substring(dash + 1))};
        }
        LocalDate d = date(value.length() > 8 ? value.substring(0, 8) : value);
        return new LocalDate[] {d, d};
    }

    static Sex sex(String s) {
        return "F".equals(s) ? Sex.F : "M".equals(s) ? Sex.M : Sex.U;
    }

    static int parseInt(String s, int fallback) {
        try {
            return s == null ? fallback : Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** ICD-10-CM codes get their dot back after the category (three characters); ICD-9 codes stay as sent. */
    static String dotted(String code, boolean icd10) {
        if (code == null || !icd10 || code.length() <= 3 || code.contains(".")) {
            return code;
        }
        return code.substring(0, 3) + "." + code.substring(3);
    }

    /**
     * The place of service a SonoBill claim records for an institutional claim, from the facility type (the first
     * two digits of the type of bill, CLM05-1), which 837I carries instead of a place of service.
     */
    static String placeOfServiceFor(String facilityType) {
        if (facilityType == null) {
            return "22";
        }
        return switch (facilityType) {
            case "11", "12", "18", "21" -> "21";
            case "83" -> "24";
            case "71" -> "72";
            case "77" -> "50";
            case "72" -> "65";
            default -> "22";
        };
    }
}

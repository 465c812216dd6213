package org.sonobill.engine.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Loads medicare physician fee schedule relative value file (PPRRVU). Used through {@link CmsLoaders}. */
final class RvuLoader {

    private RvuLoader() {
    }


    private static final Pattern RVU_DATA = Pattern.compile("(?=[A-Z]*[0-9])[0-9A-Z]{5}");

    /**
     * The physician fee schedule relative value file. Columns are found by their CMS names (HCPCS, MOD, STATUS CODE,
     * WORK RVU, NON-FAC PE RVU, FACILITY PE RVU, MP RVU, PCTC IND, GLOB DAYS, MULT PROC, BILAT SURG, CONV FACTOR,
     * DIAGNOSTIC IMAGING FAMILY INDICATOR), whether the header is one line or spread over several as in PPRRVU csv.
     */
    static FeeSchedule rvu(TextSource src) {
        Map<String, RvuRow> out = new HashMap<>();
        try (BufferedReader r = src.open(n -> n.startsWith("pprrvu") && (n.endsWith(".csv") || n.endsWith(".txt")))) {
            List<List<String>> headerRows = new ArrayList<>();
            RvuColumns col = null;
            String line;
            int no = 0;
            char delim = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank()) {
                    continue;
                }
                if (delim == 0) {
                    delim = Csv.delimiterOf(line);
                }
                List<String> f = Csv.split(line, delim);
                String first = f.get(0).toUpperCase(Locale.ROOT);
                if (col == null) {
                    if (RVU_DATA.matcher(first).matches() && f.size() > 15) {
                        col = RvuColumns.of(src, no, headerRows);
                    } else {
                        headerRows.add(f);
                        continue;
                    }
                }
                if (!RVU_DATA.matcher(first).matches()) {
                    continue;
                }
                RvuRow row = col.row(src, no, f);
                out.put(FeeSchedule.key(row.code(), row.modifier()), row);
            }
            if (col == null) {
                throw LoaderSupport.bad(src, no, "no data rows; expected the CMS PPRRVU layout with a header naming HCPCS, MOD, PCTC IND and BILAT SURG");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(src.name() + ": " + e.getMessage(), e);
        }
        return new FeeSchedule(out);
    }

    /** Column positions of the PPRRVU file. */
    private record RvuColumns(int hcpcs, int mod, int status, int work, int nonFacPe, int facPe, int mp, int pctc,
                              int glob, int mult, int bilat, int conv, int family) {

        static RvuColumns of(TextSource src, int no, List<List<String>> headerRows) {
            int width = headerRows.stream().mapToInt(List::size).max().orElse(0);
            List<String> names = new ArrayList<>();
            for (int i = 0; i < width; i++) {
                StringBuilder sb = new StringBuilder();
                for (List<String> h : headerRows) {
                    if (i < h.size()) {
                        sb.append(' ').append(h.get(i).toUpperCase(Locale.ROOT));
                    }
                }
                names.add(sb.toString().replaceAll("\\s+", " ").trim());
            }
            return new RvuColumns(find(src, no, names, "HCPCS"), find(src, no, names, "MOD"),
                    find(src, no, names, "STATUS"), find(src, no, names, "WORK"),
                    find(src, no, names, "NON-FAC PE", "NON-FAC PE RVU", "NON-FACILITY PE"),
                    findFacilityPe(src, no, names), find(src, no, names, "MP RVU", "MP"),
                    find(src, no, names, "PCTC"), find(src, no, names, "GLOB"), find(src, no, names, "MULT"),
                    find(src, no, names, "BILAT"), find(src, no, names, "CONV"),
                    findOptional(names, "IMAGING FAMILY", "DIAGNOSTIC IMAGING"));
        }

        private static int find(TextSource src, int no, List<String> names, String... keys) {
            for (String k : keys) {
                for (int i = 0; i < names.size(); i++) {
                    if (names.get(i).equals(k) || names.get(i).startsWith(k + " ") || names.get(i).startsWith(k)) {
                        return i;
                    }
                }
            }
            throw LoaderSupport.bad(src, no, "no column named " + String.join(" or ", keys) + " in the header " + names);
        }

        private static int findFacilityPe(TextSource src, int no, List<String> names) {
            for (int i = 0; i < names.size(); i++) {
                String n = names.get(i);
                if (n.startsWith("FACILITY") && n.contains("PE")) {
                    return i;
                }
            }
            throw LoaderSupport.bad(src, no, "no column named FACILITY PE RVU in the header " + names);
        }

        private static int findOptional(List<String> names, String... keys) {
            for (String k : keys) {
                for (int i = 0; i < names.size(); i++) {
                    if (names.get(i).contains(k)) {
                        return i;
                    }
                }
            }
            return -1;
        }

        RvuRow row(TextSource src, int no, List<String> f) {
            return new RvuRow(f.get(hcpcs).toUpperCase(Locale.ROOT), cell(f, mod).toUpperCase(Locale.ROOT),
                    cell(f, status), intCell(src, no, f, pctc, "PCTC IND"), cell(f, glob),
                    intCell(src, no, f, mult, "MULT PROC"), intCell(src, no, f, bilat, "BILAT SURG"),
                    decimal(src, no, f, work, "WORK RVU"), decimal(src, no, f, nonFacPe, "NON-FAC PE RVU"),
                    decimal(src, no, f, facPe, "FACILITY PE RVU"), decimal(src, no, f, mp, "MP RVU"),
                    decimal(src, no, f, conv, "CONV FACTOR"), family < 0 ? "" : cell(f, family));
        }

        private static String cell(List<String> f, int i) {
            return i < f.size() ? f.get(i).trim() : "";
        }

        private static int intCell(TextSource src, int no, List<String> f, int i, String name) {
            String s = cell(f, i);
            if (s.isEmpty()) {
                return 9;
            }
            try {
                return Integer.parseInt(s);
            } catch (NumberFormatException e) {
                throw LoaderSupport.bad(src, no, "expected a number in " + name + ", found \"" + s + "\"");
            }
        }

        private static BigDecimal decimal(TextSource src, int no, List<String> f, int i, String name) {
            String s = cell(f, i);
            if (s.isEmpty()) {
                return BigDecimal.ZERO;
            }
            try {
                return new BigDecimal(s);
            } catch (NumberFormatException e) {
                throw LoaderSupport.bad(src, no, "expected a decimal number in " + name + ", found \"" + s + "\"");
            }
        }
    }
}

package org.sonobill.engine.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** Loads nCCI procedure-to-procedure edits (CMS tab-separated text). Used through {@link CmsLoaders}. */
final class PtpLoader {

    private PtpLoader() {
    }


    /**
     * NCCI PTP edits in the CMS text layout: a title line, a header line starting "Column 1", then tab-separated
     * rows {@code column1, column2, prior-1996 flag, effective YYYYMMDD, deletion YYYYMMDD or *, modifier 0/1/9,
     * rationale}.
     */
    static PtpTable ptp(TextSource src) {
        PtpTable.Builder b = new PtpTable.Builder();
        try (BufferedReader r = src.open(n -> n.endsWith(".txt") || n.endsWith(".csv"))) {
            String line;
            int no = 0;
            boolean header = false;
            char delim = '\t';
            int[] cut = new int[8];
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank()) {
                    continue;
                }
                if (!header) {
                    String t = line.replace("\"", "").trim().toLowerCase(Locale.ROOT);
                    if (t.startsWith("column 1") || t.startsWith("column1\t") || t.startsWith("column1,")) {
                        header = true;
                        delim = Csv.delimiterOf(line);
                    }
                    continue;
                }
                if (delim != '\t' || line.indexOf('"') >= 0) {
                    ptpRow(src, no, b, Csv.split(line, delim));
                    continue;
                }
                // Fast path for the CMS tab-separated text: 2.5 million rows, so no per-field objects.
                int n = 0;
                cut[n++] = -1;
                for (int i = 0; i < line.length() && n < 7; i++) {
                    if (line.charAt(i) == '\t') {
                        cut[n++] = i;
                    }
                }
                if (n < 6) {
                    throw LoaderSupport.bad(src, no, "expected at least 6 tab-separated columns (Column 1, Column 2, prior-1996, "
                            + "Effective Date, Deletion Date, Modifier), found " + n);
                }
                cut[n] = line.length();
                String c1 = field(line, cut, 0);
                String c2 = field(line, cut, 1);
                if (!LoaderSupport.isCode(c1) || !LoaderSupport.isCode(c2)) {
                    throw LoaderSupport.bad(src, no, "expected two five-character HCPCS/CPT codes, found \"" + c1 + "\" and \"" + c2 + "\"");
                }
                LocalDate eff = compactDate(src, no, line, cut[3] + 1, cut[4], "Effective Date");
                LocalDate del = compactDate(src, no, line, cut[4] + 1, cut[5], "Deletion Date");
                int indEnd = n > 6 ? cut[6] : cut[n];
                String ind = line.substring(cut[5] + 1, indEnd).trim();
                if (!(ind.equals("0") || ind.equals("1") || ind.equals("9"))) {
                    throw LoaderSupport.bad(src, no, "expected modifier indicator 0, 1 or 9, found \"" + ind + "\"");
                }
                b.add(c1, c2, eff, del, ind.charAt(0) - '0', n > 6 ? line.substring(cut[6] + 1).trim() : "");
            }
            if (!header) {
                throw LoaderSupport.bad(src, no, "no header line starting with \"Column 1\"; expected the CMS PTP text layout");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(src.name() + ": " + e.getMessage(), e);
        }
        return b.build();
    }

    private static String field(String line, int[] cut, int i) {
        return line.substring(cut[i] + 1, cut[i + 1]).trim().toUpperCase(Locale.ROOT);
    }

    private static void ptpRow(TextSource src, int no, PtpTable.Builder b, List<String> f) {
        if (f.size() < 6) {
            throw LoaderSupport.bad(src, no, "expected at least 6 columns (Column 1, Column 2, prior-1996, Effective Date, "
                    + "Deletion Date, Modifier), found " + f.size());
        }
        String c1 = f.get(0).toUpperCase(Locale.ROOT);
        String c2 = f.get(1).toUpperCase(Locale.ROOT);
        if (!LoaderSupport.isCode(c1) || !LoaderSupport.isCode(c2)) {
            throw LoaderSupport.bad(src, no, "expected two five-character HCPCS/CPT codes, found \"" + f.get(0) + "\" and \"" + f.get(1) + "\"");
        }
        String ind = f.get(5).trim();
        if (!(ind.equals("0") || ind.equals("1") || ind.equals("9"))) {
            throw LoaderSupport.bad(src, no, "expected modifier indicator 0, 1 or 9, found \"" + ind + "\"");
        }
        b.add(c1, c2, LoaderSupport.optionalDate(src, no, f.get(3), "Effective Date"), LoaderSupport.optionalDate(src, no, f.get(4), "Deletion Date"),
                ind.charAt(0) - '0', f.size() > 6 ? f.get(6) : "");
    }

    /** A YYYYMMDD date between two offsets, or null for empty or "*"; parsed without substrings on the fast path. */
    private static LocalDate compactDate(TextSource src, int no, String line, int from, int to, String column) {
        while (from < to && line.charAt(from) == ' ') {
            from++;
        }
        while (to > from && line.charAt(to - 1) == ' ') {
            to--;
        }
        if (from == to || (to - from == 1 && line.charAt(from) == '*')) {
            return null;
        }
        if (to - from == 8) {
            int v = 0;
            for (int i = from; i < to; i++) {
                int d = line.charAt(i) - '0';
                if (d < 0 || d > 9) {
                    v = -1;
                    break;
                }
                v = v * 10 + d;
            }
            if (v >= 0) {
                int y = v / 10000;
                int m = v / 100 % 100;
                int d = v % 100;
                if (m >= 1 && m <= 12 && d >= 1 && d <= 31) {
                    try {
                        return LocalDate.of(y, m, d);
                    } catch (java.time.DateTimeException e) {
                        // falls through to the error below
                    }
                }
            }
        }
        return LoaderSupport.optionalDate(src, no, line.substring(from, to), column);
    }
}

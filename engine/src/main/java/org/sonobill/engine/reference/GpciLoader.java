package org.sonobill.engine.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads the CMS GPCI file (Addendum E, "Geographic Practice Cost Indices by State and Medicare Locality") in either of
 * the layouts CMS ships in the RVUyyX zip: {@code GPCIyyyy.csv} (a title line, then a header naming the MAC, State,
 * Locality Number, Locality Name and the PW, PE and MP GPCI columns) or the fixed-width {@code GPCIyyyy.txt}. Title
 * and footnote lines are skipped; a data line that cannot be read is an error naming the line. Used through
 * {@link CmsLoaders}.
 */
final class GpciLoader {
    /** A fixed-width data line: MAC, state, locality, name, then the three indices. */
    private static final Pattern TXT_ROW = Pattern.compile(
            "^\\s*(\\d{5})\\s+([A-Z]{2})\\s+(\\d{1,2})\\s+(.+?)\\s+(\\d+\\.\\d+)\\s+(\\d+\\.\\d+)\\s+(\\d+\\.\\d+)\\s*$");
    private static final Pattern MAC = Pattern.compile("\\d{4,5}");

    private GpciLoader() {
    }

    static GpciTable gpci(TextSource src) {
        List<Gpci> rows = new ArrayList<>();
        try (BufferedReader r = src.open(n -> n.startsWith("gpci") && (n.endsWith(".csv") || n.endsWith(".txt")))) {
            Columns col = null;
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank()) {
                    continue;
                }
                String upper = line.toUpperCase(Locale.ROOT);
                if (col == null && line.indexOf(',') >= 0 && upper.contains("LOCALITY") && upper.contains("GPCI")) {
                    col = Columns.of(src, no, Csv.split(line, ','));
                    continue;
                }
                if (col != null) {
                    List<String> f = Csv.split(line, ',');
                    if (f.isEmpty() || !MAC.matcher(f.get(0).trim()).matches()) {
                        continue; // footnotes such as "*Payment locality is serviced by two carriers."
                    }
                    rows.add(col.row(src, no, f));
                    continue;
                }
                Matcher m = TXT_ROW.matcher(line);
                if (m.matches()) {
                    rows.add(new Gpci(m.group(1), m.group(2), pad(m.group(3)), m.group(4).trim(),
                            number(src, no, m.group(5), "PW GPCI"), number(src, no, m.group(6), "PE GPCI"),
                            number(src, no, m.group(7), "MP GPCI")));
                } else if (MAC.matcher(line.trim().split("\\s+")[0]).matches()) {
                    throw LoaderSupport.bad(src, no, "expected MAC, state, locality, name and three GPCI values, found \""
                            + line.trim() + "\"");
                }
            }
            if (rows.isEmpty()) {
                throw LoaderSupport.bad(src, no, "no localities; expected the CMS GPCI file (GPCIyyyy.csv with a header "
                        + "naming Locality Number and the PW/PE/MP GPCI columns, or the fixed-width GPCIyyyy.txt)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(src.name() + ": " + e.getMessage(), e);
        }
        return new GpciTable(rows);
    }

    private static String pad(String locality) {
        return locality.length() == 1 ? "0" + locality : locality;
    }

    private static BigDecimal number(TextSource src, int no, String s, String column) {
        try {
            return new BigDecimal(s.trim());
        } catch (NumberFormatException e) {
            throw LoaderSupport.bad(src, no, "expected a decimal number in " + column + ", found \"" + s.trim() + "\"");
        }
    }

    /** Column positions, found by their CMS names (the year in the GPCI headers changes every release). */
    private record Columns(int mac, int state, int locality, int name, int work, int pe, int mp) {
        static Columns of(TextSource src, int no, List<String> header) {
            List<String> h = header.stream().map(s -> s.trim().toUpperCase(Locale.ROOT)).toList();
            return new Columns(find(src, no, h, "CONTRACTOR", "CARRIER", "MAC"), find(src, no, h, "STATE"),
                    find(src, no, h, "LOCALITY NUMBER", "LOCALITY CODE", "LOCALITY"), find(src, no, h, "LOCALITY NAME"),
                    work(src, no, h), find(src, no, h, "PE GPCI"),
                    find(src, no, h, "MP GPCI", "PLI GPCI"));
        }

        /**
         * The work GPCI used for payment: the column "with 1.0 Floor" when the file also prints the one without
         * (CMS 2024+ files carry both; the statutory floor applies to payment).
         */
        private static int work(TextSource src, int no, List<String> h) {
            for (int i = 0; i < h.size(); i++) {
                if (h.get(i).contains("GPCI") && h.get(i).contains("WITH 1.0")) {
                    return i;
                }
            }
            for (int i = 0; i < h.size(); i++) {
                if ((h.get(i).contains("PW GPCI") || h.get(i).contains("WORK GPCI")) && !h.get(i).contains("WITHOUT")) {
                    return i;
                }
            }
            return find(src, no, h, "PW GPCI", "WORK GPCI", "WORK");
        }

        private static int find(TextSource src, int no, List<String> h, String... names) {
            for (String n : names) {
                for (int i = 0; i < h.size(); i++) {
                    if (h.get(i).equals(n)) {
                        return i;
                    }
                }
            }
            for (String n : names) {
                for (int i = 0; i < h.size(); i++) {
                    if (h.get(i).contains(n) && !(n.equals("LOCALITY") && h.get(i).contains("NAME"))) {
                        return i;
                    }
                }
            }
            throw LoaderSupport.bad(src, no, "no column named " + String.join(" or ", names) + " in the header " + h);
        }

        Gpci row(TextSource src, int no, List<String> f) {
            if (f.size() <= Math.max(Math.max(work, pe), mp)) {
                throw LoaderSupport.bad(src, no, "expected " + (Math.max(Math.max(work, pe), mp) + 1)
                        + " columns (MAC, state, locality, name, PW, PE and MP GPCI), found " + f.size());
            }
            String mac = f.get(this.mac).trim();
            return new Gpci(mac.length() == 4 ? "0" + mac : mac, f.get(state).trim(), pad(f.get(locality).trim()),
                    f.get(name).trim(), number(src, no, f.get(work), "PW GPCI"), number(src, no, f.get(pe), "PE GPCI"),
                    number(src, no, f.get(mp), "MP GPCI"));
        }
    }
}

package org.sonobill.engine.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads each reference dataset from its publisher's own layout. Every error names the file, the line and what was
 * expected, and nothing is returned from a file that fails half way.
 */
public final class CmsLoaders {
    private static final Pattern CODE = Pattern.compile("[0-9A-Z]{5}");
    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    private CmsLoaders() {
    }

    // ---------------------------------------------------------------- PTP

    /**
     * NCCI PTP edits in the CMS text layout: a title line, a header line starting "Column 1", then tab-separated
     * rows {@code column1, column2, prior-1996 flag, effective YYYYMMDD, deletion YYYYMMDD or *, modifier 0/1/9,
     * rationale}.
     */
    public static PtpTable ptp(TextSource src) {
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
                    throw bad(src, no, "expected at least 6 tab-separated columns (Column 1, Column 2, prior-1996, "
                            + "Effective Date, Deletion Date, Modifier), found " + n);
                }
                cut[n] = line.length();
                String c1 = field(line, cut, 0);
                String c2 = field(line, cut, 1);
                if (!CODE.matcher(c1).matches() || !CODE.matcher(c2).matches()) {
                    throw bad(src, no, "expected two five-character HCPCS/CPT codes, found \"" + c1 + "\" and \"" + c2 + "\"");
                }
                LocalDate eff = compactDate(src, no, line, cut[3] + 1, cut[4], "Effective Date");
                LocalDate del = compactDate(src, no, line, cut[4] + 1, cut[5], "Deletion Date");
                int indEnd = n > 6 ? cut[6] : cut[n];
                String ind = line.substring(cut[5] + 1, indEnd).trim();
                if (!(ind.equals("0") || ind.equals("1") || ind.equals("9"))) {
                    throw bad(src, no, "expected modifier indicator 0, 1 or 9, found \"" + ind + "\"");
                }
                b.add(c1, c2, eff, del, ind.charAt(0) - '0', n > 6 ? line.substring(cut[6] + 1).trim() : "");
            }
            if (!header) {
                throw bad(src, no, "no header line starting with \"Column 1\"; expected the CMS PTP text layout");
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
            throw bad(src, no, "expected at least 6 columns (Column 1, Column 2, prior-1996, Effective Date, "
                    + "Deletion Date, Modifier), found " + f.size());
        }
        String c1 = f.get(0).toUpperCase(Locale.ROOT);
        String c2 = f.get(1).toUpperCase(Locale.ROOT);
        if (!CODE.matcher(c1).matches() || !CODE.matcher(c2).matches()) {
            throw bad(src, no, "expected two five-character HCPCS/CPT codes, found \"" + f.get(0) + "\" and \"" + f.get(1) + "\"");
        }
        String ind = f.get(5).trim();
        if (!(ind.equals("0") || ind.equals("1") || ind.equals("9"))) {
            throw bad(src, no, "expected modifier indicator 0, 1 or 9, found \"" + ind + "\"");
        }
        b.add(c1, c2, optionalDate(src, no, f.get(3), "Effective Date"), optionalDate(src, no, f.get(4), "Deletion Date"),
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
        return optionalDate(src, no, line.substring(from, to), column);
    }

    // ---------------------------------------------------------------- MUE

    /**
     * MUE table in the CMS CSV layout: notice lines, then a header starting "HCPCS/CPT Code", then rows
     * {@code code, MUE value, MUE adjudication indicator, MUE rationale}.
     */
    public static MueTable mue(TextSource src) {
        Map<String, Mue> out = new HashMap<>();
        try (BufferedReader r = src.open(n -> n.endsWith(".csv") || n.endsWith(".txt"))) {
            String line;
            int no = 0;
            boolean header = false;
            char delim = ',';
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank()) {
                    continue;
                }
                if (!header) {
                    String t = line.replace("\"", "").trim().toUpperCase(Locale.ROOT);
                    if (t.startsWith("HCPCS") && t.contains("MUE")) {
                        header = true;
                        delim = Csv.delimiterOf(line);
                    }
                    continue;
                }
                List<String> f = Csv.split(line, delim);
                if (f.size() < 3) {
                    throw bad(src, no, "expected code, MUE value and adjudication indicator, found " + f.size() + " columns");
                }
                String code = f.get(0).toUpperCase(Locale.ROOT);
                if (!CODE.matcher(code).matches()) {
                    throw bad(src, no, "expected a five-character HCPCS/CPT code, found \"" + f.get(0) + "\"");
                }
                int units;
                try {
                    units = Integer.parseInt(f.get(1).trim());
                } catch (NumberFormatException e) {
                    throw bad(src, no, "expected a whole number of units in column 2, found \"" + f.get(1) + "\"");
                }
                Mue.Adjudication mai;
                try {
                    mai = Mue.Adjudication.parse(f.get(2));
                } catch (IllegalArgumentException e) {
                    throw bad(src, no, e.getMessage());
                }
                out.put(code, new Mue(code, units, mai, f.size() > 3 ? f.get(3) : ""));
            }
            if (!header) {
                throw bad(src, no, "no header line starting with \"HCPCS/CPT Code\"; expected the CMS MUE layout");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(src.name() + ": " + e.getMessage(), e);
        }
        return new MueTable(out);
    }

    // ---------------------------------------------------------------- AOC

    /**
     * NCCI add-on code edits: a header naming "Add-on Code", "Primary Code" and "AOC Edit Type" (other columns such
     * as the CMS effective and deletion dates are read when present). {@code CCCCC} as primary means any primary.
     * Rows deleted before {@code asOf} are skipped.
     */
    public static AddOnTable aoc(TextSource src, LocalDate asOf) {
        Map<String, Integer> types = new HashMap<>();
        Map<String, Set<String>> primaries = new HashMap<>();
        try (BufferedReader r = src.open(n -> n.endsWith(".csv") || n.endsWith(".txt"))) {
            String line;
            int no = 0;
            int[] col = null;
            char delim = ',';
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank()) {
                    continue;
                }
                if (col == null) {
                    String t = line.toLowerCase(Locale.ROOT);
                    if (t.contains("add-on code") || t.contains("add on code") || t.contains("addon code")) {
                        delim = Csv.delimiterOf(line);
                        col = aocColumns(src, no, Csv.split(line, delim));
                    }
                    continue;
                }
                List<String> f = Csv.split(line, delim);
                if (f.size() <= Math.max(col[0], Math.max(col[1], col[2]))) {
                    throw bad(src, no, "expected the add-on code, primary code and edit type columns, found " + f.size() + " columns");
                }
                String addOn = f.get(col[0]).toUpperCase(Locale.ROOT);
                String primary = f.get(col[1]).toUpperCase(Locale.ROOT);
                if (!CODE.matcher(addOn).matches() || !CODE.matcher(primary).matches()) {
                    throw bad(src, no, "expected five-character codes, found \"" + addOn + "\" and \"" + primary + "\"");
                }
                if (deletedBefore(src, no, f, col[3], asOf) || deletedBefore(src, no, f, col[4], asOf)
                        || deletedBefore(src, no, f, col[6], asOf) || effectiveAfter(src, no, f, col[5], asOf)) {
                    continue;
                }
                int type;
                try {
                    type = Integer.parseInt(f.get(col[2]).trim());
                } catch (NumberFormatException e) {
                    throw bad(src, no, "expected AOC edit type 1, 2 or 3, found \"" + f.get(col[2]) + "\"");
                }
                if (type < 1 || type > 3) {
                    throw bad(src, no, "expected AOC edit type 1, 2 or 3, found " + type);
                }
                types.put(addOn, type);
                Set<String> p = primaries.computeIfAbsent(addOn, k -> new HashSet<>());
                if (!primary.equals("CCCCC")) {
                    p.add(primary);
                }
            }
            if (col == null) {
                throw bad(src, no, "no header naming \"Add-on Code\"; expected the CMS add-on code edit layout");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(src.name() + ": " + e.getMessage(), e);
        }
        Map<String, AddOnEdit> out = new HashMap<>();
        types.forEach((k, t) -> out.put(k, new AddOnEdit(k, t, Set.copyOf(primaries.get(k)))));
        return new AddOnTable(out);
    }

    private static int[] aocColumns(TextSource src, int no, List<String> header) {
        int addOn = -1;
        int primary = -1;
        int type = -1;
        int addOnDel = -1;
        int primaryDel = -1;
        int editEff = -1;
        int editDel = -1;
        for (int i = 0; i < header.size(); i++) {
            // CMS names columns both "Add-on Code Deletion Date" and AOC_DEL_DT / AOC_EDIT_DEL_DT(_JULIAN)
            String h = header.get(i).toLowerCase(Locale.ROOT).replace('-', ' ').replace('_', ' ');
            if (h.contains("julian")) {
                continue;
            }
            boolean deletion = h.contains("deletion") || h.contains("del dt");
            boolean effective = h.contains("effective") || h.contains("eff dt");
            boolean edit = h.contains("edit");
            if (edit && deletion) {
                editDel = i;
            } else if (edit && effective) {
                editEff = i;
            } else if (edit && h.contains("type")) {
                type = i;
            } else if ((h.contains("add on") || h.startsWith("aoc")) && deletion) {
                addOnDel = i;
            } else if (h.contains("primary") && deletion) {
                primaryDel = i;
            } else if (deletion || effective) {
                continue;
            } else if ((h.contains("add on code") || h.equals("aoc")) && addOn < 0) {
                addOn = i;
            } else if (h.contains("primary code") || h.equals("primary")) {
                if (primary < 0) {
                    primary = i;
                }
            } else if (h.equals("type") || h.contains("edit type")) {
                type = i;
            }
        }
        if (addOn < 0 || primary < 0 || type < 0) {
            throw bad(src, no, "expected columns named \"Add-on Code\", \"Primary Code\" and \"AOC Edit Type\", found " + header);
        }
        return new int[] {addOn, primary, type, addOnDel, primaryDel, editEff, editDel};
    }

    private static boolean effectiveAfter(TextSource src, int no, List<String> f, int col, LocalDate asOf) {
        if (col < 0 || col >= f.size() || asOf == null) {
            return false;
        }
        LocalDate d = optionalDate(src, no, f.get(col), "Effective Date");
        return d != null && d.isAfter(asOf);
    }

    private static boolean deletedBefore(TextSource src, int no, List<String> f, int col, LocalDate asOf) {
        if (col < 0 || col >= f.size() || asOf == null) {
            return false;
        }
        LocalDate d = optionalDate(src, no, f.get(col), "Deletion Date");
        return d != null && d.isBefore(asOf);
    }

    // ---------------------------------------------------------------- RVU

    private static final Pattern RVU_DATA = Pattern.compile("(?=[A-Z]*[0-9])[0-9A-Z]{5}");

    /**
     * The physician fee schedule relative value file. Columns are found by their CMS names (HCPCS, MOD, STATUS CODE,
     * WORK RVU, NON-FAC PE RVU, FACILITY PE RVU, MP RVU, PCTC IND, GLOB DAYS, MULT PROC, BILAT SURG, CONV FACTOR,
     * DIAGNOSTIC IMAGING FAMILY INDICATOR), whether the header is one line or spread over several as in PPRRVU csv.
     */
    public static FeeSchedule rvu(TextSource src) {
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
                throw bad(src, no, "no data rows; expected the CMS PPRRVU layout with a header naming HCPCS, MOD, PCTC IND and BILAT SURG");
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
            throw bad(src, no, "no column named " + String.join(" or ", keys) + " in the header " + names);
        }

        private static int findFacilityPe(TextSource src, int no, List<String> names) {
            for (int i = 0; i < names.size(); i++) {
                String n = names.get(i);
                if (n.startsWith("FACILITY") && n.contains("PE")) {
                    return i;
                }
            }
            throw bad(src, no, "no column named FACILITY PE RVU in the header " + names);
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
                throw bad(src, no, "expected a number in " + name + ", found \"" + s + "\"");
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
                throw bad(src, no, "expected a decimal number in " + name + ", found \"" + s + "\"");
            }
        }
    }

    // ---------------------------------------------------------------- ICD-10-CM

    /**
     * The ICD-10-CM order file: fixed width (order 1-5, code 7-13, billable flag 15, short title 17-76, long title
     * 78-), as in CDC's {@code icd10cm-order-YYYY.txt}; from a zip the order file member is chosen.
     */
    public static IcdCodeSet icd10cm(TextSource src, String label) {
        Map<String, String> out = new HashMap<>(140_000);
        try (BufferedReader r = src.open(n -> n.contains("order") && !n.contains("addenda") && n.endsWith(".txt"))) {
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank()) {
                    continue;
                }
                if (line.length() < 16 || !Character.isDigit(line.charAt(0)) || line.charAt(5) != ' ') {
                    throw bad(src, no, "expected the fixed-width ICD-10-CM order layout (order number in columns 1-5, "
                            + "code in 7-13, billable flag in 15, titles from 17)");
                }
                int end = 13;
                while (end > 6 && line.charAt(end - 1) == ' ') {
                    end--;
                }
                char flag = line.charAt(14);
                if (end == 6 || (flag != '0' && flag != '1')) {
                    throw bad(src, no, "expected a code in columns 7-13 and a billable flag 0 or 1 in column 15");
                }
                out.put(line.substring(6, end), line);
            }
            if (out.isEmpty()) {
                throw bad(src, no, "no codes; expected the ICD-10-CM order file");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(src.name() + ": " + e.getMessage(), e);
        }
        return new IcdCodeSet(label, out, true);
    }

    // ---------------------------------------------------------------- POS

    /** Place of service list: a header with code and name columns and a facility/non-facility column. */
    public static PlaceOfServiceTable pos(TextSource src) {
        Map<String, PlaceOfService> out = new HashMap<>();
        try (BufferedReader r = src.open()) {
            String line;
            int no = 0;
            int[] col = null;
            char delim = ',';
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank()) {
                    continue;
                }
                if (col == null) {
                    delim = Csv.delimiterOf(line);
                    List<String> h = Csv.split(line, delim);
                    col = new int[] {-1, -1, -1};
                    for (int i = 0; i < h.size(); i++) {
                        String n = h.get(i).toLowerCase(Locale.ROOT);
                        if (col[0] < 0 && n.contains("code")) {
                            col[0] = i;
                        } else if (col[1] < 0 && n.contains("name")) {
                            col[1] = i;
                        } else if (n.contains("facility")) {
                            col[2] = i;
                        }
                    }
                    if (col[0] < 0 || col[2] < 0) {
                        throw bad(src, no, "expected a header with a code column and a facility column, found " + h);
                    }
                    continue;
                }
                List<String> f = Csv.split(line, delim);
                if (f.size() <= Math.max(col[0], col[2])) {
                    throw bad(src, no, "expected " + (Math.max(col[0], col[2]) + 1) + " columns, found " + f.size());
                }
                String code = f.get(col[0]).trim();
                if (code.length() == 1) {
                    code = "0" + code;
                }
                if (!code.matches("\\d{2}")) {
                    throw bad(src, no, "expected a two-digit place-of-service code, found \"" + code + "\"");
                }
                String fac = f.get(col[2]).trim().toLowerCase(Locale.ROOT);
                String posName = col[1] < 0 ? "" : f.get(col[1]).trim();
                if (posName.equalsIgnoreCase("unassigned") || fac.equals("unassigned")) {
                    continue; // reserved by CMS: not a valid place of service on a claim
                }
                out.put(code, new PlaceOfService(code, col[1] < 0 ? "" : f.get(col[1]), fac.equals("facility")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(src.name() + ": " + e.getMessage(), e);
        }
        if (out.isEmpty()) {
            throw bad(src, 0, "no place-of-service codes");
        }
        return new PlaceOfServiceTable(out);
    }

    // ---------------------------------------------------------------- helpers

    private static LocalDate optionalDate(TextSource src, int no, String text, String column) {
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

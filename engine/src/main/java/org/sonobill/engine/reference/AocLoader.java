package org.sonobill.engine.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Loads nCCI add-on code edits (CMS CSV/text, with or without date columns). Used through {@link CmsLoaders}. */
final class AocLoader {

    private AocLoader() {
    }


    /**
     * NCCI add-on code edits: a header naming "Add-on Code", "Primary Code" and "AOC Edit Type" (other columns such
     * as the CMS effective and deletion dates are read when present). {@code CCCCC} as primary means any primary.
     * Rows deleted before {@code asOf} are skipped.
     */
    static AddOnTable aoc(TextSource src, LocalDate asOf) {
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
                    throw LoaderSupport.bad(src, no, "expected the add-on code, primary code and edit type columns, found " + f.size() + " columns");
                }
                String addOn = f.get(col[0]).toUpperCase(Locale.ROOT);
                String primary = f.get(col[1]).toUpperCase(Locale.ROOT);
                if (!LoaderSupport.isCode(addOn) || !LoaderSupport.isCode(primary)) {
                    throw LoaderSupport.bad(src, no, "expected five-character codes, found \"" + addOn + "\" and \"" + primary + "\"");
                }
                if (deletedBefore(src, no, f, col[3], asOf) || deletedBefore(src, no, f, col[4], asOf)
                        || deletedBefore(src, no, f, col[6], asOf) || effectiveAfter(src, no, f, col[5], asOf)) {
                    continue;
                }
                int type;
                try {
                    type = Integer.parseInt(f.get(col[2]).trim());
                } catch (NumberFormatException e) {
                    throw LoaderSupport.bad(src, no, "expected AOC edit type 1, 2 or 3, found \"" + f.get(col[2]) + "\"");
                }
                if (type < 1 || type > 3) {
                    throw LoaderSupport.bad(src, no, "expected AOC edit type 1, 2 or 3, found " + type);
                }
                types.put(addOn, type);
                Set<String> p = primaries.computeIfAbsent(addOn, k -> new HashSet<>());
                if (!primary.equals("CCCCC")) {
                    p.add(primary);
                }
            }
            if (col == null) {
                throw LoaderSupport.bad(src, no, "no header naming \"Add-on Code\"; expected the CMS add-on code edit layout");
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
            throw LoaderSupport.bad(src, no, "expected columns named \"Add-on Code\", \"Primary Code\" and \"AOC Edit Type\", found " + header);
        }
        return new int[] {addOn, primary, type, addOnDel, primaryDel, editEff, editDel};
    }

    private static boolean effectiveAfter(TextSource src, int no, List<String> f, int col, LocalDate asOf) {
        if (col < 0 || col >= f.size() || asOf == null) {
            return false;
        }
        LocalDate d = LoaderSupport.optionalDate(src, no, f.get(col), "Effective Date");
        return d != null && d.isAfter(asOf);
    }

    private static boolean deletedBefore(TextSource src, int no, List<String> f, int col, LocalDate asOf) {
        if (col < 0 || col >= f.size() || asOf == null) {
            return false;
        }
        LocalDate d = LoaderSupport.optionalDate(src, no, f.get(col), "Deletion Date");
        return d != null && d.isBefore(asOf);
    }
}

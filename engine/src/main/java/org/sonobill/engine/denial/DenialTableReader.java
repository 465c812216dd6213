package org.sonobill.engine.denial;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.sonobill.engine.reference.ReferenceDataException;

/**
 * Reads the denial mapping table (tab-separated, {@code #} comments, a header row). Every error names the file, the
 * line, the column and what was expected; a table with an error is refused whole.
 */
final class DenialTableReader {
    static final List<String> COLUMNS = List.of("carc", "group", "rarcs", "root_cause", "team", "owner_role", "action",
            "appealable", "success", "status", "why", "source");
    static final Set<String> GROUPS = Set.of("*", "CO", "PR", "OA", "PI", "CR");
    static final Set<String> TEAMS = Set.of("front-desk", "authorisation", "coding", "billing", "credentialing",
            "clinical", "denial-specialist");
    static final Set<String> ROLES = Set.of("coder", "biller", "denial-specialist", "manager");
    private static final Pattern CARC = Pattern.compile("\\*|[A-Z]?\\d{1,3}|[A-Z]\\d?");
    private static final Pattern RARC = Pattern.compile("(M|MA|N)\\d{1,3}");

    private final String name;
    private int no;

    private DenialTableReader(String name) {
        this.name = name;
    }

    static List<DenialRow> read(BufferedReader r, String name) {
        return new DenialTableReader(name).rows(r);
    }

    private List<DenialRow> rows(BufferedReader r) {
        List<DenialRow> out = new ArrayList<>();
        boolean header = false;
        try {
            String text;
            while ((text = r.readLine()) != null) {
                no++;
                if (text.isBlank() || text.startsWith("#")) {
                    continue;
                }
                String[] f = text.split("\t", -1);
                if (!header) {
                    checkHeader(f);
                    header = true;
                    continue;
                }
                out.add(row(f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": " + e.getMessage(), e);
        }
        if (!header) {
            throw bad(0, "expected a header row: " + String.join(" ", COLUMNS));
        }
        return out;
    }

    private void checkHeader(String[] f) {
        for (int i = 0; i < COLUMNS.size(); i++) {
            String found = i < f.length ? f[i].trim() : "";
            if (!found.equals(COLUMNS.get(i))) {
                throw bad(i + 1, "expected the header column \"" + COLUMNS.get(i) + "\", found \"" + found + "\"");
            }
        }
    }

    private DenialRow row(String[] f) {
        if (f.length != COLUMNS.size()) {
            throw bad(Math.min(f.length, COLUMNS.size()) + 1, "expected " + COLUMNS.size()
                    + " tab-separated columns (" + String.join(", ", COLUMNS) + "), found " + f.length);
        }
        String carc = upper(f[0]);
        check(CARC.matcher(carc).matches(), 1, "a CARC such as 50 or B7, or *", f[0]);
        String group = upper(f[1]);
        check(GROUPS.contains(group), 2, "a group code: *, CO, PR, OA, PI or CR", f[1]);
        Set<String> rarcs = new LinkedHashSet<>();
        for (String s : f[2].split(",")) {
            String t = upper(s);
            if (!t.isEmpty()) {
                check(RARC.matcher(t).matches(), 3, "remark codes such as N115 or MA130, separated by commas", s);
                rarcs.add(t);
            }
        }
        RootCause cause = RootCause.fromSlug(f[3].trim()).orElseThrow(() -> bad(4, "a root cause: "
                + String.join(", ", java.util.Arrays.stream(RootCause.values()).map(RootCause::slug).toList())
                + "; found \"" + f[3] + "\""));
        check(TEAMS.contains(f[4].trim()), 5, "a team: " + String.join(", ", new java.util.TreeSet<>(TEAMS)), f[4]);
        check(ROLES.contains(f[5].trim()), 6, "an owner role: coder, biller, denial-specialist or manager", f[5]);
        DenialAction action = DenialAction.fromSlug(f[6].trim()).orElseThrow(() -> bad(7, "an action: "
                + String.join(", ", java.util.Arrays.stream(DenialAction.values()).map(DenialAction::slug).toList())
                + "; found \"" + f[6] + "\""));
        String appealable = f[7].trim();
        check(appealable.equals("yes") || appealable.equals("no"), 8, "yes or no", f[7]);
        double success = success(f[8]);
        String status = f[9].trim();
        check(status.equals("active") || status.equals("inactive"), 10, "active or inactive", f[9]);
        check(!f[10].isBlank(), 11, "one sentence saying why", f[10]);
        check(!f[11].isBlank(), 12, "the source of the mapping", f[11]);
        return new DenialRow(carc, group, Set.copyOf(rarcs), cause, f[4].trim(), f[5].trim(), action,
                appealable.equals("yes"), success, status.equals("active"), f[10].trim(), f[11].trim(), no);
    }

    private double success(String s) {
        try {
            double d = Double.parseDouble(s.trim());
            if (d >= 0 && d <= 1) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw bad(9, "a chance of success between 0 and 1 such as 0.45, found \"" + s + "\"");
    }

    private void check(boolean ok, int column, String expected, String found) {
        if (!ok) {
            throw bad(column, "expected " + expected + ", found \"" + found + "\"");
        }
    }

    private ReferenceDataException bad(int column, String what) {
        String col = column <= 0 ? "" : ": column " + column
                + (column <= COLUMNS.size() ? " (" + COLUMNS.get(column - 1) + ")" : "");
        String where = no > 0 ? ":" + no + col : "";
        return new ReferenceDataException(name + where + ": " + what);
    }

    private static String upper(String s) {
        return s.trim().toUpperCase(Locale.ROOT);
    }
}

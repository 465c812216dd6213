package org.sonobill.engine.denial;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sonobill.engine.reference.ReferenceDataException;

/**
 * The CARC/RARC → root cause mapping, as data: {@code /denial/denial-causes.tsv} in the jar, or a user's file of the
 * same layout (documented in the file's header comments). A line finds its row most specific first: this CARC with
 * one of its RARCs (this group, then any group), this CARC and group, any CARC of this group (PR, CR), the CARC's
 * default row, and last the catch-all {@code * *} row.
 */
public final class DenialTable {
    static final String SHIPPED = "/denial/denial-causes.tsv";
    private final List<DenialRow> rows;
    private final Map<String, List<DenialRow>> byCarc = new HashMap<>();
    private final Map<String, DenialRow> byGroup = new HashMap<>();
    private final DenialRow catchAll;
    private final String name;

    private DenialTable(List<DenialRow> rows, String name) {
        this.rows = List.copyOf(rows);
        this.name = name;
        Map<String, DenialRow> keys = new HashMap<>();
        DenialRow any = null;
        for (DenialRow r : rows) {
            String key = r.carc() + "|" + r.group() + "|" + new java.util.TreeSet<>(r.rarcs());
            DenialRow before = keys.put(key, r);
            if (before != null) {
                throw new ReferenceDataException(name + ":" + r.line() + ": the same CARC, group and RARCs as line "
                        + before.line() + "; expected one row per combination");
            }
            if (r.carc().equals("*") && r.group().equals("*")) {
                any = r;
            } else if (r.carc().equals("*")) {
                byGroup.put(r.group(), r);
            } else {
                byCarc.computeIfAbsent(r.carc(), k -> new ArrayList<>()).add(r);
            }
        }
        if (any == null) {
            throw new ReferenceDataException(name + ": expected a catch-all row with carc * and group * for codes the "
                    + "table does not list");
        }
        this.catchAll = any;
    }

    /** The table shipped in the jar. */
    public static DenialTable shipped() {
        try (InputStream in = DenialTable.class.getResourceAsStream(SHIPPED)) {
            if (in == null) {
                throw new ReferenceDataException(SHIPPED + " is missing from the build");
            }
            return new DenialTable(DenialTableReader.read(reader(in), SHIPPED), SHIPPED);
        } catch (IOException e) {
            throw new UncheckedIOException(SHIPPED + ": " + e.getMessage(), e);
        }
    }

    /** A user's table (same layout), replacing the shipped one without a build. */
    public static DenialTable read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ReferenceDataException(file + ": no such file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return new DenialTable(DenialTableReader.read(reader(in), file.toString()), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    private static BufferedReader reader(InputStream in) {
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /**
     * True when the adjustment is a denial to work: neither a payment reduction nor the patient's plain share (a CARC
     * whose default row is patient responsibility, such as deductible, coinsurance and copay).
     */
    public boolean denies(String group, String carc) {
        DenialRow r = match(group, carc, List.of());
        if (r.rootCause() == RootCause.PAYMENT_REDUCTION) {
            return false;
        }
        return defaultRow(carc).map(d -> d.rootCause() != RootCause.PATIENT_RESPONSIBILITY).orElse(true);
    }

    /** Where the table came from (the resource or the file). */
    public String name() {
        return name;
    }

    /** Number of rows. */
    public int size() {
        return rows.size();
    }

    /** Every CARC with a default row. */
    public Set<String> carcs() {
        Set<String> out = new java.util.TreeSet<>();
        rows.stream().filter(DenialRow::isDefault).forEach(r -> out.add(r.carc()));
        return out;
    }

    List<DenialRow> rows() {
        return rows;
    }

    Optional<DenialRow> defaultRow(String carc) {
        return byCarc.getOrDefault(norm(carc), List.of()).stream().filter(DenialRow::isDefault).findFirst();
    }

    /** The row for a line, most specific first (see the class comment). */
    DenialRow match(String group, String carc, List<String> rarcs) {
        String g = norm(group);
        List<DenialRow> candidates = byCarc.getOrDefault(norm(carc), List.of());
        for (boolean sameGroup : new boolean[] {true, false}) {
            for (DenialRow r : candidates) {
                if (!r.rarcs().isEmpty() && groupFits(r, g, sameGroup) && rarcs.stream().anyMatch(r.rarcs()::contains)) {
                    return r;
                }
            }
        }
        for (DenialRow r : candidates) {
            if (r.rarcs().isEmpty() && r.group().equals(g)) {
                return r;
            }
        }
        DenialRow groupRow = byGroup.get(g);
        if (groupRow != null) {
            return groupRow;
        }
        return defaultRow(carc).orElse(catchAll);
    }

    private static boolean groupFits(DenialRow r, String group, boolean sameGroup) {
        return sameGroup ? r.group().equals(group) : r.group().equals("*");
    }

    private static String norm(String s) {
        return s == null ? "" : s.trim().toUpperCase(Locale.ROOT);
    }
}

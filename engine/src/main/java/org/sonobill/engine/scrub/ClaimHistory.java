package org.sonobill.engine.scrub;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sonobill.engine.claim.Claim;
import org.sonobill.engine.claim.ClaimLine;

/**
 * The claims already billed, indexed by patient, billing provider and date of service: for MUE totals per date, and
 * for NCCI and add-on edits between claims of one provider for one patient on one day. Built once for a batch, then
 * looked up once per claim and date: scrubbing a million claims stays linear. Voided claims (frequency 8) do not
 * count.
 */
public final class ClaimHistory {
    private static final ClaimHistory EMPTY = new ClaimHistory(Map.of(), List.of(), Map.of(), Map.of());
    private final Map<Key, List<DayLine>> byDay;
    /**
     * The days of each claim of the history, by claim id, worked out once: scrubbing a batch asks for the days of the
     * claims the history was built from, and one lookup by id (its hash cached in the string) beats building and
     * hashing a patient–provider–date key per claim and date (a tenth of the scrubbing time with the full tables).
     */
    private final Map<String, OwnDays> own;
    private final List<Claim> claims;
    /** Each claim's place in the history (the order given: a batch file's order, or the order billed). */
    private final Map<String, Integer> positions;
    /** Lines by patient, for frequency limits over a period; built on first use (most batches never need it). */
    private volatile Map<String, List<DayLine>> byPatient;

    /** A patient, billing provider and date. */
    private record Key(String patientId, String billingNpi, LocalDate dos) {
    }

    /**
     * The dates of one claim of the history with, for each, the lines of that patient, provider and day (null when
     * they are all the claim's own) and the claim's place among them.
     */
    private record OwnDays(String patientId, String billingNpi, LocalDate[] dates, List<DayLine>[] lines,
                           int[] before) {
        /** The day of a date of this claim, or null when the claim has no line on that date. */
        Day day(String claimId, LocalDate dos) {
            for (int i = 0; i < dates.length; i++) {
                if (Objects.equals(dates[i], dos)) {
                    return lines[i] == null ? Day.NONE : new Day(lines[i], claimId, before[i]);
                }
            }
            return null;
        }
    }

    /** A line of a claim, with the claim and its place in the history. */
    private record DayLine(String claimId, String code, int units, int position, Claim claim, ClaimLine line) {
    }

    /**
     * A line billed on another claim of the patient.
     *
     * @param claimId the other claim's id
     * @param code the line's code
     * @param modifiers the line's modifiers
     */
    public record OtherLine(String claimId, String code, List<String> modifiers) {
    }

    /**
     * The lines of one patient, provider and date on the claims before the one scrubbed (all other claims when the
     * scrubbed claim is not part of the history): a payer pays the first claim and denies what a later one adds.
     */
    public static final class Day {
        private static final Day NONE = new Day(List.of(), null, Integer.MAX_VALUE);
        private final List<DayLine> lines;
        private final String claimId;
        private final int before;
        private List<OtherLine> others;

        private Day(List<DayLine> lines, String claimId, int before) {
            this.lines = lines;
            this.claimId = claimId;
            this.before = before;
        }

        private boolean counts(DayLine l) {
            return l.position() < before && !Objects.equals(l.claimId(), claimId);
        }

        /** Units of a code on the earlier claims. */
        public int units(String code) {
            int total = 0;
            for (DayLine l : lines) {
                if (counts(l) && l.code().equals(code)) {
                    total += l.units();
                }
            }
            return total;
        }

        /** The earlier claims' lines. */
        public List<OtherLine> lines() {
            if (others == null) {
                List<OtherLine> out = new ArrayList<>(0);
                for (DayLine l : lines) {
                    if (counts(l)) {
                        out.add(new OtherLine(l.claimId(), l.code(), l.line().modifiers()));
                    }
                }
                others = out.isEmpty() ? List.of() : out;
            }
            return others;
        }
    }

    private ClaimHistory(Map<Key, List<DayLine>> byDay, List<Claim> claims, Map<String, Integer> positions,
                         Map<String, OwnDays> own) {
        this.byDay = byDay;
        this.own = own;
        this.claims = claims;
        this.positions = positions;
    }

    /** No earlier claims. */
    public static ClaimHistory empty() {
        return EMPTY;
    }

    /** The index of a list of claims, in the order they were (or will be) sent. */
    public static ClaimHistory of(List<Claim> claims) {
        Map<Key, List<DayLine>> m = new HashMap<>();
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < claims.size(); i++) {
            Claim c = claims.get(i);
            positions.putIfAbsent(c.id(), i);
            if (c.patientId() == null || "8".equals(c.frequency())) {
                continue;
            }
            for (ClaimLine l : c.lines()) {
                m.computeIfAbsent(new Key(c.patientId(), c.billingNpi(), l.dateOfService()), k -> new ArrayList<>(2))
                        .add(new DayLine(c.id(), l.code(), l.units(), i, c, l));
            }
        }
        return new ClaimHistory(m, List.copyOf(claims), positions, ownDays(claims, m));
    }

    /** Each claim's days (the first claim of an id; a later one with the same id is looked up by key). */
    @SuppressWarnings("unchecked")
    private static Map<String, OwnDays> ownDays(List<Claim> claims, Map<Key, List<DayLine>> byDay) {
        Map<String, OwnDays> out = new HashMap<>();
        for (Claim c : claims) {
            if (c.patientId() == null || "8".equals(c.frequency()) || out.containsKey(c.id())) {
                continue;
            }
            List<LocalDate> dates = new ArrayList<>(1);
            for (ClaimLine l : c.lines()) {
                if (!dates.contains(l.dateOfService())) {
                    dates.add(l.dateOfService());
                }
            }
            LocalDate[] ds = dates.toArray(new LocalDate[0]);
            List<DayLine>[] lines = new List[ds.length];
            int[] before = new int[ds.length];
            for (int i = 0; i < ds.length; i++) {
                List<DayLine> day = byDay.get(new Key(c.patientId(), c.billingNpi(), ds[i]));
                int position = -1;
                boolean others = false;
                for (DayLine l : day) {
                    if (l.claimId().equals(c.id())) {
                        position = position < 0 ? l.position() : position;
                    } else {
                        others = true;
                    }
                }
                lines[i] = others ? day : null;
                before[i] = position;
            }
            out.put(c.id(), new OwnDays(c.patientId(), c.billingNpi(), ds, lines, before));
        }
        return out;
    }

    private int before(Claim claim) {
        Integer p = positions.get(claim.id());
        return p == null ? Integer.MAX_VALUE : p;
    }

    /** The claims before this one of its patient and billing provider on a date (none without a patient id). */
    public Day day(Claim claim, LocalDate dos) {
        if (claim.patientId() == null || byDay.isEmpty()) {
            return Day.NONE;
        }
        OwnDays o = own.get(claim.id());
        if (o != null && o.patientId().equals(claim.patientId()) && Objects.equals(o.billingNpi(), claim.billingNpi())) {
            Day d = o.day(claim.id(), dos);
            if (d != null) {
                return d;
            }
        }
        List<DayLine> lines = byDay.get(new Key(claim.patientId(), claim.billingNpi(), dos));
        if (lines == null) {
            return Day.NONE;
        }
        // the claim's own lines on that day carry its place in the history: no second lookup needed
        int before = -1;
        for (DayLine l : lines) {
            if (l.claimId().equals(claim.id())) {
                before = l.position();
                break;
            }
        }
        return new Day(lines, claim.id(), before >= 0 ? before : before(claim));
    }

    /**
     * Units of the lines {@code matches} accepts, billed for the claim's patient (by any provider) from {@code from}
     * to {@code to} inclusive, on earlier claims. Voided claims do not count.
     */
    public int unitsInPeriod(Claim claim, java.util.function.BiPredicate<Claim, ClaimLine> matches, LocalDate from,
                             LocalDate to) {
        if (claim.patientId() == null || claims.isEmpty()) {
            return 0;
        }
        List<DayLine> entries = patientIndex().get(claim.patientId());
        if (entries == null) {
            return 0;
        }
        int before = before(claim);
        int total = 0;
        for (DayLine e : entries) {
            LocalDate d = e.line().dateOfService();
            if (e.position() < before && !Objects.equals(e.claimId(), claim.id()) && d != null && !d.isBefore(from)
                    && !d.isAfter(to) && matches.test(e.claim(), e.line())) {
                total += e.units();
            }
        }
        return total;
    }

    private Map<String, List<DayLine>> patientIndex() {
        Map<String, List<DayLine>> m = byPatient;
        if (m == null) {
            synchronized (this) {
                m = byPatient;
                if (m == null) {
                    m = new HashMap<>();
                    for (Map.Entry<Key, List<DayLine>> e : byDay.entrySet()) {
                        m.computeIfAbsent(e.getKey().patientId(), k -> new ArrayList<>()).addAll(e.getValue());
                    }
                    byPatient = m;
                }
            }
        }
        return m;
    }
}

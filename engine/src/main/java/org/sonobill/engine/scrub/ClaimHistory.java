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
    private static final ClaimHistory EMPTY = new ClaimHistory(Map.of(), List.of());
    private final Map<Key, List<DayLine>> byDay;
    private final List<Claim> claims;
    /** Lines by patient, for frequency limits over a period; built on first use (most batches never need it). */
    private volatile Map<String, List<DayLine>> byPatient;

    /** A patient, billing provider and date. */
    private record Key(String patientId, String billingNpi, LocalDate dos) {
    }

    /** A line of a claim. */
    private record DayLine(String claimId, String code, List<String> modifiers, int units, LocalDate dos) {
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

    /** The lines of one patient, provider and date on claims other than the one scrubbed. */
    public static final class Day {
        private static final Day NONE = new Day(List.of(), null);
        private final List<DayLine> lines;
        private final String claimId;
        private List<OtherLine> others;

        private Day(List<DayLine> lines, String claimId) {
            this.lines = lines;
            this.claimId = claimId;
        }

        /** Units of a code on the other claims. */
        public int units(String code) {
            int total = 0;
            for (DayLine l : lines) {
                if (!Objects.equals(l.claimId(), claimId) && l.code().equals(code)) {
                    total += l.units();
                }
            }
            return total;
        }

        /** The other claims' lines. */
        public List<OtherLine> lines() {
            if (others == null) {
                List<OtherLine> out = new ArrayList<>(0);
                for (DayLine l : lines) {
                    if (!Objects.equals(l.claimId(), claimId)) {
                        out.add(new OtherLine(l.claimId(), l.code(), l.modifiers()));
                    }
                }
                others = out.isEmpty() ? List.of() : out;
            }
            return others;
        }
    }

    private ClaimHistory(Map<Key, List<DayLine>> byDay, List<Claim> claims) {
        this.byDay = byDay;
        this.claims = claims;
    }

    /** No earlier claims. */
    public static ClaimHistory empty() {
        return EMPTY;
    }

    /** The index of a list of claims. */
    public static ClaimHistory of(List<Claim> claims) {
        Map<Key, List<DayLine>> m = new HashMap<>();
        for (Claim c : claims) {
            if (c.patientId() == null || "8".equals(c.frequency())) {
                continue;
            }
            for (ClaimLine l : c.lines()) {
                m.computeIfAbsent(new Key(c.patientId(), c.billingNpi(), l.dateOfService()), k -> new ArrayList<>(2))
                        .add(new DayLine(c.id(), l.code(), l.modifiers(), l.units(), l.dateOfService()));
            }
        }
        return new ClaimHistory(m, List.copyOf(claims));
    }

    /** The other claims of the claim's patient and billing provider on a date (none without a patient id). */
    public Day day(Claim claim, LocalDate dos) {
        if (claim.patientId() == null || byDay.isEmpty()) {
            return Day.NONE;
        }
        List<DayLine> lines = byDay.get(new Key(claim.patientId(), claim.billingNpi(), dos));
        return lines == null ? Day.NONE : new Day(lines, claim.id());
    }

    /** Units of {@code code} on {@code dos} for the claim's patient and billing provider on claims other than it. */
    public int unitsBesides(Claim claim, String code, LocalDate dos) {
        return day(claim, dos).units(code);
    }

    /**
     * The lines billed for the claim's patient by the same billing provider on the date, on other claims: NCCI edits
     * and add-on rules apply to same-day services of one provider to one beneficiary, whichever claim carries them
     * (NCCI Policy Manual ch. I §W, ch. IX §B).
     */
    public List<OtherLine> sameDayLines(Claim claim, LocalDate dos) {
        return day(claim, dos).lines();
    }

    /**
     * Units of codes accepted by {@code code} billed for the claim's patient (by any provider) from {@code from} to
     * {@code to} inclusive, on claims other than it. Voided claims do not count.
     */
    public int unitsInPeriod(Claim claim, java.util.function.Predicate<String> code, LocalDate from, LocalDate to) {
        if (claim.patientId() == null || claims.isEmpty()) {
            return 0;
        }
        List<DayLine> entries = patientIndex().get(claim.patientId());
        if (entries == null) {
            return 0;
        }
        int total = 0;
        for (DayLine e : entries) {
            if (!Objects.equals(e.claimId(), claim.id()) && e.dos() != null && !e.dos().isBefore(from)
                    && !e.dos().isAfter(to) && code.test(e.code())) {
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

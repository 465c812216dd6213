package org.sonobill.engine.scrub;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sonobill.engine.claim.Claim;
import org.sonobill.engine.claim.ClaimLine;

/**
 * Units already billed, indexed by patient, billing provider, code and date of service, for MUE totals per date
 * across claims. Built once for a batch, then looked up per line: scrubbing a million claims stays linear.
 * Voided claims (frequency 8) do not count.
 */
public final class ClaimHistory {
    private static final ClaimHistory EMPTY = new ClaimHistory(Map.of(), List.of());
    private final Map<Key, Map<String, Integer>> unitsByClaim;
    private final List<Claim> claims;
    /** Lines by patient, for frequency limits over a period; built on first use (most batches never need it). */
    private volatile Map<String, List<Entry>> byPatient;

    /** One line of an earlier claim. */
    private record Entry(String claimId, String billingNpi, String code, List<String> modifiers, LocalDate dos,
                         int units) {
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

    private record Key(String patientId, String billingNpi, String code, LocalDate dos) {
    }

    private ClaimHistory(Map<Key, Map<String, Integer>> unitsByClaim, List<Claim> claims) {
        this.unitsByClaim = unitsByClaim;
        this.claims = claims;
    }

    /** No earlier claims. */
    public static ClaimHistory empty() {
        return EMPTY;
    }

    /** The index of a list of claims. */
    public static ClaimHistory of(List<Claim> claims) {
        Map<Key, Map<String, Integer>> m = new HashMap<>();
        for (Claim c : claims) {
            if (c.patientId() == null || "8".equals(c.frequency())) {
                continue;
            }
            for (ClaimLine l : c.lines()) {
                Key k = new Key(c.patientId(), c.billingNpi(), l.code(), l.dateOfService());
                m.computeIfAbsent(k, x -> new HashMap<>(2)).merge(c.id(), l.units(), Integer::sum);
            }
        }
        return new ClaimHistory(m, List.copyOf(claims));
    }

    /** Units of {@code code} on {@code dos} for the claim's patient and billing provider on claims other than it. */
    public int unitsBesides(Claim claim, String code, LocalDate dos) {
        if (claim.patientId() == null) {
            return 0;
        }
        Map<String, Integer> byClaim = unitsByClaim.get(new Key(claim.patientId(), claim.billingNpi(), code, dos));
        if (byClaim == null) {
            return 0;
        }
        int total = 0;
        for (Map.Entry<String, Integer> e : byClaim.entrySet()) {
            if (!Objects.equals(e.getKey(), claim.id())) {
                total += e.getValue();
            }
        }
        return total;
    }

    /**
     * Units of codes accepted by {@code code} billed for the claim's patient (by any provider) from {@code from} to
     * {@code to} inclusive, on claims other than it. Voided claims do not count.
     */
    public int unitsInPeriod(Claim claim, java.util.function.Predicate<String> code, LocalDate from, LocalDate to) {
        if (claim.patientId() == null) {
            return 0;
        }
        List<Entry> entries = patientIndex().get(claim.patientId());
        if (entries == null) {
            return 0;
        }
        int total = 0;
        for (Entry e : entries) {
            if (!Objects.equals(e.claimId(), claim.id()) && e.dos() != null && !e.dos().isBefore(from)
                    && !e.dos().isAfter(to) && code.test(e.code())) {
                total += e.units();
            }
        }
        return total;
    }

    /**
     * The lines billed for the claim's patient by the same billing provider on the date, on other claims: NCCI edits
     * and add-on rules apply to same-day services of one provider to one beneficiary, whichever claim carries them
     * (NCCI Policy Manual ch. I §W, ch. IX §B).
     */
    public List<OtherLine> sameDayLines(Claim claim, LocalDate dos) {
        if (claim.patientId() == null || claims.isEmpty()) {
            return List.of();
        }
        List<Entry> entries = patientIndex().get(claim.patientId());
        if (entries == null) {
            return List.of();
        }
        List<OtherLine> out = new java.util.ArrayList<>(0);
        for (Entry e : entries) {
            if (!Objects.equals(e.claimId(), claim.id()) && Objects.equals(e.dos(), dos)
                    && Objects.equals(e.billingNpi(), claim.billingNpi())) {
                out.add(new OtherLine(e.claimId(), e.code(), e.modifiers()));
            }
        }
        return out;
    }

    private Map<String, List<Entry>> patientIndex() {
        Map<String, List<Entry>> m = byPatient;
        if (m == null) {
            synchronized (this) {
                m = byPatient;
                if (m == null) {
                    m = new HashMap<>();
                    for (Claim c : claims) {
                        if (c.patientId() == null || "8".equals(c.frequency())) {
                            continue;
                        }
                        for (ClaimLine l : c.lines()) {
                            m.computeIfAbsent(c.patientId(), k -> new java.util.ArrayList<>())
                                    .add(new Entry(c.id(), c.billingNpi(), l.code(), l.modifiers(), l.dateOfService(),
                                            l.units()));
                        }
                    }
                    byPatient = m;
                }
            }
        }
        return m;
    }
}

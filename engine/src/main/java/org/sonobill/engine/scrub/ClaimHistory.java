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
    private static final ClaimHistory EMPTY = new ClaimHistory(Map.of());
    private final Map<Key, Map<String, Integer>> unitsByClaim;

    private record Key(String patientId, String billingNpi, String code, LocalDate dos) {
    }

    private ClaimHistory(Map<Key, Map<String, Integer>> unitsByClaim) {
        this.unitsByClaim = unitsByClaim;
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
        return new ClaimHistory(m);
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
}

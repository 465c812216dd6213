package org.sonobill.engine.scrub;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sonobill.engine.claim.ClaimLine;
import org.sonobill.engine.finding.Finding;
import org.sonobill.engine.finding.FindingCode;
import org.sonobill.engine.reference.Mue;

/**
 * Medically unlikely edits on the whole claim: MAI 1 per line; MAI 2 (absolute) and 3 (clinical) per date of service,
 * summing the claim's lines and the lines of earlier claims of the same patient and billing provider on that date.
 * (NCCI Policy Manual ch. I; CMS MUE FAQ; reference e.2.)
 */
final class MueClaimRule implements ClaimRule {

    @Override
    public List<Finding> check(ClaimSheet s) {
        List<Finding> out = new ArrayList<>();
        Map<Key, Integer> totals = new LinkedHashMap<>();
        Map<Key, ClaimLine> firstLine = new LinkedHashMap<>();
        for (ClaimLine l : s.claim.lines()) {
            if (l.dateOfService() == null) {
                continue;
            }
            Mue m = s.mue(l.dateOfService()).get(l.code());
            if (m != null && m.adjudication() == Mue.Adjudication.LINE && l.units() > m.units()) {
                out.add(excess(s.about(l, FindingCode.CLAIM_MUE_EXCEEDED, name(),
                        l.units() + " units on one line; the MUE is " + m.units() + " per line (MAI 1).",
                        "Report medically necessary extra units on separate lines with an appropriate modifier.",
                        source(s)), s, l, l.units() - m.units()));
            }
            Key key = new Key(l.code(), l.dateOfService());
            totals.merge(key, l.units(), Integer::sum);
            firstLine.putIfAbsent(key, l);
        }
        pairsAsOne(s, totals);
        Map<Key, Integer> earlier = earlierUnits(s, totals);
        for (Map.Entry<Key, Integer> e : totals.entrySet()) {
            ClaimLine l = firstLine.get(e.getKey());
            Mue m = s.mue(l.dateOfService()).get(l.code());
            int before = earlier.getOrDefault(e.getKey(), 0);
            int total = e.getValue() + before;
            if (m == null || m.adjudication() == Mue.Adjudication.LINE || total <= m.units()) {
                continue;
            }
            boolean absolute = m.adjudication() == Mue.Adjudication.DATE_POLICY;
            out.add(excess(s.about(l, absolute ? FindingCode.CLAIM_MUE_EXCEEDED : FindingCode.CLAIM_MUE_CLINICAL_EXCEEDED, name(),
                    total + " units of " + l.code() + " on " + l.dateOfService()
                            + (before > 0 ? " (" + before + " on earlier claims)" : "") + "; the MUE is " + m.units()
                            + " per date (MAI " + m.adjudication().indicator() + ", " + (absolute ? "absolute" : "clinical") + ").",
                    absolute ? "Reduce the units to " + m.units() + ": units above an MAI-2 edit are never paid."
                            : "Keep the extra units only with documentation of their necessity; expect to appeal.",
                    source(s)), s, l, Math.min(e.getValue(), total - m.units())));
        }
        return out;
    }

    /**
     * A payer that wants bilateral services as RT and LT lines gets both sides of a bilateral code (MPFS bilateral
     * indicator 1 or 3) as two lines; the MUE counts one bilateral service as 1 unit (CMS MUE FAQ: a bilateral
     * service is one unit with modifier 50), so the pair counts once.
     */
    private static void pairsAsOne(ClaimSheet s, Map<Key, Integer> totals) {
        if (s.payer == null || s.payer.bilateralStyle() != org.sonobill.engine.payer.PayerPack.BilateralStyle.RT_LT_LINES
                || s.claim.lines().size() < 2 || !s.reference.has(org.sonobill.engine.reference.DatasetKind.RVU)) {
            return;
        }
        for (Map.Entry<Key, Integer> e : totals.entrySet()) {
            int right = 0;
            int left = 0;
            for (ClaimLine l : s.claim.lines()) {
                if (l.code().equals(e.getKey().code()) && e.getKey().dos().equals(l.dateOfService())) {
                    right += l.has("RT") ? l.units() : 0;
                    left += l.has("LT") ? l.units() : 0;
                }
            }
            if (right > 0 && left > 0) {
                org.sonobill.engine.reference.RvuRow row = s.reference.feeSchedule(e.getKey().dos()).table()
                        .global(e.getKey().code());
                if (row != null && (row.bilateral() == 1 || row.bilateral() == 3)) {
                    e.setValue(e.getValue() - Math.min(right, left));
                }
            }
        }
    }

    /** A code on a date. */
    private record Key(String code, java.time.LocalDate dos) {
    }

    private static Map<Key, Integer> earlierUnits(ClaimSheet s, Map<Key, Integer> keys) {
        Map<Key, Integer> out = new LinkedHashMap<>();
        for (ClaimLine l : s.claim.lines()) {
            Key key = new Key(l.code(), l.dateOfService());
            if (keys.containsKey(key) && !out.containsKey(key)) {
                int units = s.day(l.dateOfService()).units(l.code());
                if (units > 0) {
                    out.put(key, units);
                }
            }
        }
        return out;
    }

    /** The finding costed at the excess units only: the rest of the line is paid. */
    private static Finding excess(Finding f, ClaimSheet s, ClaimLine l, int units) {
        java.math.BigDecimal unit = s.unitPrice(l);
        return unit == null || f.revenueImpact() == null ? f
                : f.costing(unit.multiply(java.math.BigDecimal.valueOf(units)).min(f.revenueImpact()));
    }

    private static String source(ClaimSheet s) {
        return "CMS NCCI " + (s.institutional ? "outpatient hospital" : "practitioner") + " MUE table; NCCI Policy Manual "
                + "ch. I; reference e.2";
    }
}

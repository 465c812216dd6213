package org.sonobill.engine.scrub;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import org.sonobill.engine.finding.Finding;
import org.sonobill.engine.finding.FindingCode;
import org.sonobill.engine.reference.Versioned;

/**
 * Says when the edit tables used were not published for the claim's dates of service (a newer quarter exists and is
 * not loaded), so that a clean result is read for what it is.
 */
final class ReferencePeriodRule implements ClaimRule {
    /** The answer per claim type and dates of service: the tables in force change only with the dates. */
    private final java.util.concurrent.ConcurrentHashMap<Object, List<Finding>> cache =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** The usual key: one claim type and one date. */
    private record OneDate(boolean institutional, LocalDate date, int generation) {
    }

    /** One-date claims, the usual case: answers by claim type and day slot, tagged with the library generation. */
    private final org.sonobill.engine.reference.ByDay<Answer> professional = new org.sonobill.engine.reference.ByDay<>();
    private final org.sonobill.engine.reference.ByDay<Answer> institutional = new org.sonobill.engine.reference.ByDay<>();

    private record Answer(int generation, List<Finding> findings) {
    }

    @Override
    public List<Finding> check(ClaimSheet s) {
        List<LocalDate> dates = s.claim.datesOfService();
        if (dates.size() == 1 && dates.get(0) != null) {
            return oneDate(s, dates.get(0));
        }
        return byKey(s, dates);
    }

    private List<Finding> oneDate(ClaimSheet s, LocalDate d) {
        int gen = s.reference.generation(); // an import changes which versions are in force
        return (s.institutional ? institutional : professional)
                .get(d, x -> new Answer(gen, compute(s)), a -> a.generation() == gen).findings();
    }

    private List<Finding> byKey(ClaimSheet s, List<LocalDate> dates) {
        int gen = s.reference.generation(); // an import changes which versions are in force
        Object key = dates.size() == 1 ? new OneDate(s.institutional, dates.get(0), gen)
                : List.of(s.institutional, dates, gen);
        List<Finding> hit = cache.get(key);
        if (hit == null) {
            hit = compute(s);
            if (cache.size() < 10_000) {
                cache.put(key, hit);
            }
        }
        return hit;
    }

    private List<Finding> compute(ClaimSheet s) {
        TreeSet<String> stale = new TreeSet<>();
        for (LocalDate d : s.claim.datesOfService()) {
            if (d == null) {
                continue;
            }
            note(stale, s.reference.ptp(s.institutional, d), d);
            note(stale, s.reference.mue(s.institutional, d), d);
            note(stale, s.reference.addOns(d), d);
            note(stale, s.reference.icd10cm(d), d);
            // the fee schedule and GPCIs price the expected payment: an old release understates or overstates it
            if (s.reference.has(org.sonobill.engine.reference.DatasetKind.RVU)) {
                note(stale, s.reference.feeSchedule(d), d);
            }
            if (s.reference.has(org.sonobill.engine.reference.DatasetKind.GPCI)) {
                note(stale, s.reference.gpci(d), d);
            }
        }
        if (stale.isEmpty()) {
            return List.of();
        }
        return List.of(s.claimFinding(FindingCode.REFERENCE_VERSION_FALLBACK, name(),
                "Edit tables not published for these dates of service were used: " + String.join("; ", stale) + ".",
                "Import the releases in force with `sonobill data import KIND FILE --effective YYYY-MM-DD`.",
                "CMS quarterly NCCI/MUE/add-on releases; ICD-10-CM fiscal years; CMS PFS relative value and GPCI files"));
    }

    private static void note(TreeSet<String> stale, Versioned.Selection<?> sel, LocalDate d) {
        if (sel.fallback()) {
            stale.add(sel.version().label() + (d.isBefore(sel.version().effective()) ? " (effective from "
                    + sel.version().effective() + ")" : " (published for dates through " + sel.version().coveredThrough() + ")"));
        }
    }
}

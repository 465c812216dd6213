package org.sonobill.engine.scrub;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.sonobill.engine.claim.ClaimLine;
import org.sonobill.engine.coverage.CoverageArticle;
import org.sonobill.engine.coverage.CoverageFrequency;
import org.sonobill.engine.coverage.CoverageLibrary;
import org.sonobill.engine.finding.Finding;
import org.sonobill.engine.finding.FindingCode;

/**
 * Medical necessity under Medicare local coverage articles: a line whose code an article in force governs (the
 * article of the claim's state, or every contractor's when the claim names no state) needs a pointed diagnosis on the
 * article's covered list. Otherwise the finding says which diagnosis of the claim is covered (point to it), or
 * suggests an ABN and modifier GA; GA/GZ already on the line settle the liability (Medicare Claims Processing Manual
 * ch. 30 §40.3.6, §50). Frequency limits of the LCD count the patient's earlier claims.
 */
final class MedicalNecessityRule implements ClaimRule {
    private final CoverageLibrary coverage;

    MedicalNecessityRule(CoverageLibrary coverage) {
        this.coverage = coverage;
    }

    @Override
    public String name() {
        return "MedicalNecessity";
    }

    @Override
    public List<Finding> check(ClaimSheet s) {
        if (s.payer == null || !s.payer.medicareCoverage()) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        for (ClaimLine l : s.claim.lines()) {
            List<CoverageArticle> articles = coverage.applicable(l.code(), l.dateOfService(), s.claim.state());
            if (articles.isEmpty()) {
                continue;
            }
            List<String> dx = s.claim.diagnosesOf(l);
            boolean covered = articles.stream().anyMatch(a -> dx.stream().anyMatch(d -> a.covers(l.code(), d)));
            if (covered) {
                frequency(s, l, articles, out);
                continue;
            }
            String cite = articles.stream().map(CoverageArticle::citation).collect(Collectors.joining("; "));
            String ids = articles.stream().map(CoverageArticle::id).collect(Collectors.joining(", "));
            String where = s.claim.state() == null ? " (the claim names no state, so every contractor's article was tried)"
                    : " (" + s.claim.state() + ")";
            String listed = dx.isEmpty() ? "no diagnosis" : (dx.size() == 1 ? "diagnosis " : "diagnoses ") + String.join(", ", dx);
            String subject = dx.isEmpty() ? "the line points to no diagnosis, so it is" : listed + (dx.size() == 1 ? " is" : " are");
            if (l.has("GA") || l.has("GZ")) {
                out.add(s.about(l, FindingCode.COVERAGE_LIABILITY_DECLARED, name(), subject + " not on the covered list of "
                                + ids + where + "; " + (l.has("GA") ? "GA: a signed ABN makes the patient liable if Medicare denies."
                                : "GZ: no ABN, the practice is liable when Medicare denies."),
                        l.has("GA") ? "Keep the signed ABN with the record." : "Expect a denial (CO-50); bill only if the record supports necessity.",
                        cite));
                continue;
            }
            Set<String> better = new LinkedHashSet<>();
            for (String d : s.claim.diagnoses()) {
                if (!dx.contains(d) && articles.stream().anyMatch(a -> a.covers(l.code(), d))) {
                    better.add(d);
                }
            }
            if (!better.isEmpty()) {
                out.add(s.about(l, FindingCode.COVERAGE_DIAGNOSIS_NOT_POINTED, name(), "the line points to " + listed
                                + ", not on the covered list of " + ids + where + "; the claim's " + String.join(", ", better)
                                + (better.size() == 1 ? " is" : " are") + " covered.",
                        "Point the line to " + String.join(" or ", better) + " if the order and report support it for this study.",
                        cite));
                continue;
            }
            boolean complete = articles.stream().anyMatch(CoverageArticle::complete);
            if (!complete) {
                out.add(s.about(l, FindingCode.COVERAGE_NOT_IN_PARTIAL_LIST, name(), subject
                                + " not found in the part of " + ids + "'s covered list that SonoBill holds" + where
                                + "; the full article may still cover it.",
                        "Check the diagnosis against the current article on the CMS coverage database; if not covered, "
                                + "obtain an ABN before the service and add GA, or choose a covered diagnosis the record supports.",
                        cite));
                continue;
            }
            out.add(s.about(l, FindingCode.COVERAGE_NOT_COVERED, name(), subject + " not on the covered list of " + ids
                            + where + ": Medicare denies it as not reasonable and necessary (CO-50).",
                    "Code the sign, symptom or condition the order documents if it is on the list; otherwise the patient "
                            + "is liable only with a signed ABN (add GA), else the practice writes it off (GZ).",
                    cite));
        }
        return out;
    }

    private static void frequency(ClaimSheet s, ClaimLine l, List<CoverageArticle> articles, List<Finding> out) {
        if (l.dateOfService() == null) {
            return;
        }
        for (CoverageArticle a : articles) {
            for (CoverageFrequency f : a.frequency()) {
                if (!f.codes().contains(l.code())) {
                    continue;
                }
                LocalDate from = l.dateOfService().minusDays(f.periodDays() - 1L);
                int here = 0;
                for (ClaimLine o : s.claim.lines()) {
                    if (o.number() <= l.number() && f.codes().contains(o.code()) && o.dateOfService() != null
                            && !o.dateOfService().isBefore(from) && !o.dateOfService().isAfter(l.dateOfService())) {
                        here += o.units();
                    }
                }
                int before = s.context.history().unitsInPeriod(s.claim, (c, o) -> f.codes().contains(o.code()), from,
                        l.dateOfService());
                if (here + before > f.max()) {
                    out.add(s.about(l, FindingCode.COVERAGE_FREQUENCY_EXCEEDED, "MedicalNecessity",
                            (here + before) + " of " + String.join("/", f.codes()) + " in " + f.periodDays() + " days ("
                                    + before + " on earlier claims); " + a.id() + " allows " + f.max() + ". " + f.note(),
                            "Bill it only with documentation of the change in condition the LCD asks for; otherwise "
                                    + "take an ABN and add GA.",
                            f.source() + "; " + a.citation()));
                }
            }
        }
    }
}

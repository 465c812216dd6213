package org.sonobill.report.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sonobill.engine.study.Laterality;
import org.sonobill.engine.study.Procedure;
import org.sonobill.report.lexicon.Lexicon;
import org.sonobill.report.lexicon.PhraseMatcher;
import org.sonobill.report.text.SectionKind;

/**
 * Reads ultrasound-guided procedures (procedures.tsv): a procedure counts only when the report says ultrasound guided
 * it. Real-time needle visualisation and a recorded image are read for 76942 and +76937 (reference US-DOC-006/007);
 * for vascular access, the evaluation of sites and the vessel's patency.
 */
final class ProcedureReading {
    private static final Set<SectionKind> WHERE = Set.of(SectionKind.TITLE, SectionKind.TECHNIQUE,
            SectionKind.FINDINGS, SectionKind.IMPRESSION);
    private static final Set<String> PAIRED = Set.of("breast", "extremity", "upper-extremity", "lower-extremity");

    List<Procedure> read(Reading r, String examRegion, Laterality examSide) {
        List<PhraseMatcher.Match<Lexicon.ProcedureTerm>> found = r.find(r.lexicon.procedures(), WHERE);
        if (found.isEmpty()) {
            return List.of();
        }
        PhraseMatcher.Match<String> guided = first(r, "guided");
        if (guided == null) {
            r.review("RPT-PROCEDURE-GUIDANCE", "procedures", "The report describes \"" + r.span(found.get(0).first(),
                    found.get(0).end()) + "\" but does not say ultrasound guided it: code the procedure by hand.",
                    found.get(0).first(), found.get(0).end());
            return List.of();
        }
        PhraseMatcher.Match<String> realTime = first(r, "realtime");
        PhraseMatcher.Match<String> saved = first(r, "image-saved");
        PhraseMatcher.Match<String> sites = first(r, "sites");
        PhraseMatcher.Match<String> patent = first(r, "patent");
        List<Procedure> out = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (PhraseMatcher.Match<Lexicon.ProcedureTerm> m : found) {
            Lexicon.ProcedureTerm term = m.value();
            String region = term.region().equals("from-exam") ? examRegion : term.region();
            if (region == null) {
                r.review("RPT-PROCEDURE-REGION", "procedures", "The report describes a guided " + term.name()
                        + " but not where: code the procedure by hand.", m.first(), m.end());
                continue;
            }
            if (term.primaryCode().equals("19083") && !region.equals("breast")) {
                r.review("RPT-PROCEDURE-CODE", "procedures", "A guided " + term.name() + " of the " + region
                        + " has its own code (not the breast biopsy 19083): code the procedure by hand.", m.first(),
                        m.end());
                continue;
            }
            if (codes.contains(term.primaryCode())) {
                continue;
            }
            codes.add(term.primaryCode());
            Laterality side = null;
            if (PAIRED.contains(region)) {
                side = Sides.at(r, m.first());
                if (side == null) {
                    side = examSide;
                }
                if (side == null) {
                    r.review("RPT-SIDE", "procedures", "The guided " + term.name() + " does not say which side.",
                            m.first(), m.end());
                }
            }
            r.evidence("procedures", term.primaryCode() + " " + term.name() + " (" + region
                    + (side == null ? "" : ", " + side.key()) + ")", m.first(), m.end(), "procedures.tsv");
            r.evidence("procedures.guided", "ultrasound guidance", guided.first(), guided.end(), "cues.tsv guided");
            if (realTime != null) {
                r.evidence("procedures.realTimeNeedle", "true", realTime.first(), realTime.end(), "cues.tsv realtime");
            }
            if (saved != null) {
                r.evidence("procedures.imageRecorded", "true", saved.first(), saved.end(), "cues.tsv image-saved");
            }
            out.add(new Procedure(term.kind(), term.primaryCode(), region, side, realTime != null, saved != null,
                    sites != null, patent != null, 1, List.of()));
        }
        return out;
    }

    private static PhraseMatcher.Match<String> first(Reading r, String kind) {
        List<PhraseMatcher.Match<String>> all = r.find(r.lexicon.cues(kind), WHERE);
        return all.isEmpty() ? null : all.get(0);
    }
}

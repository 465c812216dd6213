package org.sonobill.engine.coding.internal;

import java.util.List;
import org.sonobill.engine.catalogue.ExamFamily;

/**
 * Non-vascular extremity: 76881 only for a complete evaluation of a joint; any non-joint region is always
 * limited 76882 (CPT Assistant Sept 2016; reference US-EXT-001/002).
 */
final class ExtremitySelector implements ExamSelector {

    @Override
    public void select(Worksheet w, ExamFamily f) {
        if (w.study.laterality() == null) {
            StudyChecks.lateralityMissing(w, f);
            return;
        }
        // a known limb makes the region precise (upper or lower extremity) for same-region and NCCI tests
        String region = w.examRegion(f);
        String target = w.study.target();
        if (target == null) {
            StudyChecks.detailMissing(w, f, "target", "\"joint\" or \"non-joint\"");
            return;
        }
        if (target.equals("non-joint")) {
            w.addLine(f.limited(), 1, WorkLine.Origin.EXAM, w.study.laterality(), true, region,
                    "Extremity, non-joint region (tendon, muscle, mass, nerve): always the limited code.", f.source());
            return;
        }
        List<String> required = f.list("elements");
        List<String> missing = Completeness.missing(w, required);
        Completeness.warnUnexplained(w, required, f.complete());
        if (missing.isEmpty()) {
            w.addLine(f.complete(), 1, WorkLine.Origin.EXAM, w.study.laterality(), true, region,
                    "Extremity joint: joint space, muscles, tendons and soft tissue all documented (complete).", f.source());
        } else {
            w.addLine(f.limited(), 1, WorkLine.Origin.EXAM, w.study.laterality(), true, region,
                    "Extremity joint: limited, because " + Completeness.wordsList(missing)
                            + Completeness.isAre(missing) + " not documented.", f.source());
            Completeness.limited(w, f.complete(), f.limited(), missing);
        }
    }
}

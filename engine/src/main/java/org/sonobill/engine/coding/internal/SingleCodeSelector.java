package org.sonobill.engine.coding.internal;

import java.util.List;
import org.sonobill.engine.catalogue.ExamFamily;

/**
 * Families with one code (neck, chest, scrotum, transrectal, infant head, spine, nerve, dialysis access...). When
 * the catalogue lists elements for such a code, a reduced study takes modifier 52, since no limited code exists.
 */
final class SingleCodeSelector implements ExamSelector {

    @Override
    public void select(Worksheet w, ExamFamily f) {
        if (f.duplex() && !Duplex.documented(w, f)) {
            return;
        }
        if (f.paired() && w.study.laterality() == null) {
            StudyChecks.lateralityMissing(w, f);
            return;
        }
        String code = f.text("code");
        String region = w.examRegion(f);
        WorkLine line = w.addLine(code, 1, WorkLine.Origin.EXAM, f.paired() ? w.study.laterality() : null, f.paired(),
                region, f.name() + ": a single code describes this exam.", f.source());
        List<String> required = f.list("elements");
        if (required.isEmpty()) {
            return;
        }
        List<String> missing = Completeness.missing(w, required);
        Completeness.warnUnexplained(w, required, code);
        if (missing.isEmpty()) {
            line.explain("All of " + Completeness.wordsList(required) + " are documented.");
        } else {
            ReducedService.apply(w, line, missing, required);
        }
    }
}

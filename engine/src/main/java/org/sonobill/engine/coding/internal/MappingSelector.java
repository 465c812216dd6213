package org.sonobill.engine.coding.internal;

import org.sonobill.engine.catalogue.ExamFamily;
import org.sonobill.engine.study.Laterality;

/** Pre-access vessel mapping: bilateral 93985, unilateral 93986 (reference a.6). */
final class MappingSelector implements ExamSelector {

    @Override
    public void select(Worksheet w, ExamFamily f) {
        if (!Duplex.documented(w, f)) {
            return;
        }
        Laterality lat = w.study.laterality();
        if (lat == null) {
            StudyChecks.lateralityMissing(w, f);
            return;
        }
        if (lat == Laterality.BILATERAL) {
            w.addLine(f.text("bilateralCode"), 1, WorkLine.Origin.EXAM, null, false, f.region(),
                    f.name() + " of both arms: the bilateral code.", f.source());
        } else {
            w.addLine(f.text("unilateralCode"), 1, WorkLine.Origin.EXAM, lat, false, f.region(),
                    f.name() + " of one arm: the unilateral code.", f.source());
        }
    }
}

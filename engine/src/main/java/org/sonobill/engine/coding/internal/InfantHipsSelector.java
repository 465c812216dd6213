package org.sonobill.engine.coding.internal;

import org.sonobill.engine.catalogue.ExamFamily;

/** Infant hips: dynamic with physician manipulation 76885, otherwise limited static 76886 (reference a.1). */
final class InfantHipsSelector implements ExamSelector {

    @Override
    public void select(Worksheet w, ExamFamily f) {
        if (w.study.dynamic()) {
            w.addLine(f.text("dynamicCode"), 1, WorkLine.Origin.EXAM, null, false, f.region(),
                    "Infant hips with dynamic manipulation by the physician.", f.source());
        } else {
            w.addLine(f.text("staticCode"), 1, WorkLine.Origin.EXAM, null, false, f.region(),
                    "Infant hips, static images without manipulation: the limited code.", f.source());
        }
    }
}

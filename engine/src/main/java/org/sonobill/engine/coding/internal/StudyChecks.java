package org.sonobill.engine.coding.internal;

import org.sonobill.engine.catalogue.ExamFamily;
import org.sonobill.engine.finding.FindingCode;

/** Findings shared by several selectors when a code-deciding fact is missing. */
final class StudyChecks {
    private StudyChecks() {
    }

    static void lateralityMissing(Worksheet w, ExamFamily f) {
        w.add(FindingCode.LATERALITY_MISSING, "LateralityRequired",
                f.name() + " is coded per side, but the study does not say which side (right, left or bilateral).",
                "Record the laterality of the study; the side decides RT/LT, bilateral reporting and the code.",
                "CMS Claims Processing Manual ch. 12 §40.7 (bilateral); reference d (RT/LT on paired structures)");
    }

    static void detailMissing(Worksheet w, ExamFamily f, String field, String expected) {
        w.add(FindingCode.EXAM_DETAIL_MISSING, "ExamDetailRequired",
                f.name() + " needs \"" + field + "\" (" + expected + ") to choose its code; it is not recorded.",
                "Record the " + field + " studied.", f.source());
    }
}

package org.sonobill.engine.coding.internal;

import java.util.List;
import org.sonobill.engine.finding.Finding;
import org.sonobill.engine.finding.FindingCode;

/**
 * Modifier 52 for a reduced service, used only where no limited code exists (CPT modifier 52; ACEP Now 2019:
 * "do not use 52 instead of an existing limited code"; reference d).
 */
final class ReducedService {
    private ReducedService() {
    }

    /**
     * Applies 52, or — when none of the required elements is documented — removes the line: a study with nothing of
     * the service documented is not a reduced service, it is not supported at all.
     */
    static void apply(Worksheet w, WorkLine line, List<String> missing, List<String> required) {
        if (missing.size() == required.size()) {
            w.lines.remove(line);
            w.addAbout(line.code, FindingCode.NO_ELEMENTS_DOCUMENTED, "ReducedService",
                    "None of the elements " + line.code + " needs (" + Completeness.wordsList(required)
                            + ") is documented: not even a reduced service is supported.",
                    "Document what was examined (or why it could not be seen); otherwise do not bill " + line.code + ".",
                    "CPT diagnostic ultrasound guidelines; reference US-DOC-002");
            return;
        }
        apply(w, line, missing);
    }

    private static void apply(Worksheet w, WorkLine line, List<String> missing) {
        line.modifiers.add("52");
        line.explain("Modifier 52: " + Completeness.wordsList(missing) + Completeness.isAre(missing)
                + " not documented and " + line.code + " has no limited code.");
        w.add(Finding.of(FindingCode.REDUCED_SERVICE, "ReducedService",
                line.code + " is reported with modifier 52 (reduced service): " + Completeness.wordsList(missing)
                        + " not documented, and no limited code exists.",
                "Document " + Completeness.wordsList(missing) + " (or why not seen) to bill the full service.",
                "CPT Appendix A, modifier 52; reference d (52 only where no limited code exists)").about(line.code));
    }
}

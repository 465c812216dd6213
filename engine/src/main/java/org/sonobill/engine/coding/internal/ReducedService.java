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

    static void apply(Worksheet w, WorkLine line, List<String> missing) {
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

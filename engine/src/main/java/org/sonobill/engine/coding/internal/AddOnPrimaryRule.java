package org.sonobill.engine.coding.internal;

import java.util.LinkedHashSet;
import java.util.Set;
import org.sonobill.engine.finding.FindingCode;
import org.sonobill.engine.reference.AddOnEdit;
import org.sonobill.engine.reference.AddOnTable;

/**
 * An add-on code needs an eligible primary on the same date: type 1 only the listed primaries, type 3 the listed
 * ones (others at the payer's discretion), type 2 any primary (CMS add-on code edits; NCCI Policy Manual ch. I;
 * reference e.3).
 */
final class AddOnPrimaryRule implements CodingRule {

    @Override
    public void apply(Worksheet w) {
        AddOnTable aoc = w.addOns();
        for (WorkLine l : w.lines) {
            AddOnEdit edit = aoc.get(l.code);
            if (edit == null) {
                continue;
            }
            Set<String> candidates = new LinkedHashSet<>(w.primaryCodes);
            // a guidance add-on's primary is the guided procedure, never the diagnostic study beside it
            boolean guidanceAddOn = l.origin == WorkLine.Origin.GUIDANCE;
            for (WorkLine o : w.lines) {
                if (o != l && !aoc.isAddOn(o.code) && !guidanceAddOn) {
                    candidates.add(o.code);
                }
            }
            boolean ok = candidates.stream().anyMatch(edit::acceptsPrimary) && !candidates.isEmpty();
            if (ok) {
                l.explain("Add-on code with its primary on the same date (CMS add-on edit type " + edit.type() + ").");
                continue;
            }
            String listed = edit.primaries().isEmpty() ? "any primary procedure" : String.join(", ", edit.primaries().stream().sorted().toList());
            w.addAbout(l.code, FindingCode.ADDON_WITHOUT_PRIMARY, name(),
                    "+" + l.code + " is an add-on code and no eligible primary is reported on this date (eligible: "
                            + listed + ").",
                    "Report the primary procedure (or record its code in procedures[].primaryCode); an add-on alone is "
                            + "denied (CO-B15).",
                    "CMS NCCI add-on code edits (type " + edit.type() + "); NCCI Policy Manual ch. I");
        }
    }
}

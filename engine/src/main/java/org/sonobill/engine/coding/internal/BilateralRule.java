package org.sonobill.engine.coding.internal;

import java.util.ArrayList;
import java.util.List;
import org.sonobill.engine.payer.PayerPack;
import org.sonobill.engine.reference.RvuRow;
import org.sonobill.engine.study.Laterality;

/**
 * Bilateral studies of paired structures by the MPFS bilateral surgery indicator of the code: 1 → one line with
 * modifier 50 (or RT and LT lines for a payer that wants them); 2 → already bilateral, one line; 0, 3 or 9 → RT and
 * LT lines (CMS Claims Processing Manual ch. 12 §40.7; reference e.4).
 */
final class BilateralRule implements CodingRule {

    @Override
    public void apply(Worksheet w) {
        List<WorkLine> out = new ArrayList<>();
        for (WorkLine l : w.lines) {
            if (!l.paired || l.laterality != Laterality.BILATERAL) {
                out.add(l);
                continue;
            }
            RvuRow row = w.feeSchedule().global(l.code);
            if (row == null) {
                w.addAbout(l.code, org.sonobill.engine.finding.FindingCode.FEE_SCHEDULE_ROW_MISSING, name(),
                        "The fee-schedule file in use has no row for " + l.code + ": its bilateral indicator is unknown, "
                                + "so both sides are reported as RT and LT lines.",
                        "Import the current MPFS RVU file (sonobill data import rvu), or check the code.",
                        "CMS MPFS relative value file (BILAT SURG)");
            }
            int ind = row == null ? 9 : row.bilateral();
            if (ind == 2) {
                l.laterality = null;
                l.explain("Both sides: the code is bilateral by definition (bilateral indicator 2), one line.");
                out.add(l);
            } else if (ind == 1 && w.payer.bilateralStyle() == PayerPack.BilateralStyle.MODIFIER_50) {
                l.laterality = null;
                l.modifiers.add("50");
                l.explain("Both sides: one line with modifier 50 and 1 unit (bilateral indicator 1; " + w.payer.name() + ").");
                out.add(l);
            } else {
                String why = ind == 1 ? "bilateral indicator 1, and " + w.payer.name() + " wants RT and LT lines"
                        : "bilateral indicator " + ind + ": modifier 50 does not apply";
                WorkLine right = l.copyFor(Laterality.RIGHT);
                right.explain("Right side (" + why + ").");
                WorkLine left = l.copyFor(Laterality.LEFT);
                left.explain("Left side (" + why + ").");
                left.secondSideOfBilateralUnit = ind == 1;
                out.add(right);
                out.add(left);
            }
        }
        w.lines.clear();
        w.lines.addAll(out);
    }
}

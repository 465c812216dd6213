package org.sonobill.engine.coding.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.sonobill.engine.finding.FindingCode;
import org.sonobill.engine.reference.PtpEdit;
import org.sonobill.engine.reference.PtpTable;

/**
 * NCCI procedure-to-procedure edits between the study's lines, and between a separately billed primary procedure
 * and our lines. Indicator 0: the column-2 code is dropped. Indicator 1: a bypass is allowed only for distinct
 * services (another anatomic site or side, another fetus): RT/LT already say so; otherwise the payer's distinct
 * modifier (XS, or 59) goes on the column-2 code; not distinct → dropped. Indicator 9: no edit. (NCCI Policy Manual
 * ch. I §E and ch. IX; reference NCCI-US-12.)
 */
final class NcciPairRule implements CodingRule {
    private static final String SOURCE = "CMS NCCI PTP edits (%s); NCCI Policy Manual ch. I (modifiers and modifier indicators)";

    @Override
    public void apply(Worksheet w) {
        if (w.lines.size() < 2 && w.primaryCodes.isEmpty()) {
            return;
        }
        PtpTable ptp = w.ptp();
        String tableLabel = w.institutional ? "hospital outpatient table" : "practitioner table";
        Set<WorkLine> dropped = new LinkedHashSet<>();
        for (String primary : w.primaryCodes) {
            for (WorkLine l : w.lines) {
                PtpEdit e = ptp.find(primary, l.code, w.dos);
                if (e != null && e.modifierIndicator() != 9) {
                    dropped.add(l);
                    FindingCode code = e.modifierIndicator() == 0 ? FindingCode.PTP_COLUMN2_NOT_ALLOWED : FindingCode.PTP_NOT_DISTINCT;
                    w.addAbout(l.code, code, name(),
                            l.code + " is a column-2 code of the guided procedure " + primary + " (modifier indicator "
                                    + e.modifierIndicator() + ", " + e.rationale() + "): not separately reportable with it.",
                            e.modifierIndicator() == 0 ? "Remove " + l.code + "; no modifier can bypass this edit."
                                    : "Remove " + l.code + " unless it was for a different procedure or site than " + primary + ".",
                            String.format(SOURCE, tableLabel));
                }
            }
        }
        List<WorkLine> lines = new ArrayList<>(w.lines);
        for (WorkLine a : lines) {
            for (WorkLine b : lines) {
                if (a == b || a.code.equals(b.code) || dropped.contains(a) || dropped.contains(b)) {
                    continue;
                }
                PtpEdit e = ptp.find(a.code, b.code, w.dos);
                if (e == null || e.modifierIndicator() == 9) {
                    continue;
                }
                pair(w, a, b, e, dropped, tableLabel);
            }
        }
        w.lines.removeAll(dropped);
    }

    private void pair(Worksheet w, WorkLine col1, WorkLine col2, PtpEdit e, Set<WorkLine> dropped, String table) {
        String src = String.format(SOURCE, table);
        if (e.modifierIndicator() == 0) {
            dropped.add(col2);
            w.addAbout(col2.code, FindingCode.PTP_COLUMN2_NOT_ALLOWED, name(),
                    col2.code + " is not payable with " + col1.code + " on the same date (NCCI pair, modifier indicator 0: "
                            + e.rationale() + ").",
                    "Remove " + col2.code + "; no modifier bypasses an indicator-0 edit.", src);
            return;
        }
        boolean otherSide = col1.sideModifier() != null && col2.sideModifier() != null
                && !col1.sideModifier().equals(col2.sideModifier());
        boolean otherFetus = col1.fetus != col2.fetus && col1.fetus > 0 && col2.fetus > 0;
        boolean otherRegion = col1.regionGroup != null && col2.regionGroup != null
                && !col1.regionGroup.equals("any") && !col2.regionGroup.equals("any")
                && !Objects.equals(col1.regionGroup, col2.regionGroup);
        if (otherSide) {
            col2.explain("NCCI pair with " + col1.code + " (indicator 1) bypassed by the anatomic modifiers "
                    + col1.sideModifier() + "/" + col2.sideModifier() + ".");
            return;
        }
        if (otherRegion || otherFetus) {
            String mod = w.payer.distinctModifier();
            col2.modifiers.add(mod);
            col2.explain("Modifier " + mod + ": distinct from " + col1.code + " (" + (otherRegion
                    ? "different anatomic region: " + col2.regionGroup + " vs " + col1.regionGroup : "another fetus")
                    + "), and the NCCI pair allows a modifier (indicator 1).");
            w.addAbout(col2.code, FindingCode.DISTINCT_SERVICE_MODIFIER, name(),
                    col2.code + " and " + col1.code + " form an NCCI pair with modifier indicator 1 (" + e.rationale()
                            + "); they are distinct services, so " + col2.code + " carries " + mod + ".",
                    "Make sure the report shows the separate site or structure.", src);
            return;
        }
        dropped.add(col2);
        w.addAbout(col2.code, FindingCode.PTP_NOT_DISTINCT, name(),
                col2.code + " is bundled into " + col1.code + " (NCCI pair, modifier indicator 1: " + e.rationale()
                        + ") and the documentation shows no separate site, side or encounter.",
                "Remove " + col2.code + ", or document the distinct site or session that justifies a bypass modifier.", src);
    }
}

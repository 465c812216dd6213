package org.sonobill.engine.coding.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sonobill.engine.finding.FindingCode;
import org.sonobill.engine.reference.PtpEdit;
import org.sonobill.engine.reference.PtpTable;
import org.sonobill.engine.study.Laterality;
import org.sonobill.engine.study.Procedure;

/**
 * NCCI procedure-to-procedure edits between the study's lines, and between each separately billed primary procedure
 * and our lines. Indicator 0: the column-2 code is dropped. Indicator 1: a bypass is allowed only for distinct
 * services — another anatomic region, limb or side, or another fetus ({@link Regions}); RT/LT already say so,
 * otherwise the payer's distinct modifier (XS, or 59) goes on the column-2 code; not distinct → dropped; not
 * documented well enough to tell → kept for a person. Indicator 9: no edit. A guidance line is the guidance of its
 * own procedure, so an edit between that procedure and its guidance is never bypassed. (NCCI Policy Manual ch. I §E
 * and ch. IX; reference NCCI-US-12.)
 */
final class NcciPairRule implements CodingRule {
    private static final String SOURCE = "CMS NCCI PTP edits (%s); NCCI Policy Manual ch. I §E (modifiers and modifier "
            + "indicators)";

    @Override
    public void apply(Worksheet w) {
        if (w.lines.size() < 2 && w.primaryCodes.isEmpty()) {
            return;
        }
        PtpTable ptp = w.ptp();
        String src = String.format(SOURCE, w.institutional ? "hospital outpatient table" : "practitioner table");
        Set<WorkLine> dropped = new LinkedHashSet<>();
        for (Procedure p : w.study.procedures()) {
            if (p.primaryCode() != null) {
                primary(w, ptp, p, dropped, src);
            }
        }
        List<WorkLine> lines = new ArrayList<>(w.lines);
        for (WorkLine a : lines) {
            for (WorkLine b : lines) {
                if (a == b || a.code.equals(b.code) || dropped.contains(a) || dropped.contains(b)) {
                    continue;
                }
                PtpEdit e = ptp.find(a.code, b.code, w.dos);
                if (e != null && e.modifierIndicator() != 9) {
                    pair(w, a, b, e, dropped, src);
                }
            }
        }
        w.lines.removeAll(dropped);
    }

    /** The primary procedure as column 1 against its own guidance line and the study's exam lines. */
    private void primary(Worksheet w, PtpTable ptp, Procedure p, Set<WorkLine> dropped, String src) {
        for (WorkLine l : w.lines) {
            boolean own = l.procedure == p;
            if (dropped.contains(l)) {
                continue;
            }
            PtpEdit e = ptp.find(p.primaryCode(), l.code, w.dos);
            if (e == null || e.modifierIndicator() == 9) {
                continue;
            }
            if (own || e.modifierIndicator() == 0) {
                dropped.add(l);
                w.addAbout(l.code, e.modifierIndicator() == 0 ? FindingCode.PTP_COLUMN2_NOT_ALLOWED : FindingCode.PTP_NOT_DISTINCT,
                        name(), l.code + " is a column-2 code of " + (own ? "the procedure it guided, " : "")
                                + p.primaryCode() + " (modifier indicator " + e.modifierIndicator() + ": " + e.rationale()
                                + "), not separately reportable with it.",
                        e.modifierIndicator() == 0 ? "Remove " + l.code + "; no modifier can bypass this edit."
                                : "Remove " + l.code + "; it is part of " + p.primaryCode() + ".", src);
                continue;
            }
            Regions.Match m = Regions.compare(w.catalogue, p.region(), p.laterality(), l.regionGroup,
                    l.side(w.study.laterality()));
            decide(w, p.primaryCode(), l, e, m, false, dropped, src);
        }
    }

    private void pair(Worksheet w, WorkLine col1, WorkLine col2, PtpEdit e, Set<WorkLine> dropped, String src) {
        if (e.modifierIndicator() == 0) {
            dropped.add(col2);
            w.addAbout(col2.code, FindingCode.PTP_COLUMN2_NOT_ALLOWED, name(),
                    col2.code + " is not payable with " + col1.code + " on the same date (NCCI pair, modifier indicator 0: "
                            + e.rationale() + ").",
                    "Remove " + col2.code + "; no modifier bypasses an indicator-0 edit.", src);
            return;
        }
        if (col1.sideModifier() != null && col2.sideModifier() != null && !col1.sideModifier().equals(col2.sideModifier())) {
            col2.explain("NCCI pair with " + col1.code + " (indicator 1) bypassed by the anatomic modifiers "
                    + col1.sideModifier() + "/" + col2.sideModifier() + ".");
            return;
        }
        if (col1.fetus > 0 && col2.fetus > 0 && col1.fetus != col2.fetus) {
            decide(w, col1.code, col2, e, Regions.Match.DIFFERENT, true, dropped, src);
            return;
        }
        Laterality studySide = w.study.laterality();
        Regions.Match m = Regions.compare(w.catalogue, col1.regionGroup, col1.side(studySide), col2.regionGroup,
                col2.side(studySide));
        decide(w, col1.code, col2, e, m, false, dropped, src);
    }

    /** Indicator 1: bypass for distinct services, drop for the same, ask when the record does not say. */
    private void decide(Worksheet w, String col1, WorkLine col2, PtpEdit e, Regions.Match m, boolean fetus,
                        Set<WorkLine> dropped, String src) {
        switch (m) {
            case DIFFERENT -> {
                String mod = w.payer.distinctModifier();
                col2.modifiers.add(mod);
                col2.explain("Modifier " + mod + ": distinct from " + col1 + " (" + (fetus ? "another fetus"
                        : "a different anatomic region or side") + "), and the NCCI pair allows a modifier (indicator 1).");
                w.addAbout(col2.code, FindingCode.DISTINCT_SERVICE_MODIFIER, name(),
                        col2.code + " and " + col1 + " form an NCCI pair with modifier indicator 1 (" + e.rationale()
                                + "); they are distinct services, so " + col2.code + " carries " + mod + ".",
                        "Make sure the report shows the separate site or structure.", src);
            }
            case SAME -> {
                dropped.add(col2);
                w.addAbout(col2.code, FindingCode.PTP_NOT_DISTINCT, name(),
                        col2.code + " is bundled into " + col1 + " (NCCI pair, modifier indicator 1: " + e.rationale()
                                + ") and the documentation shows no separate site, side or encounter.",
                        "Remove " + col2.code + ", or document the distinct site or session that justifies a bypass "
                                + "modifier.", src);
            }
            case UNSURE -> w.addAbout(col2.code, FindingCode.PTP_DISTINCTNESS_UNKNOWN, name(),
                    col2.code + " and " + col1 + " form an NCCI pair with modifier indicator 1 (" + e.rationale()
                            + "), and the documentation does not say whether they were on the same limb or side.",
                    "Record the limb (`limb`: upper or lower) and side (`laterality`) of the study and of the procedure; "
                            + "if they were distinct, " + col2.code + " takes " + w.payer.distinctModifier()
                            + ", if not, remove " + col2.code + ".", src);
        }
    }
}

package org.sonobill.engine.coding.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sonobill.engine.finding.FindingCode;
import org.sonobill.engine.reference.IcdCode;
import org.sonobill.engine.reference.IcdCodeSet;
import org.sonobill.engine.study.Procedure;

/**
 * Diagnoses: every ICD-10-CM code valid and billable in the code set in force on the date of service; each line
 * points to the indication's codes (a guided procedure to its own), at most four, split by side on RT/LT lines;
 * side consistent with RT/LT (DX-06); screening first-listed (DX-05); Z3A weeks consistent with the documented
 * gestational age. ICD-10-CM Official Guidelines, Section IV.
 */
final class DiagnosisRule implements CodingRule {
    private static final String GUIDELINES = "ICD-10-CM Official Guidelines for Coding and Reporting, Section IV";

    @Override
    public void apply(Worksheet w) {
        IcdCodeSet icd = w.icd();
        List<String> indication = valid(w, icd, w.study.indication().icd10());
        Set<String> procedureCodes = new LinkedHashSet<>();
        for (Procedure p : w.study.procedures()) {
            procedureCodes.addAll(valid(w, icd, p.icd10()));
        }
        boolean truncated = false;
        for (WorkLine l : w.lines) {
            List<String> own = indication;
            if (!l.diagnoses.isEmpty()) {
                // a guided procedure's own diagnoses, keeping only those found valid and billable above
                own = l.diagnoses.stream().map(c -> IcdCode.dotted(IcdCode.normalise(c)))
                        .filter(procedureCodes::contains).distinct().toList();
                if (own.isEmpty()) {
                    own = indication;
                }
            }
            List<String> dx = bySide(icd, own, l.sideModifier());
            if (dx.size() < own.size()) {
                List<String> kept = dx;
                List<String> other = own.stream().filter(d -> !kept.contains(d)).toList();
                l.explain("Diagnoses of the other side (" + String.join(", ", other) + ") are not pointed to from this "
                        + l.sideModifier() + " line.");
            }
            if (dx.size() > 4) {
                dx = dx.subList(0, 4);
                truncated = true;
            }
            l.diagnoses.clear();
            l.diagnoses.addAll(dx);
            checkSide(w, icd, l);
        }
        if (truncated) {
            w.add(FindingCode.DX_POINTERS_TRUNCATED, name(),
                    "More than four diagnoses: each line points to the first four (837P SV107 holds four pointers).",
                    "Order the diagnoses so the four that support each line come first.", "X12 837P 005010X222A1 SV107");
        }
        screening(w, indication);
        weeks(w, indication);
    }

    /** The codes that are valid and billable, dotted, without repeats; findings for the others. */
    private List<String> valid(Worksheet w, IcdCodeSet icd, List<String> codes) {
        Set<String> out = new LinkedHashSet<>();
        for (String c : codes) {
            IcdCode e = icd.get(c);
            if (e == null) {
                w.add(FindingCode.DIAGNOSIS_CODE_INVALID, name(),
                        c + " is not an ICD-10-CM code in " + icd.label() + " (in force on " + w.dos + ").",
                        "Check the code against the current code set; it may be mistyped or deleted.", GUIDELINES);
            } else if (!e.billable()) {
                w.add(FindingCode.DIAGNOSIS_CODE_NOT_BILLABLE, name(),
                        e.dotted() + " (" + e.shortTitle() + ") is a category header, not a billable code; it has "
                                + icd.billableChildren(e.code()) + " more specific codes.",
                        "Code to the highest specificity the report supports (a code under " + e.dotted() + ").",
                        GUIDELINES + " (code to the highest level of specificity)");
            } else {
                out.add(e.dotted());
            }
        }
        return new ArrayList<>(out);
    }

    private static List<String> bySide(IcdCodeSet icd, List<String> dx, String side) {
        if (side == null) {
            return new ArrayList<>(dx);
        }
        List<String> out = new ArrayList<>();
        for (String d : dx) {
            String s = sideOf(icd, d);
            if (s == null || s.equals(side) || s.equals("50")) {
                out.add(d);
            }
        }
        return out.isEmpty() ? new ArrayList<>(dx) : out;
    }

    private void checkSide(Worksheet w, IcdCodeSet icd, WorkLine l) {
        String side = l.sideModifier();
        if (side == null && l.modifiers.contains("50")) {
            checkBilateral(w, icd, l);
            return;
        }
        if (side == null) {
            return;
        }
        for (String d : l.diagnoses) {
            String s = sideOf(icd, d);
            if (s != null && !s.equals("50") && !s.equals(side)) {
                w.addAbout(l.code, FindingCode.DX_LATERALITY_MISMATCH, name(),
                        d + " names the " + (s.equals("RT") ? "right" : "left") + " side but " + l.code + " is billed "
                                + side + ".",
                        "Correct the side of the study or the diagnosis so they agree.",
                        GUIDELINES + "; reference DX-06");
            }
        }
    }

    /** A 50 line needs diagnoses for both sides, a bilateral one, or none that names a side (DX-06). */
    private void checkBilateral(Worksheet w, IcdCodeSet icd, WorkLine l) {
        java.util.Set<String> sides = new java.util.HashSet<>();
        for (String d : l.diagnoses) {
            String s = sideOf(icd, d);
            if (s != null) {
                sides.add(s);
            }
        }
        if (sides.isEmpty() || sides.contains("50") || (sides.contains("RT") && sides.contains("LT"))) {
            return;
        }
        String only = sides.contains("RT") ? "right" : "left";
        w.addAbout(l.code, FindingCode.DX_LATERALITY_MISMATCH, name(),
                l.code + " is billed bilateral (50) but every side-specific diagnosis names the " + only + " side.",
                "Add the diagnosis that supports the other side, or bill the " + only + " side only.",
                GUIDELINES + "; reference DX-06");
    }

    /** RT, LT or 50 from the code's long title, or null when it names no side. */
    static String sideOf(IcdCodeSet icd, String code) {
        return icd.sideOf(code);
    }

    private void screening(Worksheet w, List<String> dx) {
        if (!w.payer.flagScreening() || dx.isEmpty() || !Indications.screening(dx.get(0))) {
            return;
        }
        boolean benefit = w.lines.stream().anyMatch(l -> w.payer.screeningBenefitCodes().contains(l.code));
        if (benefit) {
            return;
        }
        w.add(FindingCode.SCREENING_FIRST_LISTED, name(),
                dx.get(0) + " is a screening code listed first, which makes the study a screening; " + w.payer.name()
                        + " has no screening benefit for it.",
                "If the patient had signs or symptoms, list them first (the study is diagnostic); otherwise obtain an "
                        + "ABN and bill with GA, or with GY for a statutorily excluded service.",
                GUIDELINES + "; reference DX-05");
    }

    private void weeks(Worksheet w, List<String> dx) {
        if (w.study.obstetric() == null || w.study.obstetric().gestationalWeeks() == null) {
            return;
        }
        int weeks = w.study.obstetric().gestationalWeeks().setScale(0, java.math.RoundingMode.FLOOR).intValue();
        for (String d : dx) {
            String n = IcdCode.normalise(d);
            if (!n.startsWith("Z3A") || n.length() != 5) {
                continue;
            }
            int coded = Integer.parseInt(n.substring(3));
            boolean ok = coded == 0 || (coded == 1 && weeks < 8) || (coded == 49 && weeks > 42) || coded == weeks;
            if (!ok) {
                w.add(FindingCode.OB_WEEKS_MISMATCH, name(),
                        d + " does not match the documented gestational age of "
                                + w.study.obstetric().gestationalWeeks().stripTrailingZeros().toPlainString() + " weeks.",
                        "Use the Z3A code for " + weeks + " completed weeks, or correct the gestational age.",
                        "ICD-10-CM Official Guidelines I.C.15.b.4 (Z3A weeks of gestation)");
            }
        }
    }
}

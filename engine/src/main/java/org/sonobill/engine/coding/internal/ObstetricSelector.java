package org.sonobill.engine.coding.internal;

import java.math.BigDecimal;
import org.sonobill.engine.catalogue.ExamFamily;
import org.sonobill.engine.finding.FindingCode;
import org.sonobill.engine.study.Obstetric;

/**
 * Obstetric codes from gestational age, fetus count and kind (CPT obstetric ultrasound guidelines; reference
 * US-OB-001..006, e.2): first-gestation codes with add-ons for each additional gestation; 76815 once whatever the
 * fetus count; 76816, 76818/76819, 76820 and 76821 per fetus, one line each, the later lines with the payer's
 * distinct-service modifier.
 */
final class ObstetricSelector implements ExamSelector {
    private static final BigDecimal FOURTEEN_WEEKS = BigDecimal.valueOf(14);

    @Override
    public void select(Worksheet w, ExamFamily f) {
        Obstetric ob = w.study.obstetric();
        if (ob == null || ob.kind() == null) {
            missing(w, f, "the kind of obstetric study (standard, detailed, limited, follow-up, nuchal-translucency, "
                    + "biophysical-profile or transvaginal)");
            return;
        }
        int n = ob.fetuses();
        switch (ob.kind()) {
            case STANDARD -> {
                if (ob.gestationalWeeks() == null) {
                    missing(w, f, "the gestational age, which decides 76801 (before 14 weeks) or 76805");
                    return;
                }
                boolean early = ob.gestationalWeeks().compareTo(FOURTEEN_WEEKS) < 0;
                firstPlusAdditional(w, f, early ? "76801" : "76805", early ? "76802" : "76810", n,
                        "Obstetric exam at " + ob.gestationalWeeks().stripTrailingZeros().toPlainString()
                                + " weeks: " + (early ? "before" : "at or after") + " 14 weeks 0 days.");
            }
            case DETAILED -> firstPlusAdditional(w, f, "76811", "76812", n, "Detailed fetal anatomic examination.");
            case NUCHAL_TRANSLUCENCY -> firstPlusAdditional(w, f, "76813", "76814", n,
                    "First-trimester nuchal translucency measurement.");
            case LIMITED -> w.addLine("76815", 1, WorkLine.Origin.EXAM, null, false, f.region(),
                    "Limited obstetric exam: reported once whatever the number of fetuses (" + n + ").", f.source());
            case FOLLOW_UP -> perFetus(w, f, "76816", n, "Follow-up obstetric exam");
            case BIOPHYSICAL_PROFILE -> perFetus(w, f, ob.nonStressTest() ? "76818" : "76819", n,
                    "Biophysical profile " + (ob.nonStressTest() ? "with" : "without") + " non-stress test");
            case TRANSVAGINAL -> w.addLine("76817", 1, WorkLine.Origin.EXAM, null, false, f.region(),
                    "Transvaginal obstetric exam.", f.source());
        }
        if (ob.umbilicalDoppler()) {
            perFetus(w, f, "76820", n, "Umbilical artery Doppler velocimetry");
        }
        if (ob.mcaDoppler()) {
            perFetus(w, f, "76821", n, "Middle cerebral artery Doppler velocimetry");
        }
    }

    private static void firstPlusAdditional(Worksheet w, ExamFamily f, String first, String addOn, int n, String why) {
        w.addLine(first, 1, WorkLine.Origin.EXAM, null, false, f.region(), why + " First gestation.", f.source());
        if (n > 1) {
            w.addLine(addOn, n - 1, WorkLine.Origin.EXAM, null, false, f.region(),
                    "Each additional gestation: " + (n - 1) + " unit" + (n > 2 ? "s" : "") + " for " + n + " fetuses.",
                    f.source());
            w.addAbout(addOn, FindingCode.ADDITIONAL_GESTATION_DOCUMENTATION, "AdditionalGestation",
                    "+" + addOn + " is billed for " + (n - 1) + " additional gestation" + (n > 2 ? "s" : "")
                            + ": the report needs separate, fetus-specific findings and measurements for each.",
                    "Make sure each fetus has its own labelled findings and biometry.",
                    "CPT obstetric guidelines; reference US-DOC-011");
        }
    }

    private static void perFetus(Worksheet w, ExamFamily f, String code, int n, String what) {
        for (int i = 1; i <= n; i++) {
            WorkLine l = w.addLine(code, 1, WorkLine.Origin.EXAM, null, false, f.region(),
                    what + (n > 1 ? ", fetus " + i + " of " + n + " (reported per fetus)." : "."), f.source());
            l.fetus = n > 1 ? i : 0;
            if (i > 1) {
                l.modifiers.add(w.payer.distinctModifier());
                l.explain("Modifier " + w.payer.distinctModifier() + ": a separate fetus is a distinct structure.");
            }
        }
    }

    private static void missing(Worksheet w, ExamFamily f, String what) {
        w.add(FindingCode.OB_DETAILS_MISSING, "ObstetricDetails",
                "The obstetric study does not record " + what + ", which decides its code.",
                "Record it in the obstetric section (gestational weeks, number of fetuses, kind of study).", f.source());
    }
}

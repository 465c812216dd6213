package org.sonobill.engine.coding.internal;

import java.util.List;
import org.sonobill.engine.catalogue.ExamFamily;
import org.sonobill.engine.finding.FindingCode;
import org.sonobill.engine.study.Approach;
import org.sonobill.engine.study.Sex;

/**
 * Non-obstetric pelvis: female (uterus, endometrium, ovaries, bladder) or male (bladder, prostate, seminal
 * vesicles) transabdominal 76856/76857, and transvaginal 76830, which has no limited code (reduced → 52).
 * Reference US-PEL-001/002; ACEP Now 2019 (76830-52).
 */
final class PelvisSelector implements ExamSelector {

    @Override
    public void select(Worksheet w, ExamFamily f) {
        Sex sex = w.study.patient().sex();
        if (sex == Sex.U) {
            boolean male = w.study.element("prostate") != null || w.study.element("seminal_vesicles") != null;
            sex = male ? Sex.M : Sex.F;
            w.add(FindingCode.PATIENT_SEX_UNKNOWN, "PatientSex",
                    "The patient's sex is not recorded; the pelvic exam was coded as a " + (male ? "male" : "female")
                            + " pelvis from the elements documented.",
                    "Record the patient's sex: the complete pelvic exam's elements differ for female and male patients.",
                    f.source());
        }
        boolean tv = w.study.approaches().contains(Approach.TRANSVAGINAL);
        boolean tr = w.study.approaches().contains(Approach.TRANSRECTAL);
        boolean ta = w.study.approaches().isEmpty() || w.study.approaches().contains(Approach.TRANSABDOMINAL);
        if (tr) {
            // a transrectal study has its own code, whatever the sex (CPT 76872; reference a.1)
            w.addLine("76872", 1, WorkLine.Origin.EXAM, null, false, f.region(),
                    "Transrectal approach: the transrectal ultrasound code.", w.catalogue.family("transrectal").source());
        }
        if (sex == Sex.M) {
            if (tv) {
                w.add(FindingCode.PATIENT_SEX_INCONSISTENT, "PatientSex",
                        "A transvaginal approach is recorded for a male patient.",
                        "Correct the approach or the patient's sex.", f.source());
            }
            if (ta) {
                transabdominal(w, f, f.list("maleElements"), "male");
            }
            return;
        }
        if (ta) {
            transabdominal(w, f, f.list("femaleElements"), "female");
        }
        if (tv) {
            transvaginal(w, f);
        }
    }

    private static void transabdominal(Worksheet w, ExamFamily f, List<String> required, String which) {
        List<String> missing = Completeness.missing(w, required);
        Completeness.warnUnexplained(w, required, f.complete());
        if (missing.isEmpty()) {
            w.addLine(f.complete(), 1, WorkLine.Origin.EXAM, null, false, f.region(),
                    "Pelvis (" + which + "): all elements of the complete exam are documented ("
                            + Completeness.wordsList(required) + ").", f.source());
        } else {
            w.addLine(f.limited(), 1, WorkLine.Origin.EXAM, null, false, f.region(),
                    "Pelvis (" + which + "): limited, because " + Completeness.wordsList(missing)
                            + Completeness.isAre(missing) + " not documented.", f.source());
            Completeness.limited(w, f.complete(), f.limited(), missing);
        }
    }

    private static void transvaginal(Worksheet w, ExamFamily f) {
        List<String> required = f.list("transvaginalElements");
        String code = f.text("transvaginalCode");
        List<String> missing = Completeness.missing(w, required);
        Completeness.warnUnexplained(w, required, code);
        WorkLine line = w.addLine(code, 1, WorkLine.Origin.EXAM, null, false, f.region(),
                "Transvaginal pelvic exam (non-obstetric).", f.source());
        if (!missing.isEmpty()) {
            ReducedService.apply(w, line, missing, required);
        } else {
            line.explain("Uterus, endometrium and both ovaries are documented.");
        }
    }
}

package org.sonobill.engine.coding.internal;

import org.sonobill.engine.finding.FindingCode;
import org.sonobill.engine.study.Sex;

/**
 * The exam's anatomy and the diagnoses must fit the patient's recorded sex (CMS Medicare Code Editor and OCE sex
 * edits): pregnancy (O, Z33.1, Z34, Z36, Z3A) and female genital diagnoses (N70–N98, C51–C58, D25–D28) on a male;
 * male genital diagnoses (N40–N53, C60–C63, D29, R97.2 PSA) on a female.
 */
final class PatientSexRule implements CodingRule {

    @Override
    public void apply(Worksheet w) {
        Sex sex = w.study.patient().sex();
        if (sex == Sex.U) {
            return;
        }
        if (w.family != null && w.family.sex() != null && !w.family.sex().equals(sex.name())) {
            w.add(FindingCode.PATIENT_SEX_INCONSISTENT, name(),
                    w.family.name() + " is an exam of " + (w.family.sex().equals("F") ? "female" : "male")
                            + " anatomy, but the patient's sex is recorded as " + sex + ".",
                    "Correct the patient's sex or the exam.", "CMS outpatient code editor sex edits; " + w.family.source());
        }
        for (int i = 0; i < w.dx.size(); i++) {
            String n = w.dx.get(i);
            String code = w.study.indication().icd10().get(i);
            String other = sex == Sex.M && org.sonobill.engine.reference.IcdSexEdits.femaleOnly(n) ? "female" : sex == Sex.F && org.sonobill.engine.reference.IcdSexEdits.maleOnly(n) ? "male" : null;
            if (other != null) {
                w.add(FindingCode.DX_SEX_INCONSISTENT, name(),
                        code + " is a diagnosis of " + other + " anatomy or pregnancy, but the patient's sex is " + sex + ".",
                        "Correct the diagnosis or the patient's sex.",
                        "CMS Medicare Code Editor sex edits; ICD-10-CM chapters 14 and 15");
            }
        }
    }
}

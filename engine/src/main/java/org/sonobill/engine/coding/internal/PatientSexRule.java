package org.sonobill.engine.coding.internal;

import org.sonobill.engine.finding.FindingCode;
import org.sonobill.engine.study.Sex;

/** The exam's anatomy and the pregnancy diagnoses must fit the patient's recorded sex (NCCI/OCE sex edits). */
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
        if (sex == Sex.M && Indications.pregnancy(w.study.indication())) {
            w.add(FindingCode.PATIENT_SEX_INCONSISTENT, name(),
                    "Pregnancy diagnoses are recorded for a male patient.",
                    "Correct the diagnoses or the patient's sex.", "ICD-10-CM Official Guidelines, chapter 15 (O codes)");
        }
    }
}

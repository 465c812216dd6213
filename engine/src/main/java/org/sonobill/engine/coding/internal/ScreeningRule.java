package org.sonobill.engine.coding.internal;

import org.sonobill.engine.finding.FindingCode;

/**
 * 76706 is a screening for abdominal aortic aneurysm of an asymptomatic patient with a screening diagnosis first;
 * a study of a patient with symptoms or a known aneurysm is diagnostic (ICD-10-CM guidelines IV; DX-05; reference f,
 * NGS AAA screening guide).
 */
final class ScreeningRule implements CodingRule {

    @Override
    public void apply(Worksheet w) {
        if (!w.hasLine("76706")) {
            return;
        }
        var dx = w.dx;
        boolean symptomatic = dx.stream().anyMatch(c -> c.startsWith("R") || c.startsWith("I71") || c.startsWith("I72"));
        boolean screeningFirst = !dx.isEmpty() && Indications.screening(dx.get(0));
        if (symptomatic || !screeningFirst) {
            w.addAbout("76706", FindingCode.AAA_SCREENING_NOT_SCREENING, name(),
                    symptomatic ? "76706 is a screening for asymptomatic patients, but the diagnoses record symptoms or a "
                            + "known aneurysm: the study is diagnostic."
                            : "76706 needs a screening diagnosis first-listed (e.g. Z13.6 with Z87.891 or Z82.49).",
                    symptomatic ? "Code the diagnostic aortic study (76775 limited retroperitoneal, or 76770) with the "
                            + "symptom or aneurysm diagnosis." : "List the screening encounter code first, with the risk "
                            + "factor (smoking history, family history), or code the diagnostic study.",
                    "CPT 76706; Medicare AAA screening benefit (NGS preventive services guide); reference f, DX-05");
        }
    }
}

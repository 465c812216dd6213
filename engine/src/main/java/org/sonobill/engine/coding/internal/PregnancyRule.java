package org.sonobill.engine.coding.internal;

import java.util.List;
import java.util.Set;
import org.sonobill.engine.finding.FindingCode;

/** Once pregnancy is established, non-obstetric pelvic codes are not reported (reference US-OB-007). */
final class PregnancyRule implements CodingRule {
    private static final Set<String> NON_OB_PELVIC = Set.of("76830", "76856", "76857");

    @Override
    public void apply(Worksheet w) {
        w.pregnant = Indications.pregnancy(w.dx);
        if (!w.pregnant) {
            return;
        }
        List<WorkLine> pelvic = w.lines.stream().filter(l -> NON_OB_PELVIC.contains(l.code)).toList();
        for (WorkLine l : pelvic) {
            w.lines.remove(l);
            w.addAbout(l.code, FindingCode.PREGNANCY_NON_OB_PELVIC, name(),
                    "The diagnoses establish a pregnancy, so the non-obstetric pelvic code " + l.code
                            + " is not reportable.",
                    "Code the obstetric exam instead (exam \"ob\": 76801/76805 transabdominal, 76817 transvaginal, "
                            + "76815 limited), or correct the diagnoses if the patient is not pregnant.",
                    "eviCore obstetric ultrasound guideline; reference US-OB-007");
        }
    }
}

package org.sonobill.engine.coding.internal;

import org.sonobill.engine.finding.FindingCode;
import org.sonobill.engine.study.Laterality;
import org.sonobill.engine.study.PriorStudy;

/**
 * A same-day repeat of the same exam: 76 when the same clinician repeats it, 77 when another does (CPT Appendix A;
 * reference d). Without the modifier the second claim is denied as a duplicate (CO-18).
 */
final class RepeatProcedureRule implements CodingRule {

    @Override
    public void apply(Worksheet w) {
        if (w.study.exam() == null) {
            return;
        }
        for (PriorStudy prior : w.study.priorSameDay()) {
            if (!w.study.exam().equals(prior.exam()) || !overlaps(prior.laterality(), w.study.laterality())) {
                continue;
            }
            String mod = prior.sameProvider() ? "76" : "77";
            for (WorkLine l : w.lines) {
                boolean addOn = w.catalogue.code(l.code) != null && w.catalogue.code(l.code).kind().isAddOn();
                boolean sameCode = prior.code() == null || prior.code().equals(l.code);
                if (l.origin == WorkLine.Origin.EXAM && !addOn && sameCode) {
                    l.modifiers.add(mod);
                    l.explain("Modifier " + mod + ": repeat of an earlier " + prior.exam() + " study today by "
                            + (prior.sameProvider() ? "the same" : "another") + " clinician.");
                }
            }
            w.add(FindingCode.REPEAT_PROCEDURE, name(),
                    "This " + w.family.name() + " repeats one done earlier today; modifier " + mod + " was added.",
                    "Make sure the report states why the study was repeated (change in the patient's condition).",
                    "CPT Appendix A (modifiers 76, 77); NCCI Policy Manual ch. IX §A.1; reference d");
            return;
        }
    }

    private static boolean overlaps(Laterality a, Laterality b) {
        return a == null || b == null || a == b || a == Laterality.BILATERAL || b == Laterality.BILATERAL;
    }
}

package org.sonobill.engine.denial;

/** Group PR puts the amount on the patient: the next step is a statement (X12 835 TR3, CAS group codes). */
final class PatientGroupPolicy implements ActionPolicy {
    @Override
    public void apply(Decision d, DenialLine line, DenialContext ctx) {
        if (line.group().equals("PR") && d.action != DenialAction.BILL_PATIENT) {
            d.change(DenialAction.BILL_PATIENT, "The payer used group PR, so the patient owes this amount.",
                    "X12 claim adjustment group PR");
        }
    }
}

package org.sonobill.engine.denial;

/**
 * A medical-necessity or frequency denial with a signed advance beneficiary notice (or GA on the line) is the
 * patient's to pay: Medicare Claims Processing Manual ch. 30 §50 (ABN) and §40.3.6 (GA); reference g.4.
 */
final class AbnPolicy implements ActionPolicy {
    static final String SOURCE = "Medicare Claims Processing Manual ch. 30 §50 (ABN), §40.3.6 (GA)";

    @Override
    public void apply(Decision d, DenialLine line, DenialContext ctx) {
        boolean necessity = d.cause() == RootCause.MEDICAL_NECESSITY || d.cause() == RootCause.FREQUENCY;
        boolean abn = ctx.abnOnFile() || line.modifiers().contains("GA");
        if (necessity && abn && d.action != DenialAction.BILL_PATIENT) {
            d.change(DenialAction.BILL_PATIENT, "A signed ABN is on file" + (line.modifiers().contains("GA") ? " (GA on the line)" : "")
                    + ", so the patient agreed to pay if the payer refused: bill the patient.", SOURCE);
        }
    }
}

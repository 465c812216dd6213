package org.sonobill.engine.denial;

/**
 * Medicare Part B corrects an adjudicated claim's minor errors (diagnosis, modifier, units, date) by clerical
 * reopening within one year of the initial determination, not by a replacement claim (reference g.2, g.3; Medicare
 * Claims Processing Manual ch. 34 §10).
 */
final class MedicareReopeningPolicy implements ActionPolicy {
    @Override
    public void apply(Decision d, DenialLine line, DenialContext ctx) {
        if (!ctx.medicare() || !ctx.adjudicated() || d.action != DenialAction.CORRECTED_CLAIM) {
            return;
        }
        d.change(DenialAction.REOPENING, "Medicare corrects a minor error on an adjudicated claim by clerical "
                + "reopening rather than a replacement claim.", "Medicare Claims Processing Manual ch. 34 §10; reference g.2, g.3");
    }
}

package org.sonobill.engine.denial;

/**
 * A bundling denial follows the NCCI pair's modifier indicator: 0 never allows a modifier (write off, never appeal);
 * 1 allows one when the services were distinct (appeal only when the record shows it, otherwise correct the
 * coding); 9 means the edit does not apply (appeal). NCCI Policy Manual ch. I §E (modifier indicators); reference g.1
 * (CO-236, CO-97).
 */
final class BundlingPolicy implements ActionPolicy {
    static final String SOURCE = "NCCI Policy Manual ch. I (modifier indicators 0/1/9); reference g.1 CO-97, CO-236";

    @Override
    public void apply(Decision d, DenialLine line, DenialContext ctx) {
        if (d.cause() != RootCause.BUNDLING || line.group().equals("PR")) {
            return;
        }
        if (ctx.ptpModifierIndicator().isEmpty()) {
            d.note("The NCCI modifier indicator of the pair is not known: look the pair up before choosing between "
                    + "a correction, an appeal and a write-off.", SOURCE);
            return;
        }
        int indicator = ctx.ptpModifierIndicator().getAsInt();
        if (indicator == 0) {
            d.appealable = false;
            d.change(DenialAction.WRITE_OFF, "The NCCI pair has modifier indicator 0: no modifier makes the bundled "
                    + "line payable, so an appeal cannot win; write it off.", SOURCE);
        } else if (indicator == 1 && ctx.distinctnessDocumented()) {
            d.change(DenialAction.APPEAL, "The NCCI pair has modifier indicator 1 and the record documents a separate "
                    + "site, session or lesion: appeal with the report.", SOURCE);
        } else if (indicator == 1) {
            d.change(DenialAction.CORRECTED_CLAIM, "The NCCI pair has modifier indicator 1 but the record does not "
                    + "document distinct services: remove the bundled line or fix the coding.", SOURCE);
        } else {
            d.change(DenialAction.APPEAL, "The NCCI pair has modifier indicator 9: the edit does not apply to this "
                    + "pair, so the bundling is the payer's error; appeal.", SOURCE);
        }
    }
}

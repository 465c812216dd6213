package org.sonobill.engine.denial;

/**
 * A timely-filing denial is written off: for Medicare it is not an initial determination and has no appeal rights
 * (42 CFR 424.44; reference g.2); a commercial payer may reconsider only with proof of an earlier timely submission.
 */
final class TimelyFilingPolicy implements ActionPolicy {
    @Override
    public void apply(Decision d, DenialLine line, DenialContext ctx) {
        if (d.cause() != RootCause.TIMELY_FILING) {
            return;
        }
        d.appealable = false;
        String why = ctx.medicare()
                ? "Medicare gives no appeal rights for a timely-filing denial: write it off."
                : "Write it off unless there is proof (a 999 or 277CA) that the first claim reached the payer in time.";
        d.change(DenialAction.WRITE_OFF, why, "42 CFR 424.44; reference g.2");
    }
}

package org.sonobill.engine.denial;

import java.util.Set;

/**
 * A claim the payer never adjudicated (a rejection) cannot be replaced, reopened or appealed: it goes again as a new
 * original, frequency 1 (reference g.3: a replacement of a claim never accepted is refused as "original not found").
 */
final class RejectedClaimPolicy implements ActionPolicy {
    private static final Set<DenialAction> NEED_A_DECISION = Set.of(DenialAction.CORRECTED_CLAIM,
            DenialAction.REOPENING, DenialAction.APPEAL);

    @Override
    public void apply(Decision d, DenialLine line, DenialContext ctx) {
        if (ctx.adjudicated() || !NEED_A_DECISION.contains(d.action)) {
            return;
        }
        d.appealable = false;
        d.change(DenialAction.NEW_CLAIM, "The payer rejected the claim without adjudicating it, so there is nothing "
                + "to correct or appeal: fix it and send a new claim.", "reference g.3 (rejected claims)");
    }
}

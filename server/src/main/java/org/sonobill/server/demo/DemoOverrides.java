package org.sonobill.server.demo;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.sonobill.server.claim.ClaimService;
import org.sonobill.server.claim.ClaimViews.ClaimDetail;
import org.sonobill.server.claim.ClaimViews.OverrideRequest;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Findings a biller lets pass with a reason (kept with the claim and in the audit trail): a missing prior
 * authorisation when the plan's benefit manager confirmed that none was needed, about half the time (and the first
 * time, so that the demo shows one). Any other finding stays, and the claim waits in the biller's queue.
 */
@Component
class DemoOverrides {
    private static final Map<String, String> REASONS = Map.of("SB-PAY-011",
            "Benefit manager confirmed by phone that this member's plan needs no authorisation for the study");

    private final ClaimService claims;

    DemoOverrides(ClaimService claims) {
        this.claims = claims;
    }

    /** The claim after the overrides the biller makes, scrubbed again by the service; unchanged when none fits. */
    ClaimDetail resolve(DemoOrg org, ClaimDetail d, boolean first, Dice dice) {
        Set<String> open = new TreeSet<>();
        for (JsonNode f : d.scrub().result().path("findings")) {
            String severity = f.path("severity").asString("");
            if (severity.equals("error") || severity.equals("warning")) {
                open.add(f.path("code").asString());
            }
        }
        if (open.isEmpty() || !REASONS.keySet().containsAll(open) || !(first || dice.chance(0.5))) {
            return d;
        }
        for (String code : open) {
            String reason = REASONS.get(code) + " (call reference " + dice.between(10_000, 99_999) + ")";
            d = claims.override(org.biller(), d.claim().id(), new OverrideRequest(code, null, reason), null);
        }
        return d;
    }
}

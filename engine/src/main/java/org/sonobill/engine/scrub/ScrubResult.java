package org.sonobill.engine.scrub;

import java.math.BigDecimal;
import java.util.List;
import org.sonobill.engine.finding.Finding;
import org.sonobill.engine.pricing.ClaimPricing;

/**
 * The scrubbing of one claim.
 *
 * @param claimId the claim's id
 * @param status clean, held or blocked
 * @param findings errors first, then warnings, then information; a finding about a line names its line number and
 *     the expected payment it puts at risk
 * @param pricing the claim's expected payment under its payer's fee schedule
 * @param revenueAtRisk what the errors and warnings put at risk: the expected payment of every line they concern
 *     (counted once), or the whole claim when a claim-level error blocks it; zero when clean or not priced
 */
public record ScrubResult(String claimId, ScrubStatus status, List<Finding> findings, ClaimPricing pricing,
                          BigDecimal revenueAtRisk) {
    public ScrubResult {
        findings = List.copyOf(findings);
        revenueAtRisk = revenueAtRisk == null ? BigDecimal.ZERO : revenueAtRisk;
    }

    /** A result without pricing. */
    public ScrubResult(String claimId, ScrubStatus status, List<Finding> findings) {
        this(claimId, status, findings, ClaimPricing.unpriced("not priced"), BigDecimal.ZERO);
    }
}

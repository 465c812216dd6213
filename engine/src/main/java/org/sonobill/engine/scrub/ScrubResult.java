package org.sonobill.engine.scrub;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.sonobill.engine.finding.Finding;
import org.sonobill.engine.pricing.ClaimPricing;

/**
 * The scrubbing of one claim. The claim's expected payment is worked out when first asked for (a work queue that
 * needs only statuses never prices a clean claim); findings that put money at risk carry their amount already.
 */
public final class ScrubResult {
    private final String claimId;
    private final ScrubStatus status;
    private final List<Finding> findings;
    private final BigDecimal revenueAtRisk;
    private Supplier<ClaimPricing> price;
    private volatile ClaimPricing pricing;

    /**
     * @param claimId the claim's id
     * @param status clean, held or blocked
     * @param findings errors first, then warnings, then information; a finding about a line names its line number
     *     and the expected payment it puts at risk
     * @param pricing the claim's expected payment under its payer's fee schedule, worked out on first use
     * @param revenueAtRisk what the errors and warnings put at risk: the expected payment of every line they concern
     *     (counted once), or the whole claim when a claim-level error blocks it; zero when clean or not priced
     */
    public ScrubResult(String claimId, ScrubStatus status, List<Finding> findings, Supplier<ClaimPricing> pricing,
                       BigDecimal revenueAtRisk) {
        this.claimId = claimId;
        this.status = Objects.requireNonNull(status);
        this.findings = List.copyOf(findings);
        this.price = Objects.requireNonNull(pricing);
        this.revenueAtRisk = revenueAtRisk == null ? BigDecimal.ZERO : revenueAtRisk;
    }

    /** A result without pricing. */
    public ScrubResult(String claimId, ScrubStatus status, List<Finding> findings) {
        this(claimId, status, findings, () -> ClaimPricing.unpriced("not priced"), BigDecimal.ZERO);
    }

    public String claimId() {
        return claimId;
    }

    public ScrubStatus status() {
        return status;
    }

    public List<Finding> findings() {
        return findings;
    }

    /** The expected payment (computed on first use, then kept). */
    public ClaimPricing pricing() {
        ClaimPricing p = pricing;
        if (p == null) {
            synchronized (this) {
                p = pricing;
                if (p == null) {
                    p = price.get();
                    pricing = p;
                    price = null;
                }
            }
        }
        return p;
    }

    public BigDecimal revenueAtRisk() {
        return revenueAtRisk;
    }

    @Override
    public String toString() {
        return "ScrubResult[" + claimId + " " + status + " " + findings + "]";
    }
}

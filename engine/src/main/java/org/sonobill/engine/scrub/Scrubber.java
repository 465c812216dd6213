package org.sonobill.engine.scrub;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sonobill.engine.catalogue.Catalogue;
import org.sonobill.engine.claim.Claim;
import org.sonobill.engine.finding.Finding;
import org.sonobill.engine.finding.Severity;
import org.sonobill.engine.coverage.CoverageLibrary;
import org.sonobill.engine.payer.PayerPack;
import org.sonobill.engine.payer.PayerPacks;
import org.sonobill.engine.pricing.ClaimPricing;
import org.sonobill.engine.pricing.FeeScheduleCalculator;
import org.sonobill.engine.reference.ReferenceLibrary;

/**
 * The claim scrubber: runs the claim edits (NCCI PTP, MUE, add-on, claim-level checks) on a whole claim and says
 * whether it may go out. Thread-safe.
 */
public final class Scrubber {
    private final ReferenceLibrary reference;
    private final Catalogue catalogue;
    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity).thenComparing(Finding::code)
            .thenComparing(Finding::message);
    private final List<ClaimRule> rules;
    private final PayerPacks payers;
    private final FeeScheduleCalculator pricing;

    /** A scrubber with the bundled payer packs and coverage articles. */
    public Scrubber(ReferenceLibrary reference, Catalogue catalogue) {
        this(reference, catalogue, PayerPacks.bundled(), CoverageLibrary.bundled());
    }

    public Scrubber(ReferenceLibrary reference, Catalogue catalogue, PayerPacks payers, CoverageLibrary coverage) {
        this.reference = reference;
        this.catalogue = catalogue;
        this.payers = payers;
        this.pricing = new FeeScheduleCalculator(reference);
        List<ClaimRule> r = new ArrayList<>(ClaimChecks.all());
        r.add(new PtpClaimRule());
        r.add(new MueClaimRule());
        r.add(new AddOnClaimRule());
        r.add(new MedicalNecessityRule(coverage));
        r.add(new PayerRuleClaimRule());
        r.add(new ReferencePeriodRule());
        this.rules = List.copyOf(r);
    }

    /** The payer packs this scrubber applies. */
    public PayerPacks payers() {
        return payers;
    }

    /**
     * A finding a person overrode stays in the result, as information that names who overrode it, when and why,
     * so it no longer holds or blocks the claim but remains auditable.
     */
    private static Finding overridden(Claim claim, Finding f) {
        if (f.severity() == Severity.INFO) {
            return f;
        }
        for (org.sonobill.engine.claim.Override o : claim.overrides()) {
            if (o.covers(f.code(), f.lineCode())) {
                return new Finding(Severity.INFO, f.rule(), f.code(), f.message() + " Overridden by " + o.by() + " on "
                        + o.at() + ": " + o.reason(), f.fix(), f.source(), f.lineCode(), f.revenueImpact(), f.lineNumber());
            }
        }
        return f;
    }

    /** Scrubs one claim. */
    public ScrubResult scrub(Claim claim, ScrubContext context) {
        PayerPack payer = payers.get(claim.payer());
        ClaimSheet sheet = new ClaimSheet(claim, context, reference, catalogue, payer, () -> pricing.price(claim, payer));
        List<Finding> findings = new ArrayList<>();
        for (ClaimRule r : rules) {
            for (Finding f : r.check(sheet)) {
                findings.add(overridden(claim, f));
            }
        }
        if (findings.size() > 1) {
            findings.sort(ORDER);
        }
        ScrubStatus status = ScrubStatus.CLEAN;
        for (Finding f : findings) {
            if (f.severity() == Severity.ERROR) {
                status = ScrubStatus.BLOCKED;
                break;
            }
            if (f.severity() == Severity.WARNING) {
                status = ScrubStatus.HELD;
            }
        }
        return new ScrubResult(claim.id(), status, findings, sheet::pricing, atRisk(findings, sheet));
    }

    /**
     * The expected payment the errors and warnings put at risk: each line they concern counted once, at the largest
     * amount a finding names for it (an MUE names only the excess units); a claim-level error puts the whole claim at
     * risk.
     */
    private static BigDecimal atRisk(List<Finding> findings, ClaimSheet sheet) {
        boolean any = false;
        for (Finding f : findings) {
            any |= f.severity() != Severity.INFO;
        }
        if (!any) {
            return BigDecimal.ZERO;
        }
        ClaimPricing expected = sheet.pricing();
        if (!expected.priced()) {
            return BigDecimal.ZERO;
        }
        java.util.Map<Integer, BigDecimal> byLine = new java.util.HashMap<>();
        for (Finding f : findings) {
            if (f.severity() == Severity.INFO) {
                continue;
            }
            if (f.lineNumber() == null) {
                if (f.severity() == Severity.ERROR) {
                    return expected.total();
                }
                continue;
            }
            if (f.revenueImpact() != null) {
                byLine.merge(f.lineNumber(), f.revenueImpact(), BigDecimal::max);
            }
        }
        return byLine.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}

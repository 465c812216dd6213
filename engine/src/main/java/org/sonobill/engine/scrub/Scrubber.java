package org.sonobill.engine.scrub;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sonobill.engine.catalogue.Catalogue;
import org.sonobill.engine.claim.Claim;
import org.sonobill.engine.finding.Finding;
import org.sonobill.engine.finding.Severity;
import org.sonobill.engine.reference.ReferenceLibrary;

/**
 * The claim scrubber: runs the claim edits (NCCI PTP, MUE, add-on, claim-level checks) on a whole claim and says
 * whether it may go out. Thread-safe.
 */
public final class Scrubber {
    private final ReferenceLibrary reference;
    private final Catalogue catalogue;
    private final List<ClaimRule> rules;

    public Scrubber(ReferenceLibrary reference, Catalogue catalogue) {
        this.reference = reference;
        this.catalogue = catalogue;
        List<ClaimRule> r = new ArrayList<>(ClaimChecks.all());
        r.add(new PtpClaimRule());
        r.add(new MueClaimRule());
        r.add(new AddOnClaimRule());
        r.add(new ReferencePeriodRule());
        this.rules = List.copyOf(r);
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
                        + o.at() + ": " + o.reason(), f.fix(), f.source(), f.lineCode(), f.revenueImpact());
            }
        }
        return f;
    }

    /** Scrubs one claim. */
    public ScrubResult scrub(Claim claim, ScrubContext context) {
        ClaimSheet sheet = new ClaimSheet(claim, context, reference, catalogue);
        List<Finding> findings = new ArrayList<>();
        for (ClaimRule r : rules) {
            for (Finding f : r.check(sheet)) {
                findings.add(overridden(claim, f));
            }
        }
        findings.sort(Comparator.comparing(Finding::severity).thenComparing(Finding::code).thenComparing(Finding::message));
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
        return new ScrubResult(claim.id(), status, findings);
    }
}

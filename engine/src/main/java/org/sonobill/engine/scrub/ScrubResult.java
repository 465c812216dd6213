package org.sonobill.engine.scrub;

import java.util.List;
import org.sonobill.engine.finding.Finding;

/**
 * The scrubbing of one claim.
 *
 * @param claimId the claim's id
 * @param status clean, held or blocked
 * @param findings errors first, then warnings, then information; a finding about a line names its line number
 */
public record ScrubResult(String claimId, ScrubStatus status, List<Finding> findings) {
    public ScrubResult {
        findings = List.copyOf(findings);
    }
}

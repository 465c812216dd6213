package org.sonobill.engine.claim;

import java.time.LocalDateTime;

/**
 * A person's decision to let a claim go despite a finding: which finding, on which code, why, who and when. Kept on
 * the claim so that an auditor sees it with the claim.
 *
 * @param findingCode the finding's stable code, e.g. SB-CLM-002
 * @param lineCode the CPT/HCPCS code of the line the finding is about, or null for a claim-level finding
 * @param reason why the finding does not apply (required)
 * @param by who decided
 * @param at when
 */
public record Override(String findingCode, String lineCode, String reason, String by, LocalDateTime at) {

    /** Whether this override covers a finding with this code about this line code. */
    public boolean covers(String code, String line) {
        return findingCode.equals(code) && (lineCode == null || lineCode.equals(line));
    }
}

package org.sonobill.x12.claim;

import java.util.List;

/**
 * A claim that was not written (or not read) and every reason, each naming loop, segment and element.
 *
 * @param index the claim's position in the batch (0-based)
 * @param claimId the claim id (CLM01), or "" when unknown
 * @param problems why
 */
public record Refusal(int index, String claimId, List<X12Problem> problems) {
    public Refusal {
        problems = List.copyOf(problems);
    }
}

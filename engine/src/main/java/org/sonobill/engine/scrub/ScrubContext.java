package org.sonobill.engine.scrub;

import java.time.LocalDate;
import java.util.List;
import org.sonobill.engine.claim.Claim;

/**
 * What the scrubber knows beyond the claim: the date it scrubs on (for future dates and timely filing) and the
 * claims already billed (for MUE totals per patient, provider and date).
 *
 * @param asOf the scrubbing date
 * @param history units already billed on other claims (a claim with the same id as the one scrubbed is ignored)
 */
public record ScrubContext(LocalDate asOf, ClaimHistory history) {
    public ScrubContext {
        history = history == null ? ClaimHistory.empty() : history;
    }

    /** A context whose history is a list of claims. */
    public ScrubContext(LocalDate asOf, List<Claim> history) {
        this(asOf, ClaimHistory.of(history));
    }
}

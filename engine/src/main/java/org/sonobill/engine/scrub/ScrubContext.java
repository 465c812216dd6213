package org.sonobill.engine.scrub;

import java.time.LocalDate;
import java.util.List;
import org.sonobill.engine.claim.Claim;

/**
 * What the scrubber knows beyond the claim: the date it scrubs on (for future dates and timely filing) and the
 * claims already billed (for MUE totals per patient, provider and date).
 *
 * @param asOf the scrubbing date
 * @param history earlier claims (not including the claim scrubbed)
 */
public record ScrubContext(LocalDate asOf, List<Claim> history) {
    public ScrubContext {
        history = List.copyOf(history);
    }
}

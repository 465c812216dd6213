package org.sonobill.x12.ack;

import java.util.List;

/**
 * All acknowledgments of one file, in file order per kind.
 *
 * @param interchanges TA1 segments
 * @param implementation 999 transaction sets
 * @param claimStatus 277 transaction sets
 */
public record Acknowledgments(List<InterchangeAcknowledgment> interchanges,
                              List<ImplementationAcknowledgment> implementation,
                              List<ClaimStatusReport> claimStatus) {
    public Acknowledgments {
        interchanges = List.copyOf(interchanges);
        implementation = List.copyOf(implementation);
        claimStatus = List.copyOf(claimStatus);
    }

    /** Transaction sets read (999 and 277). */
    public int transactionSets() {
        return implementation.size() + claimStatus.size();
    }
}

package org.sonobill.x12.claim;

import java.util.List;

/**
 * What writing a batch produced.
 *
 * @param written how many claims were written
 * @param transactionSets how many ST/SE transaction sets
 * @param interchangeControlNumber the ISA13 used, or 0 when nothing was written
 * @param refusals the claims refused, each with its reasons
 */
public record WriteResult(int written, int transactionSets, long interchangeControlNumber, List<Refusal> refusals) {
    public WriteResult {
        refusals = List.copyOf(refusals);
    }
}

package org.sonobill.x12.claim;

import java.util.List;

/**
 * One 837 transaction set as read. A 999 accepts or rejects a transaction set as a whole, and so does SonoBill: when
 * {@link #problems()} is not empty none of its claims is used.
 *
 * @param controlNumber ST02
 * @param version GS08 of its group
 * @param kind the guide it was read with, or null when its version is not supported
 * @param claims its claims (those that could be built, even when the set is refused)
 * @param claimSegments how many claims (CLM segments) it holds
 * @param serviceLines how many service lines (LX) it holds
 * @param problems why it is refused; empty when accepted
 */
public record ReadTransaction(String controlNumber, String version, ClaimKind kind, List<ClaimSubmission> claims,
                              int claimSegments, int serviceLines, List<X12Problem> problems) {
    public ReadTransaction {
        claims = List.copyOf(claims);
        problems = List.copyOf(problems);
    }

    /** True when the transaction set passed validation. */
    public boolean accepted() {
        return problems.isEmpty();
    }
}

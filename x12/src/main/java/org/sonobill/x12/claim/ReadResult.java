package org.sonobill.x12.claim;

import java.util.List;

/**
 * An 837 file as read: its transaction sets, each accepted or refused with its problems.
 *
 * @param source the file name
 * @param transactions the transaction sets in file order
 * @param envelopeProblems problems of the interchange and group envelopes (ISA/GS/GE/IEA counts and control
 *     numbers); any of them refuses the whole file, as a TA1 or 999 would
 * @param notices what was done to read the file (byte-order mark skipped, UTF-16 transcoded)
 */
public record ReadResult(String source, List<ReadTransaction> transactions, List<X12Problem> envelopeProblems,
                         List<String> notices) {
    public ReadResult {
        transactions = List.copyOf(transactions);
        envelopeProblems = List.copyOf(envelopeProblems);
        notices = List.copyOf(notices);
    }

    /** True when the envelopes and every transaction set were accepted. */
    public boolean accepted() {
        return envelopeProblems.isEmpty() && transactions.stream().allMatch(ReadTransaction::accepted);
    }

    /** The claims of the accepted transaction sets (none when the envelope is refused). */
    public List<ClaimSubmission> acceptedClaims() {
        if (!envelopeProblems.isEmpty()) {
            return List.of();
        }
        return transactions.stream().filter(ReadTransaction::accepted).flatMap(t -> t.claims().stream()).toList();
    }

    /** Every problem: the envelope's, then each refused transaction set's. */
    public List<X12Problem> problems() {
        List<X12Problem> all = new java.util.ArrayList<>(envelopeProblems);
        transactions.forEach(t -> all.addAll(t.problems()));
        return all;
    }

    /** Claims (CLM segments) in the file, accepted or not. */
    public int claimCount() {
        return transactions.stream().mapToInt(ReadTransaction::claimSegments).sum();
    }

    /** Service lines read (accepted or not). */
    public int serviceLineCount() {
        return transactions.stream().mapToInt(ReadTransaction::serviceLines).sum();
    }
}

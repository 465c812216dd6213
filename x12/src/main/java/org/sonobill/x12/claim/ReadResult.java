package org.sonobill.x12.claim;

import java.util.List;

/**
 * An 837 file as read: its transaction sets, each accepted or refused with its problems.
 *
 * @param source the file name
 * @param transactions the transaction sets in file order
 * @param notices what was done to read the file (byte-order mark skipped, UTF-16 transcoded)
 */
public record ReadResult(String source, List<ReadTransaction> transactions, List<String> notices) {
    public ReadResult {
        transactions = List.copyOf(transactions);
        notices = List.copyOf(notices);
    }

    /** True when every transaction set was accepted. */
    public boolean accepted() {
        return transactions.stream().allMatch(ReadTransaction::accepted);
    }

    /** The claims of the accepted transaction sets. */
    public List<ClaimSubmission> acceptedClaims() {
        return transactions.stream().filter(ReadTransaction::accepted).flatMap(t -> t.claims().stream()).toList();
    }

    /** Every problem of every refused transaction set. */
    public List<X12Problem> problems() {
        return transactions.stream().flatMap(t -> t.problems().stream()).toList();
    }

    /** Claims read (accepted or not). */
    public int claimCount() {
        return transactions.stream().mapToInt(t -> t.claims().size()).sum();
    }

    /** Service lines read (accepted or not). */
    public int serviceLineCount() {
        return transactions.stream().mapToInt(ReadTransaction::serviceLines).sum();
    }
}

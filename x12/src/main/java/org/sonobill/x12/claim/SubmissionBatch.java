package org.sonobill.x12.claim;

import java.util.List;

/**
 * A batch read from the claims-with-parties JSON format (docs/x12.md): who sends it, the claims that could be read,
 * and why the others could not.
 *
 * @param interchange sender, receiver, submitter
 * @param claims the readable claims, in document order
 * @param unreadable one message per claim entry that could not be read (file, JSON pointer, what was expected)
 */
public record SubmissionBatch(Interchange interchange, List<ClaimSubmission> claims, List<String> unreadable) {
    public SubmissionBatch {
        claims = List.copyOf(claims);
        unreadable = List.copyOf(unreadable);
    }
}

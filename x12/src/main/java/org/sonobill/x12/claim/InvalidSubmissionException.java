package org.sonobill.x12.claim;

import java.util.List;

/** An 837 input file that cannot be used at all (malformed JSON, no interchange block); carries every problem. */
public final class InvalidSubmissionException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<String> problems;

    public InvalidSubmissionException(List<String> problems) {
        super(problems.isEmpty() ? "invalid 837 input" : problems.get(0));
        this.problems = List.copyOf(problems);
    }

    /** Each problem with its file and JSON pointer. */
    public List<String> problems() {
        return problems;
    }
}

package org.sonobill.engine.claim;

import java.util.List;
import org.sonobill.engine.study.InputProblem;

/** A claim document that could not be read; carries every problem found, each naming its line and field. */
public final class InvalidClaimException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<InputProblem> problems;

    public InvalidClaimException(List<InputProblem> problems) {
        super(problems.isEmpty() ? "invalid claim" : problems.get(0).describe());
        this.problems = List.copyOf(problems);
    }

    /** All problems, in document order. */
    public List<InputProblem> problems() {
        return problems;
    }
}

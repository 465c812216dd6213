package org.sonobill.engine.coverage;

import java.util.List;
import org.sonobill.engine.study.InputProblem;

/** A coverage article file that cannot be used, with every problem found (file, line, JSON pointer). */
public final class InvalidCoverageException extends RuntimeException {
    private final transient List<InputProblem> problems;

    public InvalidCoverageException(List<InputProblem> problems) {
        super(String.join("\n", problems.stream().map(InputProblem::describe).toList()));
        this.problems = List.copyOf(problems);
    }

    /** Every problem, in file order. */
    public List<InputProblem> problems() {
        return problems;
    }
}

package org.sonobill.engine.payer;

import java.util.List;
import org.sonobill.engine.study.InputProblem;

/** A payer rule pack that cannot be used, with every problem found (each naming the file, line and JSON pointer). */
public final class InvalidPackException extends RuntimeException {
    private final transient List<InputProblem> problems;

    public InvalidPackException(List<InputProblem> problems) {
        super(String.join("\n", problems.stream().map(InputProblem::describe).toList()));
        this.problems = List.copyOf(problems);
    }

    /** Every problem, in file order. */
    public List<InputProblem> problems() {
        return problems;
    }
}

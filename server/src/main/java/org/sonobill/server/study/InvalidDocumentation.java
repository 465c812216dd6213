package org.sonobill.server.study;

import java.util.List;
import org.sonobill.engine.study.InputProblem;
import org.sonobill.engine.study.InvalidStudyException;

/** Study documentation the engine's reader refused, with each field at fault (answered as a 400 problem). */
public final class InvalidDocumentation extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<InputProblem> problems;

    public InvalidDocumentation(InvalidStudyException cause) {
        super("invalid study documentation", cause);
        this.problems = cause.problems();
    }

    public List<InputProblem> problems() {
        return problems;
    }
}

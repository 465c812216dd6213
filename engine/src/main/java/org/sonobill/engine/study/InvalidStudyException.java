package org.sonobill.engine.study;

import java.util.List;

/** A study document that could not be read; carries every problem found, each naming its line and field. */
public final class InvalidStudyException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<InputProblem> problems;
    private final String studyId;

    public InvalidStudyException(String studyId, List<InputProblem> problems) {
        super(problems.isEmpty() ? "invalid study" : problems.get(0).describe());
        this.studyId = studyId;
        this.problems = List.copyOf(problems);
    }

    /** The study id when it could be read, otherwise null. */
    public String studyId() {
        return studyId;
    }

    /** All problems, in document order. */
    public List<InputProblem> problems() {
        return problems;
    }
}

package org.sonobill.x12.validate;

import java.util.List;

/**
 * What validating one file found.
 *
 * @param source the file
 * @param problems departures from the implementation guides, in file order
 * @param notValidated transaction sets without a SonoBill schema ("277 at segment 3: 005010X212 has no schema")
 */
public record ValidationReport(String source, List<ValidationProblem> problems, List<String> notValidated) {
    public ValidationReport {
        problems = List.copyOf(problems);
        notValidated = List.copyOf(notValidated);
    }

    /** No problem found in the transaction sets that have a schema. */
    public boolean isValid() {
        return problems.isEmpty();
    }
}

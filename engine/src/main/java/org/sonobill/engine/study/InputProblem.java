package org.sonobill.engine.study;

/**
 * One thing wrong with an input document.
 *
 * @param source the file (or "stdin") the document came from
 * @param line the 1-based line in that file, or 0 when unknown
 * @param column the 1-based column, or 0 when unknown
 * @param field the JSON pointer of the field, e.g. {@code /elements/liver}; empty for the whole document
 * @param message what was wrong and what was expected
 */
public record InputProblem(String source, int line, int column, String field, String message) {

    /** The problem as one line a person can act on: {@code study.json:12: /elements/liver: expected ...}. */
    public String describe() {
        StringBuilder sb = new StringBuilder(source == null ? "input" : source);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        sb.append(": ");
        if (field != null && !field.isEmpty()) {
            sb.append("field ").append(field).append(": ");
        }
        return sb.append(message).toString();
    }
}

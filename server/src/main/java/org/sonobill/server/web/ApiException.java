package org.sonobill.server.web;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A request the server cannot do, with what to tell the caller: the status, a title, a detail that says what was
 * expected, and the fields at fault. Answered as {@code application/problem+json}.
 */
public class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final HttpStatus status;
    private final String title;
    private final transient List<FieldProblem> fields;

    public ApiException(HttpStatus status, String title, String detail, List<FieldProblem> fields) {
        super(detail);
        this.status = status;
        this.title = title;
        this.fields = fields == null ? List.of() : List.copyOf(fields);
    }

    public ApiException(HttpStatus status, String title, String detail) {
        this(status, title, detail, List.of());
    }

    /** 404: no such record in the caller's organisation (another organisation's record is "not found" too). */
    public static ApiException notFound(String what, Object id) {
        return new ApiException(HttpStatus.NOT_FOUND, "Not found", "No " + what + " " + id + " in your organisation.");
    }

    /** 400 for one field. */
    public static ApiException badField(String field, String expected) {
        return new ApiException(HttpStatus.BAD_REQUEST, "Invalid request", field + ": " + expected,
                List.of(new FieldProblem(field, expected)));
    }

    /** 409: the record changed or is in a state that does not allow this. */
    public static ApiException conflict(String detail) {
        return new ApiException(HttpStatus.CONFLICT, "Conflict", detail);
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<FieldProblem> fields() {
        return fields;
    }

    /**
     * One field at fault.
     *
     * @param field where, as a JSON pointer or parameter name
     * @param problem what was expected there
     */
    public record FieldProblem(String field, String problem) {
    }
}

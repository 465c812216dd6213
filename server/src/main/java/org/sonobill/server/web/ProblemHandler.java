package org.sonobill.server.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sonobill.engine.study.InputProblem;
import org.sonobill.server.study.InvalidDocumentation;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;

/**
 * Turns every failure of a request into the problem format ({@link Problems}): input errors name the field and what
 * was expected (4xx); anything unexpected is a 500 with an incident id, logged without its message, because a
 * message can quote patient data (a database constraint names the duplicate value) and logs must not hold it.
 */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(ApiException.class)
    ResponseEntity<Object> api(ApiException e, HttpServletRequest req) {
        return problem(e.status(), e.title(), e.getMessage(), req, e.fields());
    }

    @ExceptionHandler(InvalidDocumentation.class)
    ResponseEntity<Object> study(InvalidDocumentation e, HttpServletRequest req) {
        List<ApiException.FieldProblem> fields = new ArrayList<>();
        for (InputProblem p : e.problems()) {
            fields.add(new ApiException.FieldProblem("/documentation" + (p.field() == null ? "" : p.field()),
                    p.message()));
        }
        return problem(HttpStatus.BAD_REQUEST, "Invalid study documentation", fields.size() == 1
                ? fields.get(0).field() + ": " + fields.get(0).problem()
                : fields.size() + " problems in the study documentation (see errors)", req, fields);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> type(MethodArgumentTypeMismatchException e, HttpServletRequest req) {
        String expected = e.getRequiredType() == null ? "a valid value" : switch (e.getRequiredType().getSimpleName()) {
            case "long", "Long", "int", "Integer" -> "a whole number";
            case "LocalDate" -> "a date YYYY-MM-DD";
            case "BigDecimal" -> "an amount such as 125.00";
            default -> "a valid " + e.getRequiredType().getSimpleName();
        };
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", e.getName() + ": expected " + expected,
                req, List.of(new ApiException.FieldProblem(e.getName(), "expected " + expected)));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> denied(AccessDeniedException e, HttpServletRequest req) {
        return problem(HttpStatus.FORBIDDEN, "Not allowed", "Your roles do not allow this request.", req, List.of());
    }

    @ExceptionHandler({OptimisticLockingFailureException.class, PessimisticLockingFailureException.class})
    ResponseEntity<Object> concurrent(RuntimeException e, HttpServletRequest req) {
        return problem(HttpStatus.CONFLICT, "Changed by someone else", "The record was changed by someone else "
                + "while you worked on it; reload it and apply your change again.", req, List.of());
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Object> integrity(DataIntegrityViolationException e, HttpServletRequest req) {
        // the constraint's name says what clashed; its message would quote the values, so it is not repeated
        String constraint = constraintName(e);
        return problem(HttpStatus.CONFLICT, "Conflicts with stored data", "The change conflicts with stored data"
                + (constraint == null ? "" : " (constraint " + constraint + ")") + "; nothing was saved.", req, List.of());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, HttpServletRequest req) {
        String incident = UUID.randomUUID().toString().substring(0, 8);
        logWithoutMessage(incident, e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error", "The server could not complete the request "
                + "(incident " + incident + "); nothing was saved. Tell your administrator the incident id.", req,
                List.of());
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        String detail = "The request body is not valid JSON";
        Throwable cause = ex.getMostSpecificCause();
        if (cause instanceof JacksonException j) {
            TokenStreamLocation loc = j.getLocation();
            String where = loc == null || loc.getLineNr() < 1 ? "" : " at line " + loc.getLineNr() + ", column "
                    + loc.getColumnNr();
            String path = j.getPathReference();
            detail = "The request body is not valid" + where + (path == null || path.isBlank() ? "" : " (" + path + ")")
                    + ": " + firstLine(j.getOriginalMessage());
        } else if (ex.getMessage() != null && ex.getMessage().startsWith("Required request body is missing")) {
            detail = "The request needs a JSON body";
        }
        return problem(HttpStatus.BAD_REQUEST, "Malformed request", detail,
                ((ServletWebRequest) request).getRequest(), List.of());
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        List<ApiException.FieldProblem> fields = new ArrayList<>();
        for (FieldError f : ex.getBindingResult().getFieldErrors()) {
            fields.add(new ApiException.FieldProblem(f.getField(), f.getDefaultMessage()));
        }
        String detail = fields.isEmpty() ? "The request is not valid" : fields.get(0).field() + ": "
                + fields.get(0).problem() + (fields.size() > 1 ? " (and " + (fields.size() - 1) + " more)" : "");
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", detail, ((ServletWebRequest) request).getRequest(),
                fields);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> r = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (r != null && r.getBody() instanceof ProblemDetail p && request instanceof ServletWebRequest s) {
            p.setInstance(java.net.URI.create(s.getRequest().getRequestURI()));
            return ResponseEntity.status(r.getStatusCode()).headers(r.getHeaders())
                    .contentType(MediaType.valueOf(Problems.MEDIA_TYPE)).body(p);
        }
        return r;
    }

    private static ResponseEntity<Object> problem(HttpStatus status, String title, String detail,
                                                  HttpServletRequest req, List<ApiException.FieldProblem> fields) {
        return ResponseEntity.status(status).contentType(MediaType.valueOf(Problems.MEDIA_TYPE))
                .body(Problems.of(status, title, detail, req.getRequestURI(), fields));
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unexpected content";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static String constraintName(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.postgresql.util.PSQLException p && p.getServerErrorMessage() != null) {
                return p.getServerErrorMessage().getConstraint();
            }
        }
        return null;
    }

    /** Logs the exception's type and stack frames only: messages can carry patient data (issue 4: none in logs). */
    /**
     * Logs an unexpected failure under a new incident id (returned) with its types, SQL states and stack frames,
     * never its message: for failures outside a request (the HL7 listener, commands).
     */
    public static String logIncident(Throwable e) {
        String incident = UUID.randomUUID().toString().substring(0, 8);
        logWithoutMessage(incident, e);
        return incident;
    }

    static void logWithoutMessage(String incident, Throwable e) {
        StringBuilder sb = new StringBuilder("incident ").append(incident).append(": ");
        for (Throwable t = e; t != null; t = t.getCause()) {
            sb.append(t == e ? "" : " caused by ").append(t.getClass().getName());
            if (t instanceof java.sql.SQLException sql) {
                sb.append(" (SQLSTATE ").append(sql.getSQLState()).append(')'); // a code, never a value
            }
            if (t instanceof org.springframework.jdbc.BadSqlGrammarException bad) {
                sb.append(" in: ").append(bad.getSql()); // our statement text, with placeholders only
            }
            StackTraceElement[] frames = t.getStackTrace();
            for (int i = 0; i < Math.min(8, frames.length); i++) {
                sb.append("\n\tat ").append(frames[i]);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        LOG.error(sb.toString());
    }
}

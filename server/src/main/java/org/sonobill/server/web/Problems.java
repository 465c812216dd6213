package org.sonobill.server.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one error format of the API: RFC 9457 {@code application/problem+json} with {@code title}, {@code status},
 * {@code detail} (what was wrong and what was expected), {@code instance} (the request path) and, for input errors,
 * {@code errors}: each field at fault with the problem. Never a stack trace.
 */
@Component
public class Problems {
    public static final String MEDIA_TYPE = "application/problem+json";
    private final JsonMapper json;

    public Problems(JsonMapper json) {
        this.json = json;
    }

    /** A problem body. */
    public static ProblemDetail of(HttpStatus status, String title, String detail, String path,
                                   List<ApiException.FieldProblem> fields) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setTitle(title);
        if (path != null) {
            p.setInstance(URI.create(path));
        }
        if (fields != null && !fields.isEmpty()) {
            p.setProperty("errors", fields);
        }
        return p;
    }

    /** Writes a problem straight to a response (from filters, before any controller). */
    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String title,
                      String detail, List<ApiException.FieldProblem> fields) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), of(status, title, detail, request.getRequestURI(), fields));
    }
}

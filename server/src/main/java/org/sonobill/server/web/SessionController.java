package org.sonobill.server.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.sonobill.server.security.CurrentUser;
import org.sonobill.server.security.Role;
import org.sonobill.server.security.SonoBillUser;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who is signed in, and the CSRF token a browser page sends with its changes. */
@RestController
@Tag(name = "Session")
public class SessionController {

    /** The signed-in user and, for a session, the CSRF token for the header {@code X-CSRF-TOKEN}. */
    public record SessionView(String user, String displayName, String organisation, List<String> roles,
                              String csrfHeader, String csrfToken) {
    }

    @GetMapping("/api/session")
    @Operation(summary = "The signed-in user, roles and CSRF token (every signed-in user)")
    public SessionView session(HttpServletRequest request) {
        SonoBillUser u = CurrentUser.get();
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        return new SessionView(u.actor(), u.displayName(), u.organisationCode(),
                u.roles().stream().map(Role::key).sorted().toList(), csrf == null ? null : csrf.getHeaderName(),
                csrf == null ? null : csrf.getToken());
    }
}

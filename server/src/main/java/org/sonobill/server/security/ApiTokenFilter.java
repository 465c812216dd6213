package org.sonobill.server.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.sonobill.server.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * API tokens for systems: {@code Authorization: Bearer sb_...}. A request with a token is stateless (no session, so
 * no CSRF token is needed: a browser never sends this header on its own). A wrong or revoked token is refused with
 * 401, never treated as anonymous.
 */
public final class ApiTokenFilter extends OncePerRequestFilter {
    private final UserStore users;
    private final Problems problems;

    public ApiTokenFilter(UserStore users, Problems problems) {
        this.users = users;
        this.problems = problems;
    }

    /** True when a request carries a bearer token (and is therefore exempt from CSRF). */
    public static boolean hasBearer(HttpServletRequest request) {
        String h = request.getHeader("Authorization");
        return h != null && h.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!hasBearer(request)) {
            chain.doFilter(request, response);
            return;
        }
        String token = request.getHeader("Authorization").substring(7).trim();
        Optional<SonoBillUser> user = token.startsWith("sb_") ? users.byToken(token) : Optional.empty();
        if (user.isEmpty()) {
            problems.write(request, response, HttpStatus.UNAUTHORIZED, "Invalid API token",
                    "The bearer token is unknown or revoked; ask an administrator for a token (POST /api/tokens).",
                    null);
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.get(), null,
                user.get().getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}

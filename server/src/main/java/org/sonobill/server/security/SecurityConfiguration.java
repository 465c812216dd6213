package org.sonobill.server.security;

import org.sonobill.server.web.Problems;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who gets in: people sign in with a session (form at {@code /login}, CSRF-protected), systems send an API token.
 * Each endpoint then names its roles with {@code @PreAuthorize} (see {@link Access}). Failures are answered in the
 * problem format for the API, and by the sign-in page for a browser.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
// `sonobill init` opens the database without a web server: no filter chain then
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
public class SecurityConfiguration {

    /**
     * No Micrometer observations of Spring Security's own work: without this, each filter of the chain and each
     * {@code @PreAuthorize} check is wrapped in an observation object even when observations are switched off by
     * property, which cost about a tenth of an API request's CPU under the load test (docs/benchmarks.md). The
     * request metrics ({@code http.server.requests}) are not Spring Security's and stay.
     */
    @Bean
    public static SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    public SecurityFilterChain securityFilterChain(HttpSecurity http, UserStore users, Problems problems)
            throws Exception {
        RequestMatcher api = r -> r.getRequestURI().startsWith(r.getContextPath() + "/api/")
                || r.getRequestURI().startsWith(r.getContextPath() + "/actuator/");
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/sonobill.css", "/favicon.ico", "/error").permitAll()
                        .requestMatchers("/api/docs", "/api/docs/**", "/api/openapi", "/api/openapi/**",
                                "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/**").hasAnyRole("ADMIN", "MANAGER")
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?signed-out"))
                // an API call that is refused is not remembered for after sign-in, and opens no session
                .requestCache(c -> c.requestCache(new org.springframework.security.web.savedrequest.NullRequestCache()))
                // a bearer-token request carries no session cookie, so it cannot be forged by another site
                .csrf(c -> c.ignoringRequestMatchers(ApiTokenFilter::hasBearer))
                .addFilterBefore(new ApiTokenFilter(users, problems), UsernamePasswordAuthenticationFilter.class)
                .exceptionHandling(e -> e
                        .defaultAuthenticationEntryPointFor((req, res, ex) -> problems.write(req, res,
                                HttpStatus.UNAUTHORIZED, "Sign-in required", "Sign in at /login (a session) or send "
                                        + "an API token as 'Authorization: Bearer sb_...'.", null), api)
                        .defaultAccessDeniedHandlerFor((req, res, ex) -> problems.write(req, res, HttpStatus.FORBIDDEN,
                                "Not allowed", forbiddenDetail(req), null), api))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(
                        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
                                + "img-src 'self' data:")));
        return http.build();
    }

    private static String forbiddenDetail(jakarta.servlet.http.HttpServletRequest req) {
        boolean csrf = req.getAttribute("org.springframework.security.web.csrf.CsrfToken") != null
                && !"GET".equals(req.getMethod()) && req.getHeader("X-CSRF-TOKEN") == null
                && req.getParameter("_csrf") == null && !ApiTokenFilter.hasBearer(req);
        return csrf ? "This change needs the session's CSRF token (header X-CSRF-TOKEN, from GET /api/session)."
                : "Your roles do not allow this request.";
    }
}

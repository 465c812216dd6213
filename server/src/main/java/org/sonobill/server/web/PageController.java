package org.sonobill.server.web;

import jakarta.servlet.http.HttpServletRequest;
import org.sonobill.server.security.CurrentUser;
import org.sonobill.server.security.Role;
import org.sonobill.server.security.SonoBillUser;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The two pages of this issue: the sign-in form (CSRF-protected, session sign-in) and a start page that says who is
 * signed in and where the API and its documentation are. The working screens come with the UI issue.
 */
@Controller
public class PageController {

    @GetMapping(value = "/login", produces = MediaType.TEXT_HTML_VALUE)
    public ResponseEntity<String> login(HttpServletRequest request) {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        String message = request.getParameter("error") != null
                ? "<p class=\"error\" role=\"alert\">Wrong user name or password.</p>"
                : request.getParameter("signed-out") != null ? "<p class=\"note\">You are signed out.</p>" : "";
        String body = """
                <main class="card">
                  <h1>SonoBill</h1>
                  <p class="note">Ultrasound coding and billing. Sign in to continue.</p>
                  %s
                  <form method="post" action="/login">
                    <label for="username">User name</label>
                    <input id="username" name="username" autocomplete="username" required autofocus
                           placeholder="name or name@organisation">
                    <label for="password">Password</label>
                    <input id="password" name="password" type="password" autocomplete="current-password" required>
                    <input type="hidden" name="%s" value="%s">
                    <button type="submit">Sign in</button>
                  </form>
                  <p class="note"><a href="/api/docs">API documentation</a></p>
                </main>""".formatted(message, csrf == null ? "_csrf" : escape(csrf.getParameterName()),
                csrf == null ? "" : escape(csrf.getToken()));
        return page("Sign in - SonoBill", body);
    }

    @GetMapping(value = "/", produces = MediaType.TEXT_HTML_VALUE)
    public ResponseEntity<String> home(HttpServletRequest request) {
        SonoBillUser u = CurrentUser.get();
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        String roles = String.join(", ", u.roles().stream().map(Role::key).sorted().toList());
        String body = """
                <main class="card">
                  <h1>SonoBill</h1>
                  <p>Signed in as <strong>%s</strong> (%s) in organisation <strong>%s</strong>.</p>
                  <p>Roles: %s</p>
                  <ul>
                    <li><a href="/api/docs">API documentation</a> (try the endpoints your roles allow)</li>
                    <li><a href="/api/studies">Studies</a> (JSON)</li>
                    <li><a href="/api/claims">Claims</a> (JSON)</li>
                    <li><a href="/actuator/health">Health</a></li>
                  </ul>
                  <form method="post" action="/logout">
                    <input type="hidden" name="%s" value="%s">
                    <button type="submit">Sign out</button>
                  </form>
                </main>""".formatted(escape(u.displayName()), escape(u.actor()), escape(u.organisationCode()),
                escape(roles), csrf == null ? "_csrf" : escape(csrf.getParameterName()),
                csrf == null ? "" : escape(csrf.getToken()));
        return page("SonoBill", body);
    }

    private static ResponseEntity<String> page(String title, String body) {
        String html = """
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title>
                <style>
                  body { font-family: system-ui, sans-serif; background: #f4f6f8; color: #1d2733; margin: 0; }
                  .card { max-width: 26rem; margin: 4rem auto; background: #fff; padding: 2rem; border-radius: 8px;
                          box-shadow: 0 1px 4px rgba(0,0,0,.12); }
                  h1 { margin-top: 0; color: #0b5394; }
                  label { display: block; margin-top: 1rem; font-weight: 600; }
                  input { width: 100%%; box-sizing: border-box; padding: .5rem; margin-top: .25rem; font-size: 1rem; }
                  button { margin-top: 1.5rem; padding: .6rem 1.2rem; font-size: 1rem; background: #0b5394; color: #fff;
                           border: 0; border-radius: 4px; cursor: pointer; }
                  .error { color: #a61b1b; } .note { color: #55606e; }
                </style></head>
                <body>%s</body></html>
                """.formatted(escape(title), body);
        return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(html);
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}

package org.sonobill.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sonobill.server.TestServer;
import org.sonobill.server.TestServer.TestOrg;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** People sign in with a session; their changes need the CSRF token; passwords are kept only as bcrypt hashes. */
class SessionSignInTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static TestOrg org;

    @BeforeAll
    static void organisation() {
        org = TestServer.get().newOrganisation("session");
    }

    /** A browser: cookies kept, redirects not followed (so the sign-in answer can be seen). */
    private static final class Browser {
        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        final String base = TestServer.get().url();

        HttpResponse<String> get(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, String contentType, String body, String csrfHeader, String csrf)
                throws Exception {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            if (csrf != null) {
                b.header(csrfHeader, csrf);
            }
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> signIn(String user, String password) throws Exception {
            String page = get("/login").body();
            Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
            assertThat(m.find()).as("the sign-in form carries a CSRF token").isTrue();
            String form = "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(m.group(1));
            return post("/login", "application/x-www-form-urlencoded", form, null, null);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void aPersonSignsInAndSeesWhoTheyAre() throws Exception {
        Browser b = new Browser();
        HttpResponse<String> r = b.signIn("biller@" + org.code(), "biller-password-123");
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElse("")).doesNotContain("error");
        JsonNode session = JSON.readTree(b.get("/api/session").body());
        assertThat(session.path("user").asString()).isEqualTo("biller@" + org.code());
        assertThat(session.path("roles").get(0).asString()).isEqualTo("biller");
        assertThat(b.get("/").body()).contains("Signed in as");
    }

    @Test
    void aWrongPasswordIsSentBackToTheSignInPage() throws Exception {
        HttpResponse<String> r = new Browser().signIn("biller@" + org.code(), "wrong-password-1");
        assertThat(r.headers().firstValue("Location").orElse("")).endsWith("/login?error");
        assertThat(new Browser().get("/login?error").body()).contains("Wrong user name or password");
    }

    @Test
    void aChangeFromASessionNeedsTheCsrfToken() throws Exception {
        Browser b = new Browser();
        b.signIn("biller@" + org.code(), "biller-password-123");
        HttpResponse<String> without = b.post("/api/claims", "application/json", "{}", null, null);
        assertThat(without.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(without.body()).path("detail").asString()).contains("CSRF");

        JsonNode session = JSON.readTree(b.get("/api/session").body());
        HttpResponse<String> with = b.post("/api/claims", "application/json", "{}",
                session.path("csrfHeader").asString(), session.path("csrfToken").asString());
        assertThat(with.statusCode()).as(with.body()).isEqualTo(400); // through security; the body itself is wrong
        assertThat(JSON.readTree(with.body()).path("errors").get(0).path("field").asString()).isEqualTo("studyIds");
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        Browser b = new Browser();
        b.signIn("coder@" + org.code(), "coder-password-123");
        JsonNode session = JSON.readTree(b.get("/api/session").body());
        b.post("/logout", "application/x-www-form-urlencoded", "", session.path("csrfHeader").asString(),
                session.path("csrfToken").asString());
        assertThat(b.get("/api/session").statusCode()).isEqualTo(401);
    }

    @Test
    void passwordsAreStoredOnlyAsBcryptHashes() {
        String hash = TestServer.get().jdbc().sql("SELECT password_hash FROM users WHERE id = ?")
                .params(org.userIds().get(Role.CODER)).query(String.class).single();
        assertThat(hash).startsWith("$2a$10$").doesNotContain("coder-password-123");
        String tokenHash = TestServer.get().jdbc().sql("SELECT token_hash FROM api_tokens WHERE user_id = ?")
                .params(org.userIds().get(Role.CODER)).query(String.class).list().get(0);
        assertThat(tokenHash).hasSize(64).isNotEqualTo(org.token(Role.CODER));
    }
}

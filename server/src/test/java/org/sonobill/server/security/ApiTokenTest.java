package org.sonobill.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sonobill.server.Api;
import org.sonobill.server.TestServer;
import org.sonobill.server.TestServer.TestOrg;

/** API tokens: a token works until it is revoked, and not one request after, though its holder is remembered. */
class ApiTokenTest {

    @Test
    void aRevokedTokenIsRefusedAtOnceThoughItWasJustUsed() {
        TestOrg org = TestServer.get().newOrganisation("tokens");
        Api admin = Api.as(org.token(Role.ADMIN));
        var issued = admin.post("/api/tokens", "{\"userId\": " + org.userIds().get(Role.CODER)
                + ", \"name\": \"interface engine\"}");
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        Api engine = Api.as(issued.json().path("token").asString());
        // used twice: the second answer comes from the remembered holder
        assertThat(engine.get("/api/studies").status()).isEqualTo(200);
        assertThat(engine.get("/api/studies").status()).isEqualTo(200);

        assertThat(admin.delete("/api/tokens/" + issued.json().path("id").asLong()).status()).isEqualTo(204);

        var refused = engine.get("/api/studies");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.json().path("title").asString()).isEqualTo("Invalid API token");
        // the other tokens of the organisation still work
        assertThat(Api.as(org.token(Role.CODER)).get("/api/studies").status()).isEqualTo(200);
    }

    @Test
    void anUnknownTokenIsRefused() {
        var refused = Api.as("sb_not-a-token-anyone-was-given").get("/api/studies");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.contentType()).startsWith("application/problem+json");
    }
}

package org.sonobill.server.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sonobill.server.Api;
import org.sonobill.server.Examples;
import org.sonobill.server.TestServer;
import org.sonobill.server.TestServer.TestOrg;
import org.sonobill.server.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Every change leaves who, what, which record, before and after; and the trail cannot be rewritten. */
class AuditTrailTest {
    private static TestOrg org;
    private static long study;

    @BeforeAll
    static void aCodedStudy() {
        org = TestServer.get().newOrganisation("audit");
        Api coder = Api.as(org.token(Role.CODER));
        study = coder.post("/api/studies", Examples.createStudy("09-carotid-duplex-bilateral.json", "AU-1", "MRN-AU-1"))
                .json().path("study").path("id").asLong();
        coder.post("/api/studies/" + study + "/code", null);
    }

    @Test
    void eachChangeOfAStudyIsRecordedWithWhoBeforeAndAfter() {
        JsonNode events = Api.as(org.token(Role.AUDITOR)).get("/api/audit?entity=study&entityId=" + study).json();
        assertThat(events.findValuesAsString("action")).containsExactly("code", "create");
        JsonNode code = events.get(0);
        assertThat(code.path("actor").asString()).isEqualTo("coder@" + org.code());
        assertThat(code.path("before").path("status").asString()).isEqualTo("received");
        assertThat(code.path("after").path("status").asString()).isEqualTo("coded");
        assertThat(code.path("after").path("codes").get(0).asString()).isEqualTo("93880");
        assertThat(code.path("at").asString()).isNotBlank();
    }

    @Test
    void theApplicationsOwnConnectionCannotUpdateOrDeleteTheTrail() {
        JdbcClient app = TestServer.get().jdbc(); // the server's pool, as every service uses it
        assertThatThrownBy(() -> app.sql("UPDATE audit_events SET actor = 'mallory' WHERE organisation_id = ?")
                .params(org.id()).update()).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> app.sql("DELETE FROM audit_events WHERE organisation_id = ?").params(org.id()).update())
                .rootCause().hasMessageContaining("append-only");
        assertThat(app.sql("SELECT count(*) FROM audit_events WHERE organisation_id = ? AND actor = 'mallory'")
                .params(org.id()).query(Long.class).single()).isZero();
    }

    @Test
    void onlyAuditorsManagersAndAdminsReadTheTrail() {
        assertThat(Api.as(org.token(Role.CODER)).get("/api/audit").status()).isEqualTo(403);
        assertThat(Api.as(org.token(Role.MANAGER)).get("/api/audit").status()).isEqualTo(200);
    }
}

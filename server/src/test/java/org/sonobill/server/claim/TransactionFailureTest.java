package org.sonobill.server.claim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sonobill.server.Api;
import org.sonobill.server.Api.Response;
import org.sonobill.server.Examples;
import org.sonobill.server.TestServer;
import org.sonobill.server.TestServer.TestOrg;
import org.sonobill.server.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A failure in the middle of a multi-row change leaves nothing half-written: the claim, its lines and diagnoses were
 * already inserted when the failure struck, and none of them, nor the studies' new status, nor an audit event, stays.
 * The failure is made on purpose by a trigger that refuses the link of one claim to one study.
 */
class TransactionFailureTest {
    private static TestOrg org;
    private static final JdbcClient JDBC = TestServer.get().jdbc();

    @BeforeAll
    static void organisation() {
        org = TestServer.get().newOrganisation("crash");
    }

    @AfterEach
    void removeTheTrap() {
        JDBC.sql("DROP TRIGGER IF EXISTS crash_test_trap ON claim_studies").update();
        JDBC.sql("DROP FUNCTION IF EXISTS crash_test_trap()").update();
    }

    private static long count(String table) {
        return JDBC.sql("SELECT count(*) FROM " + table + " WHERE organisation_id = ?").params(org.id())
                .query(Long.class).single();
    }

    @Test
    void aClaimThatFailsHalfwayLeavesNoClaimNoLinesAndStudiesUnbilled() {
        Api coder = Api.as(org.token(Role.CODER));
        long a = coder.post("/api/studies", Examples.createStudy("04-pelvis-female-transabdominal-transvaginal.json",
                "TX-1", "MRN-TX")).json().path("study").path("id").asLong();
        coder.post("/api/studies/" + a + "/code", null);
        long auditBefore = count("audit_events");

        // the second of the claim's rows to link fails: claims, claim_lines, claim_diagnoses are written by then
        JDBC.sql("CREATE FUNCTION crash_test_trap() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                + "IF NEW.study_id = " + a + " THEN RAISE EXCEPTION 'crash test'; END IF; RETURN NEW; END; $$").update();
        JDBC.sql("CREATE TRIGGER crash_test_trap BEFORE INSERT ON claim_studies FOR EACH ROW "
                + "EXECUTE FUNCTION crash_test_trap()").update();

        Response r = Api.as(org.token(Role.BILLER)).post("/api/claims", "{\"studyIds\": [" + a + "]}");
        assertThat(r.status()).isEqualTo(500);
        assertThat(r.json().path("detail").asString()).contains("nothing was saved");

        assertThat(count("claims")).isZero();
        assertThat(count("claim_lines")).isZero();
        assertThat(count("claim_diagnoses")).isZero();
        assertThat(count("claim_studies")).isZero();
        assertThat(count("audit_events")).isEqualTo(auditBefore);
        assertThat(coder.get("/api/studies/" + a).json().path("study").path("status").asString()).isEqualTo("coded");

        removeTheTrap();
        Response retried = Api.as(org.token(Role.BILLER)).post("/api/claims", "{\"studyIds\": [" + a + "]}");
        assertThat(retried.status()).as(retried.body()).isEqualTo(201);
        assertThat(count("claim_lines")).isEqualTo(retried.json().path("lines").size());
    }

    @Test
    void aCodingThatFailsHalfwayKeepsNoResultAndTheStudyStatus() {
        Api coder = Api.as(org.token(Role.CODER));
        long s = coder.post("/api/studies", Examples.createStudy("08-echo-tte-complete-doppler.json", "TX-2",
                "MRN-TX-2")).json().path("study").path("id").asLong();
        long auditBefore = count("audit_events");
        // the audit insert comes after the coding result and the status change: make it fail for this study
        JDBC.sql("CREATE FUNCTION crash_test_trap() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                + "IF NEW.entity = 'study' AND NEW.entity_id = '" + s + "' AND NEW.action = 'code' THEN "
                + "RAISE EXCEPTION 'crash test'; END IF; RETURN NEW; END; $$").update();
        JDBC.sql("CREATE TRIGGER crash_test_trap BEFORE INSERT ON audit_events FOR EACH ROW "
                + "EXECUTE FUNCTION crash_test_trap()").update();
        try {
            assertThat(coder.post("/api/studies/" + s + "/code", null).status()).isEqualTo(500);
        } finally {
            JDBC.sql("DROP TRIGGER IF EXISTS crash_test_trap ON audit_events").update();
        }
        assertThat(JDBC.sql("SELECT count(*) FROM coding_results WHERE study_id = ?").params(s).query(Long.class)
                .single()).isZero();
        assertThat(coder.get("/api/studies/" + s).json().path("study").path("status").asString()).isEqualTo("received");
        assertThat(count("audit_events")).isEqualTo(auditBefore);
    }
}

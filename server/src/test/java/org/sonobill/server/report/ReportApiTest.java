package org.sonobill.server.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sonobill.server.Api;
import org.sonobill.server.Api.Response;
import org.sonobill.server.TestServer;
import org.sonobill.server.TestServer.TestOrg;
import org.sonobill.server.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * POST /api/reports: a dictated report becomes a study with the documentation read from it, the engine's coding as
 * version 1, the evidence and the reader's confidence; a confident report is coded, a doubtful one waits in the
 * coder's worklist; the accession is taken once; a failure half-way keeps nothing.
 */
class ReportApiTest {
    private static final JdbcClient JDBC = TestServer.get().jdbc();
    private static TestOrg org;
    private static Api coder;

    @BeforeAll
    static void organisation() {
        org = TestServer.get().newOrganisation("reports");
        coder = Api.as(org.token(Role.CODER));
    }

    @AfterEach
    void removeTheTrap() {
        JDBC.sql("DROP TRIGGER IF EXISTS report_crash_trap ON report_readings").update();
        JDBC.sql("DROP FUNCTION IF EXISTS report_crash_trap()").update();
    }

    @Test
    void aCompleteReportIsReadCodedAndKeptWithItsEvidence() {
        Response r = coder.post("/api/reports", ReportFixtures.request("RPT-1", "MRN-RPT-1",
                ReportFixtures.COMPLETE_ABDOMEN));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        JsonNode d = r.json();
        long id = d.path("study").path("id").asLong();
        assertThat(d.path("study").path("accession").asString()).isEqualTo("RPT-1");
        assertThat(d.path("documentation").path("exam").asString()).isEqualTo("abdomen");
        assertThat(d.path("documentation").path("id").asString()).isEqualTo("RPT-1");
        assertThat(d.path("reportText").asString()).isEqualTo(ReportFixtures.COMPLETE_ABDOMEN);
        assertThat(d.path("coding").path("version").asInt()).isEqualTo(1);
        assertThat(d.path("coding").path("source").asString()).isEqualTo("engine");
        assertThat(d.path("study").path("codes").toString()).contains("76700");
        assertThat(d.path("reading").path("source").asString()).isEqualTo("text");
        assertThat(d.path("reading").path("evidence").size()).isPositive();
        JsonNode first = null;
        for (JsonNode e : d.path("reading").path("evidence")) {
            if (e.path("start").asInt() >= 0 && first == null) {
                first = e;
            }
        }
        assertThat(first).as("an evidence span in the text").isNotNull();
        String text = ReportFixtures.COMPLETE_ABDOMEN.substring(first.path("start").asInt(), first.path("end").asInt());
        assertThat(first.path("text").asString()).isEqualTo(text);

        // every code-determining fact read with evidence, and the engine finds nothing to hold: coded, no coder needed
        assertThat(d.path("reading").path("confidence").asString()).isEqualTo("ready");
        assertThat(d.path("reading").path("review")).isEmpty();
        assertThat(d.path("coding").path("result").path("status").asString()).isEqualTo("ready");
        assertThat(d.path("study").path("status").asString()).isEqualTo("coded");
        assertThat(coder.get("/api/studies?status=coded&confidence=ready&source=text").json().path("items")
                .findValuesAsString("accession")).contains("RPT-1");

        JsonNode again = coder.get("/api/studies/" + id).json();
        assertThat(again.path("reading")).isEqualTo(d.path("reading"));
        assertThat(again.path("documentation")).isEqualTo(d.path("documentation"));
        JsonNode audit = Api.as(org.token(Role.AUDITOR)).get("/api/audit?entity=study&entityId=" + id).json();
        assertThat(audit.toString()).contains("\"create\"").contains("\"code\"").contains("\"read-report\"");
    }

    @Test
    void aVagueReportWaitsInTheCodersWorklist() {
        Response r = coder.post("/api/reports", ReportFixtures.request("RPT-2", "MRN-RPT-2", ReportFixtures.VAGUE));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().path("reading").path("confidence").asString()).isEqualTo("needs-review");
        assertThat(r.json().path("reading").path("review").size()).isPositive();
        assertThat(r.json().path("study").path("status").asString()).isEqualTo("needs-review");
        long id = r.json().path("study").path("id").asLong();

        JsonNode worklist = coder.get("/api/studies?status=needs-review&confidence=needs-review&source=text").json();
        assertThat(worklist.path("items").findValuesAsString("accession")).contains("RPT-2");
        assertThat(coder.get("/api/studies?confidence=ready").json().path("items").findValuesAsString("accession"))
                .doesNotContain("RPT-2");
        assertThat(coder.get("/api/studies?source=hl7").json().path("items").findValuesAsString("accession"))
                .doesNotContain("RPT-2");
        assertThat(coder.get("/api/studies/" + id).json().path("reading").path("review").size()).isPositive();
    }

    @Test
    void aConfidentReadingTheEngineHoldsBackStillWaitsForACoder() {
        // the reader is sure of the exam and its elements, but no stored images are documented (SB-DOC-005)
        String text = ReportFixtures.COMPLETE_ABDOMEN.replace(" Images were stored.", "");
        Response r = coder.post("/api/reports", ReportFixtures.request("RPT-7", "MRN-RPT-7", text));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().path("coding").path("result").path("status").asString()).isNotEqualTo("ready");
        assertThat(r.json().path("study").path("status").asString()).isEqualTo("needs-review");
    }

    @Test
    void theSameAccessionTwiceIsRefusedAndNothingIsWrittenTwice() {
        assertThat(coder.post("/api/reports", ReportFixtures.request("RPT-3", "MRN-RPT-3",
                ReportFixtures.COMPLETE_ABDOMEN)).status()).isEqualTo(201);
        long audit = count("audit_events");
        Response twice = coder.post("/api/reports", ReportFixtures.request("RPT-3", "MRN-RPT-3",
                ReportFixtures.COMPLETE_ABDOMEN));
        assertThat(twice.status()).as(twice.body()).isEqualTo(409);
        assertThat(twice.contentType()).startsWith("application/problem+json");
        assertThat(twice.json().path("detail").asString()).contains("RPT-3").contains("nothing was saved");
        assertThat(JDBC.sql("SELECT count(*) FROM studies WHERE organisation_id = ? AND accession = 'RPT-3'")
                .params(org.id()).query(Long.class).single()).isEqualTo(1);
        assertThat(JDBC.sql("SELECT count(*) FROM report_readings r JOIN studies s ON s.id = r.study_id "
                + "WHERE s.organisation_id = ? AND s.accession = 'RPT-3'").params(org.id()).query(Long.class).single())
                .isEqualTo(1);
        assertThat(count("audit_events")).isEqualTo(audit);
    }

    @Test
    void aBadContextIsRefusedNamingTheField() {
        String body = ReportFixtures.request("RPT-4", "MRN-RPT-4", ReportFixtures.COMPLETE_ABDOMEN)
                .replace("\"claimType\": \"professional\"", "\"claimType\": \"dental\"");
        Response r = coder.post("/api/reports", body);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().path("errors").get(0).path("field").asString()).isEqualTo("context.claimType");
        Response noText = coder.post("/api/reports", "{\"accession\": \"RPT-5\", \"reportText\": \"  \"}");
        assertThat(noText.status()).isEqualTo(400);
        assertThat(noText.json().path("errors").get(0).path("field").asString()).isEqualTo("reportText");
    }

    @Test
    void aFailureHalfWayKeepsNoStudyNoCodingAndNoAuditEvent() {
        long studies = count("studies");
        long codings = count("coding_results");
        long audit = count("audit_events");
        JDBC.sql("CREATE FUNCTION report_crash_trap() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                + "RAISE EXCEPTION 'crash test'; END; $$").update();
        JDBC.sql("CREATE TRIGGER report_crash_trap BEFORE INSERT ON report_readings FOR EACH ROW "
                + "WHEN (NEW.organisation_id = " + org.id() + ") EXECUTE FUNCTION report_crash_trap()").update();
        Response r = coder.post("/api/reports", ReportFixtures.request("RPT-6", "MRN-RPT-6",
                ReportFixtures.COMPLETE_ABDOMEN));
        assertThat(r.status()).isEqualTo(500);
        assertThat(r.body()).doesNotContain("crash test").doesNotContain("at org.");
        assertThat(count("studies")).isEqualTo(studies);
        assertThat(count("coding_results")).isEqualTo(codings);
        assertThat(count("audit_events")).isEqualTo(audit);

        removeTheTrap();
        assertThat(coder.post("/api/reports", ReportFixtures.request("RPT-6", "MRN-RPT-6",
                ReportFixtures.COMPLETE_ABDOMEN)).status()).isEqualTo(201);
    }

    private static long count(String table) {
        return JDBC.sql("SELECT count(*) FROM " + table + " WHERE organisation_id = ?").params(org.id())
                .query(Long.class).single();
    }
}

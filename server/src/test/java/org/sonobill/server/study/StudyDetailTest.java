package org.sonobill.server.study;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sonobill.server.Api;
import org.sonobill.server.Api.Response;
import org.sonobill.server.Examples;
import org.sonobill.server.TestServer;
import org.sonobill.server.TestServer.TestOrg;
import org.sonobill.server.security.Role;
import tools.jackson.databind.JsonNode;

/**
 * A study's detail says what the study list says about it, at every stage: the detail is read with its own queries
 * (study, patient and claim in one; the coding versions in another), the list with the summary query.
 */
class StudyDetailTest {
    private static TestOrg org;
    private static Api coder;
    private static Api biller;

    @BeforeAll
    static void organisation() {
        org = TestServer.get().newOrganisation("detail");
        coder = Api.as(org.token(Role.CODER));
        biller = Api.as(org.token(Role.BILLER));
    }

    @Test
    void theDetailAgreesWithTheListFromReceiptToClaim() {
        Response created = coder.post("/api/studies", Examples.createStudy("06-knee-limited-extremity.json", "SD-1",
                "MRN-SD-1"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().path("study").path("id").asLong();
        JsonNode received = sameAsList(id, created.json());
        assertThat(received.path("study").path("status").asString()).isEqualTo("received");
        assertThat(received.path("study").path("codingVersion").isNull()).isTrue();
        assertThat(received.path("study").path("codes")).isEmpty();
        assertThat(received.path("coding").isNull()).isTrue();
        assertThat(received.path("codingHistory")).isEmpty();
        assertThat(received.path("claimId").isNull()).isTrue();
        assertThat(received.path("study").path("interpretingNpi").asString())
                .isEqualTo(received.path("documentation").path("report").path("interpretingNpi").asString());
        assertThat(received.path("patient").path("mrn").asString()).isEqualTo("MRN-SD-1");
        assertThat(received.path("documentation").path("id").asString()).isEqualTo("SD-1");

        Response coded = coder.post("/api/studies/" + id + "/code", null);
        assertThat(coded.status()).as(coded.body()).isEqualTo(200);
        JsonNode c = sameAsList(id, coded.json());
        assertThat(c.path("study").path("codingVersion").asInt()).isEqualTo(1);
        assertThat(c.path("coding").path("version").asInt()).isEqualTo(1);
        assertThat(c.path("study").path("codes").get(0).asString()).isEqualTo("76882");

        Response again = coder.post("/api/studies/" + id + "/code", null);
        assertThat(again.json().path("coding").path("version").asInt()).isEqualTo(2);
        Response changed = coder.post("/api/studies/" + id + "/coding", """
                {"action": "change", "reason": "Physician addendum documents a complete joint exam",
                 "lines": [{"code": "76881", "modifiers": ["RT"], "units": 1, "diagnoses": ["M25.461"]}]}""");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        JsonNode ch = sameAsList(id, changed.json());
        assertThat(ch.path("study").path("codingVersion").asInt()).isEqualTo(3);
        assertThat(ch.path("study").path("codes").get(0).asString()).isEqualTo("76881");
        assertThat(ch.path("coding").path("source").asString()).isEqualTo("coder");
        assertThat(ch.path("coding").path("result").path("lines").get(0).path("code").asString()).isEqualTo("76881");
        assertThat(ch.path("codingHistory")).hasSize(3);
        assertThat(ch.path("codingHistory").get(0).path("codes").get(0).asString()).isEqualTo("76882");
        assertThat(ch.path("codingHistory").get(2).path("changeReason").asString()).contains("addendum");

        Response claim = biller.post("/api/claims", "{\"studyIds\": [" + id + "]}");
        assertThat(claim.status()).as(claim.body()).isEqualTo(201);
        JsonNode billed = sameAsList(id, coder.get("/api/studies/" + id).json());
        assertThat(billed.path("study").path("status").asString()).isEqualTo("billed");
        assertThat(billed.path("claimId").asLong()).isEqualTo(claim.json().path("claim").path("id").asLong());
    }

    @Test
    void aSecondStudyUnderATakenAccessionIsRefusedAndSavesNothing() {
        Response first = coder.post("/api/studies", Examples.createStudy("03-renal-hematuria-kidneys-and-bladder.json",
                "SD-3", "MRN-SD-3"));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        // the same accession for another patient: refused, and the other patient is not created either
        Response again = coder.post("/api/studies", Examples.createStudy("01-abdomen-complete-outpatient-hospital.json",
                "SD-3", "MRN-SD-3-OTHER"));
        assertThat(again.status()).as(again.body()).isEqualTo(409);
        assertThat(again.json().path("detail").asString()).contains("SD-3").contains("nothing was saved");
        assertThat(TestServer.get().jdbc().sql("SELECT count(*) FROM patients WHERE organisation_id = ? AND mrn = ?")
                .params(org.id(), "MRN-SD-3-OTHER").query(Long.class).single()).isZero();
        assertThat(TestServer.get().jdbc().sql("SELECT count(*) FROM studies WHERE organisation_id = ? AND accession = ?")
                .params(org.id(), "SD-3").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aStudyOfAnotherOrganisationIsNotFound() {
        long id = coder.post("/api/studies", Examples.createStudy("05-breast-bilateral-office.json", "SD-2",
                "MRN-SD-2")).json().path("study").path("id").asLong();
        Api stranger = Api.as(TestServer.get().newOrganisation("detail-other").token(Role.CODER));
        assertThat(stranger.get("/api/studies/" + id).status()).isEqualTo(404);
        assertThat(stranger.post("/api/studies/" + id + "/code", null).status()).isEqualTo(404);
    }

    /** The detail's summary equals the list's entry for the study, and GET answers what the change answered. */
    private static JsonNode sameAsList(long id, JsonNode answered) {
        JsonNode detail = coder.get("/api/studies/" + id).json();
        assertThat(detail).isEqualTo(answered);
        JsonNode listed = null;
        for (JsonNode s : coder.get("/api/studies?limit=200").json().path("items")) {
            if (s.path("id").asLong() == id) {
                listed = s;
            }
        }
        assertThat(listed).as("study " + id + " in the list").isNotNull();
        assertThat(detail.path("study")).isEqualTo(listed);
        return detail;
    }
}

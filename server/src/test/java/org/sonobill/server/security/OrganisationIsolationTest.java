package org.sonobill.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sonobill.server.Api;
import org.sonobill.server.Examples;
import org.sonobill.server.TestServer;
import org.sonobill.server.TestServer.TestOrg;
import tools.jackson.databind.JsonNode;

/** One organisation never reads or touches another's data, whatever id it asks for. */
class OrganisationIsolationTest {
    private static TestOrg mine;
    private static TestOrg theirs;
    private static long theirStudy;
    private static long theirClaim;

    @BeforeAll
    static void twoOrganisations() {
        mine = TestServer.get().newOrganisation("mine");
        theirs = TestServer.get().newOrganisation("theirs");
        Api coder = Api.as(theirs.token(Role.CODER));
        theirStudy = coder.post("/api/studies", Examples.createStudy("01-abdomen-complete-outpatient-hospital.json",
                "ISO-1", "MRN-ISO-1")).json().path("study").path("id").asLong();
        coder.post("/api/studies/" + theirStudy + "/code", null);
        theirClaim = Api.as(theirs.token(Role.BILLER)).post("/api/claims", "{\"studyIds\": [" + theirStudy + "]}")
                .json().path("claim").path("id").asLong();
    }

    @Test
    void anotherOrganisationsStudyAndClaimAreNotFound() {
        Api me = Api.as(mine.token(Role.ADMIN));
        assertThat(me.get("/api/studies/" + theirStudy).status()).isEqualTo(404);
        assertThat(me.get("/api/claims/" + theirClaim).status()).isEqualTo(404);
        assertThat(me.get("/api/studies/" + theirStudy).json().path("detail").asString())
                .isEqualTo("No study " + theirStudy + " in your organisation.");
    }

    @Test
    void anotherOrganisationsRecordsCannotBeChanged() {
        Api me = Api.as(mine.token(Role.ADMIN));
        assertThat(me.post("/api/studies/" + theirStudy + "/code", null).status()).isEqualTo(404);
        assertThat(me.post("/api/claims", "{\"studyIds\": [" + theirStudy + "]}").status()).isEqualTo(404);
        assertThat(me.post("/api/claims/" + theirClaim + "/scrub", null).status()).isEqualTo(404);
        assertThat(me.post("/api/tokens", "{\"userId\": " + theirs.userIds().get(Role.ADMIN) + ", \"name\": \"x\"}")
                .status()).isEqualTo(404);
        assertThat(Api.as(theirs.token(Role.BILLER)).get("/api/claims/" + theirClaim).json().path("claim")
                .path("status").asString()).isEqualTo("draft");
    }

    @Test
    void listsAuditAndUsersShowOnlyTheCallersOrganisation() {
        Api me = Api.as(mine.token(Role.ADMIN));
        assertThat(me.get("/api/studies").json().path("items").findValuesAsString("id"))
                .doesNotContain(String.valueOf(theirStudy));
        assertThat(me.get("/api/claims").json().path("total").asLong()).isZero();
        for (JsonNode e : me.get("/api/audit?limit=1000").json()) {
            assertThat(e.path("actor").asString()).doesNotEndWith("@" + theirs.code());
            assertThat(e.path("entity").asString() + e.path("entityId").asString())
                    .isNotIn("study" + theirStudy, "claim" + theirClaim);
        }
        for (JsonNode u : me.get("/api/users").json()) {
            assertThat(mine.userIds()).containsValue(u.path("id").asLong());
        }
        assertThat(me.get("/api/payers").json().findValuesAsString("code"))
                .containsExactly("commercial", "commercial-hmo", "medicare");
    }

    @Test
    void theSameAccessionAndMrnMayExistInTwoOrganisations() {
        var r = Api.as(mine.token(Role.CODER)).post("/api/studies", Examples.createStudy(
                "01-abdomen-complete-outpatient-hospital.json", "ISO-1", "MRN-ISO-1"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().path("study").path("id").asLong()).isNotEqualTo(theirStudy);
    }
}

package org.sonobill.server.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sonobill.server.Api;
import org.sonobill.server.Api.Response;
import org.sonobill.server.Examples;
import org.sonobill.server.TestServer;
import org.sonobill.server.TestServer.TestOrg;
import org.sonobill.server.security.Role;
import tools.jackson.databind.JsonNode;

/** A claim's detail: what its changes answer is what GET answers, and its summary is what the claim list says. */
class ClaimDetailTest {
    private static TestOrg org;
    private static Api coder;
    private static Api biller;

    @BeforeAll
    static void organisation() {
        org = TestServer.get().newOrganisation("claim-detail");
        coder = Api.as(org.token(Role.CODER));
        biller = Api.as(org.token(Role.BILLER));
    }

    private static long codedStudy(String example, String accession, String mrn) {
        Response r = coder.post("/api/studies", Examples.createStudy(example, accession, mrn));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        long id = r.json().path("study").path("id").asLong();
        assertThat(coder.post("/api/studies/" + id + "/code", null).status()).isEqualTo(200);
        return id;
    }

    @Test
    void aClaimOfTwoStudiesListsItsStudiesAndDiagnosesInOrder() {
        // two studies of one patient on one date: one claim
        long second = codedStudy("09-carotid-duplex-bilateral.json", "CD-1", "MRN-CD-1");
        long first = codedStudy("09-carotid-duplex-bilateral.json", "CD-2", "MRN-CD-1");
        Response created = biller.post("/api/claims", "{\"studyIds\": [" + second + ", " + first + "]}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode c = sameAsGetAndList(created.json());
        assertThat(longs(c.path("studyIds"))).containsExactly(Math.min(first, second), Math.max(first, second));
        assertThat(c.path("diagnoses").size()).isPositive();
        assertThat(c.path("patientName").asString()).isEqualTo("Testpatient, Alex");
        assertThat(c.path("billingNpi").asString()).isEqualTo("1245319599");
        assertThat(c.path("frequency").asString()).isEqualTo("1");
        // every pointer of every line points at a diagnosis of the claim
        for (JsonNode line : c.path("lines")) {
            for (JsonNode p : line.path("pointers")) {
                assertThat(p.asInt()).isBetween(1, c.path("diagnoses").size());
            }
        }

        Response scrubbed = biller.post("/api/claims/" + c.path("claim").path("id").asLong() + "/scrub", null,
                Map.of("If-Match", created.etag()));
        assertThat(scrubbed.status()).as(scrubbed.body()).isEqualTo(200);
        JsonNode s = sameAsGetAndList(scrubbed.json());
        assertThat(s.path("claim").path("version").asInt()).isEqualTo(c.path("claim").path("version").asInt() + 1);
        assertThat(s.path("diagnoses")).isEqualTo(c.path("diagnoses"));
        assertThat(s.path("studyIds")).isEqualTo(c.path("studyIds"));
        assertThat(s.path("history").findValuesAsString("action")).contains("create", "scrub");
    }

    @Test
    void aClaimOfAnotherOrganisationIsNotFound() {
        long study = codedStudy("05-breast-bilateral-office.json", "CD-3", "MRN-CD-3");
        long claim = biller.post("/api/claims", "{\"studyIds\": [" + study + "]}").json().path("claim").path("id")
                .asLong();
        Api stranger = Api.as(TestServer.get().newOrganisation("claim-detail-other").token(Role.BILLER));
        assertThat(stranger.get("/api/claims/" + claim).status()).isEqualTo(404);
        assertThat(stranger.post("/api/claims/" + claim + "/scrub", null).status()).isEqualTo(404);
    }

    private static JsonNode sameAsGetAndList(JsonNode answered) {
        long id = answered.path("claim").path("id").asLong();
        JsonNode detail = biller.get("/api/claims/" + id).json();
        assertThat(detail).isEqualTo(answered);
        JsonNode listed = null;
        for (JsonNode c : biller.get("/api/claims?limit=200").json().path("items")) {
            if (c.path("id").asLong() == id) {
                listed = c;
            }
        }
        assertThat(listed).as("claim " + id + " in the list").isNotNull();
        assertThat(detail.path("claim")).isEqualTo(listed);
        return detail;
    }

    private static List<Long> longs(JsonNode array) {
        List<Long> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asLong()));
        return out;
    }
}

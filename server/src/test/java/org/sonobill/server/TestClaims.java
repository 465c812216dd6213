package org.sonobill.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.sonobill.server.Api.Response;
import org.sonobill.server.TestServer.TestOrg;
import org.sonobill.server.security.Role;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Claims for tests of what happens after a claim is made: from an example study through the API, then moved on. */
public final class TestClaims {
    private TestClaims() {
    }

    /**
     * A claim made from an example study (coded, accepted, billed), then moved through the given statuses as the
     * release and submission steps would; with the patient's member id and address when {@code insured}. Returns
     * the claim's detail.
     */
    public static JsonNode made(TestOrg org, String example, String accession, boolean insured, String... statuses) {
        Api coder = Api.as(org.token(Role.CODER));
        Api biller = Api.as(org.token(Role.BILLER));
        ObjectNode body = (ObjectNode) Api.JSON.readTree(Examples.createStudy(example, accession, "MRN-" + accession));
        if (insured) {
            ObjectNode patient = (ObjectNode) body.get("patient");
            patient.put("memberId", "1EG4TE5MK" + String.format("%02d", Math.abs(accession.hashCode()) % 100));
            ObjectNode address = patient.putObject("address");
            address.put("line1", "118 Orchard Lane");
            address.put("city", "Springfield");
            address.put("state", "IL");
            address.put("zip", "62704");
        }
        Response s = coder.post("/api/studies", body.toString());
        assertThat(s.status()).as(s.body()).isEqualTo(201);
        long study = s.json().path("study").path("id").asLong();
        coder.post("/api/studies/" + study + "/code", null);
        coder.post("/api/studies/" + study + "/coding", "{\"action\": \"accept\", \"reason\": \"Reviewed for the test\"}");
        Response c = biller.post("/api/claims", "{\"studyIds\": [" + study + "]}");
        assertThat(c.status()).as(c.body()).isEqualTo(201);
        long id = c.json().path("claim").path("id").asLong();
        for (String status : statuses) {
            TestServer.get().jdbc().sql("UPDATE claims SET status = ?, version = version + 1 WHERE id = ?")
                    .params(status, id).update();
        }
        return biller.get("/api/claims/" + id).json();
    }
}

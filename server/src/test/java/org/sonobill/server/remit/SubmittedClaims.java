package org.sonobill.server.remit;

import static org.assertj.core.api.Assertions.assertThat;

import org.sonobill.server.Api;
import org.sonobill.server.Api.Response;
import org.sonobill.server.Examples;
import org.sonobill.server.TestServer;
import org.sonobill.server.TestServer.TestOrg;
import org.sonobill.server.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Claims a payer can pay: made through the API from an example study, then released and submitted. */
final class SubmittedClaims {
    private SubmittedClaims() {
    }

    /** A claim made from an example study, scrubbed, released and (as a clearinghouse would) submitted. */
    static JsonNode submitted(TestOrg org, String example, String accession) {
        Api coder = Api.as(org.token(Role.CODER));
        Api biller = Api.as(org.token(Role.BILLER));
        JdbcClient jdbc = TestServer.get().jdbc();
        Response s = coder.post("/api/studies", Examples.createStudy(example, accession, "MRN-" + accession));
        long study = s.json().path("study").path("id").asLong();
        coder.post("/api/studies/" + study + "/code", null);
        coder.post("/api/studies/" + study + "/coding", "{\"action\": \"accept\", \"reason\": \"Reviewed for the posting test\"}");
        Response c = biller.post("/api/claims", "{\"studyIds\": [" + study + "]}");
        assertThat(c.status()).as(c.body()).isEqualTo(201);
        long id = c.json().path("claim").path("id").asLong();
        // the submission steps belong to the batch workflow; here the claim is moved along its lifecycle directly
        for (String status : new String[] {"scrubbed", "ready", "submitted"}) {
            jdbc.sql("UPDATE claims SET status = ?, version = version + 1 WHERE id = ?").params(status, id).update();
        }
        return biller.get("/api/claims/" + id).json();
    }
}

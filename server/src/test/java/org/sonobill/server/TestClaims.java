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

    /**
     * Makes the organisation able to send 837s: its clearinghouse ids and contact (1000A/1000B), the billing
     * provider's tax id and address (2010AA), and the payers' ids (2010BB), as an administrator would set them.
     */
    public static void enrolledWithClearinghouse(TestOrg org) {
        var jdbc = TestServer.get().jdbc();
        jdbc.sql("""
                        UPDATE organisations SET x12_sender_id = 'VALLEYIMG01', x12_receiver_id = 'CLEARHOUSE1',
                            x12_receiver_name = 'TEST CLEARINGHOUSE', contact_name = 'Billing Office',
                            contact_phone = '2175550100' WHERE id = ?""").params(org.id()).update();
        jdbc.sql("""
                        UPDATE providers SET tax_id = '371234567', address_line1 = '2200 Medical Plaza Drive',
                            city = 'Springfield', state = 'IL', zip = '627041234'
                        WHERE organisation_id = ? AND role = 'billing'""").params(org.id()).update();
        jdbc.sql("UPDATE payers SET payer_id_x12 = 'MCR01' WHERE organisation_id = ?").params(org.id()).update();
    }
}

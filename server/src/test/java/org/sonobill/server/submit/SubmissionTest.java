package org.sonobill.server.submit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sonobill.server.Api;
import org.sonobill.server.Api.Response;
import org.sonobill.server.TestClaims;
import org.sonobill.server.TestServer;
import org.sonobill.server.TestServer.TestOrg;
import org.sonobill.server.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Claims out as 837 batches and the acknowledgements back, on real PostgreSQL: control numbers from the database,
 * a claim the guide would refuse left out with the loop named, 999 and 277CA linked to batches and claims, once.
 */
class SubmissionTest {
    private static final JdbcClient JDBC = TestServer.get().jdbc();
    private static TestOrg org;
    private static Api biller;
    private static int accessions;

    @BeforeAll
    static void organisation() {
        org = TestServer.get().newOrganisation("submit");
        biller = Api.as(org.token(Role.BILLER));
        TestClaims.enrolledWithClearinghouse(org);
    }

    /** A released claim for a new patient; with the patient's member id and address, or without. */
    private static JsonNode released(String example, boolean insured) {
        return TestClaims.made(org, example, "SUB-" + (++accessions), insured, "scrubbed", "ready").path("claim");
    }

    private static String status(JsonNode claim) {
        return biller.get("/api/claims/" + claim.path("id").asLong()).json().path("claim").path("status").asString();
    }

    private static Response upload(String x12, String name) {
        return biller.send("POST", "/api/acknowledgements?name=" + name, x12,
                Map.of("Content-Type", "application/edi-x12"));
    }

    @Test
    void aBatchCarriesTheGoodClaimsAndNamesWhereTheOtherFallsShortThenA999RejectsItsSetOnce() {
        JsonNode good = released("01-abdomen-complete-outpatient-hospital.json", true);
        JsonNode uninsured = released("09-carotid-duplex-bilateral.json", false);

        Response r = biller.post("/api/batches", "{\"claimIds\": [" + good.path("id").asLong() + ", "
                + uninsured.path("id").asLong() + "]}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        JsonNode batch = r.json().path("batches").get(0);
        assertThat(batch.path("kind").asString()).isEqualTo("837P");
        assertThat(batch.path("claims").asInt()).isEqualTo(1);
        JsonNode refused = r.json().path("refused");
        assertThat(refused).hasSize(1);
        assertThat(refused.get(0).path("claimNumber").asString()).isEqualTo(uninsured.path("claimNumber").asString());
        assertThat(refused.get(0).path("problems").toString()).contains("2010BA");
        assertThat(status(good)).isEqualTo("submitted");
        assertThat(status(uninsured)).isEqualTo("ready");

        long id = batch.path("id").asLong();
        Response file = biller.get("/api/batches/" + id + "/837");
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.contentType()).startsWith("application/edi-x12");
        long control = batch.path("interchangeControl").asLong();
        assertThat(file.body()).startsWith("ISA*").contains(String.format("*%09d*", control))
                .contains("CLM*" + good.path("claimNumber").asString() + "*")
                .contains("REF*6R*" + good.path("claimNumber").asString() + "-1")
                .doesNotContain("CLM*" + uninsured.path("claimNumber").asString() + "*");

        // the clearinghouse rejects the transaction set (IK5 R): the claim comes back to be fixed
        String reject = "ISA*00*          *00*          *ZZ*CLEARHOUSE1    *ZZ*VALLEYIMG01    *261128*1200*^*00501*"
                + "000000555*0*P*:~GS*FA*CLEARHOUSE1*VALLEYIMG01*20261128*1200*555*X*005010X231A1~"
                + "ST*999*0001*005010X231A1~AK1*HC*" + control + "*005010X222A1~AK2*837*0001*005010X222A1~"
                + "IK3*NM1*5*2010BA*8~IK5*R*5~AK9*R*1*1*0~SE*7*0001~GE*1*555~IEA*1*000000555~";
        Response ack = upload(reject, "reject.999");
        assertThat(ack.status()).as(ack.body()).isEqualTo(200);
        assertThat(ack.json().path("claimsRejected").asInt()).isEqualTo(1);
        assertThat(status(good)).isEqualTo("rejected");
        assertThat(biller.get("/api/batches/" + id).json().path("accepted").asBoolean(true)).isFalse();

        Response again = upload(reject, "reject-again.999");
        assertThat(again.json().path("claimsRejected").asInt()).isZero();
        assertThat(again.json().path("findings").toString()).contains("read before");
    }

    @Test
    void aPayersClaimAcknowledgementAcceptsTheClaimWithItsClaimNumber() {
        JsonNode claim = released("03-renal-hematuria-kidneys-and-bladder.json", true);
        Response r = biller.post("/api/batches", "{\"claimIds\": [" + claim.path("id").asLong() + "]}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        String number = claim.path("claimNumber").asString();
        String accepted = "ISA*00*          *00*          *ZZ*MCR01          *ZZ*VALLEYIMG01    *261128*1008*^*00501*"
                + "000014420*0*P*:~GS*HN*MCR01*VALLEYIMG01*20261128*100831*14420*X*005010X214~"
                + "ST*277*000014420*005010X214~BHT*0085*08*000000674*20261128*100831*TH~HL*1**20*1~"
                + "NM1*PR*2*MEDICARE TEST PAYER*****PI*MCR01~TRN*1*000014420~DTP*050*D8*20261128~DTP*009*D8*20261128~"
                + "HL*2*1*21*1~NM1*41*2*VALLEY IMAGING GROUP*****46*VALLEYIMG01~TRN*2*000000674~"
                + "STC*A1:20*20261128*WQ*420.0~QTY*90*1~AMT*YU*420.0~HL*3*2*19*1~"
                + "NM1*85*2*VALLEY IMAGING GROUP*****XX*1245319599~TRN*1*0001~HL*4*3*PT~"
                + "NM1*QC*1*TESTPATIENT*JANE****MI*1EG4TE5MK01~TRN*2*" + number + "~STC*A2:20*20261128*WQ*420~"
                + "REF*1K*PAYER-ICN-77~DTP*472*D8*20260615~SE*23*000014420~GE*1*14420~IEA*1*000014420~";
        Response ack = upload(accepted, "accepted.277");
        assertThat(ack.status()).as(ack.body()).isEqualTo(200);
        assertThat(ack.json().path("claimsAccepted").asInt()).isEqualTo(1);
        JsonNode after = biller.get("/api/claims/" + claim.path("id").asLong()).json();
        assertThat(after.path("claim").path("status").asString()).isEqualTo("accepted");
        assertThat(after.path("history").findValuesAsString("action")).contains("submit", "accept-277ca");
        assertThat(JDBC.sql("SELECT payer_claim_number FROM claims WHERE id = ?").params(claim.path("id").asLong())
                .query(String.class).single()).isEqualTo("PAYER-ICN-77");
        assertThat(JDBC.sql("SELECT answered_by FROM acknowledgements WHERE organisation_id = ? AND kind = '277CA'")
                .params(org.id()).query(String.class).single()).isEqualTo("payer");
    }

    @Test
    void nothingIsSubmittedThatIsNotReleasedAndAFileThatIsNoAcknowledgementIsRefused() {
        JsonNode claim = released("06-knee-limited-extremity.json", true);
        JDBC.sql("UPDATE claims SET status = 'draft', version = version + 1 WHERE id = ?")
                .params(claim.path("id").asLong()).update();
        Response r = biller.post("/api/batches", "{\"claimIds\": [" + claim.path("id").asLong() + "]}");
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.json().path("detail").asString()).contains(claim.path("claimNumber").asString()).contains("draft");
        Response notAck = upload("ISA*garbage", "letter.txt");
        assertThat(notAck.status()).isEqualTo(422);
        assertThat(notAck.json().path("detail").asString()).contains("letter.txt");
    }

    @Test
    void aPayerMayRejectAClaimItsClearinghouseAcceptedAndAGroupRejectedWholeSendsItsClaimsBack() {
        JsonNode claim = released("05-breast-bilateral-office.json", true);
        Response r = biller.post("/api/batches", "{\"claimIds\": [" + claim.path("id").asLong() + "]}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        JDBC.sql("UPDATE claims SET status = 'accepted', version = version + 1 WHERE id = ?")
                .params(claim.path("id").asLong()).update();
        String number = claim.path("claimNumber").asString();
        String rejected = "ISA*00*          *00*          *ZZ*MCR01          *ZZ*VALLEYIMG01    *261128*1008*^*00501*"
                + "000014421*0*P*:~GS*HN*MCR01*VALLEYIMG01*20261128*100831*14421*X*005010X214~"
                + "ST*277*000014421*005010X214~BHT*0085*08*000000675*20261128*100831*TH~HL*1**20*1~"
                + "NM1*PR*2*MEDICARE TEST PAYER*****PI*MCR01~TRN*1*000014421~DTP*050*D8*20261128~DTP*009*D8*20261128~"
                + "HL*2*1*21*1~NM1*41*2*VALLEY IMAGING GROUP*****46*VALLEYIMG01~TRN*2*000000675~"
                + "STC*A1:20*20261128*WQ*420.0~QTY*90*1~AMT*YU*420.0~HL*3*2*19*1~"
                + "NM1*85*2*VALLEY IMAGING GROUP*****XX*1245319599~TRN*1*0001~HL*4*3*PT~"
                + "NM1*QC*1*TESTPATIENT*JANE****MI*1EG4TE5MK01~TRN*2*" + number + "~STC*A7:562*20261128*U*420~"
                + "DTP*472*D8*20260615~SE*22*000014421~GE*1*14421~IEA*1*000014421~";
        Response ack = upload(rejected, "payer-reject.277");
        assertThat(ack.status()).as(ack.body()).isEqualTo(200);
        assertThat(ack.json().path("claimsRejected").asInt()).isEqualTo(1);
        assertThat(status(claim)).isEqualTo("rejected");

        JsonNode second = released("10-venous-duplex-right-leg.json", true);
        Response b = biller.post("/api/batches", "{\"claimIds\": [" + second.path("id").asLong() + "]}");
        long control = b.json().path("batches").get(0).path("interchangeControl").asLong();
        String group = "ISA*00*          *00*          *ZZ*CLEARHOUSE1    *ZZ*VALLEYIMG01    *261128*1200*^*00501*"
                + "000000556*0*P*:~GS*FA*CLEARHOUSE1*VALLEYIMG01*20261128*1200*556*X*005010X231A1~"
                + "ST*999*0001*005010X231A1~AK1*HC*" + control + "*005010X222A1~AK9*R*1*0*0*4~SE*4*0001~GE*1*556~"
                + "IEA*1*000000556~";
        Response whole = upload(group, "group.999");
        assertThat(whole.status()).as(whole.body()).isEqualTo(200);
        assertThat(whole.json().path("claimsRejected").asInt()).isEqualTo(1);
        assertThat(status(second)).isEqualTo("rejected");
    }

    @Test
    void aControlNumberAnotherBatchAlreadyCarriesIsPassedOver() {
        JsonNode claim = released("12-ed-pocus-fast-limited-abdomen.json", true);
        long last = JDBC.sql("SELECT last_value FROM interchange_control_seq").query(Long.class).single();
        // batches from before (the demo's, or another system's) hold the next two numbers
        for (long taken = last + 1; taken <= last + 2; taken++) {
            JDBC.sql("INSERT INTO submission_batches (organisation_id, kind, interchange_control) VALUES (?, '837P', ?)")
                    .params(org.id(), taken).update();
        }
        Response r = biller.post("/api/batches", "{\"claimIds\": [" + claim.path("id").asLong() + "]}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().path("batches").get(0).path("interchangeControl").asLong()).isEqualTo(last + 3);
        assertThat(r.json().path("batches").get(0).path("claims").asInt()).isEqualTo(1);
    }
}

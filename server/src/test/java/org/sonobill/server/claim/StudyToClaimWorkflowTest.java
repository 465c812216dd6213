package org.sonobill.server.claim;

import static org.assertj.core.api.Assertions.assertThat;

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

class StudyToClaimWorkflowTest {
    private static TestOrg org;
    private static Api coder;
    private static Api biller;

    @BeforeAll
    static void organisation() {
        org = TestServer.get().newOrganisation("workflow");
        coder = Api.as(org.token(Role.CODER));
        biller = Api.as(org.token(Role.BILLER));
    }

    private static long study(String example, String accession) {
        Response r = coder.post("/api/studies", Examples.createStudy(example, accession, "MRN-" + accession));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().path("study").path("id").asLong();
    }

    @Test
    void aCompleteAbdomenIsCodedBilledScrubbedAndReleased() {
        long id = study("01-abdomen-complete-outpatient-hospital.json", "WF-1");

        Response coded = coder.post("/api/studies/" + id + "/code", null);
        assertThat(coded.status()).as(coded.body()).isEqualTo(200);
        assertThat(coded.json().path("study").path("status").asString()).isEqualTo("coded");
        assertThat(coded.json().path("coding").path("result").path("lines").get(0).path("code").asString())
                .isEqualTo("76700");

        Response claim = biller.post("/api/claims", "{\"studyIds\": [" + id + "]}");
        assertThat(claim.status()).as(claim.body()).isEqualTo(201);
        JsonNode c = claim.json();
        long claimId = c.path("claim").path("id").asLong();
        assertThat(c.path("claim").path("status").asString()).isEqualTo("draft");
        assertThat(c.path("lines").get(0).path("code").asString()).isEqualTo("76700");
        assertThat(c.path("lines").get(0).path("charge").decimalValue()).isEqualByComparingTo("420.00");
        assertThat(c.path("diagnoses").get(0).asString()).isEqualTo("R10.11");

        Response scrubbed = biller.post("/api/claims/" + claimId + "/scrub", null, Map.of("If-Match", claim.etag()));
        assertThat(scrubbed.status()).as(scrubbed.body()).isEqualTo(200);
        assertThat(scrubbed.json().path("claim").path("status").asString()).isEqualTo("scrubbed");
        assertThat(scrubbed.json().path("scrub").path("result").path("findings").isArray()).isTrue();

        Response ready = biller.post("/api/claims/" + claimId + "/ready", null, Map.of("If-Match", scrubbed.etag()));
        String scrubStatus = scrubbed.json().path("claim").path("scrubStatus").asString();
        if (scrubStatus.equals("clean")) {
            assertThat(ready.status()).as(ready.body()).isEqualTo(200);
            assertThat(ready.json().path("claim").path("status").asString()).isEqualTo("ready");
        } else {
            assertThat(ready.status()).as(ready.body()).isEqualTo(409);
        }
        JsonNode history = biller.get("/api/claims/" + claimId).json().path("history");
        assertThat(history.findValuesAsString("action")).contains("create", "scrub");
    }

    @Test
    void aStudyOnAClaimIsBilledAndCannotBeBilledTwice() {
        long id = study("03-renal-hematuria-kidneys-and-bladder.json", "WF-2");
        coder.post("/api/studies/" + id + "/code", null);
        assertThat(biller.post("/api/claims", "{\"studyIds\": [" + id + "]}").status()).isEqualTo(201);
        assertThat(coder.get("/api/studies/" + id).json().path("study").path("status").asString()).isEqualTo("billed");

        Response again = biller.post("/api/claims", "{\"studyIds\": [" + id + "]}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("detail").asString()).contains("billed");
    }

    @Test
    void aStudySentForReviewIsBilledOnlyAfterTheCoderAcceptsItWithAReason() {
        long id = study("02-abdomen-ordered-complete-spleen-not-documented.json", "WF-3");
        Response coded = coder.post("/api/studies/" + id + "/code", null);
        assertThat(coded.json().path("study").path("status").asString()).isEqualTo("needs-review");
        assertThat(biller.post("/api/claims", "{\"studyIds\": [" + id + "]}").status()).isEqualTo(409);

        Response noReason = coder.post("/api/studies/" + id + "/coding", "{\"action\": \"accept\"}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().path("errors").get(0).path("field").asString()).isEqualTo("reason");

        Response accepted = coder.post("/api/studies/" + id + "/coding",
                "{\"action\": \"accept\", \"reason\": \"Limited exam confirmed with the ordering physician\"}");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.json().path("study").path("status").asString()).isEqualTo("accepted");
        assertThat(biller.post("/api/claims", "{\"studyIds\": [" + id + "]}").status()).isEqualTo(201);
    }

    @Test
    void aCoderChangeIsKeptAsANewVersionWithTheReasonAndTheEarlierLines() {
        long id = study("06-knee-limited-extremity.json", "WF-4");
        coder.post("/api/studies/" + id + "/code", null);
        Response changed = coder.post("/api/studies/" + id + "/coding", """
                {"action": "change", "basedOnVersion": 1, "reason": "Physician addendum documents a complete joint exam",
                 "lines": [{"code": "76881", "modifiers": ["RT"], "units": 1, "diagnoses": ["M25.461"]}]}""");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        JsonNode coding = changed.json().path("coding");
        assertThat(coding.path("version").asInt()).isEqualTo(2);
        assertThat(coding.path("source").asString()).isEqualTo("coder");
        assertThat(coding.path("changeReason").asString()).contains("addendum");
        assertThat(coding.path("result").path("lines").get(0).path("code").asString()).isEqualTo("76881");
        assertThat(coding.path("result").path("previousLines").get(0).path("code").asString()).isEqualTo("76882");
        assertThat(changed.json().path("codingHistory")).hasSize(2);

        Response stale = coder.post("/api/studies/" + id + "/coding", """
                {"action": "change", "basedOnVersion": 1, "reason": "A second coder working on version one",
                 "lines": [{"code": "76882", "modifiers": ["RT"], "units": 1, "diagnoses": ["M25.461"]}]}""");
        assertThat(stale.status()).isEqualTo(409);
    }

    @Test
    void aCoderChangeWithAnUnknownDiagnosisIsRefusedNamingTheField() {
        long id = study("06-knee-limited-extremity.json", "WF-5");
        coder.post("/api/studies/" + id + "/code", null);
        Response r = coder.post("/api/studies/" + id + "/coding", """
                {"action": "change", "reason": "Trying a diagnosis that does not exist",
                 "lines": [{"code": "76882", "modifiers": ["RT"], "units": 1, "diagnoses": ["Q99.999"]}]}""");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().path("errors").get(0).path("field").asString()).isEqualTo("lines[0].diagnoses");
    }

    @Test
    void anOverrideNeedsAFindingOfTheLatestScrubAndAReason() {
        long id = study("09-carotid-duplex-bilateral.json", "WF-6");
        coder.post("/api/studies/" + id + "/code", null);
        long claimId = biller.post("/api/claims", "{\"studyIds\": [" + id + "]}").json().path("claim").path("id").asLong();
        Response scrubbed = biller.post("/api/claims/" + claimId + "/scrub", null);
        Response unknown = biller.post("/api/claims/" + claimId + "/overrides",
                "{\"findingCode\": \"SB-NCCI-999\", \"reason\": \"This finding does not exist on the claim\"}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().path("errors").get(0).path("field").asString()).isEqualTo("findingCode");

        JsonNode findings = scrubbed.json().path("scrub").path("result").path("findings");
        assertThat(findings.size()).isPositive();
        String code = findings.get(0).path("code").asString();
        Response ok = biller.post("/api/claims/" + claimId + "/overrides",
                "{\"findingCode\": \"" + code + "\", \"reason\": \"Reviewed with the compliance lead on the day\"}");
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        assertThat(ok.json().path("overrides").get(0).path("findingCode").asString()).isEqualTo(code);
        assertThat(ok.json().path("history").findValuesAsString("action")).contains("override");
    }

    @Test
    void aClaimChangedMeanwhileIsRefusedWithConflict() {
        long id = study("10-venous-duplex-right-leg.json", "WF-7");
        coder.post("/api/studies/" + id + "/code", null);
        Response claim = biller.post("/api/claims", "{\"studyIds\": [" + id + "]}");
        long claimId = claim.json().path("claim").path("id").asLong();
        assertThat(biller.post("/api/claims/" + claimId + "/scrub", null, Map.of("If-Match", claim.etag())).status())
                .isEqualTo(200);
        // a second person still holding the version of before the scrub
        Response stale = biller.post("/api/claims/" + claimId + "/scrub", null, Map.of("If-Match", claim.etag()));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().path("detail").asString()).contains("someone changed it");
    }

    @Test
    void twoPeopleScrubbingTheSameClaimVersionAtOnceGetOneSuccessAndOneConflict() throws Exception {
        long id = study("10-venous-duplex-right-leg.json", "WF-9");
        coder.post("/api/studies/" + id + "/code", null);
        Response claim = biller.post("/api/claims", "{\"studyIds\": [" + id + "]}");
        long claimId = claim.json().path("claim").path("id").asLong();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
            java.util.List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                answers.add(pool.submit(() -> {
                    go.await();
                    return biller.post("/api/claims/" + claimId + "/scrub", null, Map.of("If-Match", claim.etag()))
                            .status();
                }));
            }
            go.countDown();
            java.util.List<Integer> statuses = new java.util.ArrayList<>();
            for (var a : answers) {
                statuses.add(a.get());
            }
            assertThat(statuses).containsOnly(200, 409).containsOnlyOnce(200);
        } finally {
            pool.shutdown();
        }
        JsonNode after = biller.get("/api/claims/" + claimId).json();
        assertThat(after.path("claim").path("version").asInt()).isEqualTo(1);
        assertThat(after.path("history").findValuesAsString("action")).containsOnlyOnce("scrub");
    }

    @Test
    void claimsAreListedByStatusAndPayer() {
        long id = study("05-breast-bilateral-office.json", "WF-8");
        coder.post("/api/studies/" + id + "/code", null);
        biller.post("/api/claims", "{\"studyIds\": [" + id + "], \"payer\": \"commercial\"}");
        JsonNode page = biller.get("/api/claims?payer=commercial&status=draft").json();
        assertThat(page.path("total").asLong()).isGreaterThanOrEqualTo(1);
        for (JsonNode c : page.path("items")) {
            assertThat(c.path("payer").asString()).isEqualTo("commercial");
            assertThat(c.path("status").asString()).isEqualTo("draft");
        }
        assertThat(biller.get("/api/claims?status=sent").status()).isEqualTo(400);
    }
}

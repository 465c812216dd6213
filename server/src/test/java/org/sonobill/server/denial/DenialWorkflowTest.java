package org.sonobill.server.denial;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sonobill.server.Api;
import org.sonobill.server.Api.Response;
import org.sonobill.server.Examples;
import org.sonobill.server.TestClaims;
import org.sonobill.server.TestServer;
import org.sonobill.server.TestServer.TestOrg;
import org.sonobill.server.remit.Remit835;
import org.sonobill.server.remit.Remit835.Cas;
import org.sonobill.server.remit.Remit835.Clp;
import org.sonobill.server.remit.Remit835.Svc;
import org.sonobill.server.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The denial queue on real PostgreSQL, from the 835 that denies to the entry's end: classification, one entry per
 * claim, deadlines, appeals with their letter, decisions, corrected claims, write-offs, assignment rules, trends.
 */
class DenialWorkflowTest {
    private static final JdbcClient JDBC = TestServer.get().jdbc();
    private static final LocalDate PAID = LocalDate.now().minusDays(8);
    private static TestOrg org;
    private static Api biller;
    private static Api specialist;
    private static Api manager;
    private static int accessions;
    private static int traces;

    @BeforeAll
    static void organisation() {
        org = TestServer.get().newOrganisation("denials");
        biller = Api.as(org.token(Role.BILLER));
        specialist = Api.as(org.token(Role.DENIAL_SPECIALIST));
        manager = Api.as(org.token(Role.MANAGER));
        TestClaims.enrolledWithClearinghouse(org);
    }

    private static JsonNode submitted(String example) {
        return TestClaims.made(org, example, "DN-" + (++accessions), true, "scrubbed", "ready", "submitted");
    }

    /** Denies every line of the claim with one adjustment; returns the denial's id. */
    private static long denyAll(JsonNode claim, String group, String carc, List<String> rarcs, String icn) {
        return denyAll(claim, group, carc, rarcs, icn, PAID);
    }

    private static long denyAll(JsonNode claim, String group, String carc, List<String> rarcs, String icn,
                                LocalDate paid) {
        List<Svc> lines = new ArrayList<>();
        for (JsonNode l : claim.path("lines")) {
            String charge = l.path("charge").decimalValue().toPlainString();
            List<String> mods = new ArrayList<>();
            l.path("modifiers").forEach(m -> mods.add(m.asString()));
            lines.add(new Svc(l.path("code").asString(), mods, charge, "0", l.path("controlNumber").asString(),
                    LocalDate.parse(l.path("dateOfService").asString()), List.of(new Cas(group, carc, charge)), rarcs));
        }
        String number = claim.path("claim").path("claimNumber").asString();
        String total = claim.path("claim").path("totalCharge").decimalValue().toPlainString();
        Response r = biller.send("POST", "/api/remittances", Remit835.of("TRC-DN-" + (++traces), paid,
                List.of(new Clp(number, "4", total, "0", group.equals("PR") ? total : "0", icn, lines)), List.of()),
                Map.of("Content-Type", "application/edi-x12"));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return JDBC.sql("SELECT id FROM denials WHERE claim_id = ? AND status NOT IN ('closed', 'written-off',"
                        + " 'billed-patient')")
                .params(claim.path("claim").path("id").asLong()).query(Long.class).single();
    }

    private static JsonNode denial(long id) {
        Response r = specialist.get("/api/denials/" + id);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    @Test
    void aMedicalNecessityDenialIsClassifiedWithItsReasonAndMedicaresRedeterminationDeadline() {
        JsonNode claim = submitted("01-abdomen-complete-outpatient-hospital.json");
        long id = denyAll(claim, "CO", "50", List.of("N115"), "ICN-MN-1");

        JsonNode d = denial(id);
        JsonNode e = d.path("entry");
        assertThat(e.path("rootCause").asString()).isEqualTo("medical-necessity");
        assertThat(e.path("carc").asString()).isEqualTo("CO-50");
        assertThat(e.path("action").asString()).isEqualTo("appeal");
        assertThat(e.path("payer").asString()).isEqualTo("medicare");
        // 42 CFR 405.942: 120 days from the initial determination to ask for redetermination
        assertThat(e.path("nextDeadline").asString()).isEqualTo(PAID.plusDays(120).toString());
        assertThat(e.path("urgency").asString()).isEqualTo("later");
        assertThat(e.path("deniedAmount").decimalValue())
                .isEqualByComparingTo(claim.path("claim").path("totalCharge").decimalValue());
        assertThat(e.path("expectedRecovery").decimalValue()).isPositive();
        assertThat(e.path("priority").decimalValue()).isPositive();
        assertThat(d.path("classification").path("reason").asString()).contains("50");
        assertThat(d.path("classification").path("source").asString()).isNotBlank();
        assertThat(d.path("classification").path("fix").asString()).isNotBlank();
        assertThat(d.path("lines")).hasSize(claim.path("lines").size());
        assertThat(d.path("lines").get(0).path("carcDescription").asString()).isNotBlank();
        assertThat(d.path("lines").get(0).path("rarcs").get(0).asString()).isEqualTo("N115");

        Response queue = specialist.get("/api/denials?rootCause=medical-necessity&payer=medicare");
        assertThat(queue.json().path("items").findValuesAsString("claimNumber"))
                .contains(claim.path("claim").path("claimNumber").asString());
    }

    @Test
    void aDenialDueWithinTheWeekIsEscalatedAndSaysSoInItsHistory() {
        JsonNode claim = submitted("01-abdomen-complete-outpatient-hospital.json");
        // decided 115 days ago: five days left of Medicare's 120 to ask for redetermination
        long id = denyAll(claim, "CO", "50", List.of("N115"), "ICN-ESC-1", LocalDate.now().minusDays(115));
        JsonNode d = denial(id);
        assertThat(d.path("entry").path("urgency").asString()).isEqualTo("due-this-week");
        assertThat(d.path("entry").path("escalatedOn").asString()).isEqualTo(LocalDate.now().toString());
        assertThat(d.path("history").findValuesAsString("action")).contains("escalate");
        assertThat(specialist.get("/api/denials?escalated=true").json().path("items").findValuesAsString("claimNumber"))
                .contains(claim.path("claim").path("claimNumber").asString());
    }

    @Test
    void aSecondDenialOfTheSameClaimAddsToItsEntryAndNeverOpensAnother() {
        JsonNode claim = submitted("03-renal-hematuria-kidneys-and-bladder.json");
        long first = denyAll(claim, "CO", "16", List.of("M51"), "ICN-DUP-1");
        long second = denyAll(claim, "CO", "16", List.of("M51"), "ICN-DUP-2");
        assertThat(second).isEqualTo(first);
        long entries = JDBC.sql("SELECT count(*) FROM denials WHERE claim_id = ?")
                .params(claim.path("claim").path("id").asLong()).query(Long.class).single();
        assertThat(entries).isEqualTo(1);
    }

    @Test
    void anAppealIsDraftedEditedFiledUpheldAndAppealedAgainThenOverturned() throws Exception {
        JsonNode claim = submitted("01-abdomen-complete-outpatient-hospital.json");
        String icn = "ICN-APPEAL-7";
        long id = denyAll(claim, "CO", "50", List.of("N115"), icn);
        int version = denial(id).path("entry").path("version").asInt();

        Response draft = specialist.post("/api/denials/" + id + "/appeals", "{}",
                Map.of("If-Match", String.valueOf(version)));
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        assertThat(draft.json().path("level").asInt()).isEqualTo(1);
        assertThat(draft.json().path("status").asString()).isEqualTo("draft");
        String letter = draft.json().path("letter").asString();
        assertThat(letter).contains(icn);

        String edited = letter + "\n\nThe patient's symptoms persisted after treatment; see the signed report.";
        Response put = specialist.send("PUT", "/api/denials/" + id + "/appeals/1/letter",
                Api.JSON.writeValueAsString(Map.of("letter", edited)), Map.of("Content-Type", "application/json"));
        assertThat(put.status()).as(put.body()).isEqualTo(200);

        Response filed = specialist.post("/api/denials/" + id + "/appeals/1/file",
                "{\"filedOn\": \"" + LocalDate.now().minusDays(10) + "\"}");
        assertThat(filed.status()).as(filed.body()).isEqualTo(200);
        assertThat(filed.json().path("status").asString()).isEqualTo("filed");
        JsonNode afterFiling = denial(id);
        assertThat(afterFiling.path("entry").path("status").asString()).isEqualTo("appealed");
        assertThat(afterFiling.path("claim").path("status").asString()).isEqualTo("appealed");
        assertThat(afterFiling.path("entry").path("nextDeadline").asString())
                .isEqualTo(LocalDate.now().minusDays(10).plusDays(Appeals.FOLLOW_UP_DAYS).toString());

        byte[] pdf = specialist.bytes("/api/denials/" + id + "/appeals/1/letter.pdf");
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc);
        }
        assertThat(text).contains(icn).contains(claim.path("claim").path("claimNumber").asString())
                .contains("symptoms persisted after treatment").contains("CO-50");

        LocalDate decided = LocalDate.now().minusDays(1);
        Response early = specialist.post("/api/denials/" + id + "/appeals/1/decision",
                "{\"outcome\": \"upheld\", \"decidedOn\": \"" + LocalDate.now().minusDays(20) + "\"}");
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.body()).contains("decidedOn");
        Response upheld = specialist.post("/api/denials/" + id + "/appeals/1/decision",
                "{\"outcome\": \"upheld\", \"decidedOn\": \"" + decided + "\"}");
        assertThat(upheld.status()).as(upheld.body()).isEqualTo(200);
        assertThat(denial(id).path("claim").path("status").asString()).isEqualTo("denied");
        JsonNode reopened = denial(id).path("entry");
        assertThat(reopened.path("status").asString()).isEqualTo("open");
        assertThat(reopened.path("level").asInt()).isEqualTo(1);
        // the QIC reconsideration: 180 days from the redetermination decision (42 CFR 405.962)
        assertThat(reopened.path("nextDeadline").asString()).isEqualTo(decided.plusDays(180).toString());

        Response second = specialist.post("/api/denials/" + id + "/appeals", "{}");
        assertThat(second.status()).as(second.body()).isEqualTo(201);
        assertThat(second.json().path("level").asInt()).isEqualTo(2);
        specialist.post("/api/denials/" + id + "/appeals/2/file", "{}");
        Response overturned = specialist.post("/api/denials/" + id + "/appeals/2/decision",
                "{\"outcome\": \"overturned\", \"amountRecovered\": 182.40}");
        assertThat(overturned.status()).as(overturned.body()).isEqualTo(200);
        JsonNode done = denial(id);
        assertThat(done.path("entry").path("status").asString()).isEqualTo("closed");
        assertThat(done.path("resolution").path("outcome").asString()).isEqualTo("overturned");
        assertThat(done.path("resolution").path("recovered").decimalValue()).isEqualByComparingTo("182.40");
        assertThat(done.path("appeals")).hasSize(2);
        assertThat(done.path("history").findValuesAsString("action")).contains("create", "edit-letter", "file", "decide", "resolve")
                .doesNotContain("delete");
    }

    @Test
    void aStaleVersionIsRefusedAndNothingChanges() {
        JsonNode claim = submitted("03-renal-hematuria-kidneys-and-bladder.json");
        long id = denyAll(claim, "CO", "50", List.of(), "ICN-STALE");
        int version = denial(id).path("entry").path("version").asInt();
        Response r = specialist.post("/api/denials/" + id + "/start", null,
                Map.of("If-Match", String.valueOf(version + 5)));
        assertThat(r.status()).isEqualTo(409);
        assertThat(denial(id).path("entry").path("status").asString()).isEqualTo("open");
    }

    @Test
    void aTimelyFilingDenialIsNotAppealableUnlessTheSpecialistSaysWhy() {
        JsonNode claim = submitted("03-renal-hematuria-kidneys-and-bladder.json");
        long id = denyAll(claim, "CO", "29", List.of(), "ICN-TF-1");
        JsonNode e = denial(id).path("entry");
        assertThat(e.path("rootCause").asString()).isEqualTo("timely-filing");
        assertThat(e.path("action").asString()).isEqualTo("write-off");

        Response refused = specialist.post("/api/denials/" + id + "/appeals", "{}");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("not appealable");
        Response anyway = specialist.post("/api/denials/" + id + "/appeals",
                "{\"overrideReason\": \"The 999 accepted the claim 20 days after the date of service\"}");
        assertThat(anyway.status()).as(anyway.body()).isEqualTo(201);
    }

    @Test
    void aCorrectedClaimReplacesTheDeniedOneWithThePayersClaimNumberAndIsScrubbed() {
        JsonNode claim = submitted("01-abdomen-complete-outpatient-hospital.json");
        long id = denyAll(claim, "CO", "4", List.of("N519"), "ICN-COR-9");
        JsonNode d = denial(id);
        assertThat(d.path("entry").path("rootCause").asString()).isEqualTo("coding-modifier");

        JsonNode line = claim.path("lines").get(0);
        List<String> mods = new ArrayList<>();
        line.path("modifiers").forEach(m -> mods.add(m.asString()));
        Response r = specialist.post("/api/denials/" + id + "/correct", Api.JSON.writeValueAsString(Map.of(
                "note", "Modifier corrected per the report", "lines", List.of(Map.of("lineNumber", 1,
                        "modifiers", mods)))));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        JsonNode corrected = r.json();
        assertThat(corrected.path("frequency").asString()).isEqualTo("7");
        assertThat(corrected.path("originalClaimNumber").asString()).isEqualTo("ICN-COR-9");
        assertThat(corrected.path("claim").path("status").asString()).isEqualTo("scrubbed");
        assertThat(corrected.path("lines")).hasSize(claim.path("lines").size());

        // released and sent: the 837 says replacement (CLM05-3 = 7) and names the payer's claim (REF*F8)
        long replacement = corrected.path("claim").path("id").asLong();
        assertThat(corrected.path("claim").path("scrubStatus").asString()).as(corrected.toString()).isEqualTo("clean");
        Response ready = biller.post("/api/claims/" + replacement + "/ready", null);
        assertThat(ready.status()).as(ready.body()).isEqualTo(200);
        Response batch = biller.post("/api/batches", "{\"claimIds\": [" + replacement + "]}");
        assertThat(batch.status()).as(batch.body()).isEqualTo(201);
        String x12 = biller.get("/api/batches/" + batch.json().path("batches").get(0).path("id").asLong() + "/837")
                .body();
        String number = corrected.path("claim").path("claimNumber").asString();
        assertThat(x12).containsPattern("CLM\\*" + number + "\\*[0-9.]+\\*\\*\\*[0-9]{2}:B:7\\*")
                .contains("REF*F8*ICN-COR-9~");

        JsonNode after = denial(id);
        assertThat(after.path("entry").path("status").asString()).isEqualTo("corrected");
        assertThat(after.path("claim").path("status").asString()).isEqualTo("corrected");
        assertThat(after.path("claim").path("correctedClaimId").asLong())
                .isEqualTo(corrected.path("claim").path("id").asLong());
    }

    @Test
    void aWriteOffNeedsANoteAndClosesTheEntryAndTheClaim() {
        JsonNode claim = submitted("03-renal-hematuria-kidneys-and-bladder.json");
        long id = denyAll(claim, "CO", "18", List.of(), "ICN-WO-1");
        Response noNote = specialist.post("/api/denials/" + id + "/resolve", "{\"resolution\": \"written-off\"}");
        assertThat(noNote.status()).isEqualTo(400);
        Response r = specialist.post("/api/denials/" + id + "/resolve",
                "{\"resolution\": \"written-off\", \"note\": \"Exact duplicate of a paid claim\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode d = denial(id);
        assertThat(d.path("entry").path("status").asString()).isEqualTo("written-off");
        assertThat(d.path("resolution").path("outcome").asString()).isEqualTo("written-off");
        assertThat(d.path("claim").path("status").asString()).isEqualTo("closed");
    }

    @Test
    void anAssignmentRuleGivesNewEntriesOfItsRootCauseToItsUser() {
        long user = JDBC.sql("SELECT u.id FROM users u JOIN user_roles r ON r.user_id = u.id"
                        + " WHERE u.organisation_id = ? AND r.role = 'denial-specialist' LIMIT 1")
                .params(org.id()).query(Long.class).single();
        Response rule = manager.post("/api/denials/assignment-rules",
                "{\"rootCause\": \"authorisation\", \"userId\": " + user + "}");
        assertThat(rule.status()).as(rule.body()).isEqualTo(201);
        Response refused = specialist.post("/api/denials/assignment-rules",
                "{\"rootCause\": \"authorisation\", \"userId\": " + user + "}");
        assertThat(refused.status()).isEqualTo(403);

        JsonNode claim = submitted("03-renal-hematuria-kidneys-and-bladder.json");
        long id = denyAll(claim, "CO", "197", List.of("N54"), "ICN-AUTH-1");
        JsonNode e = denial(id).path("entry");
        assertThat(e.path("rootCause").asString()).isEqualTo("authorisation");
        assertThat(e.path("owner").path("id").asLong()).isEqualTo(user);
    }

    @Test
    void trendsCountWhatWasBilledAndDeniedByRootCauseAndAsCsv() {
        JsonNode claim = submitted("03-renal-hematuria-kidneys-and-bladder.json");
        denyAll(claim, "CO", "151", List.of("M86"), "ICN-TR-1");
        Response r = manager.get("/api/denials/trends?by=root-cause");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode rows = r.json().path("rows");
        assertThat(rows.findValuesAsString("key")).contains("frequency");
        assertThat(r.json().path("summary").path("deniedLines").asLong()).isPositive();
        // the claim was billed once, when it was first submitted (the trigger on claims.first_submitted_on)
        assertThat(r.json().path("summary").path("billedLines").asLong())
                .isGreaterThanOrEqualTo(r.json().path("summary").path("deniedLines").asLong());

        Response csv = manager.send("GET", "/api/denials/trends?by=carc&format=csv", null, Map.of());
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("carc,label,billed_lines").contains("CO-151");
    }

    @Test
    void aPatientResponsibilityDenialIsBilledToThePatient() {
        JsonNode claim = submitted("03-renal-hematuria-kidneys-and-bladder.json");
        long id = denyAll(claim, "PR", "96", List.of("N130"), "ICN-PR-1");
        JsonNode e = denial(id).path("entry");
        assertThat(e.path("rootCause").asString()).isEqualTo("patient-responsibility");
        assertThat(e.path("action").asString()).isEqualTo("bill-patient");
    }

    @Test
    void unknownFiltersAreRefusedNamingTheField() {
        Response r = specialist.get("/api/denials?sort=colour");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("sort");
        Response u = specialist.get("/api/denials?urgency=whenever");
        assertThat(u.status()).isEqualTo(400);
        assertThat(u.body()).contains("urgency");
        Response t = specialist.get("/api/denials/trends?by=weather");
        assertThat(t.status()).isEqualTo(400);
    }

    @Test
    void lowDollarEntriesAreBatchedByPayerRootCauseAndAction() {
        JsonNode claim = submitted("06-knee-limited-extremity.json");
        List<Svc> lines = new ArrayList<>();
        JsonNode l = claim.path("lines").get(0);
        String charge = l.path("charge").decimalValue().toPlainString();
        BigDecimal small = new BigDecimal("12.00");
        List<String> mods = new ArrayList<>();
        l.path("modifiers").forEach(m -> mods.add(m.asString()));
        lines.add(new Svc(l.path("code").asString(), mods, charge,
                new BigDecimal(charge).subtract(small).toPlainString(), l.path("controlNumber").asString(),
                LocalDate.parse(l.path("dateOfService").asString()), List.of(new Cas("CO", "4", small.toPlainString())),
                List.of()));
        String number = claim.path("claim").path("claimNumber").asString();
        Response r = biller.send("POST", "/api/remittances", Remit835.of("TRC-LOW-1", PAID, List.of(new Clp(number,
                        "1", charge, new BigDecimal(charge).subtract(small).toPlainString(), "0", "ICN-LOW", lines)),
                List.of()), Map.of("Content-Type", "application/edi-x12"));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        Response b = specialist.get("/api/denials/batches");
        assertThat(b.status()).isEqualTo(200);
        assertThat(b.json().findValuesAsString("rootCause")).contains("coding-modifier");
    }

    @Test
    void educationNamesTheTechnologistWhoseStudiesMissedAnElementWithTheMoneyAtRisk() {
        Api coder = Api.as(org.token(Role.CODER));
        for (int i = 1; i <= 2; i++) {
            tools.jackson.databind.node.ObjectNode body = (tools.jackson.databind.node.ObjectNode) Api.JSON.readTree(
                    Examples.createStudy("02-abdomen-ordered-complete-spleen-not-documented.json",
                            "ED-" + i, "MRN-ED-" + i));
            body.put("technologist", "E. Ducation, RDMS");
            Response s = coder.post("/api/studies", body.toString());
            assertThat(s.status()).as(s.body()).isEqualTo(201);
            coder.post("/api/studies/" + s.json().path("study").path("id").asLong() + "/code", null);
        }
        Response r = manager.get("/api/denials/education?from=2026-02-01&to=2026-02-28");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode item = null;
        for (JsonNode i : r.json()) {
            if (i.path("person").asString().equals("E. Ducation, RDMS") && i.path("code").asString().equals("SB-COD-001")) {
                item = i;
            }
        }
        assertThat(item).as(r.body()).isNotNull();
        assertThat(item.path("kind").asString()).isEqualTo("technologist");
        assertThat(item.path("what").asString()).contains("spleen");
        assertThat(item.path("occurrences").asInt()).isEqualTo(2);
        assertThat(item.path("atRisk").decimalValue()).isPositive();
        assertThat(item.path("toDocument").asString()).isNotBlank();
        assertThat(manager.get("/api/denials/education?from=2026-03-01&to=2026-02-01").status()).isEqualTo(400);
    }

    @Test
    void aMedicareCodingFixIsAClericalReopeningFirstAndARefusedOneLeavesTheRedetermination() {
        JsonNode claim = submitted("01-abdomen-complete-outpatient-hospital.json");
        long id = denyAll(claim, "CO", "4", List.of("N519"), "ICN-REOPEN-1");
        assertThat(denial(id).path("entry").path("action").asString()).isEqualTo("reopening");

        Response r = specialist.post("/api/denials/" + id + "/appeals", "{}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().path("kind").asString()).isEqualTo("reopening");
        assertThat(r.json().path("level").asInt()).isZero();
        assertThat(r.json().path("letter").asString()).contains("clerical reopening").doesNotContain("Redetermination");
        specialist.post("/api/denials/" + id + "/appeals/0/file", "{\"filedOn\": \"" + PAID.plusDays(1) + "\"}");
        Response refused = specialist.post("/api/denials/" + id + "/appeals/0/decision",
                "{\"outcome\": \"upheld\", \"decidedOn\": \"" + PAID.plusDays(5) + "\"}");
        assertThat(refused.status()).as(refused.body()).isEqualTo(200);

        JsonNode e = denial(id).path("entry");
        assertThat(e.path("level").asInt()).isZero();
        assertThat(e.path("action").asString()).isEqualTo("appeal");
        // the redetermination window still runs from the initial determination, not from the refused reopening
        assertThat(e.path("nextDeadline").asString()).isEqualTo(PAID.plusDays(120).toString());
        Response next = specialist.post("/api/denials/" + id + "/appeals", "{}");
        assertThat(next.json().path("level").asInt()).isEqualTo(1);
        assertThat(next.json().path("kind").asString()).isEqualTo("appeal");
    }

    @Test
    void aCorrectedEntryIsResolvedAsPaidOnCorrectionWithWhatCameBack() {
        JsonNode claim = submitted("03-renal-hematuria-kidneys-and-bladder.json");
        long id = denyAll(claim, "CO", "16", List.of("M51"), "ICN-POC-1");
        Response refused = specialist.post("/api/denials/" + id + "/resolve",
                "{\"resolution\": \"paid-on-correction\", \"note\": \"paid\", \"recovered\": 120}");
        assertThat(refused.status()).isEqualTo(409);
        Response c = specialist.post("/api/denials/" + id + "/correct", "{\"note\": \"Procedure information added\"}");
        assertThat(c.status()).as(c.body()).isEqualTo(201);
        Response r = specialist.post("/api/denials/" + id + "/resolve",
                "{\"resolution\": \"paid-on-correction\", \"note\": \"The replacement was paid\","
                        + " \"recovered\": 120.50}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode d = denial(id);
        assertThat(d.path("entry").path("status").asString()).isEqualTo("closed");
        assertThat(d.path("resolution").path("outcome").asString()).isEqualTo("paid-on-correction");
        assertThat(d.path("resolution").path("recovered").decimalValue()).isEqualByComparingTo("120.50");
    }

    @Test
    void aTrendCellASpreadsheetWouldRunAsAFormulaIsDefused() {
        DenialTrends.Report r = new DenialTrends.Report("payer", java.time.YearMonth.of(2026, 1),
                java.time.YearMonth.of(2026, 12), null, List.of(new DenialTrends.Row("7",
                "=HYPERLINK(\"http://x\",\"y\")", 1, BigDecimal.ONE, 1, BigDecimal.ONE, BigDecimal.ONE,
                BigDecimal.ONE, 0, null, BigDecimal.ZERO, null)));
        String csv = DenialTrends.csv(r);
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"").doesNotContain(",=HYPERLINK");
    }
}

package org.sonobill.server.remit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sonobill.server.Api;
import org.sonobill.server.Api.Response;
import org.sonobill.server.TestClaims;
import org.sonobill.server.TestServer;
import org.sonobill.server.TestServer.TestOrg;
import org.sonobill.server.remit.Remit835.Cas;
import org.sonobill.server.remit.Remit835.Clp;
import org.sonobill.server.remit.Remit835.Plb;
import org.sonobill.server.remit.Remit835.Svc;
import org.sonobill.server.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** 835 posting on real PostgreSQL: money to the right lines, once; denials queued; reversals; what is not ours kept. */
class RemittancePostingTest {
    private static final JdbcClient JDBC = TestServer.get().jdbc();
    private static final LocalDate PAID = LocalDate.of(2026, 11, 20);
    private static TestOrg org;
    private static Api biller;
    private static int accessions;

    @BeforeAll
    static void organisation() {
        org = TestServer.get().newOrganisation("remit");
        biller = Api.as(org.token(Role.BILLER));
    }

    private static JsonNode submitted(String example) {
        // the submission steps belong to the batch workflow; here the claim is moved along its lifecycle directly
        return TestClaims.made(org, example, "RP-" + (++accessions), false, "scrubbed", "ready", "submitted");
    }

    private static Svc paidInFull(JsonNode line, String paid, String contractual) {
        return new Svc(line.path("code").asString(), modifiers(line), line.path("charge").decimalValue().toPlainString(),
                paid, line.path("controlNumber").asString(), LocalDate.parse(line.path("dateOfService").asString()),
                List.of(new Cas("CO", "45", contractual)), List.of());
    }

    private static List<String> modifiers(JsonNode line) {
        List<String> out = new ArrayList<>();
        line.path("modifiers").forEach(m -> out.add(m.asString()));
        return out;
    }

    private static String charge(JsonNode claim) {
        return claim.path("claim").path("totalCharge").decimalValue().toPlainString();
    }

    private static Response post(String x12, String query) {
        return biller.send("POST", "/api/remittances" + query, x12, Map.of("Content-Type", "application/edi-x12"));
    }

    private static long count(String table) {
        return JDBC.sql("SELECT count(*) FROM " + table + " WHERE organisation_id = ?").params(org.id())
                .query(Long.class).single();
    }

    private static String number(JsonNode claim) {
        return claim.path("claim").path("claimNumber").asString();
    }

    @Test
    void aPaymentPostsToTheClaimAndItsLinesOnceEvenWhenTheFileIsReadAgain() {
        JsonNode claim = submitted("01-abdomen-complete-outpatient-hospital.json");
        JsonNode line = claim.path("lines").get(0);
        BigDecimal charge = line.path("charge").decimalValue();
        String contractual = charge.subtract(new BigDecimal("150.00")).toPlainString();
        String x12 = Remit835.of("TRC-ONCE", PAID, List.of(new Clp(number(claim), "1", charge(claim), "150.00", "0",
                "PCN-ONCE", List.of(paidInFull(line, "150.00", contractual)))), List.of());

        Response first = post(x12, "?name=once.835");
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        JsonNode payment = first.json().path("payments").get(0);
        assertThat(payment.path("claimsPosted").asInt()).isEqualTo(1);
        assertThat(payment.path("linesPosted").asInt()).isEqualTo(1);
        assertThat(payment.path("linesUnmatched").asInt()).isZero();
        assertThat(payment.path("findings")).as(payment.toString()).isEmpty();

        JsonNode after = biller.get("/api/claims/" + claim.path("claim").path("id").asLong()).json();
        assertThat(after.path("claim").path("status").asString()).isEqualTo("paid");
        assertThat(after.path("claim").path("paid").decimalValue()).isEqualByComparingTo("150.00");
        assertThat(after.path("lines").get(0).path("paid").decimalValue()).isEqualByComparingTo("150.00");
        assertThat(after.path("remittances").get(0).path("payerClaimNumber").asString()).isEqualTo("PCN-ONCE");
        assertThat(after.path("history").findValuesAsString("action")).contains("post-remittance");
        long lines = count("remittance_lines");
        long adjustments = count("adjustments");
        long audit = count("audit_events");

        Response again = post(x12, "?name=once-again.835");
        assertThat(again.status()).isEqualTo(200);
        JsonNode second = again.json().path("payments").get(0);
        assertThat(second.path("alreadyKnown").asBoolean()).isTrue();
        assertThat(second.path("claimsPosted").asInt()).isZero();
        assertThat(second.path("claimsAlreadyPosted").asInt()).isEqualTo(1);
        assertThat(count("remittance_lines")).isEqualTo(lines);
        assertThat(count("adjustments")).isEqualTo(adjustments);
        assertThat(count("audit_events")).isEqualTo(audit);
        assertThat(biller.get("/api/claims/" + claim.path("claim").path("id").asLong()).json().path("claim")
                .path("paid").decimalValue()).isEqualByComparingTo("150.00");
    }

    @Test
    void aDeniedLineOpensOneDenialForItsClaimWithTheRootCauseAndTheClaimIsPartlyPaid() {
        JsonNode claim = submitted("04-pelvis-female-transabdominal-transvaginal.json");
        assertThat(claim.path("lines").size()).isGreaterThanOrEqualTo(2);
        JsonNode paidLine = claim.path("lines").get(0);
        JsonNode deniedLine = claim.path("lines").get(1);
        String paidCharge = paidLine.path("charge").decimalValue().toPlainString();
        String deniedCharge = deniedLine.path("charge").decimalValue().toPlainString();
        List<Svc> lines = new ArrayList<>();
        lines.add(paidInFull(paidLine, "100.00", new BigDecimal(paidCharge).subtract(new BigDecimal("100.00"))
                .toPlainString()));
        lines.add(new Svc(deniedLine.path("code").asString(), modifiers(deniedLine), deniedCharge, "0",
                deniedLine.path("controlNumber").asString(), LocalDate.parse(deniedLine.path("dateOfService").asString()),
                List.of(new Cas("CO", "50", deniedCharge)), List.of("N115")));
        for (int i = 2; i < claim.path("lines").size(); i++) {
            JsonNode l = claim.path("lines").get(i);
            lines.add(paidInFull(l, "0", l.path("charge").decimalValue().toPlainString()));
        }
        Response r = post(Remit835.of("TRC-DENY", PAID, List.of(new Clp(number(claim), "1", charge(claim), "100.00",
                "0", "PCN-DENY", lines)), List.of()), "");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().path("payments").get(0).path("denials").asInt()).isEqualTo(1);

        long id = claim.path("claim").path("id").asLong();
        JsonNode after = biller.get("/api/claims/" + id).json();
        assertThat(after.path("claim").path("status").asString()).isEqualTo("partially-paid");
        assertThat(after.path("denials")).hasSize(1);
        assertThat(after.path("denials").get(0).path("rootCause").asString()).isEqualTo("medical-necessity");
        // Medicare's redetermination window (42 CFR 405.942): 120 days from the payment
        assertThat(after.path("denials").get(0).path("nextDeadline").asString())
                .isEqualTo(PAID.plusDays(120).toString());
        List<Map<String, Object>> denied = JDBC.sql("""
                        SELECT dl.carc, dl.rarcs::text AS rarcs, dl.denied_in_full, cl.line_number FROM denial_lines dl
                        JOIN claim_lines cl ON cl.id = dl.claim_line_id WHERE dl.organisation_id = ?""")
                .params(org.id()).query().listOfRows();
        assertThat(denied).hasSize(1);
        assertThat(denied.get(0)).containsEntry("carc", "50").containsEntry("rarcs", "{N115}")
                .containsEntry("denied_in_full", true);
        assertThat(((Number) denied.get(0).get("line_number")).intValue()).isEqualTo(2);
    }

    @Test
    void aReversalFollowedByItsCorrectionLeavesTheCorrectedPayment() {
        JsonNode claim = submitted("03-renal-hematuria-kidneys-and-bladder.json");
        JsonNode line = claim.path("lines").get(0);
        String charge = line.path("charge").decimalValue().toPlainString();
        BigDecimal c = new BigDecimal(charge);
        String original = Remit835.of("TRC-ORIG", PAID, List.of(new Clp(number(claim), "1", charge(claim), "90.00",
                "0", "PCN-R1", List.of(paidInFull(line, "90.00", c.subtract(new BigDecimal("90.00")).toPlainString())))),
                List.of());
        assertThat(post(original, "").status()).isEqualTo(200);
        // the payer takes the first payment back (CLP02 22, amounts negated) and pays again, in one later payment
        Svc reversed = new Svc(line.path("code").asString(), modifiers(line), "-" + charge, "-90.00",
                line.path("controlNumber").asString(), LocalDate.parse(line.path("dateOfService").asString()),
                List.of(new Cas("CO", "45", c.subtract(new BigDecimal("90.00")).negate().toPlainString())), List.of());
        String correction = Remit835.of("TRC-CORR", PAID.plusDays(14), List.of(
                new Clp(number(claim), "22", "-" + charge(claim), "-90.00", "0", "PCN-R1", List.of(reversed)),
                new Clp(number(claim), "1", charge(claim), "120.00", "0", "PCN-R2",
                        List.of(paidInFull(line, "120.00", c.subtract(new BigDecimal("120.00")).toPlainString())))),
                List.of());
        Response r = post(correction, "");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().path("payments").get(0).path("claimsPosted").asInt()).isEqualTo(2);

        JsonNode after = biller.get("/api/claims/" + claim.path("claim").path("id").asLong()).json();
        assertThat(after.path("claim").path("paid").decimalValue()).isEqualByComparingTo("120.00");
        assertThat(after.path("lines").get(0).path("paid").decimalValue()).isEqualByComparingTo("120.00");
        assertThat(after.path("claim").path("status").asString()).isEqualTo("paid");
        assertThat(after.path("remittances")).hasSize(3);
        assertThat(after.path("denials")).isEmpty();
    }

    @Test
    void aClaimPaymentForNoClaimOfOursIsKeptUnmatchedWithAFinding() {
        JsonNode claim = submitted("09-carotid-duplex-bilateral.json");
        JsonNode line = claim.path("lines").get(0);
        String charge = line.path("charge").decimalValue().toPlainString();
        Svc stranger = new Svc("76700", List.of(), "300.00", "100.00", "NOT-OURS-1", PAID.minusDays(30),
                List.of(new Cas("CO", "45", "200.00")), List.of());
        Response r = post(Remit835.of("TRC-UNMATCHED", PAID, List.of(
                new Clp(number(claim), "1", charge(claim), "200.00", "0", "PCN-U1", List.of(paidInFull(line, "200.00",
                        new BigDecimal(charge).subtract(new BigDecimal("200.00")).toPlainString()))),
                new Clp("SOMEONE-ELSES-42", "1", "300.00", "100.00", "0", "PCN-U2", List.of(stranger))), List.of()), "");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode payment = r.json().path("payments").get(0);
        assertThat(payment.path("claimsPosted").asInt()).isEqualTo(2);
        assertThat(payment.path("claimsUnmatched").asInt()).isEqualTo(1);
        assertThat(payment.path("findings").toString()).contains("SB-POST-001").contains("SOMEONE-ELSES-42");

        long remittance = payment.path("remittanceId").asLong();
        JsonNode detail = biller.get("/api/remittances/" + remittance).json();
        assertThat(detail.path("claims").get(1).path("claimId").isNull()).as(detail.toString()).isTrue();
        assertThat(detail.path("claims")).hasSize(2);
        assertThat(detail.path("claims").get(1).path("claimId").isNull()).isTrue();
        assertThat(detail.path("claims").get(1).path("lines").get(0).path("matchedBy").asString()).isEqualTo("unmatched");
        assertThat(detail.path("claims").get(0).path("lines").get(0).path("matchedBy").asString())
                .isEqualTo("control-number");
    }

    @Test
    void aPaymentFromAPayerWeDoNotKnowForClaimsWeDoNotHaveIsRefusedAndNothingIsKept() {
        long before = count("remittances");
        Svc stranger = new Svc("76700", List.of(), "300.00", "100.00", null, PAID.minusDays(30),
                List.of(new Cas("CO", "45", "200.00")), List.of());
        Response r = post(Remit835.of("TRC-STRANGER", PAID, List.of(new Clp("NOBODY-1", "1", "300.00", "100.00", "0",
                "PCN-S", List.of(stranger))), List.of()), "?name=stranger.835");
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().path("detail").asString()).contains("stranger.835").contains("TEST PAYER OF SONOBILL")
                .contains("none of your payers");
        assertThat(count("remittances")).isEqualTo(before);
    }

    @Test
    void aDryRunShowsWhatWouldPostAndKeepsNothing() {
        JsonNode claim = submitted("10-venous-duplex-right-leg.json");
        JsonNode line = claim.path("lines").get(0);
        String charge = line.path("charge").decimalValue().toPlainString();
        String x12 = Remit835.of("TRC-DRY", PAID, List.of(new Clp(number(claim), "1", charge(claim), "80.00", "0",
                "PCN-DRY", List.of(paidInFull(line, "80.00", new BigDecimal(charge).subtract(new BigDecimal("80.00"))
                .toPlainString())))), List.of(new Plb("L6", "INTEREST", "-1.25")));
        long remittances = count("remittances");
        long audit = count("audit_events");
        Response r = post(x12, "?dryRun=true");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().path("dryRun").asBoolean()).isTrue();
        assertThat(r.json().path("payments").get(0).path("claimsPosted").asInt()).isEqualTo(1);
        assertThat(r.json().path("payments").get(0).path("providerAdjustments").asInt()).isEqualTo(1);
        assertThat(count("remittances")).isEqualTo(remittances);
        assertThat(count("audit_events")).isEqualTo(audit);
        assertThat(biller.get("/api/claims/" + claim.path("claim").path("id").asLong()).json().path("claim")
                .path("status").asString()).isEqualTo("submitted");
    }

    @Test
    void aFileThePayerDidNotBalanceIsPostedAsSentWithTheFindingKept() {
        JsonNode claim = submitted("06-knee-limited-extremity.json");
        JsonNode line = claim.path("lines").get(0);
        String charge = line.path("charge").decimalValue().toPlainString();
        // the line says 70 paid, but its charge less its adjustment is 60: the payer's arithmetic, not ours
        Svc wrong = new Svc(line.path("code").asString(), modifiers(line), charge, "70.00",
                line.path("controlNumber").asString(), LocalDate.parse(line.path("dateOfService").asString()),
                List.of(new Cas("CO", "45", new BigDecimal(charge).subtract(new BigDecimal("60.00")).toPlainString())),
                List.of());
        Response r = post(Remit835.of("TRC-UNBALANCED", PAID, List.of(new Clp(number(claim), "1", charge(claim),
                "70.00", "0", "PCN-UB", List.of(wrong))), List.of()), "");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        String findings = r.json().path("payments").get(0).path("findings").toString();
        assertThat(findings).contains("SB-835-00");
        long remittance = r.json().path("payments").get(0).path("remittanceId").asLong();
        assertThat(biller.get("/api/remittances/" + remittance).json().path("findings").toString()).contains("SB-835-00");
    }

    @Test
    void twoPostingsOfTheSameFileAtOncePostItOnce() throws Exception {
        JsonNode claim = submitted("05-breast-bilateral-office.json");
        JsonNode line = claim.path("lines").get(0);
        List<Svc> lines = new ArrayList<>();
        BigDecimal paid = BigDecimal.ZERO;
        for (JsonNode l : claim.path("lines")) {
            lines.add(paidInFull(l, "50.00", l.path("charge").decimalValue().subtract(new BigDecimal("50.00"))
                    .toPlainString()));
            paid = paid.add(new BigDecimal("50.00"));
        }
        String x12 = Remit835.of("TRC-RACE", PAID, List.of(new Clp(number(claim), "1", charge(claim),
                paid.toPlainString(), "0", "PCN-RACE", lines)), List.of());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Response>> both = List.of(() -> post(x12, ""), () -> post(x12, ""));
            int posted = 0;
            for (Future<Response> f : pool.invokeAll(both)) {
                Response r = f.get();
                assertThat(r.status()).as(r.body()).isEqualTo(200);
                posted += r.json().path("payments").get(0).path("claimsPosted").asInt();
            }
            assertThat(posted).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(biller.get("/api/claims/" + claim.path("claim").path("id").asLong()).json().path("claim")
                .path("paid").decimalValue()).isEqualByComparingTo(paid);
        assertThat(line).isNotNull();
    }

    @Test
    void aFileThatIsNotAnX12835IsRefusedNamingWhatItHolds() {
        Response r = post("hello, this is not X12", "?name=letter.txt");
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().path("detail").asString()).contains("letter.txt");
    }

    @Test
    void aClaimDeniedAsAWholeWithoutLinesJoinsTheDenialQueue() {
        JsonNode claim = submitted("08-echo-tte-complete-doppler.json");
        String x12 = Remit835.of("TRC-WHOLE", PAID, List.of(new Clp(number(claim), "4", charge(claim), "0", "0",
                "PCN-WHOLE", List.of())), List.of());
        // the payer denies the claim at claim level (loop 2100 CAS), without service lines: coverage ended
        x12 = x12.replace("NM1*QC*1*TESTPATIENT*JANE****MI*M123456~\n", "NM1*QC*1*TESTPATIENT*JANE****MI*M123456~\n"
                + "CAS*CO*27*" + charge(claim) + "~\n");
        java.util.regex.Matcher se = java.util.regex.Pattern.compile("SE\\*(\\d+)\\*0001").matcher(x12);
        assertThat(se.find()).isTrue();
        x12 = x12.replace(se.group(), "SE*" + (Integer.parseInt(se.group(1)) + 1) + "*0001");
        Response r = post(x12, "");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().path("payments").get(0).path("denials").asInt()).isEqualTo(1);
        JsonNode after = biller.get("/api/claims/" + claim.path("claim").path("id").asLong()).json();
        assertThat(after.path("claim").path("status").asString()).isEqualTo("denied");
        assertThat(after.path("denials").get(0).path("rootCause").asString()).isEqualTo("eligibility");
    }

    @Test
    void aClaimBilledToAnotherPayerIsNotPaidByThisOne() {
        JsonNode ours = submitted("01-abdomen-complete-outpatient-hospital.json");
        JsonNode other = submitted("03-renal-hematuria-kidneys-and-bladder.json");
        JDBC.sql("UPDATE claims SET payer_id = (SELECT id FROM payers WHERE organisation_id = ? AND code = 'commercial'),"
                + " version = version + 1 WHERE id = ?").params(org.id(), other.path("claim").path("id").asLong())
                .update();
        JsonNode line = ours.path("lines").get(0);
        JsonNode otherLine = other.path("lines").get(0);
        Response r = post(Remit835.of("TRC-OTHER-PAYER", PAID, List.of(
                new Clp(number(ours), "1", charge(ours), "100.00", "0", "PCN-O1", List.of(paidInFull(line, "100.00",
                        line.path("charge").decimalValue().subtract(new BigDecimal("100.00")).toPlainString()))),
                new Clp(number(other), "1", charge(other), "50.00", "0", "PCN-O2", List.of(paidInFull(otherLine,
                        "50.00", otherLine.path("charge").decimalValue().subtract(new BigDecimal("50.00"))
                                .toPlainString())))), List.of()), "");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().path("payments").get(0).path("findings").toString()).contains("SB-POST-004")
                .contains(number(other));
        assertThat(biller.get("/api/claims/" + other.path("claim").path("id").asLong()).json().path("claim")
                .path("paid").decimalValue()).isEqualByComparingTo("0");
        assertThat(biller.get("/api/claims/" + ours.path("claim").path("id").asLong()).json().path("claim")
                .path("paid").decimalValue()).isEqualByComparingTo("100.00");
    }
}

package org.sonobill.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.ExplanationOfBenefit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sonobill.engine.catalogue.Catalogue;
import org.sonobill.engine.provider.Npi;
import org.sonobill.server.Api;
import org.sonobill.server.TestServer;
import org.sonobill.server.TestServer.TestOrg;
import org.sonobill.server.fhir.FhirExport;
import org.sonobill.server.security.Role;
import org.sonobill.server.security.SonoBillUser;
import org.sonobill.server.security.UserStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.json.JsonMapper;

class DemoDataTest {
    private static final LocalDate TODAY = LocalDate.now();
    private static DemoData demo;
    private static JdbcClient jdbc;
    private static String code;
    private static DemoSummary first;
    private static long org;

    @BeforeAll
    static void load() {
        demo = TestServer.get().context().getBean(DemoData.class);
        jdbc = TestServer.get().jdbc();
        // unique even when the suite runs again against the same external database
        code = "demo-test-" + ProcessHandle.current().pid() + "-" + Long.toString(System.currentTimeMillis(), 36);
        first = demo.load(code, TODAY);
        org = first.organisationId();
    }

    private static long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    private static List<String> strings(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(String.class).list();
    }

    @Test
    void theFirstLoadCreatesTheOrganisationWithAtLeast320StudiesAnd250Claims() {
        assertThat(first.created()).isTrue();
        assertThat(first.studies()).isGreaterThanOrEqualTo(320);
        assertThat(first.claims()).isGreaterThanOrEqualTo(250);
        assertThat(count("SELECT count(*) FROM studies WHERE organisation_id = ?", org)).isEqualTo(first.studies());
        assertThat(first.describe()).startsWith(first.studies() + " studies, " + first.claims() + " claims (draft ");
    }

    @Test
    void everyExamFamilyOfTheTemplatesHasStudies() {
        Set<String> families = DemoResources.read(TestServer.get().context().getBean(JsonMapper.class)).templates()
                .stream().map(DemoResources.Template::exam).collect(Collectors.toCollection(TreeSet::new));
        assertThat(families).hasSizeGreaterThanOrEqualTo(28);
        assertThat(strings("SELECT DISTINCT modality_family FROM studies WHERE organisation_id = ?", org))
                .containsAll(families);
    }

    @Test
    void studiesAreWaitingCodedOrAcceptedInReviewAndBilled() {
        assertThat(first.studiesByStatus()).containsKeys("received", "needs-review", "billed");
        assertThat(first.studiesByStatus().keySet()).containsAnyOf("coded", "accepted");
        assertThat(count("SELECT count(*) FROM coding_results WHERE organisation_id = ? AND source = 'coder'", org))
                .as("coder changes with a reason").isPositive();
        assertThat(count("SELECT count(*) FROM finding_overrides WHERE organisation_id = ?", org))
                .as("overridden scrub findings").isPositive();
    }

    @Test
    void claimsAreInEveryStatusOfTheLifecycle() {
        assertThat(first.claimsByStatus().keySet()).containsExactlyInAnyOrderElementsOf(DemoSummary.CLAIM_STATUSES);
        assertThat(first.claimsByStatus().values()).allMatch(n -> n > 0);
    }

    @Test
    void everyDateOfServiceIsInTheHalfYearBeforeToday() {
        LocalDate from = TODAY.minusDays(183);
        for (String table : List.of("studies", "claims")) {
            assertThat(count("SELECT count(*) FROM " + table + " WHERE organisation_id = ?"
                    + " AND date_of_service NOT BETWEEN ? AND ?", org, from, TODAY.minusDays(1))).as(table).isZero();
        }
        List<String> months = strings("SELECT DISTINCT to_char(paid_on, 'YYYY-MM') FROM remittances"
                + " WHERE organisation_id = ?", org);
        assertThat(months).as("remittances spread over the months").hasSizeGreaterThanOrEqualTo(5);
        assertThat(count("""
                SELECT count(*) FROM remittances r JOIN remittance_claims rc ON rc.remittance_id = r.id
                JOIN claims c ON c.id = rc.claim_id
                WHERE r.organisation_id = ? AND (r.paid_on <= c.date_of_service OR r.paid_on > ?)""", org, TODAY))
                .as("payments after the date of service and not in the future").isZero();
    }

    @Test
    void remittancesBalanceAndCarryContractualAndDenialAdjustments() {
        assertThat(first.remittances()).isGreaterThanOrEqualTo(30);
        List<String> carcs = strings("SELECT DISTINCT group_code || '-' || carc FROM adjustments"
                + " WHERE organisation_id = ?", org);
        assertThat(carcs).contains("CO-45", "PR-2");
        Set<String> denials = carcs.stream().filter(c -> c.startsWith("CO-") && !c.equals("CO-45")
                && !c.equals("CO-253")).collect(Collectors.toSet());
        assertThat(denials).as("denial CARCs").hasSizeGreaterThanOrEqualTo(5);
        assertThat(count("""
                SELECT count(*) FROM remittances r WHERE r.organisation_id = ? AND r.payment_amount <>
                    (SELECT sum(rc.paid) FROM remittance_claims rc WHERE rc.remittance_id = r.id)""", org))
                .as("payment amount = sum of claim payments").isZero();
        assertThat(count("SELECT count(*) FROM remittances WHERE organisation_id = ? AND payment_amount < 0", org))
                .as("no 835 pays less than nothing").isZero();
        assertThat(count("""
                SELECT count(*) FROM remittance_claims rc WHERE rc.organisation_id = ? AND rc.charge <> rc.paid +
                    (SELECT coalesce(sum(a.amount), 0) FROM adjustments a WHERE a.remittance_claim_id = rc.id)""", org))
                .as("each claim payment balances: charge = paid + adjustments").isZero();
        assertThat(count("""
                SELECT count(*) FROM claims c WHERE c.organisation_id = ? AND (c.paid_amount <>
                    (SELECT coalesce(sum(l.paid), 0) FROM claim_lines l WHERE l.claim_id = c.id) OR c.paid_amount <>
                    (SELECT coalesce(sum(rc.paid), 0) FROM remittance_claims rc WHERE rc.claim_id = c.id))""", org))
                .as("a claim's paid amount = its lines' = its remittances'").isZero();
        assertThat(count("SELECT count(*) FROM remittance_claims WHERE organisation_id = ? AND status_code = '22'",
                org)).as("reversals").isPositive();
    }

    @Test
    void atLeastThirtyDenialsAreQueuedWithADeadlineAndSomeAreAppealedOrCorrected() {
        assertThat(count("SELECT count(*) FROM denials WHERE organisation_id = ? AND next_deadline IS NOT NULL", org))
                .isGreaterThanOrEqualTo(30);
        assertThat(strings("SELECT DISTINCT status FROM denials WHERE organisation_id = ?", org))
                .contains("open", "working", "appealed", "corrected");
        assertThat(count("SELECT count(*) FROM denials WHERE organisation_id = ? AND owner_user_id IS NOT NULL", org))
                .isPositive();
        assertThat(strings("SELECT DISTINCT status FROM appeals WHERE organisation_id = ?", org))
                .contains("filed", "overturned", "upheld");
        assertThat(count("SELECT count(*) FROM appeals WHERE organisation_id = ? AND status = 'overturned'"
                + " AND amount_recovered > 0 AND decided_on > filed_on", org)).isPositive();
        assertThat(count("""
                SELECT count(*) FROM claims r JOIN claims o ON o.organisation_id = r.organisation_id
                    AND o.payer_claim_number = r.original_claim_number
                WHERE r.organisation_id = ? AND r.frequency = '7' AND o.status IN ('corrected', 'closed')""", org))
                .as("replacement claims naming the payer's number of the claim they replace").isPositive();
    }

    @Test
    void theQueueClassifiesEveryDemoDenialAndTheDemoShowsEveryRootCauseAndOutcome() {
        org.sonobill.server.denial.DenialTriage triage = TestServer.get().context()
                .getBean(org.sonobill.server.denial.DenialTriage.class);
        new org.springframework.transaction.support.TransactionTemplate(TestServer.get().context()
                .getBean(org.springframework.transaction.PlatformTransactionManager.class))
                .executeWithoutResult(t -> triage.refreshAll(org));
        assertThat(count("SELECT count(*) FROM denials WHERE organisation_id = ? AND action IS NULL"
                + " AND status IN ('open', 'working', 'appealed', 'corrected')", org)).isZero();
        assertThat(strings("SELECT DISTINCT root_cause FROM denials WHERE organisation_id = ?", org))
                .contains("documentation", "coding-modifier", "bundling", "medical-necessity", "frequency",
                        "authorisation", "eligibility", "registration", "credentialing", "timely-filing", "duplicate",
                        "patient-responsibility");
        assertThat(strings("SELECT DISTINCT outcome FROM denials WHERE organisation_id = ? AND outcome IS NOT NULL",
                org)).contains("overturned", "partly-overturned", "paid-on-correction", "written-off",
                "billed-patient");
        assertThat(strings("SELECT DISTINCT status FROM appeals WHERE organisation_id = ?", org))
                .contains("draft", "filed", "upheld", "overturned");
        // every denied line carries the facts the trends group by, and the trends count them
        assertThat(count("SELECT count(*) FROM denial_lines WHERE organisation_id = ? AND (payer_id IS NULL"
                + " OR service_date IS NULL OR procedure IS NULL)", org)).isZero();
        assertThat(count("SELECT coalesce(sum(denied_lines), 0) FROM denial_trends WHERE organisation_id = ?"
                + " AND dimension = 'all'", org)).isPositive();
    }

    @Test
    void everyClaimChangeAfterReleaseIsInTheAuditTrail() {
        assertThat(count("""
                SELECT count(*) FROM claims c
                WHERE c.organisation_id = ? AND c.status NOT IN ('draft', 'scrubbed', 'ready')
                  AND NOT EXISTS (SELECT 1 FROM audit_events e WHERE e.organisation_id = c.organisation_id
                                  AND e.entity = 'claim' AND e.entity_id = c.id::text AND e.actor = 'demo-loader')""",
                org)).isZero();
    }

    @Test
    void providersHaveValidNpisAndEveryCatalogueCodeHasACharge() {
        assertThat(strings("SELECT npi FROM providers WHERE organisation_id = ?", org)).allMatch(Npi::valid);
        assertThat(count("SELECT count(*) FROM charge_master WHERE organisation_id = ?", org))
                .isEqualTo(Catalogue.bundled().codes().size());
        assertThat(strings("SELECT rule_pack FROM payers WHERE organisation_id = ?", org))
                .allMatch(p -> Set.of("medicare", "commercial", "commercial-hmo").contains(p));
    }

    @Test
    void aSecondLoadCreatesNothing() {
        long audit = count("SELECT count(*) FROM audit_events WHERE organisation_id = ?", org);
        DemoSummary again = demo.load(code, TODAY);
        assertThat(again.created()).isFalse();
        assertThat(again.organisationId()).isEqualTo(org);
        assertThat(again.studiesByStatus()).isEqualTo(first.studiesByStatus());
        assertThat(again.claimsByStatus()).isEqualTo(first.claimsByStatus());
        assertThat(again.denials()).isEqualTo(first.denials());
        assertThat(count("SELECT count(*) FROM audit_events WHERE organisation_id = ?", org)).isEqualTo(audit);
    }

    @Test
    void anotherOrganisationSeesNothingOfTheDemo() {
        TestOrg other = TestServer.get().newOrganisation("demo-neighbour");
        Api biller = Api.as(other.token(Role.BILLER));
        long own = count("SELECT count(*) FROM claims WHERE organisation_id = ?", other.id());
        assertThat(biller.get("/api/claims").json().path("total").asLong()).isEqualTo(own);
        assertThat(Api.as(other.token(Role.CODER)).get("/api/studies").json().path("total").asLong())
                .isEqualTo(count("SELECT count(*) FROM studies WHERE organisation_id = ?", other.id()));
        long demoClaim = count("SELECT min(id) FROM claims WHERE organisation_id = ?", org);
        assertThat(biller.get("/api/claims/" + demoClaim).status()).isEqualTo(404);
    }

    @Test
    void theDemoUsersSignInWithTheDemoPassword() {
        UserStore users = TestServer.get().context().getBean(UserStore.class);
        PasswordEncoder encoder = TestServer.get().context().getBean(PasswordEncoder.class);
        Map<String, Role> expected = Map.of("demo-manager", Role.MANAGER, "demo-coder", Role.CODER,
                "demo-biller", Role.BILLER, "demo-denials", Role.DENIAL_SPECIALIST, "demo-auditor", Role.AUDITOR,
                "demo-admin", Role.ADMIN);
        expected.forEach((name, role) -> {
            SonoBillUser u = (SonoBillUser) users.loadUserByUsername(name + "@" + code);
            assertThat(encoder.matches("sonobill-demo", u.getPassword())).as(name).isTrue();
            assertThat(u.roles()).containsExactly(role);
        });
    }

    @Test
    void theSummaryCountsWhatIsThereAndNamesNoPatient() {
        assertThat(first.describe()).doesNotContain("DEMO-").matches("[0-9a-z ,()-]+");
        assertThat(first.claims()).isEqualTo(count("SELECT count(*) FROM claims WHERE organisation_id = ?", org));
        assertThat(first.denials()).isEqualTo(count("SELECT count(*) FROM denials WHERE organisation_id = ?", org));
        assertThat(first.appeals()).isEqualTo(count("SELECT count(*) FROM appeals WHERE organisation_id = ?", org));
        assertThat(first.adjustments()).isEqualTo(count("SELECT count(*) FROM adjustments WHERE organisation_id = ?",
                org));
    }

    @Test
    void tenFreeTextReportsArriveAsStudiesReadWithTheirEvidence() {
        assertThat(count("SELECT count(*) FROM report_readings WHERE organisation_id = ? AND source = 'text'", org))
                .isEqualTo(DemoReports.specs().size()).isEqualTo(10);
        assertThat(count("SELECT count(*) FROM report_readings WHERE organisation_id = ? "
                + "AND jsonb_array_length(evidence) = 0", org)).isZero();
        assertThat(strings("SELECT DISTINCT s.modality_family FROM studies s JOIN report_readings r ON r.study_id = s.id"
                + " WHERE s.organisation_id = ?", org)).hasSizeGreaterThanOrEqualTo(8);
        assertThat(strings("SELECT DISTINCT s.status FROM studies s JOIN report_readings r ON r.study_id = s.id"
                + " WHERE s.organisation_id = ?", org)).isSubsetOf("coded", "needs-review").contains("needs-review");
        // the six that say their images were archived are read with confidence (whether the engine then codes them
        // ready depends on the date: from 1 October until the new ICD-10-CM release is loaded it sends them for review)
        assertThat(count("SELECT count(*) FROM report_readings WHERE organisation_id = ? AND confidence = 'ready'", org))
                .isGreaterThanOrEqualTo(6);
        // a study is coded only when the reader was sure and the engine found it ready
        assertThat(count("""
                SELECT count(*) FROM studies s JOIN report_readings r ON r.study_id = s.id
                JOIN coding_results c ON c.study_id = s.id AND c.version = 1
                WHERE s.organisation_id = ? AND s.status = 'coded'
                  AND (r.confidence <> 'ready' OR c.result ->> 'status' <> 'ready')""", org)).isZero();
    }

    @Test
    void aPaidDemoClaimExportsAsFhirClaimAndExplanationOfBenefit() {
        SonoBillUser biller = (SonoBillUser) TestServer.get().context().getBean(UserStore.class)
                .loadUserByUsername("demo-biller@" + code);
        long claim = count("""
                SELECT c.id FROM claims c WHERE c.organisation_id = ? AND c.status = 'paid'
                AND EXISTS (SELECT 1 FROM remittance_claims rc WHERE rc.claim_id = c.id) ORDER BY c.id LIMIT 1""", org);
        FhirExport export = TestServer.get().context()
                .getBean(FhirExport.class);
        IParser parser = FhirContext.forR4Cached().newJsonParser();

        Claim fhir = parser.parseResource(Claim.class,
                export.claim(biller, claim));
        assertThat(fhir.getUse()).isEqualTo(Claim.Use.CLAIM);
        assertThat(fhir.getItem()).hasSize((int) count("SELECT count(*) FROM claim_lines WHERE claim_id = ?", claim));
        assertThat(fhir.getTotal().getValue()).isEqualByComparingTo(jdbc.sql("SELECT total_charge FROM claims "
                + "WHERE id = ?").params(claim).query(java.math.BigDecimal.class).single());
        assertThat(fhir.getDiagnosis()).isNotEmpty();
        assertThat(fhir.getIdentifier()).anyMatch(i -> i.getValue().equals(strings(
                "SELECT claim_number FROM claims WHERE id = ?", claim).get(0)));

        ExplanationOfBenefit eob = parser.parseResource(
                ExplanationOfBenefit.class, export.explanationOfBenefit(biller, claim));
        assertThat(eob.getOutcome()).isEqualTo(ExplanationOfBenefit.RemittanceOutcome.COMPLETE);
        assertThat(eob.getItem()).hasSize(fhir.getItem().size());
        assertThat(eob.getPayment().getAmount().getValue()).isPositive();
    }
}

package org.sonobill.fhir.r4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ExplanationOfBenefit;
import org.hl7.fhir.r4.model.ExplanationOfBenefit.AdjudicationComponent;
import org.junit.jupiter.api.Test;

class EobWriterTest {
    private static final EobWriter WRITER = new EobWriter();

    private static ExplanationOfBenefit parsedBack(String json) {
        return R4.context().newJsonParser().parseResource(ExplanationOfBenefit.class, json);
    }

    private static String coding(Coding c) {
        return c.getSystem() + "|" + c.getCode();
    }

    private static String category(AdjudicationComponent a) {
        return a.getCategory().getCodingFirstRep().getCode();
    }

    private static String reason(AdjudicationComponent a) {
        return a.hasReason() ? coding(a.getReason().getCodingFirstRep()) : null;
    }

    private static BigDecimal amount(AdjudicationComponent a) {
        return a.hasAmount() ? a.getAmount().getValue() : null;
    }

    @Test
    void writesTheGoldenExplanationOfBenefit() {
        String json = WRITER.json(RemitFixture.partlyPaid(), RemitFixture.PARTIES);

        assertThat(json + "\n").isEqualTo(FhirSamples.read("eob-partial.golden.json"));
    }

    @Test
    void readsBackTheHeaderPaymentAndTotals() {
        ExplanationOfBenefit eob = parsedBack(WRITER.json(RemitFixture.partlyPaid(), RemitFixture.PARTIES));

        assertThat(eob.getStatus()).isEqualTo(ExplanationOfBenefit.ExplanationOfBenefitStatus.ACTIVE);
        assertThat(eob.getUse()).isEqualTo(ExplanationOfBenefit.Use.CLAIM);
        assertThat(coding(eob.getType().getCodingFirstRep()))
                .isEqualTo("http://terminology.hl7.org/CodeSystem/claim-type|professional");
        assertThat(eob.getOutcome()).isEqualTo(ExplanationOfBenefit.RemittanceOutcome.PARTIAL);
        assertThat(eob.getDisposition()).isEqualTo("Claim partially paid");
        assertThat(eob.getClaim().getIdentifier().getValue()).isEqualTo("CLM-2025-000123");
        assertThat(eob.getPatient().getReference()).isEqualTo("Patient/pat-77");
        assertThat(eob.getInsurer().getDisplay()).isEqualTo("Medicare Part B");
        assertThat(eob.getProvider().getIdentifier().getValue()).isEqualTo("1972526317");
        assertThat(eob.getCreatedElement().getValueAsString()).isEqualTo("2025-04-11");
        assertThat(eob.getInsuranceFirstRep().getCoverage().getReference()).isEqualTo("Coverage/cov-1");
        assertThat(eob.getInsuranceFirstRep().getFocal()).isTrue();
        assertThat(eob.getClaim().getIdentifier().getSystem()).isEqualTo("urn:sonobill:claim");
        assertThat(eob.getProvider().getDisplay()).isEqualTo("Mercy Radiology Associates");
        assertThat(eob.getPayment().getType().getCodingFirstRep().getCode()).isEqualTo("partial");
        assertThat(eob.getPayment().getDateElement().getValueAsString()).isEqualTo("2025-04-11");
        assertThat(eob.getPayment().getAmount().getValue()).isEqualByComparingTo("32.10");
        assertThat(eob.getPayment().getIdentifier().getValue()).isEqualTo("EFT884512");
        assertThat(eob.getTotal()).extracting(t -> t.getCategory().getCodingFirstRep().getCode(),
                t -> t.getAmount().getValue().toPlainString(), t -> t.getAmount().getCurrency())
                .containsExactly(tuple("submitted", "270.00", "USD"), tuple("eligible", "40.12", "USD"),
                        tuple("benefit", "32.10", "USD"), tuple("memberliability", "8.02", "USD"));
    }

    @Test
    void readsBackEachLinesAdjudication() {
        ExplanationOfBenefit eob = parsedBack(WRITER.json(RemitFixture.partlyPaid(), RemitFixture.PARTIES));

        ExplanationOfBenefit.ItemComponent paid = eob.getItem().get(0);
        assertThat(coding(paid.getProductOrService().getCodingFirstRep()))
                .isEqualTo("http://www.ama-assn.org/go/cpt|76700");
        assertThat(paid.getModifier()).extracting(m -> m.getCodingFirstRep().getCode()).containsExactly("26");
        assertThat(paid.getAdjudication()).extracting(EobWriterTest::category, EobWriterTest::reason,
                EobWriterTest::amount).containsExactly(
                tuple("submitted", null, new BigDecimal("150.00")),
                tuple("eligible", null, new BigDecimal("40.12")),
                tuple("benefit", null, new BigDecimal("32.10")),
                tuple("CO", "https://x12.org/codes/claim-adjustment-reason-codes|45", new BigDecimal("109.88")),
                tuple("coinsurance", "https://x12.org/codes/claim-adjustment-reason-codes|2", new BigDecimal("8.02")));
        assertThat(paid.getNoteNumber()).isEmpty();

        ExplanationOfBenefit.ItemComponent denied = eob.getItem().get(1);
        assertThat(denied.getSequence()).isEqualTo(2);
        assertThat(denied.getAdjudication()).extracting(EobWriterTest::category, EobWriterTest::reason,
                EobWriterTest::amount).containsExactly(
                tuple("submitted", null, new BigDecimal("120.00")),
                tuple("eligible", null, new BigDecimal("0.00")),
                tuple("benefit", null, new BigDecimal("0.00")),
                tuple("CO", "https://x12.org/codes/claim-adjustment-reason-codes|50", new BigDecimal("120.00")),
                tuple("denialreason", "https://x12.org/codes/claim-adjustment-reason-codes|50", null));
        assertThat(denied.getNoteNumber()).extracting(n -> n.getValue()).containsExactly(1, 2);
        assertThat(eob.getProcessNote()).extracting(n -> n.getNumber(), n -> n.getText())
                .containsExactly(tuple(1, "N115"), tuple(2, "M127"));
    }

    @Test
    void filesDeductibleCopayAndCoinsuranceUnderTheirOwnCategories() {
        RemittanceLine line = new RemittanceLine("76856", List.of(), new BigDecimal("200.00"),
                new BigDecimal("100.00"), new BigDecimal("40.00"), List.of(
                new LineAdjustment(AdjustmentGroup.CO, "45", new BigDecimal("100.00")),
                new LineAdjustment(AdjustmentGroup.PR, "1", new BigDecimal("30.00")),
                new LineAdjustment(AdjustmentGroup.PR, "3", new BigDecimal("20.00")),
                new LineAdjustment(AdjustmentGroup.PR, "2", new BigDecimal("10.00"))), List.of());
        RemittanceOutcome outcome = new RemittanceOutcome("C-1", "Acme Health", LocalDate.of(2025, 6, 1), null,
                RemittanceOutcome.Status.PAID, null, new BigDecimal("200.00"), new BigDecimal("40.00"),
                new BigDecimal("60.00"), List.of(line));

        ExplanationOfBenefit eob = WRITER.explanationOfBenefit(outcome, RemitFixture.PARTIES);

        assertThat(eob.getOutcome()).isEqualTo(ExplanationOfBenefit.RemittanceOutcome.COMPLETE);
        assertThat(eob.getPayment().getType().getCodingFirstRep().getCode()).isEqualTo("complete");
        assertThat(eob.getItemFirstRep().getAdjudication()).extracting(a -> a.getCategory().getCodingFirstRep())
                .extracting(EobWriterTest::coding).containsExactly(
                        "http://terminology.hl7.org/CodeSystem/adjudication|submitted",
                        "http://terminology.hl7.org/CodeSystem/adjudication|eligible",
                        "http://terminology.hl7.org/CodeSystem/adjudication|benefit",
                        "https://x12.org/codes/claim-adjustment-group-codes|CO",
                        "http://terminology.hl7.org/CodeSystem/adjudication|deductible",
                        "http://terminology.hl7.org/CodeSystem/adjudication|copay",
                        "http://hl7.org/fhir/us/carin-bb/CodeSystem/C4BBAdjudication|coinsurance");
    }

    @Test
    void marksADeniedClaimAsAnErrorOutcome() {
        RemittanceOutcome partly = RemitFixture.partlyPaid();
        RemittanceOutcome denied = new RemittanceOutcome(partly.claimId(), partly.payer(), partly.paidDate(),
                partly.paymentNumber(), RemittanceOutcome.Status.DENIED, null, partly.charge(), BigDecimal.ZERO,
                BigDecimal.ZERO, List.of(partly.lines().get(1)));

        ExplanationOfBenefit eob = WRITER.explanationOfBenefit(denied, RemitFixture.PARTIES);

        assertThat(eob.getOutcome()).isEqualTo(ExplanationOfBenefit.RemittanceOutcome.ERROR);
        assertThat(eob.getDisposition()).isEqualTo("Claim denied");
    }
}

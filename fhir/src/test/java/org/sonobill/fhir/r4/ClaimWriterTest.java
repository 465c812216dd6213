package org.sonobill.fhir.r4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.Coding;
import org.junit.jupiter.api.Test;
import org.sonobill.engine.coding.CodedStudy;
import org.sonobill.engine.coding.CodingEngine;
import org.sonobill.engine.coding.CodingStatus;

class ClaimWriterTest {
    private static final ClaimWriter WRITER = new ClaimWriter();
    private static final LocalDate CREATED = LocalDate.of(2025, 3, 15);

    private static Claim parsedBack(String json) {
        return R4.context().newJsonParser().parseResource(Claim.class, json);
    }

    private static String coding(Coding c) {
        return c.getSystem() + "|" + c.getCode();
    }

    @Test
    void writesTheGoldenProfessionalClaim() {
        String json = WRITER.json(RemitFixture.codedAbdomen("professional"), RemitFixture.abdomen(),
                RemitFixture.PARTIES, CREATED);

        assertThat(json + "\n").isEqualTo(FhirSamples.read("claim-professional.golden.json"));
    }

    @Test
    void readsBackEveryMappedFieldOfItsOwnClaim() {
        Claim claim = parsedBack(WRITER.json(RemitFixture.codedAbdomen("professional"), RemitFixture.abdomen(),
                RemitFixture.PARTIES, CREATED));

        assertThat(claim.getIdentifierFirstRep().getSystem()).isEqualTo("urn:sonobill:study");
        assertThat(claim.getIdentifierFirstRep().getValue()).isEqualTo("FX-abdomen");
        assertThat(claim.getUse()).isEqualTo(Claim.Use.CLAIM);
        assertThat(claim.getStatus()).isEqualTo(Claim.ClaimStatus.ACTIVE);
        assertThat(coding(claim.getType().getCodingFirstRep()))
                .isEqualTo("http://terminology.hl7.org/CodeSystem/claim-type|professional");
        assertThat(claim.getPatient().getReference()).isEqualTo("Patient/pat-77");
        assertThat(claim.getProvider().getIdentifier().getSystem()).isEqualTo("http://hl7.org/fhir/sid/us-npi");
        assertThat(claim.getProvider().getIdentifier().getValue()).isEqualTo("1972526317");
        assertThat(claim.getProvider().getDisplay()).isEqualTo("Mercy Radiology Associates");
        assertThat(claim.getInsurer().getDisplay()).isEqualTo("Medicare Part B");
        assertThat(coding(claim.getPriority().getCodingFirstRep()))
                .isEqualTo("http://terminology.hl7.org/CodeSystem/processpriority|normal");
        assertThat(claim.getCreatedElement().getValueAsString()).isEqualTo("2025-03-15");
        assertThat(claim.getBillablePeriod().getStartElement().getValueAsString()).isEqualTo("2025-03-14");
        assertThat(claim.getBillablePeriod().getEndElement().getValueAsString()).isEqualTo("2025-03-14");
        assertThat(claim.getInsurance()).hasSize(1);
        assertThat(claim.getInsuranceFirstRep().getSequence()).isEqualTo(1);
        assertThat(claim.getInsuranceFirstRep().getFocal()).isTrue();
        assertThat(claim.getInsuranceFirstRep().getCoverage().getReference()).isEqualTo("Coverage/cov-1");
        assertThat(claim.getCareTeam()).extracting(ct -> ct.getProvider().getIdentifier().getValue(),
                ct -> ct.getRole().getCodingFirstRep().getCode())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1234567893", "rendering"),
                        org.assertj.core.groups.Tuple.tuple("1245319599", "referring"));
        assertThat(claim.getDiagnosis()).extracting(d -> d.getSequence(),
                d -> coding(d.getDiagnosisCodeableConcept().getCodingFirstRep()))
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "http://hl7.org/fhir/sid/icd-10-cm|R10.11"),
                        org.assertj.core.groups.Tuple.tuple(2, "http://hl7.org/fhir/sid/icd-10-cm|K76.0"),
                        org.assertj.core.groups.Tuple.tuple(3, "http://hl7.org/fhir/sid/icd-10-cm|K76.6"));
        assertThat(claim.getItem()).hasSize(2);
        Claim.ItemComponent abdomen = claim.getItem().get(0);
        assertThat(abdomen.getSequence()).isEqualTo(1);
        assertThat(coding(abdomen.getProductOrService().getCodingFirstRep()))
                .isEqualTo("http://www.ama-assn.org/go/cpt|76700");
        assertThat(abdomen.getModifier()).extracting(m -> m.getCodingFirstRep().getCode()).containsExactly("26");
        assertThat(abdomen.getDiagnosisSequence()).extracting(p -> p.getValue()).containsExactly(1, 2);
        Claim.ItemComponent doppler = claim.getItem().get(1);
        assertThat(doppler.getSequence()).isEqualTo(2);
        assertThat(coding(doppler.getProductOrService().getCodingFirstRep()))
                .isEqualTo("http://www.ama-assn.org/go/cpt|93976");
        assertThat(doppler.getModifier()).extracting(m -> coding(m.getCodingFirstRep())).containsExactly(
                "http://www.ama-assn.org/go/cpt|26",
                "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets|XU");
        assertThat(doppler.getQuantity().getValue()).isEqualByComparingTo("1");
        assertThat(doppler.getServicedDateType().getValueAsString()).isEqualTo("2025-03-14");
        assertThat(coding(doppler.getLocationCodeableConcept().getCodingFirstRep())).isEqualTo(
                "https://www.cms.gov/Medicare/Coding/place-of-service-codes/Place_of_Service_Code_Set|22");
        assertThat(doppler.getDiagnosisSequence()).extracting(p -> p.getValue()).containsExactly(3, 1);
        assertThat(doppler.getCareTeamSequence()).extracting(p -> p.getValue()).containsExactly(1);
        assertThat(doppler.hasRevenue()).isFalse();
    }

    @Test
    void putsARevenueCodeOnEveryLineOfAnInstitutionalClaim() {
        Claim claim = WRITER.claim(RemitFixture.codedAbdomen("institutional"), RemitFixture.abdomen(),
                RemitFixture.PARTIES, CREATED);

        assertThat(claim.getType().getCodingFirstRep().getCode()).isEqualTo("institutional");
        assertThat(claim.getItem()).extracting(i -> i.getRevenue().getCodingFirstRep().getCode())
                .as("ultrasound, then the visceral duplex as a vascular lab study").containsExactly("0402", "0921");
        assertThat(RevenueCodes.forProcedure("93306")).isEqualTo("0483");
        assertThat(RevenueCodes.forProcedure("93880")).isEqualTo("0921");
        assertThat(RevenueCodes.forProcedure("76856")).isEqualTo("0402");
    }

    @Test
    void claimsWhatTheCodingEngineCodes() {
        CodedStudy coded = CodingEngine.bundled().code(RemitFixture.abdomen());

        Claim claim = WRITER.claim(coded, RemitFixture.abdomen(), RemitFixture.PARTIES, CREATED);

        assertThat(claim.getItem()).extracting(i -> i.getProductOrService().getCodingFirstRep().getCode())
                .containsExactlyElementsOf(coded.lines().stream().map(l -> l.code()).toList());
        assertThat(claim.getItemFirstRep().getLocationCodeableConcept().getCodingFirstRep().getCode())
                .isEqualTo(coded.context().placeOfService());
        assertThat(claim.getDiagnosisFirstRep().getDiagnosisCodeableConcept().getCodingFirstRep().getCode())
                .isEqualTo("R10.11");
    }

    @Test
    void refusesABlockedStudy() {
        CodedStudy ready = RemitFixture.codedAbdomen("professional");
        CodedStudy blocked = new CodedStudy(ready.studyId(), CodingStatus.BLOCKED, ready.lines(), List.of(),
                ready.context());

        assertThatThrownBy(() -> WRITER.claim(blocked, RemitFixture.abdomen(), RemitFixture.PARTIES, CREATED))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("study FX-abdomen is blocked by its coding findings: fix the documentation before "
                        + "claiming it");
    }

    @Test
    void refusesAStudyWithoutLines() {
        CodedStudy ready = RemitFixture.codedAbdomen("professional");
        CodedStudy empty = new CodedStudy(ready.studyId(), CodingStatus.NEEDS_REVIEW, List.of(), List.of(),
                ready.context());

        assertThatThrownBy(() -> WRITER.claim(empty, RemitFixture.abdomen(), RemitFixture.PARTIES, CREATED))
                .hasMessage("study FX-abdomen has no coded lines to claim");
    }
}

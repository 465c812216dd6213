package org.sonobill.fhir.r4;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.PositiveIntType;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.sonobill.engine.coding.CodedLine;
import org.sonobill.engine.coding.CodedStudy;
import org.sonobill.engine.coding.CodingStatus;
import org.sonobill.engine.study.StudyDocumentation;

/**
 * A coded study as a FHIR R4 {@link Claim} (use claim, status active, priority normal): one item per coded line with
 * its CPT/HCPCS code, modifiers in billing order, units, date of service and place of service; the diagnoses the
 * lines point to, first-listed first; the interpreting physician as the rendering member of the care team and the
 * ordering provider as the referring one. Thread-safe.
 */
public final class ClaimWriter {
    static final String CARE_TEAM_ROLE = "http://hl7.org/fhir/us/carin-bb/CodeSystem/C4BBClaimCareTeamRole";
    private static final String PRIORITY = "http://terminology.hl7.org/CodeSystem/processpriority";

    /**
     * The claim for one coded study.
     *
     * @param coded the engine's coding; a blocked study or one without lines cannot be claimed
     * @param study the documentation it was coded from (date of service, NPIs)
     * @param parties patient, coverage and billing provider
     * @param created the claim's creation date
     * @throws IllegalArgumentException when the study is blocked, has no lines or no date of service
     */
    public Claim claim(CodedStudy coded, StudyDocumentation study, ClaimParties parties, LocalDate created) {
        check(coded, study);
        Claim claim = new Claim();
        claim.addIdentifier(new Identifier().setSystem(Codings.STUDY_ID).setValue(coded.studyId()));
        claim.setStatus(Claim.ClaimStatus.ACTIVE);
        claim.setType(Codings.claimType(coded.context().claimType()));
        claim.setUse(Claim.Use.CLAIM);
        claim.setPatient(new Reference(parties.patientReference()));
        DateType dos = new DateType(study.dateOfService().toString());
        claim.setBillablePeriod(new Period().setStartElement(new DateTimeType(dos.getValueAsString()))
                .setEndElement(new DateTimeType(dos.getValueAsString())));
        claim.setCreatedElement(new DateTimeType(created.toString()));
        claim.setInsurer(new Reference().setDisplay(parties.insurerName() != null ? parties.insurerName()
                : coded.context().payer()));
        claim.setProvider(Codings.provider(parties.billingNpi(), parties.billingName()));
        claim.setPriority(Codings.concept(PRIORITY, "normal", "Normal"));
        int rendering = careTeam(claim, study.report().interpretingNpi(), "rendering", "Rendering provider");
        careTeam(claim, study.orderingNpi(), "referring", "Referring");
        List<String> diagnoses = diagnoses(coded.lines());
        for (int i = 0; i < diagnoses.size(); i++) {
            claim.addDiagnosis().setSequence(i + 1).setDiagnosis(
                    Codings.concept(Identifiers.ICD10CM_SYSTEM, diagnoses.get(i), null));
        }
        claim.addInsurance().setSequence(1).setFocal(true).setCoverage(new Reference(parties.coverageReference()));
        for (CodedLine line : coded.lines()) {
            item(claim, line, diagnoses, rendering, dos, placeOfService(coded, study), coded.context().claimType());
        }
        return claim;
    }

    /** The claim as pretty-printed JSON. */
    public String json(CodedStudy coded, StudyDocumentation study, ClaimParties parties, LocalDate created) {
        return R4.json(claim(coded, study, parties, created));
    }

    private static void check(CodedStudy coded, StudyDocumentation study) {
        Objects.requireNonNull(coded, "coded");
        Objects.requireNonNull(study, "study");
        if (coded.status() == CodingStatus.BLOCKED) {
            throw new IllegalArgumentException("study " + coded.studyId() + " is blocked by its coding findings: "
                    + "fix the documentation before claiming it");
        }
        if (coded.lines().isEmpty()) {
            throw new IllegalArgumentException("study " + coded.studyId() + " has no coded lines to claim");
        }
        if (study.dateOfService() == null) {
            throw new IllegalArgumentException("study " + coded.studyId() + " has no date of service");
        }
    }

    /** Adds a care team member when the NPI is known; its sequence, or 0 when none was added. */
    private static int careTeam(Claim claim, String npi, String role, String display) {
        if (npi == null || npi.isBlank()) {
            return 0;
        }
        int sequence = claim.getCareTeam().size() + 1;
        claim.addCareTeam().setSequence(sequence).setProvider(Codings.provider(npi, null))
                .setRole(Codings.concept(CARE_TEAM_ROLE, role, display));
        return sequence;
    }

    /** The lines' diagnoses without repeats, in the order the lines first point to them. */
    private static List<String> diagnoses(List<CodedLine> lines) {
        List<String> all = new ArrayList<>();
        for (CodedLine line : lines) {
            for (String dx : line.diagnoses()) {
                if (!all.contains(dx)) {
                    all.add(dx);
                }
            }
        }
        return all;
    }

    private static String placeOfService(CodedStudy coded, StudyDocumentation study) {
        String pos = coded.context().placeOfService();
        return pos != null ? pos : study.placeOfService();
    }

    private static void item(Claim claim, CodedLine line, List<String> diagnoses, int rendering, DateType dos,
                             String pos, String claimType) {
        int sequence = claim.getItem().size() + 1;
        Claim.ItemComponent item = claim.addItem().setSequence(sequence);
        if (rendering > 0) {
            item.addCareTeamSequence(rendering);
        }
        for (String dx : line.diagnoses()) {
            item.getDiagnosisSequence().add(new PositiveIntType(diagnoses.indexOf(dx) + 1));
        }
        if (claimType.equals("institutional")) {
            String revenue = RevenueCodes.forProcedure(line.code());
            item.setRevenue(Codings.concept(RevenueCodes.SYSTEM, revenue, null));
        }
        item.setProductOrService(Codings.procedure(line.code()));
        line.modifiers().forEach(m -> item.addModifier(Codings.modifier(m)));
        item.setQuantity(new Quantity().setValue(line.units()));
        item.setServiced(dos.copy());
        if (pos != null) {
            item.setLocation(Codings.placeOfService(pos));
        }
    }
}

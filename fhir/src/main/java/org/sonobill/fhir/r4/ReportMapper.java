package org.sonobill.fhir.r4;

import java.util.Locale;
import java.util.Map;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.ImagingStudy;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.sonobill.engine.study.Sex;
import org.sonobill.report.IncomingReport;

/** One DiagnosticReport and what it points to into a {@link FhirReportInput}. */
final class ReportMapper {
    /**
     * Encounter.class (v3 ActCode) to CMS place of service, the reverse of the HL7 v2-to-FHIR map of PV1-2 (E to
     * EMER, I to IMP, O to AMB) followed by the v2 mapping: emergency room 23, inpatient hospital 21, outpatient
     * hospital 22.
     */
    private static final Map<String, String> POS_BY_ENCOUNTER_CLASS = Map.of("EMER", "23", "IMP", "21",
            "ACUTE", "21", "AMB", "22");

    private final Bundled bundled;
    private final Practitioners practitioners;

    ReportMapper(Bundled bundled) {
        this.bundled = bundled;
        this.practitioners = new Practitioners(bundled);
    }

    FhirReportInput map(DiagnosticReport dr) {
        ServiceRequest order = order(dr);
        String encounterClass = encounterClass(dr);
        String placeOfService = encounterClass == null ? null : POS_BY_ENCOUNTER_CLASS.get(encounterClass);
        FhirPatient patient = patient(dr, encounterClass, placeOfService);
        String orderedCode = order == null ? null : Identifiers.code(order.getCode(), Identifiers.CPT_SYSTEM);
        if (orderedCode == null) {
            orderedCode = Identifiers.code(dr.getCode(), Identifiers.CPT_SYSTEM);
        }
        String orderingNpi = order == null ? null : practitioners.npi(order.getRequester(), order);
        String interpretingNpi = dr.getResultsInterpreter().stream().map(r -> practitioners.npi(r, dr))
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
        IncomingReport report = new IncomingReport(id(dr), ReportText.of(dr), placeOfService, null, null, null,
                date(dr), patient == null ? null : patient.codingPatient(), orderedCode, orderedText(dr, order),
                orderingNpi, interpretingNpi, signed(dr));
        return new FhirReportInput(report, patient);
    }

    /**
     * The accession: an ACSN identifier, else the first usable identifier; then the ImagingStudy's (the one referenced,
     * else the Bundle's only one); then the resource id.
     */
    private String id(DiagnosticReport dr) {
        String id = Identifiers.typed(dr.getIdentifier(), "ACSN");
        if (id == null) {
            id = Identifiers.firstUsable(dr.getIdentifier());
        }
        if (id == null) {
            ImagingStudy study = imagingStudy(dr);
            if (study != null) {
                id = Identifiers.typed(study.getIdentifier(), "ACSN");
                id = id != null ? id : Identifiers.firstUsable(study.getIdentifier());
            }
        }
        if (id == null && dr.getIdElement().hasIdPart()) {
            id = dr.getIdElement().getIdPart();
        }
        if (id == null) {
            throw new FhirException("DiagnosticReport.identifier",
                    "expected an accession, an ImagingStudy identifier or a resource id");
        }
        return id;
    }

    /** The ImagingStudy the report points to, else the Bundle's only one. */
    private ImagingStudy imagingStudy(DiagnosticReport dr) {
        for (Reference ref : dr.getImagingStudy()) {
            ImagingStudy s = bundled.resolve(ref, dr, ImagingStudy.class);
            if (s != null) {
                return s;
            }
        }
        return bundled.only(ImagingStudy.class);
    }

    private ServiceRequest order(DiagnosticReport dr) {
        for (Reference ref : dr.getBasedOn()) {
            ServiceRequest sr = bundled.resolve(ref, dr, ServiceRequest.class);
            if (sr != null) {
                return sr;
            }
        }
        return null;
    }

    private static java.time.LocalDate date(DiagnosticReport dr) {
        if (dr.hasEffectiveDateTimeType()) {
            return Identifiers.date(dr.getEffectiveDateTimeType());
        }
        if (dr.hasEffectivePeriod()) {
            Period p = dr.getEffectivePeriod();
            return Identifiers.date(p.getStartElement());
        }
        return null;
    }

    /** DiagnosticReport.code.text, else the order's text, else the CPT coding's display. */
    private static String orderedText(DiagnosticReport dr, ServiceRequest order) {
        if (dr.getCode().hasText()) {
            return dr.getCode().getText();
        }
        if (order != null && order.getCode().hasText()) {
            return order.getCode().getText();
        }
        return dr.getCode().getCoding().stream().filter(c -> c.hasDisplay()).map(c -> c.getDisplay()).findFirst()
                .orElse(null);
    }

    /** final, amended, corrected and appended are signed results; registered, partial and preliminary are not. */
    private static Boolean signed(DiagnosticReport dr) {
        if (!dr.hasStatus()) {
            return null;
        }
        return switch (dr.getStatus()) {
            case FINAL, AMENDED, CORRECTED, APPENDED -> true;
            default -> false;
        };
    }

    /** The Encounter's class code (v3 ActCode), upper case, or null when the Encounter is not at hand. */
    private String encounterClass(DiagnosticReport dr) {
        Encounter encounter = bundled.resolve(dr.getEncounter(), dr, Encounter.class);
        return encounter == null || !encounter.getClass_().hasCode() ? null
                : encounter.getClass_().getCode().toUpperCase(Locale.ROOT);
    }

    private FhirPatient patient(DiagnosticReport dr, String encounterClass, String placeOfService) {
        Patient p = bundled.resolve(dr.getSubject(), dr, Patient.class);
        if (p == null) {
            return null;
        }
        String mrn = Identifiers.typed(p.getIdentifier(), "MR");
        if (mrn == null) {
            mrn = Identifiers.firstUsable(p.getIdentifier());
        }
        HumanName name = p.getName().stream().filter(n -> n.getUse() == HumanName.NameUse.OFFICIAL).findFirst()
                .orElse(p.getName().isEmpty() ? new HumanName() : p.getName().get(0));
        return new FhirPatient(mrn, name.hasFamily() ? name.getFamily() : null,
                name.hasGiven() ? name.getGiven().get(0).getValue() : null, sex(p),
                Identifiers.date(p.getBirthDateElement()), encounterClass, placeOfService);
    }

    private static Sex sex(Patient p) {
        if (!p.hasGender()) {
            return Sex.U;
        }
        return switch (p.getGender()) {
            case FEMALE -> Sex.F;
            case MALE -> Sex.M;
            default -> Sex.U;
        };
    }
}

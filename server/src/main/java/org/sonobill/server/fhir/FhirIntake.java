package org.sonobill.server.fhir;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sonobill.fhir.r4.DiagnosticReportReader;
import org.sonobill.fhir.r4.FhirException;
import org.sonobill.fhir.r4.FhirPatient;
import org.sonobill.fhir.r4.FhirReportInput;
import org.sonobill.report.IncomingReport;
import org.sonobill.server.report.ReportIntake;
import org.sonobill.server.report.ReportIntake.Arrival;
import org.sonobill.server.report.ReportSource;
import org.sonobill.server.security.SonoBillUser;
import org.sonobill.server.study.StudyRequests.PatientInput;
import org.sonobill.server.study.StudyViews.StudyDetail;
import org.sonobill.server.web.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * FHIR R4 DiagnosticReports to studies: read by the fhir module's {@link DiagnosticReportReader} (alone or in a
 * Bundle with their Patient, Encounter, ServiceRequest and Practitioners), then taken by {@link ReportIntake}. Every
 * report of one request is kept, or none: one transaction. Problems name the FHIRPath of the element at fault.
 */
@Service
public class FhirIntake {
    // where each field the intake checks comes from in a DiagnosticReport and the resources it points to
    private static final Map<String, String> FHIR_PATHS = Map.of("accession", "DiagnosticReport.identifier",
            "patient", "DiagnosticReport.subject", "patient.mrn", "Patient.identifier", "patient.lastName",
            "Patient.name", "patient.sex", "Patient.gender", "dateOfService", "DiagnosticReport.effectiveDateTime",
            "placeOfService", "Encounter.class", "reportText", "DiagnosticReport.presentedForm");
    private final DiagnosticReportReader reader = new DiagnosticReportReader();
    private final ReportIntake intake;

    public FhirIntake(ReportIntake intake) {
        this.intake = intake;
    }

    /**
     * Takes every DiagnosticReport of a resource or Bundle (JSON or XML).
     *
     * @throws ApiException 400 naming the FHIRPath, or 409 when an accession is known already (nothing is kept)
     */
    @Transactional
    public List<StudyDetail> take(SonoBillUser user, String content) {
        List<FhirReportInput> inputs;
        try {
            inputs = reader.readAll(content);
        } catch (FhirException e) {
            throw problem(e.path(), e.getMessage().substring(e.path().length() + 2));
        }
        List<StudyDetail> out = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            FhirReportInput in = inputs.get(i);
            if (in.patient() == null) {
                throw problem("DiagnosticReport.subject", "expected a reference to a Patient included in the Bundle "
                        + "(SonoBill keeps each study under the patient's record number)");
            }
            try {
                out.add(intake.intake(user, new Arrival(in.report().id(), patient(in.patient()), null,
                        report(in), ReportSource.FHIR)));
            } catch (ApiException e) {
                throw onFhirPaths(e, inputs.size() > 1 ? "Bundle.entry[" + i + "]: " : "");
            }
        }
        return out;
    }

    private static IncomingReport report(FhirReportInput in) {
        IncomingReport r = in.report();
        FhirPatient p = in.patient();
        return new IncomingReport(r.id(), r.text(), r.placeOfService() == null ? p.placeOfService()
                : r.placeOfService(), r.claimType(), r.billingRole(), r.payer(), r.dateOfService(),
                r.patient() == null ? p.codingPatient() : r.patient(), r.orderedCode(), r.orderedText(),
                r.orderingNpi(), r.interpretingNpi(), r.signed());
    }

    private static PatientInput patient(FhirPatient p) {
        return new PatientInput(p.mrn(), p.lastName(), p.firstName(), p.sex().name(), p.birthDate(), null, null, null);
    }

    static ApiException problem(String path, String problem) {
        return new ApiException(HttpStatus.BAD_REQUEST, "Invalid FHIR resource", path + ": " + problem,
                List.of(new ApiException.FieldProblem(path, problem)));
    }

    private static ApiException onFhirPaths(ApiException e, String entry) {
        if (e.fields().isEmpty()) {
            return e;
        }
        List<ApiException.FieldProblem> fields = e.fields().stream()
                .map(f -> new ApiException.FieldProblem(FHIR_PATHS.getOrDefault(f.field(), f.field()), f.problem()))
                .toList();
        return new ApiException(e.status(), e.title(), entry + fields.get(0).field() + ": " + fields.get(0).problem(),
                fields);
    }
}

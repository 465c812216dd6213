package org.sonobill.fhir.r4;

import ca.uhn.fhir.parser.DataFormatException;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.Resource;

/**
 * Reads FHIR R4 DiagnosticReports, in JSON or XML, alone or in a Bundle with the resources they point to (Patient,
 * Encounter, ServiceRequest, Practitioner, PractitionerRole, ImagingStudy), into {@link FhirReportInput}s. Thread-safe;
 * the FHIR context behind it is built once per process.
 */
public final class DiagnosticReportReader {

    /**
     * The one DiagnosticReport of the content.
     *
     * @throws FhirException when the content is not FHIR R4, holds no DiagnosticReport or several, or the report has
     *     no text or no identifier
     */
    public FhirReportInput read(String content) {
        List<FhirReportInput> all = readAll(content);
        if (all.size() > 1) {
            throw new FhirException("Bundle.entry", "expected one DiagnosticReport, found " + all.size()
                    + " (read them with readAll)");
        }
        return all.get(0);
    }

    /** Every DiagnosticReport of the content, in Bundle order. */
    public List<FhirReportInput> readAll(String content) {
        IBaseResource parsed = parse(content);
        List<DiagnosticReport> reports = new ArrayList<>();
        List<Resource> resources = new ArrayList<>();
        Bundle bundle = null;
        if (parsed instanceof Bundle b) {
            bundle = b;
            for (Bundle.BundleEntryComponent e : b.getEntry()) {
                if (e.getResource() != null) {
                    resources.add(e.getResource());
                    if (e.getResource() instanceof DiagnosticReport r) {
                        reports.add(r);
                    }
                }
            }
            if (reports.isEmpty()) {
                throw new FhirException("Bundle.entry", "expected a DiagnosticReport entry");
            }
        } else if (parsed instanceof DiagnosticReport r) {
            reports.add(r);
            resources.add(r);
        } else {
            throw new FhirException("DiagnosticReport", "expected a DiagnosticReport or a Bundle holding one, got "
                    + parsed.fhirType());
        }
        ReportMapper mapper = new ReportMapper(new Bundled(resources, bundle));
        return reports.stream().map(mapper::map).toList();
    }

    private static IBaseResource parse(String content) {
        if (content == null || content.isBlank()) {
            throw new FhirException("DiagnosticReport", "expected a FHIR R4 resource, got nothing");
        }
        boolean xml = content.stripLeading().startsWith("<");
        try {
            return R4.parserFor(content).parseResource(content);
        } catch (DataFormatException | ClassCastException | IllegalArgumentException e) {
            // HAPI's message may quote the content, which can hold patient data: it is not passed on
            throw new FhirException("DiagnosticReport", "expected a FHIR R4 resource in " + (xml ? "XML" : "JSON")
                    + "; the content cannot be parsed as one");
        }
    }
}

package org.sonobill.fhir.r4;

import java.util.Objects;
import org.sonobill.report.IncomingReport;

/**
 * A DiagnosticReport as SonoBill takes it: the report for the reader and the patient it belongs to.
 * {@link #toString()} leaves out the report text and masks the patient: an input printed to a log leaks neither.
 *
 * @param report text, accession, date, ordered code, NPIs and status
 * @param patient the Patient (and Encounter) the report points to, or null when the report's subject is not
 *     included
 */
public record FhirReportInput(IncomingReport report, FhirPatient patient) {
    public FhirReportInput {
        Objects.requireNonNull(report, "report");
    }

    @Override
    public String toString() {
        return "FhirReportInput[accession=" + report.id() + ", text=" + report.text().length() + " characters, "
                + patient + "]";
    }
}

package org.sonobill.fhir.hl7;

import java.util.Objects;
import org.sonobill.report.IncomingReport;

/**
 * One result of an ORU^R01: an OBR with its OBX text, as a report for the reader, and the patient it belongs to.
 * {@link #toString()} leaves out the report text and masks the patient: a result printed to a log leaks neither.
 *
 * @param messageControlId MSH-10, echoed in the acknowledgement
 * @param sendingFacility MSH-4.1, or null
 * @param report the report text and the order context (accession, date, codes, NPIs, status)
 * @param patient the patient and visit (PID, PV1)
 */
public record Hl7Result(String messageControlId, String sendingFacility, IncomingReport report, Hl7Patient patient) {
    public Hl7Result {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(patient, "patient");
    }

    @Override
    public String toString() {
        return "Hl7Result[messageControlId=" + messageControlId + ", accession=" + report.id() + ", text="
                + report.text().length() + " characters, " + patient + "]";
    }
}

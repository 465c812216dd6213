package org.sonobill.server.report;

/** How a report reached SonoBill; kept with the reading (report_readings.source). */
public enum ReportSource {
    /** Report text posted to the API ({@code POST /api/reports}). */
    TEXT("text"),
    /** An HL7 v2 ORU^R01 result (MLLP listener or {@code sonobill hl7 import}). */
    HL7("hl7"),
    /** A FHIR R4 DiagnosticReport ({@code POST /api/fhir/DiagnosticReport} or {@code sonobill fhir import}). */
    FHIR("fhir");

    private final String key;

    ReportSource(String key) {
        this.key = key;
    }

    /** The stored and JSON spelling. */
    public String key() {
        return key;
    }
}

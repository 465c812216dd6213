package org.sonobill.server.study;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** What the study endpoints answer. */
public final class StudyViews {
    private StudyViews() {
    }

    /** A study in a list. */
    public record StudySummary(long id, String accession, LocalDate dateOfService, String exam, String status,
                               String patientMrn, String interpretingNpi, String technologist, Integer codingVersion,
                               List<String> codes, OffsetDateTime createdAt) {
    }

    /** A study with its documentation, report and coding. */
    public record StudyDetail(StudySummary study, PatientView patient, JsonNode documentation, String reportText,
                              CodingView coding, List<CodingVersion> codingHistory, Long claimId,
                              ReportReading reading) {
    }

    /**
     * What the report reader made of a study read from a report (null for structured studies).
     *
     * @param source text, hl7 or fhir
     * @param confidence ready (coded without a coder) or needs-review
     * @param evidence the text spans behind each fact: {fact, value, start, end, text, rule}
     * @param review what a coder should check: {code, fact, message, start, end}
     * @param at when it was read
     */
    public record ReportReading(String source, String confidence, JsonNode evidence, JsonNode review,
                                OffsetDateTime at) {
    }

    /** The patient as billing sees them. */
    public record PatientView(long id, String mrn, String lastName, String firstName, String sex, LocalDate birthDate) {
    }

    /** The current coding: the engine's result or a coder's change of it. */
    public record CodingView(int version, String source, String changedBy, String changeReason, OffsetDateTime at,
                             JsonNode result) {
    }

    /** One version of the coding, for the history. */
    public record CodingVersion(int version, String source, String changedBy, String changeReason, OffsetDateTime at,
                                List<String> codes) {
    }

    /** A page of results. */
    public record Page<T>(List<T> items, long total, int limit, int offset) {
    }
}

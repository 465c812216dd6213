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
                              CodingView coding, List<CodingVersion> codingHistory, Long claimId) {
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

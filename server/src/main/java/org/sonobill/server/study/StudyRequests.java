package org.sonobill.server.study;

import java.time.LocalDate;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** What the study endpoints accept. */
public final class StudyRequests {
    private StudyRequests() {
    }

    /**
     * A new study.
     *
     * @param accession the accession number (unique in the organisation)
     * @param patient who the study is of (only what billing needs)
     * @param technologist the sonographer who performed it, as the department names them
     * @param documentation the structured study documentation (docs/study-format.md); may be absent when only the
     *     report text is known yet
     * @param reportText the dictated report, stored as received
     * @param exam the exam family, needed only without documentation
     * @param dateOfService the date of service, needed only without documentation
     */
    public record CreateStudy(String accession, PatientInput patient, String technologist, JsonNode documentation,
                              String reportText, String exam, LocalDate dateOfService) {
    }

    /**
     * The patient of a study: matched by MRN within the organisation, created on first sight. The insurance member id,
     * group number and address are what an 837 needs of the subscriber (loop 2010BA); optional here, a claim without
     * them is refused when its batch is written.
     */
    public record PatientInput(String mrn, String lastName, String firstName, String sex, LocalDate birthDate,
                               String memberId, String groupNumber, AddressInput address) {
    }

    /** A postal address. */
    public record AddressInput(String line1, String line2, String city, String state, String zip) {
    }

    /**
     * Accept the current coding, or change it with a reason.
     *
     * @param action accept or change
     * @param basedOnVersion the coding version the coder looked at; refused with 409 when a newer one exists
     * @param reason why (required for a change, and to accept a coding the engine sent for review)
     * @param lines the new lines (change only)
     */
    public record CodingDecision(String action, Integer basedOnVersion, String reason, List<LineInput> lines) {
    }

    /** One billed line as a coder sets it. */
    public record LineInput(String code, List<String> modifiers, Integer units, List<String> diagnoses) {
    }
}

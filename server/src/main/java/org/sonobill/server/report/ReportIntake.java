package org.sonobill.server.report;

import java.util.List;
import java.util.Map;
import org.sonobill.engine.coding.CodingStatus;
import org.sonobill.engine.study.Patient;
import org.sonobill.engine.study.Sex;
import org.sonobill.engine.study.StudyDocumentation;
import org.sonobill.engine.study.StudyJsonWriter;
import org.sonobill.report.CodedReport;
import org.sonobill.report.Confidence;
import org.sonobill.report.IncomingReport;
import org.sonobill.report.ReportCoder;
import org.sonobill.server.audit.AuditTrail;
import org.sonobill.server.security.SonoBillUser;
import org.sonobill.server.study.StudyRequests.CreateStudy;
import org.sonobill.server.study.StudyRequests.PatientInput;
import org.sonobill.server.study.StudyService;
import org.sonobill.server.study.StudyViews.StudyDetail;
import org.sonobill.server.web.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * A report arriving by any route becomes a study in the worklist: read and coded by the shared {@link ReportCoder},
 * stored through {@link StudyService} (the same patient upsert, accession uniqueness and audit trail as
 * {@code POST /api/studies}), its coding kept as version 1, and the reader's evidence, confidence and review points
 * kept beside it. One transaction: a failure anywhere leaves nothing behind.
 *
 * <p>A report read with confidence {@code ready} whose coding the engine finds ready becomes {@code coded}; anything
 * else becomes {@code needs-review}, which is the coder's worklist ({@code GET /api/studies?status=needs-review}).
 */
@Service
public class ReportIntake {
    private static final StudyJsonWriter WRITER = new StudyJsonWriter();
    private final ReportCoder coder;
    private final StudyService studies;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final JsonMapper json;

    public ReportIntake(ReportCoder coder, StudyService studies, AuditTrail audit, JdbcClient jdbc, JsonMapper json) {
        this.coder = coder;
        this.studies = studies;
        this.audit = audit;
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * A report as it arrived, with the patient it is of.
     *
     * @param accession the accession number (unique in the organisation; a second report of it is refused, 409)
     * @param patient the patient's record number, names, sex and birth date
     * @param technologist the sonographer, when the route says
     * @param report the report text and the context around it
     * @param source how it arrived
     */
    public record Arrival(String accession, PatientInput patient, String technologist, IncomingReport report,
                          ReportSource source) {
    }

    /** Reads, codes and stores one report; answers the study as {@code GET /api/studies/{id}} shows it. */
    @Transactional
    public StudyDetail intake(SonoBillUser user, Arrival a) {
        List<ApiException.FieldProblem> problems = StudyService.accessionAndPatientProblems(a.accession(),
                a.patient());
        if (a.report() == null || a.report().text().isBlank()) {
            problems.add(new ApiException.FieldProblem("reportText", "expected the report's text"));
        }
        if (!problems.isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "Invalid report", problems.get(0).field() + ": "
                    + problems.get(0).problem(), problems);
        }
        CodedReport coded = coder.code(withPatient(a));
        StudyDocumentation doc = coded.read().documentation();
        if (doc.dateOfService() == null) {
            throw ApiException.badField("dateOfService", "the report gives no date of service; send it with the "
                    + "report (API context.dateOfService, HL7 OBR-7, FHIR DiagnosticReport.effectiveDateTime)");
        }
        if (doc.placeOfService() == null) {
            throw ApiException.badField("placeOfService", "the report gives no place of service; send it with the "
                    + "report (API context.placeOfService, HL7 PV1-2 patient class, FHIR encounter class)");
        }
        StudyDetail created = studies.create(user, new CreateStudy(a.accession(), a.patient(), a.technologist(),
                json.readTree(WRITER.write(doc)), a.report().text(), null, null));
        long id = created.study().id();
        boolean ready = coded.confidence() == Confidence.READY && coded.coded().status() == CodingStatus.READY;
        studies.recordCoding(user, id, coded.coded(), ready ? "coded" : "needs-review");
        jdbc.sql("""
                        INSERT INTO report_readings (study_id, organisation_id, source, confidence, evidence, review)
                        VALUES (?, ?, ?, ?, CAST(? AS jsonb), CAST(? AS jsonb))""")
                .params(id, user.organisationId(), a.source().key(), coded.confidence().key(),
                        json.writeValueAsString(coded.read().evidence()), json.writeValueAsString(coded.review()))
                .update();
        audit.record(user, "read-report", "study", id, null, Map.of("source", a.source().key(), "confidence",
                coded.confidence().key(), "evidence", coded.read().evidence().size(), "reviewPoints",
                coded.review().stream().map(r -> r.code()).toList()));
        return studies.get(user, id);
    }

    // the reader sees only the sex and birth date of the patient, never a name or record number
    private static IncomingReport withPatient(Arrival a) {
        IncomingReport r = a.report();
        String id = a.accession() == null ? r.id() : a.accession();
        Patient patient = r.patient();
        if (patient == null && a.patient() != null) {
            String sex = a.patient().sex();
            patient = new Patient(sex != null && sex.matches("[FMU]") ? Sex.valueOf(sex) : Sex.U,
                    a.patient().birthDate());
        }
        return new IncomingReport(id, r.text(), r.placeOfService(), r.claimType(), r.billingRole(), r.payer(),
                r.dateOfService(), patient, r.orderedCode(), r.orderedText(), r.orderingNpi(), r.interpretingNpi(),
                r.signed());
    }
}

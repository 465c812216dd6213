package org.sonobill.server.study;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sonobill.engine.coding.CodedStudy;
import org.sonobill.engine.coding.CodedStudyJson;
import org.sonobill.engine.coding.CodingStatus;
import org.sonobill.engine.reference.IcdCode;
import org.sonobill.engine.reference.IcdCodeSet;
import org.sonobill.engine.study.InvalidStudyException;
import org.sonobill.engine.study.StudyDocumentation;
import org.sonobill.engine.study.StudyJsonReader;
import org.sonobill.server.audit.AuditTrail;
import org.sonobill.server.db.GenericPlans;
import org.sonobill.server.config.EngineData;
import org.sonobill.server.security.SonoBillUser;
import org.sonobill.server.study.StudyRequests.CodingDecision;
import org.sonobill.server.study.StudyRequests.CreateStudy;
import org.sonobill.server.study.StudyRequests.LineInput;
import org.sonobill.server.study.StudyViews.CodingVersion;
import org.sonobill.server.study.StudyViews.CodingView;
import org.sonobill.server.study.StudyViews.Page;
import org.sonobill.server.study.StudyViews.PatientView;
import org.sonobill.server.study.StudyViews.ReportReading;
import org.sonobill.server.study.StudyViews.StudyDetail;
import org.sonobill.server.study.StudyViews.StudySummary;
import org.sonobill.server.web.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Studies: received, coded by the engine, accepted or changed by a coder, then billed. Every change is one
 * transaction with its audit event; every query is scoped to the caller's organisation.
 */
@Service
public class StudyService {
    private static final Pattern CODE = Pattern.compile("[0-9A-Z][0-9]{3}[0-9A-Z]");
    private static final Pattern MODIFIER = Pattern.compile("[0-9A-Z]{2}");
    private static final String SUMMARY = """
            SELECT s.id, s.accession, s.date_of_service, s.modality_family, s.status, p.mrn,
                   s.documentation #>> '{report,interpretingNpi}' AS interpreting_npi, s.technologist, s.created_at,
                   c.version AS coding_version,
                   (SELECT coalesce(array_agg(l ->> 'code'), '{}') FROM jsonb_array_elements(c.result -> 'lines') l) AS codes
            FROM studies s JOIN patients p ON p.organisation_id = s.organisation_id AND p.id = s.patient_id
            LEFT JOIN LATERAL (SELECT version, result FROM coding_results r WHERE r.study_id = s.id
                               ORDER BY version DESC LIMIT 1) c ON TRUE
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final EngineData engine;
    private final AuditTrail audit;
    private final StudyJsonReader reader;

    public StudyService(JdbcClient jdbc, JsonMapper json, EngineData engine, AuditTrail audit) {
        this.jdbc = jdbc;
        this.json = json;
        this.engine = engine;
        this.audit = audit;
        this.reader = new StudyJsonReader(engine.coding().vocabulary());
    }

    /** Stores a new study (and its patient, on first sight); the documentation is checked before anything is kept. */
    @Transactional
    public StudyDetail create(SonoBillUser user, CreateStudy req) {
        List<ApiException.FieldProblem> problems = accessionAndPatientProblems(req.accession(), req.patient());
        StudyRequests.PatientInput p = req.patient();
        if (req.documentation() == null && blank(req.reportText())) {
            problems.add(new ApiException.FieldProblem("documentation", "expected the study documentation (or at least reportText)"));
        }
        if (req.documentation() == null && (blank(req.exam()) || req.dateOfService() == null)) {
            problems.add(new ApiException.FieldProblem("exam", "without documentation, expected exam and dateOfService"));
        }
        if (!problems.isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "Invalid study", problems.get(0).field() + ": "
                    + problems.get(0).problem(), problems);
        }
        String documentation = null;
        LocalDate dos = req.dateOfService();
        String exam = req.exam();
        String interpretingNpi = null;
        ObjectNode copy = null;
        if (req.documentation() != null) {
            if (!(req.documentation() instanceof ObjectNode doc)) {
                throw ApiException.badField("documentation", "expected a JSON object (docs/study-format.md)");
            }
            copy = doc.deepCopy();
            if (!copy.has("id")) {
                copy.put("id", req.accession());
            }
            documentation = json.writeValueAsString(copy);
            StudyDocumentation study = readDocumentation(documentation);
            dos = study.dateOfService();
            // a procedure-only study (guidance without a diagnostic exam) or a report whose exam could not be read
            // has no exam family: the list shows it as "procedure" or "unknown"
            exam = study.exam() != null ? study.exam() : study.procedures().isEmpty() ? "unknown" : "procedure";
            interpretingNpi = study.report().interpretingNpi();
        } else if (!engine.coding().vocabulary().exams().contains(exam)) {
            throw ApiException.badField("exam", "unknown exam family \"" + exam + "\"; expected one of "
                    + new java.util.TreeSet<>(engine.coding().vocabulary().exams()));
        }
        // one statement: the patient (upserted), the study and its audit event; an accession taken already inserts
        // no study (waiting for a concurrent insert of it to commit or roll back), and the transaction rolls back
        Map<String, Object> params = audit.parameters(user, "create", "study", null, Map.of("accession",
                req.accession(), "exam", exam, "dateOfService", dos.toString(), "documentation", documentation != null,
                "reportText", req.reportText() != null));
        params.put("org", user.organisationId());
        params.put("mrn", p.mrn().trim());
        params.put("last", p.lastName().trim());
        params.put("first", p.firstName().trim());
        params.put("sex", p.sex());
        params.put("birth", p.birthDate());
        params.put("member", blank(p.memberId()) ? null : p.memberId().trim());
        params.put("group", blank(p.groupNumber()) ? null : p.groupNumber().trim());
        StudyRequests.AddressInput a = p.address();
        params.put("line1", a == null || blank(a.line1()) ? null : a.line1().trim());
        params.put("line2", a == null || blank(a.line2()) ? null : a.line2().trim());
        params.put("city", a == null || blank(a.city()) ? null : a.city().trim());
        params.put("state", a == null || blank(a.state()) ? null : a.state().trim().toUpperCase(java.util.Locale.ROOT));
        params.put("zip", a == null || blank(a.zip()) ? null : a.zip().trim());
        params.put("npi", interpretingNpi);
        params.put("accession", req.accession());
        params.put("dos", dos);
        params.put("exam", exam);
        params.put("tech", req.technologist());
        params.put("doc", documentation);
        params.put("report", req.reportText());
        record Created(long id, OffsetDateTime createdAt, PatientView patient) {
        }
        Created created = jdbc.sql("""
                        WITH p AS (
                            INSERT INTO patients (organisation_id, mrn, last_name, first_name, sex, birth_date,
                                member_id, group_number, address_line1, address_line2, city, state, zip)
                            VALUES (:org, :mrn, :last, :first, :sex, :birth, :member, :group, :line1, :line2, :city,
                                :state, :zip)
                            ON CONFLICT (organisation_id, mrn) DO UPDATE SET last_name = excluded.last_name,
                                first_name = excluded.first_name, sex = excluded.sex,
                                birth_date = coalesce(excluded.birth_date, patients.birth_date),
                                member_id = coalesce(excluded.member_id, patients.member_id),
                                group_number = coalesce(excluded.group_number, patients.group_number),
                                address_line1 = coalesce(excluded.address_line1, patients.address_line1),
                                address_line2 = CASE WHEN excluded.address_line1 IS NULL THEN patients.address_line2
                                                     ELSE excluded.address_line2 END,
                                city = coalesce(excluded.city, patients.city),
                                state = coalesce(excluded.state, patients.state),
                                zip = coalesce(excluded.zip, patients.zip)
                            RETURNING id, mrn, last_name, first_name, sex, birth_date),
                        s AS (
                            INSERT INTO studies (organisation_id, patient_id, interpreting_provider_id, accession,
                                date_of_service, modality_family, technologist, documentation, report_text)
                            SELECT :org, p.id, (SELECT id FROM providers WHERE organisation_id = :org AND npi = :npi
                                                ORDER BY role = 'interpreting' DESC LIMIT 1),
                                   :accession, :dos, :exam, :tech, CAST(:doc AS jsonb), :report FROM p
                            ON CONFLICT (organisation_id, accession) DO NOTHING RETURNING id, created_at),
                        a AS (""" + AuditTrail.insertAsCte("s.id::text", "CAST(:auditAfter AS jsonb)", "s") + """
                        )
                        SELECT s.id, s.created_at, p.id AS patient_id, p.mrn, p.last_name, p.first_name, p.sex,
                               p.birth_date, (SELECT count(*) FROM a) AS audited
                        FROM s, p""")
                .params(params)
                .query((rs, n) -> new Created(rs.getLong("id"), rs.getObject("created_at", OffsetDateTime.class),
                        patient(rs)))
                .optional()
                .orElseThrow(() -> ApiException.conflict("A study with accession " + req.accession()
                        + " exists already; nothing was saved."));
        // the answer is what was just written: no second read
        StudySummary summary = new StudySummary(created.id(), req.accession(), dos, exam, "received",
                created.patient().mrn(), interpretingNpi(copy), req.technologist(), null, List.of(), created.createdAt());
        return new StudyDetail(summary, created.patient(), copy, req.reportText(), null, List.of(), null, null);
    }

    /**
     * What is wrong with a new study's accession and patient (empty when nothing): checked before anything else is
     * done with it, here and by the report intake before it reads the report.
     */
    public static List<ApiException.FieldProblem> accessionAndPatientProblems(String accession,
                                                                           StudyRequests.PatientInput p) {
        List<ApiException.FieldProblem> problems = new ArrayList<>();
        if (accession == null || accession.isBlank() || accession.length() > 64) {
            problems.add(new ApiException.FieldProblem("accession", "expected the accession number (1 to 64 characters)"));
        }
        if (p == null) {
            problems.add(new ApiException.FieldProblem("patient", "expected {mrn, lastName, firstName, sex, birthDate}"));
        } else {
            if (blank(p.mrn())) {
                problems.add(new ApiException.FieldProblem("patient.mrn", "expected the medical record number"));
            }
            if (blank(p.lastName()) || blank(p.firstName())) {
                problems.add(new ApiException.FieldProblem("patient.lastName", "expected the patient's last and first name"));
            }
            if (p.sex() == null || !p.sex().matches("[FMU]")) {
                problems.add(new ApiException.FieldProblem("patient.sex", "expected F, M or U"));
            }
            if (p.address() != null && p.address().state() != null && !p.address().state().matches("[A-Za-z]{2}")) {
                problems.add(new ApiException.FieldProblem("patient.address.state", "expected a two-letter state code"));
            }
            if (p.address() != null && p.address().zip() != null && !p.address().zip().matches("[0-9]{5}([0-9]{4})?")) {
                problems.add(new ApiException.FieldProblem("patient.address.zip", "expected a ZIP code of 5 or 9 digits"));
            }
        }
        return problems;
    }

    private static PatientView patient(ResultSet rs) throws SQLException {
        return new PatientView(rs.getLong("patient_id"), rs.getString("mrn"), rs.getString("last_name"),
                rs.getString("first_name"), rs.getString("sex"), rs.getObject("birth_date", LocalDate.class));
    }

    /** Studies matching the filters, newest date of service first. */
    public Page<StudySummary> list(SonoBillUser user, StudyFilter f) {
        StringBuilder where = new StringBuilder(" WHERE s.organisation_id = :org");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("org", user.organisationId());
        if (f.status() != null) {
            where.append(" AND s.status = :status");
            params.put("status", f.status());
        }
        if (f.from() != null) {
            where.append(" AND s.date_of_service >= :from");
            params.put("from", f.from());
        }
        if (f.to() != null) {
            where.append(" AND s.date_of_service <= :to");
            params.put("to", f.to());
        }
        if (f.exam() != null) {
            where.append(" AND s.modality_family = :exam");
            params.put("exam", f.exam());
        }
        if (f.physician() != null) {
            where.append(" AND s.documentation #>> '{report,interpretingNpi}' = :physician");
            params.put("physician", f.physician());
        }
        if (f.source() != null || f.confidence() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM report_readings rr WHERE rr.organisation_id = s.organisation_id"
                    + " AND rr.study_id = s.id" + (f.source() == null ? "" : " AND rr.source = :source")
                    + (f.confidence() == null ? "" : " AND rr.confidence = :confidence") + ")");
            if (f.source() != null) {
                params.put("source", f.source());
            }
            if (f.confidence() != null) {
                params.put("confidence", f.confidence());
            }
        }
        if (f.technologist() != null) {
            where.append(" AND s.technologist ILIKE :tech");
            params.put("tech", "%" + f.technologist().replace("%", "\\%").replace("_", "\\_") + "%");
        }
        long total = jdbc.sql("SELECT count(*) FROM studies s" + where).params(params).query(Long.class).single();
        params.put("limit", f.limit());
        params.put("offset", f.offset());
        List<StudySummary> items = jdbc.sql(SUMMARY + where + " ORDER BY s.date_of_service DESC, s.id DESC"
                        + " LIMIT :limit OFFSET :offset")
                .params(params).query(this::summary).list();
        return new Page<>(items, total, f.limit(), f.offset());
    }

    /**
     * One study with its documentation, report, current coding and coding history: two queries, one for the study
     * with its patient and claim (the documentation read once), one for the coding versions (the full result of the
     * latest only).
     */
    public StudyDetail get(SonoBillUser user, long id) {
        record Row(long id, String accession, LocalDate dateOfService, String exam, String status, String technologist,
                   OffsetDateTime createdAt, String documentation, String report, PatientView patient, Long claim) {
        }
        Row row = jdbc.sql("""
                        SELECT s.id, s.accession, s.date_of_service, s.modality_family, s.status, s.technologist,
                               s.created_at, s.documentation::text AS doc, s.report_text, p.id AS patient_id, p.mrn,
                               p.last_name, p.first_name, p.sex, p.birth_date,
                               (SELECT cs.claim_id FROM claim_studies cs WHERE cs.organisation_id = s.organisation_id
                                AND cs.study_id = s.id ORDER BY cs.claim_id DESC LIMIT 1) AS claim_id
                        FROM studies s JOIN patients p ON p.organisation_id = s.organisation_id AND p.id = s.patient_id
                        WHERE s.organisation_id = ? AND s.id = ?""")
                .params(user.organisationId(), id)
                .query((rs, n) -> {
                    long claimId = rs.getLong("claim_id");
                    Long claim = rs.wasNull() ? null : claimId;
                    return new Row(rs.getLong("id"), rs.getString("accession"),
                            rs.getObject("date_of_service", LocalDate.class), rs.getString("modality_family"),
                            rs.getString("status"), rs.getString("technologist"),
                            rs.getObject("created_at", OffsetDateTime.class), rs.getString("doc"),
                            rs.getString("report_text"), new PatientView(rs.getLong("patient_id"), rs.getString("mrn"),
                            rs.getString("last_name"), rs.getString("first_name"), rs.getString("sex"),
                            rs.getObject("birth_date", LocalDate.class)), claim);
                }).optional()
                .orElseThrow(() -> ApiException.notFound("study", id));
        record Version(CodingVersion version, String result) {
        }
        List<Version> versions = jdbc.sql("""
                        SELECT version, source, changed_by, change_reason, created_at,
                               (SELECT coalesce(array_agg(l ->> 'code'), '{}') FROM jsonb_array_elements(result -> 'lines') l) AS codes,
                               CASE WHEN version = max(version) OVER () THEN result::text END AS result
                        FROM coding_results WHERE organisation_id = ? AND study_id = ? ORDER BY version""")
                .params(user.organisationId(), id)
                .query((rs, n) -> new Version(new CodingVersion(rs.getInt("version"), rs.getString("source"),
                        rs.getString("changed_by"), rs.getString("change_reason"),
                        rs.getObject("created_at", OffsetDateTime.class),
                        Arrays.asList((String[]) rs.getArray("codes").getArray())), rs.getString("result"))).list();
        Version latest = versions.isEmpty() ? null : versions.get(versions.size() - 1);
        CodingVersion current = latest == null ? null : latest.version();
        CodingView coding = current == null ? null : new CodingView(current.version(), current.source(),
                current.changedBy(), current.changeReason(), current.at(), json.readTree(latest.result()));
        JsonNode documentation = row.documentation() == null ? null : json.readTree(row.documentation());
        StudySummary s = new StudySummary(row.id(), row.accession(), row.dateOfService(), row.exam(), row.status(),
                row.patient().mrn(), interpretingNpi(documentation), row.technologist(),
                current == null ? null : current.version(), current == null ? List.of() : current.codes(),
                row.createdAt());
        return new StudyDetail(s, row.patient(), documentation, row.report(), coding,
                versions.stream().map(Version::version).toList(), row.claim(), reading(user.organisationId(), id));
    }

    // what PostgreSQL's documentation #>> '{report,interpretingNpi}' answers (the study list reads it that way)
    private static String interpretingNpi(JsonNode documentation) {
        JsonNode npi = documentation == null ? null : documentation.path("report").path("interpretingNpi");
        if (npi == null || npi.isMissingNode() || npi.isNull()) {
            return null;
        }
        return npi.isString() ? npi.asString() : npi.toString();
    }

    /**
     * Runs the coding engine on the study's documentation and keeps the result as the next coding version. Two round
     * trips: the study locked and read with its patient, then one statement that inserts the coding version, moves the
     * status, writes the audit event and reads the earlier versions; the answer is built from those.
     */
    @Transactional
    public StudyDetail code(SonoBillUser user, long id) {
        CodingRow s = lockForCoding(user, id);
        if (s.documentation() == null) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "No structured documentation",
                    "Study " + id + " has only report text; add its structured documentation (docs/study-format.md) "
                            + "before coding it.");
        }
        if (s.status().equals("billed")) {
            throw ApiException.conflict("Study " + id + " is billed on a claim; correct the claim instead of recoding.");
        }
        StudyDocumentation study = readDocumentation(s.documentation());
        CodedStudy coded = engine.coding().code(study);
        String status = coded.status() == CodingStatus.READY ? "coded" : "needs-review";
        return write(user, id, s, coded, status);
    }

    /**
     * Keeps a coding made elsewhere (the report reader's, of this study's documentation) as the study's next coding
     * version, exactly as {@link #code} keeps the engine's: same row lock, version, status change and audit event.
     *
     * @param status coded or needs-review
     */
    @Transactional
    public StudyDetail recordCoding(SonoBillUser user, long id, CodedStudy coded, String status) {
        if (!status.equals("coded") && !status.equals("needs-review")) {
            throw new IllegalArgumentException("a coding leaves a study coded or needs-review");
        }
        return write(user, id, lockForCoding(user, id), coded, status);
    }

    private StudyDetail write(SonoBillUser user, long id, CodingRow s, CodedStudy coded, String status) {
        List<String> codes = coded.lines().stream().map(l -> l.code()).toList();
        String result = CodedStudyJson.toJson(coded);
        Map<String, Object> params = audit.parameters(user, "code", "study", Map.of("status", s.status()),
                Map.of("status", status, "engineStatus", coded.status().toString(), "codes", codes));
        params.put("org", user.organisationId());
        params.put("id", id);
        params.put("result", result);
        params.put("status", status);
        record Written(int version, OffsetDateTime at, List<CodingVersion> earlier) {
        }
        // the next version is counted in the insert itself (the row lock keeps other writers out meanwhile); the
        // earlier versions are read from the statement's snapshot, which does not yet hold the new one
        Written w = jdbc.sql("""
                        WITH c AS (
                            INSERT INTO coding_results (organisation_id, study_id, version, source, result, changed_by)
                            SELECT :org, :id, coalesce(max(version), 0) + 1, 'engine', CAST(:result AS jsonb), :auditActor
                            FROM coding_results WHERE study_id = :id
                            RETURNING version, created_at),
                        u AS (UPDATE studies SET status = :status, version = version + 1
                              WHERE organisation_id = :org AND id = :id RETURNING 1),
                        a AS (""" + AuditTrail.insertAsCte("CAST(:id AS text)",
                        "CAST(:auditAfter AS jsonb) || jsonb_build_object('codingVersion', c.version)", "c, u") + """
                        )
                        SELECT c.version, c.created_at, (SELECT count(*) FROM a) AS audited,
                               (SELECT coalesce(json_agg(json_build_object('version', r.version, 'source', r.source,
                                        'changedBy', r.changed_by, 'changeReason', r.change_reason, 'at', r.created_at,
                                        'codes', (SELECT coalesce(json_agg(l ->> 'code'), '[]')
                                                  FROM jsonb_array_elements(r.result -> 'lines') l))
                                        ORDER BY r.version), '[]')::text
                                FROM coding_results r WHERE r.organisation_id = :org AND r.study_id = :id) AS earlier
                        FROM c""")
                .params(params)
                .query((rs, n) -> new Written(rs.getInt("version"), rs.getObject("created_at", OffsetDateTime.class),
                        json.readValue(rs.getString("earlier"), VERSIONS)))
                .single();
        CodingVersion current = new CodingVersion(w.version(), "engine", user.actor(), null, w.at(), codes);
        List<CodingVersion> history = new ArrayList<>(w.earlier());
        history.add(current);
        JsonNode documentation = json.readTree(s.documentation());
        StudySummary summary = new StudySummary(id, s.accession(), s.dateOfService(), s.exam(), status,
                s.patient().mrn(), interpretingNpi(documentation), s.technologist(), w.version(), codes, s.createdAt());
        return new StudyDetail(summary, s.patient(), documentation, s.report(), new CodingView(w.version(), "engine",
                user.actor(), null, w.at(), json.readTree(result)), history, s.claim(), s.reading());
    }

    private record CodingRow(String status, String documentation, String accession, LocalDate dateOfService,
                             String exam, String technologist, OffsetDateTime createdAt, String report,
                             PatientView patient, Long claim, ReportReading reading) {
    }

    // one person codes or decides a study at a time: the row lock makes the second wait for the first
    private CodingRow lockForCoding(SonoBillUser user, long id) {
        // the first statement of every coding transaction: the rest of it runs on generic plans
        GenericPlans.forThisTransaction(jdbc);
        return jdbc.sql("""
                        SELECT s.status, s.documentation::text AS doc, s.accession, s.date_of_service, s.modality_family,
                               s.technologist, s.created_at, s.report_text, p.id AS patient_id, p.mrn, p.last_name,
                               p.first_name, p.sex, p.birth_date,
                               (SELECT cs.claim_id FROM claim_studies cs WHERE cs.organisation_id = s.organisation_id
                                AND cs.study_id = s.id ORDER BY cs.claim_id DESC LIMIT 1) AS claim_id,
                               """ + READING_COLUMNS + "\n" + """
                        FROM studies s JOIN patients p ON p.organisation_id = s.organisation_id AND p.id = s.patient_id
                        LEFT JOIN report_readings rr ON rr.organisation_id = s.organisation_id AND rr.study_id = s.id
                        WHERE s.organisation_id = ? AND s.id = ? FOR UPDATE OF s""")
                .params(user.organisationId(), id)
                .query((rs, n) -> {
                    long claimId = rs.getLong("claim_id");
                    Long claim = rs.wasNull() ? null : claimId;
                    return new CodingRow(rs.getString("status"), rs.getString("doc"), rs.getString("accession"),
                            rs.getObject("date_of_service", LocalDate.class), rs.getString("modality_family"),
                            rs.getString("technologist"), rs.getObject("created_at", OffsetDateTime.class),
                            rs.getString("report_text"), patient(rs), claim, reading(rs));
                }).optional()
                .orElseThrow(() -> ApiException.notFound("study", id));
    }

    /** What the report reader made of the study, when it was read from a report. */
    private ReportReading reading(long organisationId, long studyId) {
        return jdbc.sql("SELECT " + READING_COLUMNS + " FROM report_readings rr WHERE rr.organisation_id = ?"
                        + " AND rr.study_id = ?")
                .params(organisationId, studyId).query((rs, n) -> reading(rs)).optional().orElse(null);
    }

    /** The columns of a study's report reading, from {@code report_readings rr} (null when it has none). */
    private static final String READING_COLUMNS = "rr.source AS reading_source, rr.confidence AS reading_confidence,"
            + " rr.evidence::text AS reading_evidence, rr.review::text AS reading_review, rr.created_at AS reading_at";

    private ReportReading reading(ResultSet rs) throws SQLException {
        return rs.getString("reading_source") == null ? null : new ReportReading(rs.getString("reading_source"),
                rs.getString("reading_confidence"), json.readTree(rs.getString("reading_evidence")),
                json.readTree(rs.getString("reading_review")), rs.getObject("reading_at", OffsetDateTime.class));
    }

    private static final tools.jackson.core.type.TypeReference<List<CodingVersion>> VERSIONS =
            new tools.jackson.core.type.TypeReference<>() {
            };

    /** Accepts the current coding, or replaces its lines with a coder's, keeping the reason, who and when. */
    @Transactional
    public StudyDetail decide(SonoBillUser user, long id, CodingDecision d) {
        Locked s = lock(user, id);
        if (s.status().equals("billed")) {
            throw ApiException.conflict("Study " + id + " is billed on a claim; correct the claim instead.");
        }
        CodingView current = current(user.organisationId(), id).orElseThrow(() -> new ApiException(
                HttpStatus.UNPROCESSABLE_CONTENT, "Not coded yet", "Study " + id + " has no coding to accept or change; "
                + "code it first (POST /api/studies/" + id + "/code)."));
        if (d.basedOnVersion() != null && d.basedOnVersion() != current.version()) {
            throw ApiException.conflict("The coding of study " + id + " is at version " + current.version()
                    + ", not " + d.basedOnVersion() + ": someone changed it meanwhile; reload and decide again.");
        }
        String action = d.action() == null ? "" : d.action();
        switch (action) {
            case "accept" -> {
                boolean review = !"ready".equals(current.result().path("status").asString(""));
                if (review && (d.reason() == null || d.reason().trim().length() < 10)) {
                    throw ApiException.badField("reason", "the engine sent this coding for review (status "
                            + current.result().path("status").asString("") + "); accepting it needs a reason of at least "
                            + "10 characters saying how its findings were resolved");
                }
                setStatus(user, id, "accepted");
                audit.record(user, "accept-coding", "study", id, Map.of("status", s.status()), Map.of("status",
                        "accepted", "codingVersion", current.version(), "reason", d.reason() == null ? "" : d.reason()));
            }
            case "change" -> {
                if (d.reason() == null || d.reason().trim().length() < 10) {
                    throw ApiException.badField("reason", "a coding change needs a reason of at least 10 characters");
                }
                LocalDate dos = jdbc.sql("SELECT date_of_service FROM studies WHERE id = ?").params(id)
                        .query(LocalDate.class).single();
                ArrayNode lines = lines(d.lines(), dos, user, d.reason());
                ObjectNode result = ((ObjectNode) current.result()).deepCopy();
                result.set("previousLines", result.get("lines"));
                result.set("lines", lines);
                result.put("status", "ready");
                int version = nextVersion(id);
                jdbc.sql("INSERT INTO coding_results (organisation_id, study_id, version, source, result, changed_by,"
                                + " change_reason) VALUES (?, ?, ?, 'coder', ?::jsonb, ?, ?)")
                        .params(user.organisationId(), id, version, json.writeValueAsString(result), user.actor(),
                                d.reason().trim()).update();
                setStatus(user, id, "accepted");
                audit.record(user, "change-coding", "study", id, Map.of("codingVersion", current.version(), "lines",
                        current.result().path("lines")), Map.of("codingVersion", version, "lines", lines, "reason",
                        d.reason().trim()));
            }
            default -> throw ApiException.badField("action", "expected \"accept\" or \"change\", found \""
                    + action + "\"");
        }
        return get(user, id);
    }

    private ArrayNode lines(List<LineInput> in, LocalDate dos, SonoBillUser user, String reason) {
        if (in == null || in.isEmpty()) {
            throw ApiException.badField("lines", "a change needs the lines to bill: [{code, modifiers, units, diagnoses}]");
        }
        IcdCodeSet icd = engine.reference().icd10cm(dos).table();
        ArrayNode out = json.createArrayNode();
        for (int i = 0; i < in.size(); i++) {
            LineInput l = in.get(i);
            String at = "lines[" + i + "]";
            if (l.code() == null || !CODE.matcher(l.code()).matches()) {
                throw ApiException.badField(at + ".code", "expected a five-character CPT/HCPCS code such as 76700, found "
                        + (l.code() == null ? "none" : "\"" + l.code() + "\""));
            }
            List<String> mods = l.modifiers() == null ? List.of() : l.modifiers();
            if (mods.size() > 4 || mods.stream().anyMatch(m -> m == null || !MODIFIER.matcher(m).matches())) {
                throw ApiException.badField(at + ".modifiers", "expected up to four two-character modifiers such as [\"26\", \"RT\"]");
            }
            int units = l.units() == null ? 1 : l.units();
            if (units < 1 || units > 999) {
                throw ApiException.badField(at + ".units", "expected 1 to 999 units, found " + units);
            }
            List<String> dx = l.diagnoses() == null ? List.of() : l.diagnoses();
            if (dx.isEmpty() || dx.size() > 4) {
                throw ApiException.badField(at + ".diagnoses", "expected one to four ICD-10-CM codes");
            }
            ArrayNode dxOut = json.createArrayNode();
            for (String code : dx) {
                IcdCode c = code == null ? null : icd.get(code);
                if (c == null || !c.billable()) {
                    throw ApiException.badField(at + ".diagnoses", "\"" + code + "\" is not a billable code of "
                            + icd.label() + " on " + dos);
                }
                dxOut.add(code);
            }
            ObjectNode line = out.addObject();
            line.put("code", l.code());
            ArrayNode m = line.putArray("modifiers");
            mods.forEach(m::add);
            line.put("units", units);
            line.set("diagnoses", dxOut);
            line.put("description", engine.catalogue().describe(l.code()));
            line.put("rationale", "Set by coder " + user.actor() + ": " + reason.trim());
            line.put("source", "Coder decision (audit trail)");
        }
        return out;
    }

    /** The study's documentation parsed by the engine's reader (which names each field at fault). */
    public StudyDocumentation readDocumentation(String documentation) {
        try {
            return reader.read(documentation, "documentation", 1);
        } catch (InvalidStudyException e) {
            throw new InvalidDocumentation(e);
        }
    }

    private record Locked(String status, String documentation) {
    }

    // one person codes or decides a study at a time: the row lock makes the second wait for the first
    private Locked lock(SonoBillUser user, long id) {
        return jdbc.sql("SELECT status, documentation::text AS doc FROM studies WHERE organisation_id = ? AND id = ? FOR UPDATE")
                .params(user.organisationId(), id)
                .query((rs, n) -> new Locked(rs.getString("status"), rs.getString("doc"))).optional()
                .orElseThrow(() -> ApiException.notFound("study", id));
    }

    private int nextVersion(long studyId) {
        return jdbc.sql("SELECT coalesce(max(version), 0) + 1 FROM coding_results WHERE study_id = ?").params(studyId)
                .query(Integer.class).single();
    }

    private void setStatus(SonoBillUser user, long id, String status) {
        jdbc.sql("UPDATE studies SET status = ?, version = version + 1 WHERE organisation_id = ? AND id = ?")
                .params(status, user.organisationId(), id).update();
    }

    /** The latest coding of a study. */
    public Optional<CodingView> current(long organisationId, long studyId) {
        return jdbc.sql("""
                        SELECT version, source, changed_by, change_reason, created_at, result::text AS result
                        FROM coding_results WHERE organisation_id = ? AND study_id = ? ORDER BY version DESC LIMIT 1""")
                .params(organisationId, studyId)
                .query((rs, n) -> new CodingView(rs.getInt("version"), rs.getString("source"), rs.getString("changed_by"),
                        rs.getString("change_reason"), rs.getObject("created_at", OffsetDateTime.class),
                        json.readTree(rs.getString("result")))).optional();
    }

    private StudySummary summary(ResultSet rs, int n) throws SQLException {
        int v = rs.getInt("coding_version");
        Integer version = rs.wasNull() ? null : v;
        java.sql.Array codes = rs.getArray("codes");
        return new StudySummary(rs.getLong("id"), rs.getString("accession"), rs.getObject("date_of_service", LocalDate.class),
                rs.getString("modality_family"), rs.getString("status"), rs.getString("mrn"),
                rs.getString("interpreting_npi"), rs.getString("technologist"), version,
                codes == null ? List.of() : Arrays.asList((String[]) codes.getArray()),
                rs.getObject("created_at", OffsetDateTime.class));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The filters of the study list. */
    public record StudyFilter(String status, LocalDate from, LocalDate to, String exam, String physician,
                              String technologist, String source, String confidence, int limit, int offset) {

        /** The filters of the first release: no report source or confidence. */
        public StudyFilter(String status, LocalDate from, LocalDate to, String exam, String physician,
                           String technologist, int limit, int offset) {
            this(status, from, to, exam, physician, technologist, null, null, limit, offset);
        }
    }
}

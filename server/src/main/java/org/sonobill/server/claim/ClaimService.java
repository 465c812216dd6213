package org.sonobill.server.claim;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sonobill.engine.claim.Claim;
import org.sonobill.engine.claim.ClaimBuilder;
import org.sonobill.engine.claim.ClaimLine;
import org.sonobill.engine.claim.Override;
import org.sonobill.engine.coding.CodedLine;
import org.sonobill.engine.coding.CodedStudy;
import org.sonobill.engine.coding.CodingStatus;
import org.sonobill.engine.finding.Finding;
import org.sonobill.engine.finding.Severity;
import org.sonobill.engine.scrub.ClaimHistory;
import org.sonobill.engine.scrub.ScrubContext;
import org.sonobill.engine.scrub.ScrubResult;
import org.sonobill.engine.scrub.ScrubResultJson;
import org.sonobill.engine.scrub.ScrubStatus;
import org.sonobill.engine.study.ClaimType;
import org.sonobill.engine.study.Patient;
import org.sonobill.engine.study.Sex;
import org.sonobill.engine.study.StudyDocumentation;
import org.sonobill.server.audit.AuditTrail;
import org.sonobill.server.db.GenericPlans;
import org.sonobill.server.claim.ClaimViews.AdjustmentView;
import org.sonobill.server.claim.ClaimViews.ClaimDetail;
import org.sonobill.server.claim.ClaimViews.ClaimSummary;
import org.sonobill.server.claim.ClaimViews.CreateClaim;
import org.sonobill.server.claim.ClaimViews.DenialView;
import org.sonobill.server.claim.ClaimViews.LineView;
import org.sonobill.server.claim.ClaimViews.OverrideRequest;
import org.sonobill.server.claim.ClaimViews.OverrideView;
import org.sonobill.server.claim.ClaimViews.RemittanceView;
import org.sonobill.server.claim.ClaimViews.ScrubView;
import org.sonobill.server.config.EngineData;
import org.sonobill.server.security.SonoBillUser;
import org.sonobill.server.study.StudyService;
import org.sonobill.server.study.StudyViews.Page;
import org.sonobill.server.web.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Claims: built from coded studies, scrubbed by the engine, findings overridden with a reason, released when clean.
 * Each change locks the claim row, checks the version the caller saw (optimistic locking, {@code If-Match}), and
 * writes the claim, its lines and the audit event in one transaction.
 */
@Service
public class ClaimService {
    /** How far around a claim's date other claims of the patient count as history (frequency limits reach a year). */
    private static final int HISTORY_DAYS = 400;
    private static final String SUMMARY = """
            SELECT c.id, c.claim_number, c.status, c.version, py.code AS payer, p.mrn, c.date_of_service,
                   c.claim_type, c.total_charge, c.expected_payment, c.revenue_at_risk, c.paid_amount, c.scrub_status,
                   c.updated_at
            FROM claims c JOIN payers py ON py.organisation_id = c.organisation_id AND py.id = c.payer_id
            JOIN patients p ON p.organisation_id = c.organisation_id AND p.id = c.patient_id
            """;
    /** The columns of {@link #SUMMARY}, the rest of the claim's row, its diagnoses and its studies, for one claim. */
    private static final String DETAIL = """
            SELECT c.id, c.claim_number, c.status, c.version, py.code AS payer, p.mrn, c.date_of_service,
                   c.claim_type, c.total_charge, c.expected_payment, c.revenue_at_risk, c.paid_amount, c.scrub_status,
                   c.updated_at, c.frequency, c.original_claim_number, c.place_of_service, c.billing_npi,
                   c.rendering_npi, c.ordering_npi, c.prior_authorization, p.last_name || ', ' || p.first_name AS patient,
                   ARRAY(SELECT d.code FROM claim_diagnoses d WHERE d.organisation_id = c.organisation_id
                         AND d.claim_id = c.id ORDER BY d.position) AS diagnoses,
                   ARRAY(SELECT cs.study_id FROM claim_studies cs WHERE cs.organisation_id = c.organisation_id
                         AND cs.claim_id = c.id ORDER BY cs.study_id) AS study_ids
            FROM claims c JOIN payers py ON py.organisation_id = c.organisation_id AND py.id = c.payer_id
            JOIN patients p ON p.organisation_id = c.organisation_id AND p.id = c.patient_id
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final EngineData engine;
    private final AuditTrail audit;
    private final StudyService studies;
    private final ZoneId zone = ZoneId.systemDefault();

    public ClaimService(JdbcClient jdbc, JsonMapper json, EngineData engine, AuditTrail audit, StudyService studies) {
        this.jdbc = jdbc;
        this.json = json;
        this.engine = engine;
        this.audit = audit;
        this.studies = studies;
    }

    private record StudyRow(long id, long patientId, String mrn, String status, LocalDate dos, String documentation,
                            String result) {
    }

    /**
     * One claim for coded studies of one patient on one date (ClaimBuilder: diagnoses, pointers, line numbers). Three
     * statements before the answer: the studies locked and read with their latest coding, the organisation's payer,
     * billing provider, charge master and next claim number in one query, and one statement that writes the claim,
     * its diagnoses, lines, study links, the studies' new status and the audit event.
     */
    @Transactional
    public ClaimDetail create(SonoBillUser user, CreateClaim req) {
        GenericPlans.forThisTransaction(jdbc);
        if (req.studyIds() == null || req.studyIds().isEmpty()) {
            throw ApiException.badField("studyIds", "expected the ids of the coded studies to bill (one patient, one date)");
        }
        List<Long> ids = req.studyIds().stream().distinct().sorted().toList();
        List<StudyRow> rows = jdbc.sql("""
                        SELECT s.id, s.patient_id, p.mrn, s.status, s.date_of_service, s.documentation::text AS doc,
                               r.result::text AS result
                        FROM studies s JOIN patients p ON p.organisation_id = s.organisation_id AND p.id = s.patient_id
                        LEFT JOIN LATERAL (SELECT result FROM coding_results r WHERE r.organisation_id = s.organisation_id
                                           AND r.study_id = s.id ORDER BY r.version DESC LIMIT 1) r ON TRUE
                        WHERE s.organisation_id = :org AND s.id IN (:ids) ORDER BY s.id FOR UPDATE OF s""")
                .param("org", user.organisationId()).param("ids", ids)
                .query((rs, n) -> new StudyRow(rs.getLong("id"), rs.getLong("patient_id"), rs.getString("mrn"),
                        rs.getString("status"), rs.getObject("date_of_service", LocalDate.class), rs.getString("doc"),
                        rs.getString("result")))
                .list();
        if (rows.size() != ids.size()) {
            List<Long> found = rows.stream().map(StudyRow::id).toList();
            throw ApiException.notFound("study", ids.stream().filter(i -> !found.contains(i)).toList());
        }
        StudyRow first = rows.get(0);
        List<ClaimBuilder.Coded> coded = new ArrayList<>();
        for (StudyRow s : rows) {
            if (s.patientId() != first.patientId() || !s.dos().equals(first.dos())) {
                throw ApiException.badField("studyIds", "one claim bills one patient on one date of service; study "
                        + s.id() + " is of another patient or date than study " + first.id());
            }
            if (!s.status().equals("coded") && !s.status().equals("accepted")) {
                throw ApiException.conflict("Study " + s.id() + " is " + s.status() + "; only studies coded ready or "
                        + "accepted by a coder can be billed" + (s.status().equals("billed") ? " (it is billed already)" : ""));
            }
            StudyDocumentation doc = studies.readDocumentation(s.documentation());
            coded.add(new ClaimBuilder.Coded(doc, codedStudy(doc.id(), json.readTree(s.result()))));
        }
        StudyDocumentation firstDoc = coded.get(0).study();
        Setting setting = setting(user, req.payer(), firstDoc.payer());
        String billingNpi = req.billingNpi() != null ? req.billingNpi() : setting.billingNpi();
        if (billingNpi == null) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "No billing provider",
                    "Your organisation has no billing provider; add one or give billingNpi.");
        }
        if (!billingNpi.matches("[0-9]{10}")) {
            throw ApiException.badField("billingNpi", "expected a ten-digit NPI");
        }
        String number = "SB" + setting.claimNumber();
        Claim built = ClaimBuilder.build(number, first.mrn(), billingNpi, coded, setting.charges());
        if (built.lines().isEmpty()) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "Nothing to bill",
                    "The coding of these studies has no lines to bill.");
        }
        BigDecimal total = built.lines().stream().map(ClaimLine::charge).reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<String, Object> params = audit.parameters(user, "create", "claim", null, Map.of("claimNumber", number,
                "studyIds", ids, "lines", built.lines().stream().map(l -> l.code() + (l.modifiers().isEmpty() ? ""
                        : "-" + String.join("-", l.modifiers()))).toList(), "totalCharge", total));
        params.put("org", user.organisationId());
        params.put("number", number);
        params.put("patient", first.patientId());
        params.put("payer", setting.payerId());
        params.put("type", built.claimType() == ClaimType.INSTITUTIONAL ? "institutional" : "professional");
        params.put("pos", built.placeOfService());
        params.put("total", total);
        params.put("billing", billingNpi);
        params.put("rendering", built.renderingNpi());
        params.put("ordering", built.orderingNpi());
        params.put("auth", req.priorAuthorization());
        params.put("state", req.state());
        params.put("locality", req.pricingLocality());
        params.put("dos", first.dos());
        params.put("dx", built.diagnoses().toArray(new String[0]));
        List<ClaimLine> ls = built.lines();
        // the lines as parallel arrays, unnested into rows by PostgreSQL (modifiers and pointers joined by commas)
        params.put("numbers", ls.stream().map(ClaimLine::number).toArray(Integer[]::new));
        params.put("codes", ls.stream().map(ClaimLine::code).toArray(String[]::new));
        params.put("mods", ls.stream().map(l -> String.join(",", l.modifiers())).toArray(String[]::new));
        params.put("units", ls.stream().map(ClaimLine::units).toArray(Integer[]::new));
        params.put("charges", ls.stream().map(l -> l.charge().toPlainString()).toArray(String[]::new));
        params.put("pointers", ls.stream().map(l -> l.pointers().stream().map(String::valueOf)
                .collect(Collectors.joining(","))).toArray(String[]::new));
        params.put("dates", ls.stream().map(l -> l.dateOfService() == null ? null : l.dateOfService().toString())
                .toArray(String[]::new));
        params.put("controls", ls.stream().map(ClaimLine::controlNumber).toArray(String[]::new));
        params.put("studies", ids.toArray(new Long[0]));
        long id = jdbc.sql("""
                        WITH c AS (
                            INSERT INTO claims (organisation_id, claim_number, patient_id, payer_id, claim_type,
                                place_of_service, total_charge, billing_npi, rendering_npi, ordering_npi,
                                prior_authorization, state, pricing_locality, date_of_service, created_by)
                            VALUES (:org, :number, :patient, :payer, :type, :pos, :total, :billing, :rendering,
                                :ordering, :auth, :state, :locality, :dos, :auditActor) RETURNING id),
                        d AS (
                            INSERT INTO claim_diagnoses (organisation_id, claim_id, position, code)
                            SELECT :org, c.id, x.n, x.code FROM c, unnest(CAST(:dx AS text[])) WITH ORDINALITY AS x(code, n)),
                        l AS (
                            INSERT INTO claim_lines (organisation_id, claim_id, line_number, code, modifiers, units,
                                charge, pointers, date_of_service, control_number)
                            SELECT :org, c.id, x.n, x.code, string_to_array(x.mods, ','), x.units, x.charge,
                                   CAST(string_to_array(x.ptrs, ',') AS smallint[]), x.dos, x.ctl
                            FROM c, unnest(CAST(:numbers AS int[]), CAST(:codes AS text[]), CAST(:mods AS text[]),
                                           CAST(:units AS int[]), CAST(:charges AS numeric[]), CAST(:pointers AS text[]),
                                           CAST(:dates AS date[]), CAST(:controls AS text[]))
                                 AS x(n, code, mods, units, charge, ptrs, dos, ctl)),
                        s AS (
                            INSERT INTO claim_studies (organisation_id, claim_id, study_id)
                            SELECT :org, c.id, x.study FROM c, unnest(CAST(:studies AS bigint[])) AS x(study)),
                        u AS (
                            UPDATE studies SET status = 'billed', version = version + 1
                            WHERE organisation_id = :org AND id = ANY(CAST(:studies AS bigint[]))),
                        a AS (""" + AuditTrail.insertAsCte("c.id::text", "CAST(:auditAfter AS jsonb)", "c") + """
                        )
                        SELECT c.id FROM c""")
                .params(params).query(Long.class).single();
        return detail(user.organisationId(), id, false);
    }

    /** What a new claim takes from the organisation: the payer, billing provider, charge master and claim number. */
    private record Setting(long payerId, String billingNpi, Map<String, BigDecimal> charges, long claimNumber) {
    }

    private Setting setting(SonoBillUser user, String payerCode, String pack) {
        return jdbc.sql("""
                        SELECT (SELECT id FROM payers WHERE organisation_id = :org AND code = :code) AS by_code,
                               (SELECT id FROM payers WHERE organisation_id = :org AND rule_pack = :pack
                                ORDER BY id LIMIT 1) AS by_pack,
                               (SELECT npi FROM providers WHERE organisation_id = :org AND role = 'billing'
                                ORDER BY id LIMIT 1) AS billing,
                               ARRAY(SELECT code FROM charge_master WHERE organisation_id = :org ORDER BY code) AS codes,
                               ARRAY(SELECT charge FROM charge_master WHERE organisation_id = :org ORDER BY code) AS charges,
                               nextval('claim_number_seq') AS number""")
                .param("org", user.organisationId()).param("code", payerCode).param("pack", pack)
                .query((rs, n) -> {
                    long byCode = rs.getLong("by_code");
                    boolean codeFound = !rs.wasNull();
                    long byPack = rs.getLong("by_pack");
                    boolean packFound = !rs.wasNull();
                    long payer;
                    if (payerCode != null) {
                        if (!codeFound) {
                            throw ApiException.badField("payer", "no payer \"" + payerCode
                                    + "\" in your organisation (GET /api/payers lists them)");
                        }
                        payer = byCode;
                    } else if (packFound) {
                        payer = byPack;
                    } else {
                        throw ApiException.badField("payer", "the documentation names rule pack \"" + pack
                                + "\" but no payer of your organisation uses it; give payer");
                    }
                    String[] codes = (String[]) rs.getArray("codes").getArray();
                    BigDecimal[] charges = (BigDecimal[]) rs.getArray("charges").getArray();
                    Map<String, BigDecimal> master = new HashMap<>();
                    for (int i = 0; i < codes.length; i++) {
                        master.put(codes[i], charges[i]);
                    }
                    return new Setting(payer, rs.getString("billing"), master, rs.getLong("number"));
                }).single();
    }

    /** Runs the scrubber on the claim with the patient's other claims as history, and keeps the result. */
    @Transactional
    public ClaimDetail scrub(SonoBillUser user, long id, Integer ifMatch) {
        GenericPlans.forThisTransaction(jdbc);
        Locked c = lock(user, id, ifMatch);
        if (!c.status().equals("draft") && !c.status().equals("scrubbed")) {
            throw ApiException.conflict("Claim " + c.number() + " is " + c.status() + "; only draft or scrubbed claims "
                    + "are scrubbed here (a submitted claim is changed by a corrected claim).");
        }
        scrubAndSave(user, id, c, r -> audit.parameters(user, "scrub", "claim", Map.of("status", c.status(),
                "version", c.version()), Map.of("status", "scrubbed", "scrubStatus", r.status().key(), "findings",
                r.findings().stream().map(Finding::code).toList(), "revenueAtRisk", r.revenueAtRisk())));
        return detail(user.organisationId(), id, false);
    }

    /**
     * Scrubs the claim with the patient's claims around its date as history (read together with the claim), then
     * in one statement moves the claim to scrubbed, keeps the result and writes the audit event {@code auditOf} gives.
     */
    private ScrubResult scrubAndSave(SonoBillUser user, long id, Locked c,
                                     java.util.function.Function<ScrubResult, Map<String, Object>> auditOf) {
        long org = user.organisationId();
        List<Claim> read = c.dateOfService() == null ? loadAll(org, "c.id = :id", Map.of("id", id))
                : loadAll(org, "(c.id = :id OR (c.patient_id = :patient AND c.status NOT IN ('draft', 'corrected')"
                        + " AND c.date_of_service BETWEEN :from AND :to))", Map.of("patient", c.patientId(), "id", id,
                        "from", c.dateOfService().minusDays(HISTORY_DAYS), "to", c.dateOfService().plusDays(HISTORY_DAYS)));
        Claim claim = null;
        List<Claim> history = new ArrayList<>(read.size());
        for (Claim other : read) {
            if (other.id().equals(c.number())) {
                claim = other;
            } else {
                history.add(other);
            }
        }
        history.add(claim);
        ScrubResult r = engine.scrubber().scrub(claim, new ScrubContext(LocalDate.now(zone), ClaimHistory.of(history)));
        BigDecimal expected = r.pricing().priced() ? r.pricing().total() : null;
        Map<String, Object> params = auditOf.apply(r);
        params.put("org", org);
        params.put("id", id);
        params.put("scrub", r.status().key());
        params.put("expected", expected);
        params.put("risk", r.revenueAtRisk());
        params.put("version", c.version() + 1);
        params.put("old", c.version());
        params.put("result", ScrubResultJson.toJson(r));
        jdbc.sql("""
                        WITH u AS (
                            UPDATE claims SET status = 'scrubbed', scrub_status = :scrub, expected_payment = :expected,
                                revenue_at_risk = :risk, version = :version
                            WHERE organisation_id = :org AND id = :id AND version = :old RETURNING id),
                        k AS (
                            INSERT INTO claim_scrubs (organisation_id, claim_id, claim_version, status, result,
                                expected_payment, revenue_at_risk, scrubbed_by)
                            SELECT :org, u.id, :version, :scrub, CAST(:result AS jsonb), :expected, :risk, :auditActor
                            FROM u),
                        a AS (""" + AuditTrail.insertAsCte("u.id::text", "CAST(:auditAfter AS jsonb)", "u") + """
                        )
                        SELECT count(*) FROM u""")
                .params(params).query(Long.class).single();
        return r;
    }

    /** Lets a finding pass with a reason, then scrubs again so the claim's status reflects the decision. */
    @Transactional
    public ClaimDetail override(SonoBillUser user, long id, OverrideRequest req, Integer ifMatch) {
        if (req.findingCode() == null || !req.findingCode().matches("SB-[A-Z]+-[0-9]{3}")) {
            throw ApiException.badField("findingCode", "expected a finding code such as SB-NCCI-001");
        }
        if (req.reason() == null || req.reason().trim().length() < 10) {
            throw ApiException.badField("reason", "an override needs a reason of at least 10 characters (an auditor "
                    + "reads it with the claim)");
        }
        Locked c = lock(user, id, ifMatch);
        if (!c.status().equals("draft") && !c.status().equals("scrubbed")) {
            throw ApiException.conflict("Claim " + c.number() + " is " + c.status() + "; findings are overridden "
                    + "before the claim is released.");
        }
        JsonNode findings = latestScrub(user.organisationId(), id).map(s -> s.result().path("findings")).orElse(null);
        boolean found = false;
        if (findings != null) {
            for (JsonNode f : findings) {
                if (req.findingCode().equals(f.path("code").asString(null)) && (req.lineCode() == null
                        || req.lineCode().equals(f.path("line").asString(null)))) {
                    found = true;
                }
            }
        }
        if (!found) {
            throw ApiException.badField("findingCode", "the latest scrub of claim " + c.number() + " has no finding "
                    + req.findingCode() + (req.lineCode() == null ? "" : " on " + req.lineCode())
                    + "; scrub the claim and override one of its findings");
        }
        jdbc.sql("INSERT INTO finding_overrides (organisation_id, claim_id, finding_code, line_code, reason, overridden_by)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(user.organisationId(), id, req.findingCode(), req.lineCode(), req.reason().trim(), user.actor())
                .update();
        scrubAndSave(user, id, c, r -> audit.parameters(user, "override", "claim", Map.of("scrubStatus",
                c.scrubStatus() == null ? "" : c.scrubStatus()), Map.of("findingCode", req.findingCode(), "lineCode",
                req.lineCode() == null ? "" : req.lineCode(), "reason", req.reason().trim(), "scrubStatus",
                r.status().key())));
        return detail(user.organisationId(), id, false);
    }

    /** Releases a clean scrubbed claim for submission. */
    @Transactional
    public ClaimDetail ready(SonoBillUser user, long id, Integer ifMatch) {
        Locked c = lock(user, id, ifMatch);
        if (!c.status().equals("scrubbed")) {
            throw ApiException.conflict("Claim " + c.number() + " is " + c.status() + "; scrub it first (only a "
                    + "scrubbed claim is marked ready).");
        }
        ScrubView s = latestScrub(user.organisationId(), id).orElseThrow();
        if (s.claimVersion() != c.version() || !"clean".equals(c.scrubStatus())) {
            List<String> open = new ArrayList<>();
            for (JsonNode f : s.result().path("findings")) {
                String sev = f.path("severity").asString("");
                if (sev.equals("error") || sev.equals("warning")) {
                    open.add(f.path("code").asString("") + (f.path("line").isMissingNode() ? ""
                            : " (" + f.path("line").asString("") + ")"));
                }
            }
            throw ApiException.conflict("Claim " + c.number() + " is " + c.scrubStatus() + " by its scrub; correct or "
                    + "override with a reason: " + String.join(", ", open));
        }
        jdbc.sql("UPDATE claims SET status = 'ready', version = ? WHERE id = ? AND version = ?")
                .params(c.version() + 1, id, c.version()).update();
        audit.record(user, "ready", "claim", id, Map.of("status", "scrubbed"), Map.of("status", "ready"));
        return get(user, id);
    }

    /** Claims matching the filters, newest date of service first. */
    public Page<ClaimSummary> list(SonoBillUser user, ClaimFilter f) {
        StringBuilder where = new StringBuilder(" WHERE c.organisation_id = :org");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("org", user.organisationId());
        if (f.status() != null) {
            where.append(" AND c.status = :status");
            params.put("status", f.status());
        }
        if (f.payer() != null) {
            where.append(" AND py.code = :payer");
            params.put("payer", f.payer());
        }
        if (f.from() != null) {
            where.append(" AND c.date_of_service >= :from");
            params.put("from", f.from());
        }
        if (f.to() != null) {
            where.append(" AND c.date_of_service <= :to");
            params.put("to", f.to());
        }
        if (f.minAmount() != null) {
            where.append(" AND c.total_charge >= :min");
            params.put("min", f.minAmount());
        }
        if (f.maxAmount() != null) {
            where.append(" AND c.total_charge <= :max");
            params.put("max", f.maxAmount());
        }
        if (f.minAge() != null) {
            where.append(" AND c.date_of_service <= :minAgeDate");
            params.put("minAgeDate", LocalDate.now(zone).minusDays(f.minAge()));
        }
        if (f.maxAge() != null) {
            where.append(" AND c.date_of_service >= :maxAgeDate");
            params.put("maxAgeDate", LocalDate.now(zone).minusDays(f.maxAge()));
        }
        long total = jdbc.sql("SELECT count(*) FROM claims c JOIN payers py ON py.organisation_id = c.organisation_id"
                + " AND py.id = c.payer_id" + where).params(params).query(Long.class).single();
        params.put("limit", f.limit());
        params.put("offset", f.offset());
        List<ClaimSummary> items = jdbc.sql(SUMMARY + where + " ORDER BY c.date_of_service DESC, c.id DESC"
                + " LIMIT :limit OFFSET :offset").params(params).query(this::summary).list();
        return new Page<>(items, total, f.limit(), f.offset());
    }

    /** A claim with its lines, diagnoses, latest scrub, overrides, remittances, denials and history. */
    public ClaimDetail get(SonoBillUser user, long id) {
        return detail(user.organisationId(), id, true);
    }

    /**
     * A claim with everything about it; a claim not yet released (draft or scrubbed, as after create, scrub and
     * override) has no remittance or denial, so those are not asked for ({@code adjudicated} false).
     */
    private ClaimDetail detail(long org, long id, boolean adjudicated) {
        record Head(ClaimSummary summary, String frequency, String original, String pos, String billing,
                    String rendering, String ordering, String auth, String patient, List<String> dx,
                    List<Long> studyIds) {
        }
        Head h = jdbc.sql(DETAIL + " WHERE c.organisation_id = ? AND c.id = ?").params(org, id)
                .query((rs, n) -> new Head(summary(rs, n), rs.getString("frequency"), rs.getString("original_claim_number"),
                        rs.getString("place_of_service"), rs.getString("billing_npi"), rs.getString("rendering_npi"),
                        rs.getString("ordering_npi"), rs.getString("prior_authorization"), rs.getString("patient"),
                        strings(rs, rs.findColumn("diagnoses")), Arrays.stream((Long[]) rs.getArray("study_ids").getArray())
                                .toList()))
                .optional().orElseThrow(() -> ApiException.notFound("claim", id));
        ClaimSummary s = h.summary();
        List<String> dx = h.dx();
        List<LineView> lines = lines(org, id);
        List<Long> studyIds = h.studyIds();
        List<OverrideView> overrides = jdbc.sql("""
                        SELECT finding_code, line_code, reason, overridden_by, at FROM finding_overrides
                        WHERE organisation_id = ? AND claim_id = ? ORDER BY id""").params(org, id)
                .query((rs, n) -> new OverrideView(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class))).list();
        return new ClaimDetail(s, h.frequency(), h.original(), h.pos(), h.billing(), h.rendering(), h.ordering(),
                h.auth(), h.patient(), dx, lines, studyIds, latestScrub(org, id).orElse(null), overrides,
                adjudicated ? remittances(org, id) : List.of(), adjudicated ? denials(org, id) : List.of(),
                audit.list(org, "claim", String.valueOf(id), 200));
    }

    private List<LineView> lines(long org, long id) {
        return jdbc.sql("""
                        SELECT line_number, code, modifiers, units, charge, pointers, date_of_service, control_number,
                               paid + coalesce((SELECT sum(rl.paid) FROM remittance_lines rl
                                                WHERE rl.organisation_id = l.organisation_id AND rl.claim_line_id = l.id), 0)
                        FROM claim_lines l WHERE organisation_id = ? AND claim_id = ? ORDER BY line_number""")
                .params(org, id)
                .query((rs, n) -> new LineView(rs.getInt(1), rs.getString(2), strings(rs, 3), rs.getInt(4),
                        rs.getBigDecimal(5), ints(rs, 6), rs.getObject(7, LocalDate.class), rs.getString(8),
                        rs.getBigDecimal(9))).list();
    }

    private List<RemittanceView> remittances(long org, long id) {
        record Rc(long id, RemittanceView view) {
        }
        List<Rc> rcs = jdbc.sql("""
                        SELECT rc.id, r.trace_number, r.paid_on, rc.status_code, rc.payer_claim_number, rc.charge, rc.paid,
                               rc.patient_responsibility
                        FROM remittance_claims rc JOIN remittances r ON r.organisation_id = rc.organisation_id
                            AND r.id = rc.remittance_id
                        WHERE rc.organisation_id = ? AND rc.claim_id = ? ORDER BY r.paid_on, rc.id""").params(org, id)
                .query((rs, n) -> new Rc(rs.getLong(1), new RemittanceView(rs.getString(2),
                        rs.getObject(3, LocalDate.class), rs.getString(4), rs.getString(5), rs.getBigDecimal(6),
                        rs.getBigDecimal(7), rs.getBigDecimal(8), List.of()))).list();
        List<RemittanceView> out = new ArrayList<>();
        for (Rc rc : rcs) {
            List<AdjustmentView> adj = jdbc.sql("""
                            SELECT l.line_number, a.group_code, a.carc, a.rarcs, a.amount, 0 AS kind, a.id AS pos
                            FROM adjustments a
                            LEFT JOIN claim_lines l ON l.organisation_id = a.organisation_id AND l.id = a.claim_line_id
                            WHERE a.organisation_id = ? AND a.remittance_claim_id = ?
                            UNION ALL
                            SELECT l.line_number, la.group_code, la.carc, la.rarcs, la.amount, 1,
                                   la.remittance_line_id * 100 + la.position
                            FROM line_adjustments la
                            LEFT JOIN claim_lines l ON l.organisation_id = la.organisation_id AND l.id = la.claim_line_id
                            WHERE la.organisation_id = ? AND la.remittance_claim_id = ?
                            ORDER BY kind, pos""")
                    .params(org, rc.id(), org, rc.id())
                    .query((rs, n) -> {
                        int line = rs.getInt(1);
                        return new AdjustmentView(rs.wasNull() ? null : line, rs.getString(2), rs.getString(3),
                                strings(rs, 4), rs.getBigDecimal(5));
                    }).list();
            RemittanceView v = rc.view();
            out.add(new RemittanceView(v.traceNumber(), v.paidOn(), v.statusCode(), v.payerClaimNumber(), v.charge(),
                    v.paid(), v.patientResponsibility(), adj));
        }
        return out;
    }

    private List<DenialView> denials(long org, long id) {
        return jdbc.sql("SELECT id, root_cause, status, next_deadline, created_at FROM denials"
                        + " WHERE organisation_id = ? AND claim_id = ? ORDER BY id").params(org, id)
                .query((rs, n) -> new DenialView(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, OffsetDateTime.class))).list();
    }

    private java.util.Optional<ScrubView> latestScrub(long org, long id) {
        return jdbc.sql("""
                        SELECT status, claim_version, scrubbed_by, scrubbed_at, result::text FROM claim_scrubs
                        WHERE organisation_id = ? AND claim_id = ? ORDER BY id DESC LIMIT 1""").params(org, id)
                .query((rs, n) -> new ScrubView(rs.getString(1), rs.getInt(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class), json.readTree(rs.getString(5)))).optional();
    }

    /** The engine's claims of the given ids (for an 837: Claim.id is the claim number, CLM01). */
    public List<Claim> engineClaims(long org, List<Long> ids) {
        return loadAll(org, "c.id = ANY(CAST(:ids AS bigint[]))", Map.of("ids", ids.toArray(new Long[0])));
    }

    /** The engine's claims from the stored rows (payer = the payer's rule pack; overrides included). */
    private List<Claim> loadAll(long org, String condition, Map<String, Object> params) {
        record Head(long id, String number, String type, String pack, String mrn, String sex, LocalDate birth,
                    String billing, String rendering, String ordering, String pos, String frequency, String original,
                    String auth, String state, String locality) {
        }
        List<Head> heads = jdbc.sql("""
                        SELECT c.id, c.claim_number, c.claim_type, py.rule_pack, p.mrn, p.sex, p.birth_date, c.billing_npi,
                               c.rendering_npi, c.ordering_npi, c.place_of_service, c.frequency, c.original_claim_number,
                               c.prior_authorization, c.state, c.pricing_locality
                        FROM claims c JOIN payers py ON py.organisation_id = c.organisation_id AND py.id = c.payer_id
                        JOIN patients p ON p.organisation_id = c.organisation_id AND p.id = c.patient_id
                        WHERE c.organisation_id = :org""" + " AND " + condition + " ORDER BY c.date_of_service, c.id")
                .param("org", org).params(params)
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class), rs.getString(8),
                        rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13),
                        rs.getString(14), rs.getString(15), rs.getString(16))).list();
        if (heads.isEmpty()) {
            return List.of();
        }
        List<Long> ids = heads.stream().map(Head::id).toList();
        Map<Long, List<String>> dx = new HashMap<>();
        jdbc.sql("SELECT claim_id, code FROM claim_diagnoses WHERE organisation_id = :org AND claim_id IN (:ids) ORDER BY claim_id, position")
                .param("org", org).param("ids", ids)
                .query((rs, n) -> dx.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2))).list();
        Map<Long, List<ClaimLine>> lines = new HashMap<>();
        jdbc.sql("""
                        SELECT claim_id, line_number, code, modifiers, units, charge, pointers, date_of_service, control_number
                        FROM claim_lines WHERE organisation_id = :org AND claim_id IN (:ids) ORDER BY claim_id, line_number""")
                .param("org", org).param("ids", ids)
                .query((rs, n) -> lines.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new ClaimLine(
                        rs.getInt(2), rs.getString(3), strings(rs, 4), rs.getInt(5), rs.getBigDecimal(6), ints(rs, 7),
                        rs.getObject(8, LocalDate.class), rs.getString(9)))).list();
        Map<Long, List<Override>> overrides = new HashMap<>();
        jdbc.sql("SELECT claim_id, finding_code, line_code, reason, overridden_by, at FROM finding_overrides"
                        + " WHERE organisation_id = :org AND claim_id IN (:ids) ORDER BY id")
                .param("org", org).param("ids", ids)
                .query((rs, n) -> overrides.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Override(
                        rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getObject(6, OffsetDateTime.class).atZoneSameInstant(zone).toLocalDateTime()))).list();
        List<Claim> out = new ArrayList<>();
        for (Head h : heads) {
            out.add(new Claim(h.number(), h.type().equals("institutional") ? ClaimType.INSTITUTIONAL
                    : ClaimType.PROFESSIONAL, h.pack(), h.mrn(), new Patient(Sex.valueOf(h.sex()), h.birth()),
                    h.billing(), h.rendering(), h.ordering(), h.pos(), h.frequency(), h.original(), h.auth(),
                    h.state(), h.locality(), dx.getOrDefault(h.id(), List.of()), lines.getOrDefault(h.id(), List.of()),
                    overrides.getOrDefault(h.id(), List.of())));
        }
        return out;
    }

    private record Locked(String number, String status, int version, String scrubStatus, long patientId,
                          LocalDate dateOfService) {
    }

    private Locked lock(SonoBillUser user, long id, Integer ifMatch) {
        Locked c = jdbc.sql("""
                        SELECT claim_number, status, version, scrub_status, patient_id, date_of_service FROM claims
                        WHERE organisation_id = ? AND id = ? FOR UPDATE""").params(user.organisationId(), id)
                .query((rs, n) -> new Locked(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                        rs.getLong(5), rs.getObject(6, LocalDate.class))).optional()
                .orElseThrow(() -> ApiException.notFound("claim", id));
        if (ifMatch != null && ifMatch != c.version()) {
            throw ApiException.conflict("Claim " + c.number() + " is at version " + c.version() + ", not " + ifMatch
                    + ": someone changed it while you worked on it; reload it and apply your change again.");
        }
        return c;
    }

    /** The engine's coded study from a stored coding result (the engine's own or a coder's). */
    private static CodedStudy codedStudy(String studyId, JsonNode result) {
        List<CodedLine> lines = new ArrayList<>();
        for (JsonNode l : result.path("lines")) {
            List<String> mods = new ArrayList<>();
            l.path("modifiers").forEach(m -> mods.add(m.asString()));
            List<String> dx = new ArrayList<>();
            l.path("diagnoses").forEach(d -> dx.add(d.asString()));
            lines.add(new CodedLine(l.path("code").asString(), mods, l.path("units").asInt(1), dx,
                    l.path("description").asString(null), l.path("rationale").asString(null),
                    l.path("source").asString(null)));
        }
        return new CodedStudy(studyId, CodingStatus.READY, lines, List.of(), null);
    }

    private ClaimSummary summary(ResultSet rs, int n) throws SQLException {
        LocalDate dos = rs.getObject("date_of_service", LocalDate.class);
        int age = dos == null ? 0 : (int) java.time.temporal.ChronoUnit.DAYS.between(dos, LocalDate.now(zone));
        return new ClaimSummary(rs.getLong("id"), rs.getString("claim_number"), rs.getString("status"),
                rs.getInt("version"), rs.getString("payer"), rs.getString("mrn"), dos, age, rs.getString("claim_type"),
                rs.getBigDecimal("total_charge"), rs.getBigDecimal("expected_payment"),
                rs.getBigDecimal("revenue_at_risk"), rs.getBigDecimal("paid_amount"), rs.getString("scrub_status"),
                rs.getObject("updated_at", OffsetDateTime.class));
    }

    private static List<String> strings(ResultSet rs, int column) throws SQLException {
        java.sql.Array a = rs.getArray(column);
        return a == null ? List.of() : Arrays.asList((String[]) a.getArray());
    }

    private static List<Integer> ints(ResultSet rs, int column) throws SQLException {
        java.sql.Array a = rs.getArray(column);
        if (a == null) {
            return List.of();
        }
        Object[] values = (Object[]) a.getArray();
        return Arrays.stream(values).map(v -> ((Number) v).intValue()).collect(Collectors.toList());
    }

    /** The filters of the claim list. */
    public record ClaimFilter(String status, String payer, LocalDate from, LocalDate to, BigDecimal minAmount,
                              BigDecimal maxAmount, Integer minAge, Integer maxAge, int limit, int offset) {
    }
}

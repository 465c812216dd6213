package org.sonobill.server.submit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sonobill.engine.claim.Claim;
import org.sonobill.engine.claim.ClaimLine;
import org.sonobill.engine.study.Sex;
import org.sonobill.server.claim.ClaimService;
import org.sonobill.server.security.SonoBillUser;
import org.sonobill.server.web.ApiException;
import org.sonobill.x12.claim.Address;
import org.sonobill.x12.claim.BillingProvider;
import org.sonobill.x12.claim.Claim837Writer;
import org.sonobill.x12.claim.ClaimKind;
import org.sonobill.x12.claim.ClaimSubmission;
import org.sonobill.x12.claim.Institutional;
import org.sonobill.x12.claim.Interchange;
import org.sonobill.x12.claim.Name;
import org.sonobill.x12.claim.Payer;
import org.sonobill.x12.claim.Provider;
import org.sonobill.x12.claim.Refusal;
import org.sonobill.x12.claim.Subscriber;
import org.sonobill.x12.claim.WriteResult;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Submission batches: released claims written as one 837P or 837I interchange (005010X222A1 / X223A2) with an
 * interchange control number from a PostgreSQL sequence (never repeated), the file kept as written for download, the
 * claims moved to submitted. A claim the implementation guide would refuse (a missing member id, an address, a tax
 * id) is left out, stays ready, and is named with the loop, segment and element; the others still go.
 */
@Service
public class SubmissionService {
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final ClaimService claims;

    public SubmissionService(JdbcClient jdbc, JsonMapper json, ClaimService claims) {
        this.jdbc = jdbc;
        this.json = json;
        this.claims = claims;
    }

    /** A new batch: the claims given (all released), or every released claim, optionally of one payer. */
    public record CreateBatch(List<Long> claimIds, String payer) {
    }

    /** One claim left out of a batch, and why. */
    public record Refused(long claimId, String claimNumber, List<String> problems) {
    }

    /** A batch as listed. */
    public record BatchSummary(long id, String kind, long interchangeControl, int claims, String createdBy,
                               OffsetDateTime createdAt, int acknowledgements, Boolean accepted) {
    }

    /** What creating batches did: one batch per claim type written, and the claims refused. */
    public record BatchResult(List<BatchSummary> batches, List<Refused> refused) {
    }

    private record Row(long id, String number, String type, String payerName, String payerX12, String filing,
                       String last, String first, String memberId, String group, Address address, LocalDate birth,
                       String sex) {
    }

    @Transactional
    public BatchResult create(SonoBillUser user, CreateBatch req) {
        long org = user.organisationId();
        String where;
        Map<String, Object> params = new HashMap<>();
        params.put("org", org);
        if (req.claimIds() != null && !req.claimIds().isEmpty()) {
            where = "c.id = ANY(CAST(:ids AS bigint[]))";
            params.put("ids", req.claimIds().stream().distinct().toArray(Long[]::new));
        } else {
            where = "c.status = 'ready'" + (req.payer() == null ? "" : " AND py.code = :payer");
            if (req.payer() != null) {
                params.put("payer", req.payer());
            }
        }
        Map<String, String> status = new LinkedHashMap<>();
        List<Row> rows = jdbc.sql("""
                        SELECT c.id, c.claim_number, c.status, c.claim_type, py.name AS payer_name, py.payer_id_x12,
                               py.filing_indicator, p.last_name, p.first_name, p.member_id, p.group_number,
                               p.address_line1, p.address_line2, p.city, p.state, p.zip, p.birth_date, p.sex
                        FROM claims c JOIN payers py ON py.organisation_id = c.organisation_id AND py.id = c.payer_id
                        JOIN patients p ON p.organisation_id = c.organisation_id AND p.id = c.patient_id
                        WHERE c.organisation_id = :org""" + " AND " + where + " ORDER BY c.id FOR UPDATE OF c")
                .params(params)
                .query((rs, n) -> {
                    status.put(rs.getString("claim_number"), rs.getString("status"));
                    String line1 = rs.getString("address_line1");
                    Address address = line1 == null ? null : new Address(line1, rs.getString("address_line2"),
                            rs.getString("city"), rs.getString("state"), rs.getString("zip"));
                    return new Row(rs.getLong("id"), rs.getString("claim_number"), rs.getString("claim_type"),
                            rs.getString("payer_name"), rs.getString("payer_id_x12"), rs.getString("filing_indicator"),
                            rs.getString("last_name"), rs.getString("first_name"), rs.getString("member_id"),
                            rs.getString("group_number"), address, rs.getObject("birth_date", LocalDate.class),
                            rs.getString("sex"));
                }).list();
        if (req.claimIds() != null && !req.claimIds().isEmpty() && rows.size() != req.claimIds().stream().distinct().count()) {
            List<Long> found = rows.stream().map(Row::id).toList();
            throw ApiException.notFound("claim", req.claimIds().stream().filter(i -> !found.contains(i)).toList());
        }
        List<String> notReady = status.entrySet().stream().filter(e -> !e.getValue().equals("ready"))
                .map(e -> e.getKey() + " (" + e.getValue() + ")").toList();
        if (!notReady.isEmpty()) {
            throw ApiException.conflict("Only released claims are submitted; these are not ready: "
                    + String.join(", ", notReady) + ". Scrub them clean and mark them ready first.");
        }
        if (rows.isEmpty()) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "Nothing to submit",
                    "No released (ready) claims" + (req.payer() == null ? "" : " of payer " + req.payer()) + ".");
        }
        Interchange ix = interchange(org);
        Map<String, Claim> engine = new HashMap<>();
        for (Claim c : claims.engineClaims(org, rows.stream().map(Row::id).toList())) {
            engine.put(c.id(), c);
        }
        Map<String, BillingProvider> billing = billingProviders(org);
        Map<String, Provider> people = providers(org);
        List<BatchSummary> batches = new ArrayList<>();
        List<Refused> refused = new ArrayList<>();
        for (ClaimKind kind : ClaimKind.values()) {
            String type = kind == ClaimKind.INSTITUTIONAL ? "institutional" : "professional";
            List<Row> ofKind = rows.stream().filter(r -> r.type().equals(type)).toList();
            if (ofKind.isEmpty()) {
                continue;
            }
            List<ClaimSubmission> submissions = new ArrayList<>(ofKind.size());
            for (Row r : ofKind) {
                Claim c = engine.get(r.number());
                submissions.add(new ClaimSubmission(c, billing.get(c.billingNpi()), subscriber(r), new Payer(
                        r.payerName(), r.payerX12(), null), null, c.renderingNpi() == null ? null
                        : people.get(c.renderingNpi()), c.orderingNpi() == null ? null : people.get(c.orderingNpi()),
                        kind == ClaimKind.INSTITUTIONAL ? institutional(c) : null, List.of()));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            // ISA13 from the database: concurrent batches, and every server of the organisation, share it
            WriteResult result = new Claim837Writer(() -> nextControl(org), Clock.systemUTC())
                    .write(ix, kind, submissions, out);
            List<Long> left = new ArrayList<>();
            for (Refusal f : result.refusals()) {
                Row r = ofKind.get(f.index());
                left.add(r.id());
                refused.add(new Refused(r.id(), r.number(), f.problems().stream().map(Object::toString).toList()));
            }
            if (result.written() == 0) {
                continue;
            }
            Long[] written = ofKind.stream().map(Row::id).filter(id -> !left.contains(id)).toArray(Long[]::new);
            String kindCode = kind == ClaimKind.INSTITUTIONAL ? "837I" : "837P";
            long batch = jdbc.sql("""
                            INSERT INTO submission_batches (organisation_id, kind, interchange_control, group_control,
                                content, created_by)
                            VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
                    .params(org, kindCode, result.interchangeControlNumber(), result.interchangeControlNumber(),
                            out.toString(StandardCharsets.US_ASCII), user.actor())
                    .query(Long.class).single();
            // the writer puts the claims it writes into transaction sets of CLAIMS_PER_TRANSACTION, in order
            String[] sets = new String[written.length];
            for (int i = 0; i < written.length; i++) {
                sets[i] = String.format("%04d", i / Claim837Writer.CLAIMS_PER_TRANSACTION + 1);
            }
            jdbc.sql("""
                            WITH b AS (
                                INSERT INTO batch_claims (organisation_id, batch_id, claim_id, transaction_control)
                                SELECT :org, :batch, t.id, t.st
                                FROM unnest(CAST(:ids AS bigint[]), CAST(:sets AS text[])) AS t(id, st)
                                RETURNING claim_id),
                            u AS (
                                UPDATE claims SET status = 'submitted', version = version + 1
                                WHERE organisation_id = :org AND id IN (SELECT claim_id FROM b) RETURNING id)
                            INSERT INTO audit_events (organisation_id, actor, action, entity, entity_id, before_state,
                                after_state)
                            SELECT :org, :actor, 'submit', 'claim', u.id::text, '{"status": "ready"}',
                                   jsonb_build_object('status', 'submitted', 'batchId', CAST(:batch AS bigint),
                                       'interchangeControl', CAST(:control AS bigint))
                            FROM u""")
                    .param("org", org).param("batch", batch).param("ids", written).param("sets", sets)
                    .param("actor", user.actor())
                    .param("control", result.interchangeControlNumber()).update();
            jdbc.sql("INSERT INTO audit_events (organisation_id, actor, action, entity, entity_id, after_state)"
                            + " VALUES (?, ?, 'create', 'batch', ?, CAST(? AS jsonb))")
                    .params(org, user.actor(), String.valueOf(batch), json.writeValueAsString(Map.of("kind", kindCode,
                            "interchangeControl", result.interchangeControlNumber(), "claims", written.length,
                            "refused", left.size()))).update();
            batches.add(get(org, batch));
        }
        return new BatchResult(batches, refused);
    }

    /**
     * The next interchange control number: from a sequence, so concurrent batches and every server share it, passing
     * over any number a batch of the organisation already carries (batches made before, or by another system).
     */
    private long nextControl(long org) {
        return jdbc.sql("""
                        WITH RECURSIVE n AS (
                            SELECT nextval('interchange_control_seq') AS v
                            UNION ALL
                            SELECT nextval('interchange_control_seq') FROM n
                            WHERE EXISTS (SELECT 1 FROM submission_batches b WHERE b.organisation_id = :org
                                          AND b.interchange_control = n.v))
                        SELECT max(v) FROM n""")
                .param("org", org).query(Long.class).single();
    }

    /** The batches of an organisation, newest first. */
    public List<BatchSummary> list(long org, int limit, int offset) {
        return jdbc.sql(SUMMARY + " WHERE b.organisation_id = ? ORDER BY b.id DESC LIMIT ? OFFSET ?")
                .params(org, limit, offset).query((rs, n) -> summary(rs)).list();
    }

    /** One batch. */
    public BatchSummary get(long org, long id) {
        return jdbc.sql(SUMMARY + " WHERE b.organisation_id = ? AND b.id = ?").params(org, id)
                .query((rs, n) -> summary(rs)).optional().orElseThrow(() -> ApiException.notFound("batch", id));
    }

    /** The 837 of a batch as it was written. */
    public String content(long org, long id) {
        return jdbc.sql("SELECT content FROM submission_batches WHERE organisation_id = ? AND id = ?").params(org, id)
                .query(String.class).optional().filter(c -> c != null)
                .orElseThrow(() -> ApiException.notFound("batch", id));
    }

    private static final String SUMMARY = """
            SELECT b.id, b.kind, b.interchange_control, b.created_by, b.created_at,
                   (SELECT count(*) FROM batch_claims bc WHERE bc.organisation_id = b.organisation_id
                    AND bc.batch_id = b.id) AS claim_count,
                   (SELECT count(*) FROM acknowledgements a WHERE a.organisation_id = b.organisation_id
                    AND a.batch_id = b.id) AS acks,
                   (SELECT bool_and(a.accepted) FROM acknowledgements a WHERE a.organisation_id = b.organisation_id
                    AND a.batch_id = b.id AND a.kind = '999') AS accepted
            FROM submission_batches b""";

    private static BatchSummary summary(java.sql.ResultSet rs) throws java.sql.SQLException {
        boolean accepted = rs.getBoolean("accepted");
        Boolean acc = rs.wasNull() ? null : accepted;
        return new BatchSummary(rs.getLong("id"), rs.getString("kind"), rs.getLong("interchange_control"),
                rs.getInt("claim_count"), rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getInt("acks"), acc);
    }

    private Interchange interchange(long org) {
        record Org(String name, String sender, String receiver, String receiverName, boolean production,
                   String contact, String phone) {
        }
        Org o = jdbc.sql("""
                        SELECT name, x12_sender_id, x12_receiver_id, x12_receiver_name, x12_production, contact_name,
                               contact_phone FROM organisations WHERE id = ?""").params(org)
                .query((rs, n) -> new Org(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBoolean(5), rs.getString(6), rs.getString(7))).single();
        if (o.sender() == null || o.receiver() == null) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "No clearinghouse set up",
                    "Your organisation has no X12 sender and receiver ids (ISA06/ISA08, loops 1000A/1000B); an "
                            + "administrator sets them with the clearinghouse's enrolment values first.");
        }
        return new Interchange(o.sender(), o.receiver(), o.production(), new Interchange.Submitter(o.name(),
                o.sender(), o.contact(), o.phone()), new Interchange.Receiver(o.receiverName() == null ? o.receiver()
                : o.receiverName(), o.receiver()));
    }

    private Map<String, BillingProvider> billingProviders(long org) {
        Map<String, BillingProvider> out = new HashMap<>();
        jdbc.sql("""
                        SELECT npi, name, tax_id, taxonomy, address_line1, address_line2, city, state, zip FROM providers
                        WHERE organisation_id = ? AND role = 'billing'""").params(org)
                .query((rs, n) -> out.put(rs.getString(1), new BillingProvider(Name.organisation(rs.getString(2)),
                        rs.getString(1), rs.getString(3), rs.getString(4), rs.getString(5) == null ? null
                        : new Address(rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getString(9))))).list();
        return out;
    }

    private Map<String, Provider> providers(long org) {
        Map<String, Provider> out = new HashMap<>();
        // a person's name as the organisation keeps it: "Last, First" (or one word)
        jdbc.sql("SELECT npi, name, specialty FROM providers WHERE organisation_id = ? AND role <> 'billing' ORDER BY id")
                .params(org).query((rs, n) -> {
                    String name = rs.getString(2);
                    int comma = name.indexOf(',');
                    Name person = comma > 0 ? Name.person(name.substring(0, comma).trim(), name.substring(comma + 1)
                            .trim().replaceFirst("^(Dr\\.?\\s+)", "")) : Name.person(name.trim(), null);
                    out.putIfAbsent(rs.getString(1), new Provider(person, rs.getString(1), null));
                    return null;
                }).list();
        return out;
    }

    private static Subscriber subscriber(Row r) {
        // the patient is the subscriber (SBR02 18): SonoBill keeps no dependants' coverage yet
        return new Subscriber(Name.person(r.last(), r.first()), r.memberId(), r.address(), r.birth(),
                r.sex() == null ? null : Sex.valueOf(r.sex()), r.group(), "P", r.filing(), "18");
    }

    /**
     * The institutional data of a hospital outpatient ultrasound claim (837I): bill type 13x, the statement period
     * of its dates of service, and a revenue code per line (NUBC: 0402 ultrasound, 0483 echocardiology, 0921
     * peripheral vascular lab).
     */
    private static Institutional institutional(Claim c) {
        List<LocalDate> dates = c.datesOfService();
        List<String> revenue = new ArrayList<>();
        for (ClaimLine l : c.lines()) {
            String code = l.code();
            revenue.add(code.startsWith("933") || code.startsWith("9335") ? "0483"
                    : code.startsWith("938") || code.startsWith("939") ? "0921" : "0402");
        }
        return new Institutional("13", dates.get(0), dates.get(dates.size() - 1), null, "01", revenue);
    }
}

package org.sonobill.server.denial;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sonobill.server.audit.AuditTrail;
import org.sonobill.server.denial.DenialViews.AppealView;
import org.sonobill.server.denial.DenialViews.Batch;
import org.sonobill.server.denial.DenialViews.ClaimFacts;
import org.sonobill.server.denial.DenialViews.Classification;
import org.sonobill.server.denial.DenialViews.DenialDetail;
import org.sonobill.server.denial.DenialViews.LineView;
import org.sonobill.server.denial.DenialViews.Owner;
import org.sonobill.server.denial.DenialViews.QueueEntry;
import org.sonobill.server.denial.DenialViews.Resolution;
import org.sonobill.server.study.StudyViews.Page;
import org.sonobill.server.web.ApiException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reads the denial queue: one entry per denied claim, highest priority first (or by deadline, amount, age), the
 * low-dollar batches, and one denial in full. The list reads the partial indexes of V6 and V7 (denials_queue,
 * denials_due, denials_owner, denials_cause, denials_low_dollar), so it answers from the top of an index however long
 * the queue is, and counts the page total from the same index alone (docs/benchmarks.md: 1,000,000 denial lines).
 */
@Service
public class DenialQueue {
    /** The statuses of an entry still being worked. */
    static final Set<String> ACTIVE = Set.of("open", "working", "appealed", "corrected");
    private static final String ACTIVE_SQL = "('open', 'working', 'appealed', 'corrected')";
    private static final Map<String, String> ORDER = Map.of(
            "priority", "d.priority DESC, d.id",
            "deadline", "d.next_deadline NULLS LAST, d.priority DESC, d.id",
            "amount", "d.denied_amount DESC, d.id",
            "age", "d.received_on NULLS LAST, d.id");
    private static final String ENTRY = """
            SELECT d.id, d.claim_id, c.claim_number, py.code AS payer, d.service_date, d.received_on, d.denied_amount,
                   d.root_cause, d.group_code, d.carc, d.rarcs, d.action, d.owner_role, d.owner_user_id,
                   u.username, u.display_name, d.status, d.level, d.next_deadline, d.deadline_what, d.priority,
                   d.expected_recovery, d.chance, d.low_dollar, d.escalated_on, d.created_at::date AS created_on,
                   d.version
            FROM denials d
            JOIN claims c ON c.organisation_id = d.organisation_id AND c.id = d.claim_id
            LEFT JOIN payers py ON py.organisation_id = d.organisation_id AND py.id = d.payer_id
            LEFT JOIN users u ON u.organisation_id = d.organisation_id AND u.id = d.owner_user_id
            """;

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final CarcText texts;

    public DenialQueue(JdbcClient jdbc, AuditTrail audit, Clock clock, CarcText texts) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.texts = texts;
    }

    /** What the queue is filtered by; null means any. */
    public record Filter(String status, String owner, Long ownerId, String rootCause, String payer, String urgency,
                         Boolean lowDollar, Boolean escalated, String sort) {
        /** The whole active queue, by priority. */
        public static Filter active() {
            return new Filter(null, null, null, null, null, null, null, null, "priority");
        }
    }

    /** A page of the queue. */
    public Page<QueueEntry> list(long org, Filter f, int limit, int offset) {
        LocalDate today = LocalDate.now(clock);
        StringBuilder where = new StringBuilder(" WHERE d.organisation_id = :org");
        Map<String, Object> params = new HashMap<>();
        params.put("org", org);
        if (f.status() == null || f.status().equals("active")) {
            where.append(" AND d.status IN ").append(ACTIVE_SQL);
        } else if (!f.status().equals("all")) {
            where.append(" AND d.status = :status");
            params.put("status", f.status());
        }
        if ("unassigned".equals(f.owner())) {
            where.append(" AND d.owner_user_id IS NULL");
        } else if (f.ownerId() != null) {
            where.append(" AND d.owner_user_id = :owner");
            params.put("owner", f.ownerId());
        }
        if (f.rootCause() != null) {
            where.append(" AND d.root_cause = :cause");
            params.put("cause", f.rootCause());
        }
        if (f.payer() != null) {
            // the payer's id, not a join: the count then reads denials alone (index-only on V7's denials_cause)
            where.append(" AND d.payer_id = (SELECT p.id FROM payers p WHERE p.organisation_id = :org"
                    + " AND p.code = :payer)");
            params.put("payer", f.payer());
        }
        if (f.lowDollar() != null) {
            // a literal, not a parameter: a generic plan could not prove V7's partial index denials_low_dollar
            where.append(f.lowDollar() ? " AND d.low_dollar" : " AND NOT d.low_dollar");
        }
        if (f.escalated() != null) {
            where.append(f.escalated() ? " AND d.escalated_on IS NOT NULL" : " AND d.escalated_on IS NULL");
        }
        if (f.urgency() != null) {
            Urgencies.Range r = Urgencies.range(f.urgency(), today);
            where.append(" AND d.next_deadline >= CAST(:dueFrom AS date) AND d.next_deadline <= CAST(:dueTo AS date)");
            params.put("dueFrom", r.from());
            params.put("dueTo", r.to());
        }
        String order = ORDER.get(f.sort() == null ? "priority" : f.sort());
        if (order == null) {
            throw ApiException.badField("sort", "expected one of priority, deadline, amount, age; found " + f.sort());
        }
        // denials alone: a join, even one the planner removes, keeps the count from an index-only scan
        long total = jdbc.sql("SELECT count(*) FROM denials d" + where)
                .params(params).query(Long.class).single();
        params.put("limit", limit);
        params.put("offset", offset);
        // the page's ids first, from the index alone, then the joins for those rows only: a deep page (offset 5,000)
        // would otherwise join every row it skips
        List<QueueEntry> items = jdbc.sql(ENTRY + " JOIN (SELECT d.id FROM denials d" + where + " ORDER BY " + order
                        + " LIMIT :limit OFFSET :offset) page ON page.id = d.id ORDER BY " + order)
                .params(params).query((rs, n) -> entry(rs, today)).list();
        return new Page<>(items, total, limit, offset);
    }

    /** Low-dollar active entries, grouped by payer, root cause and action; the biggest batches first. */
    public List<Batch> batches(long org) {
        return jdbc.sql("""
                        SELECT py.code AS payer, d.root_cause, d.action, count(*) AS n, sum(d.denied_amount) AS amount,
                               sum(coalesce(d.expected_recovery, 0)) AS expected, min(d.next_deadline) AS earliest,
                               array_agg(d.id ORDER BY d.next_deadline NULLS LAST, d.id) AS ids
                        FROM denials d LEFT JOIN payers py ON py.organisation_id = d.organisation_id
                            AND py.id = d.payer_id
                        WHERE d.organisation_id = :org AND d.low_dollar AND d.status IN\s""" + ACTIVE_SQL + """
                        GROUP BY py.code, d.root_cause, d.action
                        ORDER BY sum(d.denied_amount) DESC""")
                .param("org", org)
                .query((rs, n) -> new Batch(rs.getString("payer"), rs.getString("root_cause"), rs.getString("action"),
                        rs.getInt("n"), rs.getBigDecimal("amount"), rs.getBigDecimal("expected"),
                        rs.getObject("earliest", LocalDate.class), Arrays.asList((Long[]) rs.getArray("ids").getArray())))
                .list();
    }

    /** One entry of the queue, or 404. */
    public QueueEntry entry(long org, long id) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql(ENTRY + " WHERE d.organisation_id = :org AND d.id = :id").param("org", org).param("id", id)
                .query((rs, n) -> entry(rs, today)).optional().orElseThrow(() -> ApiException.notFound("denial", id));
    }

    /** One denial in full. */
    public DenialDetail get(long org, long id) {
        QueueEntry e = entry(org, id);
        record Rest(Classification classification, ClaimFacts claim, Resolution resolution) {
        }
        Rest rest = jdbc.sql("""
                        SELECT d.root_cause, d.team, d.owner_role, d.action, d.appealable, d.reason, d.fix, d.source,
                               d.chance_basis, d.outcome, d.recovered, d.resolved_on, d.resolution_note,
                               d.corrected_claim_id, c.id AS claim, c.claim_number, c.status, c.frequency,
                               c.payer_claim_number, c.place_of_service, c.total_charge,
                               c.paid_amount AS paid
                        FROM denials d JOIN claims c ON c.organisation_id = d.organisation_id AND c.id = d.claim_id
                        WHERE d.organisation_id = :org AND d.id = :id""")
                .param("org", org).param("id", id)
                .query((rs, n) -> new Rest(
                        new Classification(rs.getString("root_cause"), rs.getString("team"), rs.getString("owner_role"),
                                rs.getString("action"), rs.getBoolean("appealable"), rs.getString("reason"),
                                rs.getString("fix"), rs.getString("source"), rs.getString("chance_basis")),
                        new ClaimFacts(rs.getLong("claim"), rs.getString("claim_number"), rs.getString("status"),
                                rs.getString("frequency"), rs.getString("payer_claim_number"),
                                rs.getString("place_of_service"), rs.getBigDecimal("total_charge"),
                                rs.getBigDecimal("paid"), (Long) rs.getObject("corrected_claim_id")),
                        rs.getString("outcome") == null ? null : new Resolution(rs.getString("outcome"),
                                rs.getBigDecimal("recovered"), rs.getObject("resolved_on", LocalDate.class),
                                rs.getString("resolution_note")))).single();
        List<AppealView> appeals = appeals(org, id);
        return new DenialDetail(e, rest.classification(), rest.claim(), lines(org, id), appeals, rest.resolution(),
                history(org, id, appeals));
    }

    /** The entry's audit events and its appeals', newest first. */
    private List<AuditTrail.Event> history(long org, long id, List<AppealView> appeals) {
        List<AuditTrail.Event> events = new java.util.ArrayList<>(audit.list(org, "denial", String.valueOf(id), 50));
        for (AppealView a : appeals) {
            events.addAll(audit.list(org, "appeal", String.valueOf(a.id()), 50));
        }
        events.sort(java.util.Comparator.comparing(AuditTrail.Event::at).thenComparing(AuditTrail.Event::id)
                .reversed());
        return events;
    }

    /** The denied lines of an entry, in claim line order. */
    List<LineView> lines(long org, long id) {
        return jdbc.sql("""
                        SELECT dl.claim_line_id, dl.procedure, dl.modifiers, dl.service_date, dl.denied_in_full,
                               dl.group_code, dl.carc, dl.rarcs, dl.amount, dl.root_cause, dl.action
                        FROM denial_lines dl LEFT JOIN claim_lines l ON l.id = dl.claim_line_id
                        WHERE dl.organisation_id = :org AND dl.denial_id = :id
                        ORDER BY l.line_number NULLS LAST, dl.id""")
                .param("org", org).param("id", id)
                .query((rs, n) -> new LineView((Long) rs.getObject("claim_line_id"), rs.getString("procedure"),
                        strings(rs.getArray("modifiers")), rs.getObject("service_date", LocalDate.class),
                        rs.getBoolean("denied_in_full"), rs.getString("group_code"), rs.getString("carc"),
                        texts.carc(rs.getString("carc")), strings(rs.getArray("rarcs")), rs.getBigDecimal("amount"),
                        rs.getString("root_cause"), rs.getString("action")))
                .list();
    }

    /** The appeals of an entry, by level. */
    List<AppealView> appeals(long org, long id) {
        return jdbc.sql("""
                        SELECT id, level, kind, status, due_on, filed_on, decided_on, amount_recovered, letter,
                               letter_pdf IS NOT NULL AS filed_letter, note, version
                        FROM appeals WHERE organisation_id = :org AND denial_id = :id ORDER BY level""")
                .param("org", org).param("id", id)
                .query((rs, n) -> new AppealView(rs.getLong("id"), rs.getInt("level"), rs.getString("kind"),
                        rs.getString("status"), rs.getObject("due_on", LocalDate.class),
                        rs.getObject("filed_on", LocalDate.class), rs.getObject("decided_on", LocalDate.class),
                        rs.getBigDecimal("amount_recovered"), rs.getString("letter"), rs.getBoolean("filed_letter"),
                        rs.getString("note"), rs.getInt("version")))
                .list();
    }

    private static QueueEntry entry(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate deadline = rs.getObject("next_deadline", LocalDate.class);
        LocalDate received = rs.getObject("received_on", LocalDate.class);
        LocalDate start = received != null ? received : rs.getObject("created_on", LocalDate.class);
        long ownerId = rs.getLong("owner_user_id");
        Owner owner = rs.wasNull() ? null : new Owner(ownerId, rs.getString("username"), rs.getString("display_name"));
        String group = rs.getString("group_code");
        String carc = rs.getString("carc");
        BigDecimal chance = rs.getBigDecimal("chance");
        String status = rs.getString("status");
        return new QueueEntry(rs.getLong("id"), rs.getLong("claim_id"), rs.getString("claim_number"),
                rs.getString("payer"), rs.getObject("service_date", LocalDate.class), received,
                rs.getBigDecimal("denied_amount"), rs.getString("root_cause"),
                carc == null ? null : (group == null ? "" : group + "-") + carc, strings(rs.getArray("rarcs")),
                rs.getString("action"), rs.getString("owner_role"), owner, status, rs.getInt("level"), deadline,
                rs.getString("deadline_what"),
                deadline == null ? null : (int) ChronoUnit.DAYS.between(today, deadline),
                deadline == null || !ACTIVE.contains(status) ? null : Urgencies.of(deadline, today),
                rs.getBigDecimal("priority"), rs.getBigDecimal("expected_recovery"), chance,
                rs.getBoolean("low_dollar"), rs.getObject("escalated_on", LocalDate.class),
                (int) ChronoUnit.DAYS.between(start, today), rs.getInt("version"));
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}

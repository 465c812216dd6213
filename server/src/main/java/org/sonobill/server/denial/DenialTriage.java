package org.sonobill.server.denial;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.sonobill.engine.denial.AppealWindows;
import org.sonobill.engine.denial.ClaimDenial;
import org.sonobill.engine.denial.DenialAction;
import org.sonobill.engine.denial.DenialClassification;
import org.sonobill.engine.denial.DenialContext;
import org.sonobill.engine.denial.DenialLine;
import org.sonobill.engine.denial.Deadline;
import org.sonobill.engine.denial.Deadlines;
import org.sonobill.engine.denial.Priority;
import org.sonobill.engine.denial.RecoveryPriority;
import org.sonobill.server.audit.AuditTrail;
import org.sonobill.server.config.EngineData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Decides, for queue entries, what the engine's denial table says (root cause, team, owner role, action, reason,
 * source), the deadline of the next action from the payer's windows, the priority, and the owner from the
 * organisation's assignment rules. Runs in the transaction that wrote the denial (posting, an appeal decision) and once
 * a day over the whole active queue, because the days left change the priority and the escalations.
 */
@Service
public class DenialTriage {
    /** Modifiers that say the service was distinct from another of the day (NCCI Policy Manual ch. I §E; CR8863). */
    private static final Set<String> DISTINCT = Set.of("59", "XE", "XS", "XP", "XU");
    private static final int CHUNK = 1000;
    /** What an entry waiting for the payer's answer weighs in the queue before its follow-up date. */
    static final double WAITING_WEIGHT = 0.25;

    private final JdbcClient jdbc;
    private final EngineData engine;
    private final OutcomeHistory outcomes;
    private final AuditTrail audit;
    private final Clock clock;

    public DenialTriage(JdbcClient jdbc, EngineData engine, OutcomeHistory outcomes, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.engine = engine;
        this.outcomes = outcomes;
        this.audit = audit;
        this.clock = clock;
    }

    /** Who the audit trail names for the queue's own changes (escalations). */
    static final String ACTOR = "sonobill (denial queue)";

    /** A queue entry as read for triage. */
    private record Entry(long id, long org, String status, String pack, boolean adjudicated, Long payerId,
                         String payerCode, LocalDate lastDecision, boolean reopeningRefused, LocalDate receivedOn,
                         LocalDate serviceDate, int level, Long owner, LocalDate deadline, String deadlineWhat,
                         String groupCode, String carc, List<String> rarcs, BigDecimal unpaid,
                         List<String> findings, LocalDate escalatedOn, boolean institutional, List<String> codes) {
    }

    /** A denied line as read for triage. */
    private record Line(long id, long denial, DenialLine line) {
    }

    /** Triage of the given entries of one organisation. */
    public void triage(long org, List<Long> ids) {
        for (int i = 0; i < ids.size(); i += CHUNK) {
            triageChunk(org, ids.subList(i, Math.min(ids.size(), i + CHUNK)).toArray(new Long[0]));
        }
    }

    /** The daily pass: every active entry of the organisation again (days left, priority, escalation). */
    public int refreshAll(long org) {
        List<Long> ids = jdbc.sql("SELECT id FROM denials WHERE organisation_id = :org AND status IN ('open', 'working',"
                        + " 'appealed', 'corrected') ORDER BY id")
                .param("org", org).query(Long.class).list();
        triage(org, ids);
        return ids.size();
    }

    private void triageChunk(long org, Long[] ids) {
        List<Entry> entries = entries(org, ids);
        Map<Long, List<Line>> lines = lines(org, ids);
        List<AssignmentRule> rules = AssignmentRule.of(jdbc, org);
        OutcomeHistory.Counts counts = outcomes.counts(org);
        LocalDate today = LocalDate.now(clock);
        RecoveryPriority priorities = new RecoveryPriority(DenialSettings.LOW_DOLLAR);
        Updates u = new Updates(entries.size());
        List<Object[]> lineUpdates = new ArrayList<>();
        List<Object[]> escalated = new ArrayList<>();
        for (Entry e : entries) {
            List<Line> ls = lines.getOrDefault(e.id(), List.of());
            List<DenialLine> denied = new ArrayList<>();
            for (Line l : ls) {
                denied.add(l.line());
            }
            if (denied.isEmpty()) {
                // a claim denied as a whole (CLP02 4 or claim-level CAS only): its biggest claim adjustment
                denied.add(new DenialLine(e.groupCode() == null ? "CO" : e.groupCode(),
                        e.carc() == null ? "16" : e.carc(), e.rarcs(), e.unpaid(), null, List.of()));
            }
            DenialContext context = context(e, denied, ptpIndicator(e, denied));
            ClaimDenial cd = engine.denials().classifyClaim(denied, context);
            AppealWindows windows = AppealWindows.of(engine.packs().get(e.pack()));
            DenialClassification c = afterEarlierSteps(cd.main(), e, windows);
            for (int i = 0; i < ls.size(); i++) {
                DenialClassification lc = cd.lines().get(i);
                lineUpdates.add(new Object[] {ls.get(i).id(), lc.rootCause().slug(), lc.action().slug()});
            }
            BigDecimal amount = denied.stream().map(DenialLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            Deadline next = keepsItsDeadline(e) ? null : next(e, c, today, windows);
            LocalDate deadline = next == null ? e.deadline() : next.date();
            Priority p = waiting(e, deadline, today, priorities.of(amount, c, e.payerCode(),
                    counts.of(c.rootCause().slug(), e.payerId()), deadline == null ? today : deadline, today));
            Long owner = e.owner() != null ? e.owner() : AssignmentRule.ownerFor(rules, c.rootCause().slug(),
                    e.payerId(), amount);
            boolean escalate = e.escalatedOn() == null && deadline != null
                    && Deadlines.urgency(deadline, today).escalates();
            if (escalate) {
                escalated.add(new Object[] {e.id(), deadline, next == null ? e.deadlineWhat() : next.what()});
            }
            DenialLine top = topLine(denied);
            u.add(e.id(), c, next == null ? e.deadlineWhat() : next.what(), deadline, p, owner, amount, top,
                    escalate ? today : e.escalatedOn());
        }
        u.write(jdbc, org, today);
        // an escalation is visible in the queue (escalated=true) and in the entry's history
        for (Object[] x : escalated) {
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("nextDeadline", x[1].toString());
            after.put("deadline", x[2]);
            after.put("urgency", Urgencies.of((LocalDate) x[1], today));
            audit.record(org, ACTOR, "escalate", "denial", x[0], null, after);
        }
        if (!lineUpdates.isEmpty()) {
            jdbc.sql("""
                            UPDATE denial_lines dl SET root_cause = t.cause, action = t.action
                            FROM unnest(CAST(:ids AS bigint[]), CAST(:causes AS text[]), CAST(:actions AS text[]))
                                 AS t(id, cause, action)
                            WHERE dl.organisation_id = :org AND dl.id = t.id""")
                    .param("org", org)
                    .param("ids", lineUpdates.stream().map(a -> (Long) a[0]).toArray(Long[]::new))
                    .param("causes", lineUpdates.stream().map(a -> (String) a[1]).toArray(String[]::new))
                    .param("actions", lineUpdates.stream().map(a -> (String) a[2]).toArray(String[]::new))
                    .update();
        }
    }

    /**
     * The deadline of the entry's next action, counted from the payer's latest decision (the 835, or the last appeal
     * decided); none when every appeal level of the payer is used.
     */
    private Deadline next(Entry e, DenialClassification c, LocalDate today, AppealWindows windows) {
        LocalDate decision = e.lastDecision() != null ? e.lastDecision()
                : e.receivedOn() != null ? e.receivedOn() : today;
        return Deadlines.next(c.action(), e.level() + 1, decision,
                e.serviceDate() != null ? e.serviceDate() : decision, windows);
    }

    /**
     * What the entry's history changes in the table's decision: a Medicare clerical reopening that was refused leaves
     * a redetermination (level 1) as the next step; an appeal with every level of the payer used leaves nothing to
     * appeal, so the entry is written off.
     */
    private static DenialClassification afterEarlierSteps(DenialClassification c, Entry e, AppealWindows windows) {
        DenialClassification out = c;
        if (out.action() == DenialAction.REOPENING && e.reopeningRefused()) {
            out = with(out, DenialAction.APPEAL, true, " The clerical reopening was refused: the next step is a "
                    + "redetermination, within 120 days of the initial determination.", "42 CFR 405.942; 405.980");
        }
        if (out.action() == DenialAction.APPEAL && e.level() >= windows.levels().size()) {
            out = with(out, DenialAction.WRITE_OFF, false, " Every appeal level " + windows.payer() + " offers ("
                    + windows.levels().size() + ") has been used.", windows.source());
        }
        return out;
    }

    private static DenialClassification with(DenialClassification c, DenialAction action, boolean appealable,
                                             String why, String source) {
        return new DenialClassification(c.rootCause(), c.team(), c.ownerRole(), action, appealable, c.successPrior(),
                c.reason() + why, c.fix(), c.source() + "; " + source);
    }

    /**
     * An appealed or corrected entry waits for the payer until its follow-up date: there is nothing to do before, so
     * it ranks at a quarter of its score behind the entries that need work; from the follow-up date on, in full.
     */
    private static Priority waiting(Entry e, LocalDate followUp, LocalDate today, Priority p) {
        if (!keepsItsDeadline(e) || followUp == null || !followUp.isAfter(today)) {
            return p;
        }
        return new Priority(p.expectedRecovery(), p.chance(), p.chanceBasis() + "; waiting for the payer until "
                + followUp, p.score() * WAITING_WEIGHT, p.lowDollar());
    }

    /** Appealed and corrected entries wait for the payer: their deadline is the one the appeal or correction set. */
    private static boolean keepsItsDeadline(Entry e) {
        return e.status().equals("appealed") || e.status().equals("corrected");
    }

    private static DenialLine topLine(List<DenialLine> denied) {
        DenialLine top = denied.get(0);
        for (DenialLine l : denied) {
            if (l.amount().compareTo(top.amount()) > 0) {
                top = l;
            }
        }
        return top;
    }

    /**
     * The NCCI modifier indicator of the edit that bundles a denied line into another line of the claim (the denied
     * code as column 2), from the practitioner or hospital PTP table in force on the date of service; empty when no
     * edit pairs them (NCCI Policy Manual ch. I; reference e.1).
     */
    private OptionalInt ptpIndicator(Entry e, List<DenialLine> denied) {
        if (e.serviceDate() == null) {
            return OptionalInt.empty();
        }
        var table = engine.reference().ptp(e.institutional(), e.serviceDate()).table();
        for (DenialLine l : denied) {
            for (String other : e.codes()) {
                if (l.procedure().isEmpty() || other.equals(l.procedure())) {
                    continue;
                }
                var edit = table.find(other, l.procedure(), e.serviceDate());
                if (edit != null) {
                    return OptionalInt.of(edit.modifierIndicator());
                }
            }
        }
        return OptionalInt.empty();
    }

    private static DenialContext context(Entry e, List<DenialLine> denied, OptionalInt indicator) {
        boolean distinct = false;
        boolean abn = false;
        for (DenialLine l : denied) {
            for (String m : l.modifiers()) {
                distinct |= DISTINCT.contains(m);
                abn |= m.equals("GA");
            }
        }
        return new DenialContext(e.pack(), e.adjudicated(), indicator, distinct, abn,
                Set.copyOf(e.findings()), e.level());
    }

    private List<Entry> entries(long org, Long[] ids) {
        return jdbc.sql("""
                        SELECT d.id, d.status, py.rule_pack, c.status AS claim_status, d.payer_id, d.received_on,
                               d.service_date, d.level, d.owner_user_id, d.next_deadline, d.deadline_what, d.group_code,
                               d.carc, d.rarcs, greatest(c.total_charge - c.paid_amount, 0) AS unpaid, d.escalated_on,
                               py.code AS payer_code, (SELECT max(a.decided_on) FROM appeals a
                                                       WHERE a.denial_id = d.id AND a.kind = 'appeal')
                                                   AS last_decision,
                               EXISTS (SELECT 1 FROM appeals a WHERE a.denial_id = d.id AND a.kind = 'reopening'
                                       AND a.status = 'upheld') AS reopening_refused,
                               c.claim_type, ARRAY(SELECT l.code FROM claim_lines l WHERE l.claim_id = c.id
                                                   ORDER BY l.line_number) AS codes,
                               ARRAY(SELECT DISTINCT f->>'code' FROM claim_scrubs s,
                                         jsonb_array_elements(s.result->'findings') AS f
                                     WHERE s.claim_id = c.id AND s.id = (SELECT max(id) FROM claim_scrubs
                                                                         WHERE claim_id = c.id)) AS findings
                        FROM denials d
                        JOIN claims c ON c.organisation_id = d.organisation_id AND c.id = d.claim_id
                        JOIN payers py ON py.organisation_id = c.organisation_id AND py.id = c.payer_id
                        WHERE d.organisation_id = :org AND d.id = ANY(CAST(:ids AS bigint[]))
                        ORDER BY d.id
                        FOR UPDATE OF d""")
                .param("org", org).param("ids", ids)
                .query((rs, n) -> new Entry(rs.getLong("id"), org, rs.getString("status"), rs.getString("rule_pack"),
                        !"rejected".equals(rs.getString("claim_status")), (Long) rs.getObject("payer_id"),
                        rs.getString("payer_code"), rs.getObject("last_decision", LocalDate.class),
                        rs.getBoolean("reopening_refused"),
                        rs.getObject("received_on", LocalDate.class), rs.getObject("service_date", LocalDate.class),
                        rs.getInt("level"), (Long) rs.getObject("owner_user_id"),
                        rs.getObject("next_deadline", LocalDate.class), rs.getString("deadline_what"),
                        rs.getString("group_code"), rs.getString("carc"), DenialQueue.strings(rs.getArray("rarcs")),
                        rs.getBigDecimal("unpaid"), DenialQueue.strings(rs.getArray("findings")),
                        rs.getObject("escalated_on", LocalDate.class), "institutional".equals(rs.getString("claim_type")),
                        DenialQueue.strings(rs.getArray("codes"))))
                .list();
    }

    private Map<Long, List<Line>> lines(long org, Long[] ids) {
        Map<Long, List<Line>> byDenial = new HashMap<>();
        jdbc.sql("""
                        SELECT id, denial_id, group_code, carc, rarcs, amount, procedure, modifiers
                        FROM denial_lines WHERE organisation_id = :org AND denial_id = ANY(CAST(:ids AS bigint[]))
                        ORDER BY denial_id, id""")
                .param("org", org).param("ids", ids)
                .query((rs, n) -> byDenial.computeIfAbsent(rs.getLong("denial_id"), k -> new ArrayList<>())
                        .add(new Line(rs.getLong("id"), rs.getLong("denial_id"), new DenialLine(
                                rs.getString("group_code").trim(), rs.getString("carc"),
                                DenialQueue.strings(rs.getArray("rarcs")), rs.getBigDecimal("amount"),
                                rs.getString("procedure"), DenialQueue.strings(rs.getArray("modifiers"))))))
                .list();
        return byDenial;
    }

    /** The entries' new values as parallel arrays, written in one UPDATE. */
    private static final class Updates {
        private final Map<String, List<Object>> columns = new LinkedHashMap<>();

        Updates(int size) {
            for (String c : List.of("id", "cause", "team", "role", "action", "appealable", "reason", "fix", "source",
                    "what", "deadline", "chance", "basis", "expected", "priority", "low", "owner", "amount", "grp",
                    "carc", "rarcs", "escalated")) {
                columns.put(c, new ArrayList<>(size));
            }
        }

        void add(long id, DenialClassification c, String what, LocalDate deadline, Priority p, Long owner,
                 BigDecimal amount, DenialLine top, LocalDate escalated) {
            put("id", id);
            put("cause", c.rootCause().slug());
            put("team", c.team());
            put("role", c.ownerRole());
            put("action", c.action().slug());
            put("appealable", c.appealable());
            put("reason", c.reason());
            put("fix", c.fix());
            put("source", c.source());
            put("what", what);
            put("deadline", deadline == null ? null : deadline.toString());
            put("chance", BigDecimal.valueOf(p.chance()).setScale(3, java.math.RoundingMode.HALF_UP));
            put("basis", p.chanceBasis());
            put("expected", p.expectedRecovery());
            put("priority", BigDecimal.valueOf(p.score()).setScale(4, java.math.RoundingMode.HALF_UP));
            put("low", p.lowDollar());
            put("owner", owner);
            put("amount", amount);
            put("grp", top.group());
            put("carc", top.carc());
            put("rarcs", String.join(",", top.rarcs()));
            put("escalated", escalated == null ? null : escalated.toString());
        }

        private void put(String column, Object value) {
            columns.get(column).add(value);
        }

        private Object[] array(String column, Object[] type) {
            return columns.get(column).toArray(type);
        }

        void write(JdbcClient jdbc, long org, LocalDate today) {
            if (columns.get("id").isEmpty()) {
                return;
            }
            jdbc.sql("""
                            UPDATE denials d SET root_cause = t.cause, team = t.team, owner_role = t.role,
                                action = t.action, appealable = t.appealable, reason = t.reason, fix = t.fix,
                                source = t.source, deadline_what = t.what, next_deadline = t.deadline,
                                chance = t.chance, chance_basis = t.basis, expected_recovery = t.expected,
                                priority = t.priority, low_dollar = t.low, owner_user_id = t.owner,
                                denied_amount = t.amount, group_code = t.grp, carc = t.carc,
                                rarcs = coalesce(string_to_array(nullif(t.rarcs, ''), ','), '{}'), escalated_on = t.escalated,
                                priority_on = CAST(:today AS date), updated_at = now()
                            FROM unnest(CAST(:id AS bigint[]), CAST(:cause AS text[]), CAST(:team AS text[]),
                                        CAST(:role AS text[]), CAST(:action AS text[]), CAST(:appealable AS boolean[]),
                                        CAST(:reason AS text[]), CAST(:fix AS text[]), CAST(:source AS text[]),
                                        CAST(:what AS text[]), CAST(:deadline AS date[]), CAST(:chance AS numeric[]),
                                        CAST(:basis AS text[]), CAST(:expected AS numeric[]),
                                        CAST(:priority AS numeric[]), CAST(:low AS boolean[]), CAST(:owner AS bigint[]),
                                        CAST(:amount AS numeric[]), CAST(:grp AS text[]), CAST(:carc AS text[]),
                                        CAST(:rarcs AS text[]), CAST(:escalated AS date[]))
                                 AS t(id, cause, team, role, action, appealable, reason, fix, source, what, deadline,
                                      chance, basis, expected, priority, low, owner, amount, grp, carc, rarcs,
                                      escalated)
                            WHERE d.organisation_id = :org AND d.id = t.id""")
                    .param("org", org).param("today", today.toString())
                    .param("id", array("id", new Long[0])).param("cause", array("cause", new String[0]))
                    .param("team", array("team", new String[0])).param("role", array("role", new String[0]))
                    .param("action", array("action", new String[0]))
                    .param("appealable", array("appealable", new Boolean[0]))
                    .param("reason", array("reason", new String[0])).param("fix", array("fix", new String[0]))
                    .param("source", array("source", new String[0])).param("what", array("what", new String[0]))
                    .param("deadline", array("deadline", new String[0]))
                    .param("chance", array("chance", new BigDecimal[0])).param("basis", array("basis", new String[0]))
                    .param("expected", array("expected", new BigDecimal[0]))
                    .param("priority", array("priority", new BigDecimal[0])).param("low", array("low", new Boolean[0]))
                    .param("owner", array("owner", new Long[0])).param("amount", array("amount", new BigDecimal[0]))
                    .param("grp", array("grp", new String[0])).param("carc", array("carc", new String[0]))
                    .param("rarcs", array("rarcs", new String[0]))
                    .param("escalated", array("escalated", new String[0]))
                    .update();
        }
    }
}

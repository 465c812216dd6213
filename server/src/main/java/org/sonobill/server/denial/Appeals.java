package org.sonobill.server.denial;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.sonobill.engine.denial.AppealWindows;
import org.sonobill.server.audit.AuditTrail;
import org.sonobill.server.config.EngineData;
import org.sonobill.server.denial.DenialViews.AppealView;
import org.sonobill.server.denial.DenialWork.Locked;
import org.sonobill.server.security.SonoBillUser;
import org.sonobill.server.web.ApiException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appeals by level (or a Medicare clerical reopening): a draft with its letter from the template for the root cause
 * and payer, the letter edited by the specialist, filed (the PDF kept exactly as sent, the claim appealed, the
 * follow-up date set), and decided (overturned or partly: the denial is resolved with what came back; upheld: the
 * entry reopens with the next level's deadline). Levels and windows: shared/docs/ultrasound-coding-reference.md g.2.
 */
@Service
public class Appeals {
    /** Medicare levels 1-5 (redetermination to judicial review); commercial plans have fewer, never more. */
    static final int MAX_LEVEL = 5;
    /** Days after filing to follow up on a decision the payer has not sent (MACs decide redeterminations in 60). */
    static final int FOLLOW_UP_DAYS = 60;
    static final Set<String> DECISIONS = Set.of("overturned", "partly-overturned", "upheld");

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final DenialWork work;
    private final DenialQueue queue;
    private final AppealLetters letters;
    private final OutcomeHistory outcomes;
    private final EngineData engine;
    private final Clock clock;

    public Appeals(JdbcClient jdbc, AuditTrail audit, DenialWork work, DenialQueue queue, AppealLetters letters,
                   OutcomeHistory outcomes, EngineData engine, Clock clock) {
        this.engine = engine;
        this.jdbc = jdbc;
        this.audit = audit;
        this.work = work;
        this.queue = queue;
        this.letters = letters;
        this.outcomes = outcomes;
        this.clock = clock;
    }

    /** An appeal row as the workflow needs it. */
    private record Row(long id, int level, String status, int version, String letter, LocalDate filedOn) {
    }

    /**
     * Starts the next level: a draft with the letter drafted from the evidence. Refused when the table says the
     * denial is not appealable (timely filing, indicator-0 bundling) unless the specialist says why it is anyway.
     */
    @Transactional
    public AppealView create(SonoBillUser user, long denialId, String overrideReason, Integer ifMatch) {
        Locked d = work.lock(user, denialId, ifMatch);
        DenialWork.requireActive(d);
        record Facts(int level, boolean appealable, String action, String reason, LocalDate due, boolean pending,
                     boolean reopened, String pack) {
        }
        Facts f = jdbc.sql("""
                        SELECT d.level, d.appealable, d.action, d.reason, d.next_deadline, py.rule_pack,
                               EXISTS (SELECT 1 FROM appeals a WHERE a.denial_id = d.id
                                       AND a.status IN ('draft', 'filed')) AS pending,
                               EXISTS (SELECT 1 FROM appeals a WHERE a.denial_id = d.id
                                       AND a.kind = 'reopening') AS reopened
                        FROM denials d JOIN claims c ON c.id = d.claim_id
                        JOIN payers py ON py.organisation_id = c.organisation_id AND py.id = c.payer_id
                        WHERE d.id = :id""")
                .param("id", denialId)
                .query((rs, n) -> new Facts(rs.getInt("level"), rs.getBoolean("appealable"), rs.getString("action"),
                        rs.getString("reason"), rs.getObject("next_deadline", LocalDate.class),
                        rs.getBoolean("pending"), rs.getBoolean("reopened"), rs.getString("rule_pack"))).single();
        if (f.pending()) {
            throw ApiException.conflict("Denial " + denialId + " already has an appeal in draft or waiting for a "
                    + "decision; record its decision before the next level.");
        }
        // a Medicare clerical reopening (42 CFR 405.980) comes before the appeal levels and uses none of them
        boolean reopening = "reopening".equals(f.action()) && !f.reopened();
        int levels = AppealWindows.of(engine.packs().get(f.pack())).levels().size();
        if (!reopening && f.level() >= Math.min(MAX_LEVEL, levels)) {
            throw ApiException.conflict("Denial " + denialId + " has been through every appeal level the payer "
                    + "offers (" + Math.min(MAX_LEVEL, levels) + ").");
        }
        if (!f.appealable() && (overrideReason == null || overrideReason.isBlank())) {
            throw ApiException.conflict("Denial " + denialId + " is not appealable: " + f.reason()
                    + " Give overrideReason to appeal anyway (kept in the audit trail).");
        }
        int level = reopening ? 0 : f.level() + 1;
        String kind = reopening ? "reopening" : "appeal";
        String letter = letters.draft(user, denialId, level);
        long id = jdbc.sql("""
                        INSERT INTO appeals (organisation_id, denial_id, level, kind, status, due_on, letter,
                            created_by, note)
                        VALUES (:org, :denial, :level, :kind, 'draft', :due, :letter, :by, :note) RETURNING id""")
                .param("org", user.organisationId()).param("denial", denialId).param("level", level)
                .param("kind", kind).param("due", f.due()).param("letter", letter).param("by", user.actor())
                .param("note", overrideReason == null ? null : "Appealed although not appealable: " + overrideReason)
                .query(Long.class).single();
        if (d.status().equals("open")) {
            jdbc.sql("UPDATE denials SET status = 'working', owner_user_id = coalesce(owner_user_id, :user),"
                    + " version = version + 1, updated_at = now() WHERE id = :id")
                    .param("user", user.id()).param("id", denialId).update();
        }
        audit.record(user, "create", "appeal", id, null, DenialWork.mapOf("denialId", denialId, "level", level,
                "kind", kind, "dueOn", f.due(), "overrideReason", overrideReason));
        return view(user, denialId, level);
    }

    /** Replaces the draft's letter with the specialist's text. */
    @Transactional
    public AppealView edit(SonoBillUser user, long denialId, int level, String letter, Integer ifMatch) {
        if (letter == null || letter.isBlank()) {
            throw ApiException.badField("letter", "expected the letter's text");
        }
        if (letter.length() > 50_000) {
            throw ApiException.badField("letter", "expected at most 50,000 characters, found " + letter.length());
        }
        Row a = lock(user, denialId, level, ifMatch);
        if (!a.status().equals("draft")) {
            throw ApiException.conflict("The level " + level + " appeal was " + a.status() + "; only a draft is edited.");
        }
        jdbc.sql("UPDATE appeals SET letter = :letter, updated_by = :by, version = version + 1 WHERE id = :id")
                .param("letter", letter).param("by", user.actor()).param("id", a.id()).update();
        audit.record(user, "edit-letter", "appeal", a.id(), DenialWork.mapOf("length", a.letter() == null ? 0
                : a.letter().length()), DenialWork.mapOf("length", letter.length()));
        return view(user, denialId, level);
    }

    /** The letter as a PDF: as it was sent once filed, else as it reads now. */
    public byte[] pdf(SonoBillUser user, long denialId, int level) {
        record Pdf(byte[] filed, String letter) {
        }
        Pdf p = jdbc.sql("SELECT letter_pdf, letter FROM appeals WHERE organisation_id = :org AND denial_id = :d"
                        + " AND level = :level")
                .param("org", user.organisationId()).param("d", denialId).param("level", level)
                .query((rs, n) -> new Pdf(rs.getBytes(1), rs.getString(2))).optional()
                .orElseThrow(() -> ApiException.notFound("appeal of denial " + denialId + " at level", level));
        return p.filed() != null ? p.filed() : letters.pdf(user, denialId, level, p.letter());
    }

    /** Files the draft: the PDF is kept as sent, the claim is appealed, and a follow-up date is set. */
    @Transactional
    public AppealView file(SonoBillUser user, long denialId, int level, LocalDate filedOn, Integer ifMatch) {
        Locked d = work.lock(user, denialId, null);
        Row a = lock(user, denialId, level, ifMatch);
        if (!a.status().equals("draft")) {
            throw ApiException.conflict("The level " + level + " appeal was " + a.status() + " already.");
        }
        LocalDate on = filedOn == null ? LocalDate.now(clock) : filedOn;
        if (on.isAfter(LocalDate.now(clock))) {
            throw ApiException.badField("filedOn", "expected today or earlier, found " + on);
        }
        byte[] pdf = letters.pdf(user, denialId, level, a.letter());
        jdbc.sql("""
                        UPDATE appeals SET status = 'filed', filed_on = :on, letter_pdf = :pdf, updated_by = :by,
                            version = version + 1 WHERE id = :id""")
                .param("on", on).param("pdf", pdf).param("by", user.actor()).param("id", a.id()).update();
        jdbc.sql("""
                        UPDATE denials SET status = 'appealed', level = greatest(level, :level), next_deadline = :follow,
                            deadline_what = :what, escalated_on = NULL, version = version + 1, updated_at = now()
                        WHERE id = :id""")
                .param("level", level).param("follow", on.plusDays(FOLLOW_UP_DAYS))
                .param("what", "Follow up: no decision on the " + (level == 0 ? "clerical reopening" : "level " + level
                        + " appeal") + " filed " + on)
                .param("id", denialId).update();
        if (d.claimStatus().equals("denied") || d.claimStatus().equals("partially-paid")) {
            jdbc.sql("UPDATE claims SET status = 'appealed', version = version + 1 WHERE id = :id")
                    .param("id", d.claimId()).update();
            audit.record(user, "appeal", "claim", d.claimId(), DenialWork.mapOf("status", d.claimStatus()),
                    DenialWork.mapOf("status", "appealed", "level", level, "filedOn", on));
        }
        audit.record(user, "file", "appeal", a.id(), DenialWork.mapOf("status", "draft"),
                DenialWork.mapOf("status", "filed", "filedOn", on, "pdfBytes", pdf.length));
        work.retriage(user, denialId);
        return view(user, denialId, level);
    }

    /**
     * Records the payer's decision. Overturned or partly: the denial is resolved with the amount recovered (the
     * payment itself posts from the payer's 835). Upheld: the entry reopens for the next level, its clock starting
     * at the decision.
     */
    @Transactional
    public AppealView decide(SonoBillUser user, long denialId, int level, String outcome, BigDecimal recovered,
                             LocalDate decidedOn, Integer ifMatch) {
        if (outcome == null || !DECISIONS.contains(outcome)) {
            throw ApiException.badField("outcome", "expected overturned, partly-overturned or upheld; found " + outcome);
        }
        BigDecimal amount = recovered == null ? BigDecimal.ZERO : recovered;
        if (amount.signum() < 0) {
            throw ApiException.badField("amountRecovered", "expected 0 or more, found " + amount);
        }
        if (outcome.equals("upheld") && amount.signum() > 0) {
            throw ApiException.badField("amountRecovered", "an upheld denial recovers nothing; found " + amount);
        }
        Locked d = work.lock(user, denialId, null);
        Row a = lock(user, denialId, level, ifMatch);
        if (!a.status().equals("filed")) {
            throw ApiException.conflict("The level " + level + " appeal is " + a.status() + "; only a filed appeal "
                    + "is decided.");
        }
        LocalDate on = decidedOn == null ? LocalDate.now(clock) : decidedOn;
        if (on.isAfter(LocalDate.now(clock)) || (a.filedOn() != null && on.isBefore(a.filedOn()))) {
            throw ApiException.badField("decidedOn", "expected a date from the filing (" + a.filedOn() + ") to today; "
                    + "found " + on);
        }
        jdbc.sql("""
                        UPDATE appeals SET status = :outcome, decided_on = :on, amount_recovered = :amount,
                            updated_by = :by, version = version + 1 WHERE id = :id""")
                .param("outcome", outcome).param("on", on).param("amount", amount).param("by", user.actor())
                .param("id", a.id()).update();
        audit.record(user, "decide", "appeal", a.id(), DenialWork.mapOf("status", "filed"),
                DenialWork.mapOf("status", outcome, "decidedOn", on, "amountRecovered", amount));
        if (outcome.equals("upheld")) {
            jdbc.sql("UPDATE denials SET status = 'open', escalated_on = NULL, version = version + 1,"
                    + " updated_at = now() WHERE id = :id").param("id", denialId).update();
            if (d.claimStatus().equals("appealed")) {
                jdbc.sql("UPDATE claims SET status = 'denied', version = version + 1 WHERE id = :id")
                        .param("id", d.claimId()).update();
                audit.record(user, "appeal-decided", "claim", d.claimId(), DenialWork.mapOf("status", "appealed"),
                        DenialWork.mapOf("status", "denied", "level", level, "outcome", outcome));
            }
            work.retriage(user, denialId);
        } else {
            work.resolveLocked(user, d, "closed", outcome, amount, "Level " + level + " appeal " + outcome, false);
        }
        outcomes.forget(user.organisationId());
        return view(user, denialId, level);
    }

    private Row lock(SonoBillUser user, long denialId, int level, Integer ifMatch) {
        Row a = jdbc.sql("""
                        SELECT id, level, status, version, letter, filed_on FROM appeals
                        WHERE organisation_id = :org AND denial_id = :d AND level = :level FOR UPDATE""")
                .param("org", user.organisationId()).param("d", denialId).param("level", level)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getInt(4), rs.getString(5),
                        rs.getObject(6, LocalDate.class)))
                .optional().orElseThrow(() -> ApiException.notFound("appeal of denial " + denialId + " at level",
                        level));
        if (ifMatch != null && ifMatch != a.version()) {
            throw ApiException.conflict("The level " + level + " appeal is at version " + a.version() + ", not "
                    + ifMatch + ": someone changed it; reload it and apply your change again.");
        }
        return a;
    }

    private AppealView view(SonoBillUser user, long denialId, int level) {
        List<AppealView> all = queue.appeals(user.organisationId(), denialId);
        return all.stream().filter(v -> v.level() == level).findFirst().orElseThrow();
    }
}

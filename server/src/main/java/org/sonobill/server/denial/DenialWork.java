package org.sonobill.server.denial;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sonobill.server.audit.AuditTrail;
import org.sonobill.server.denial.DenialViews.QueueEntry;
import org.sonobill.server.security.SonoBillUser;
import org.sonobill.server.web.ApiException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Working the queue: taking or giving an entry, starting on it, and closing it without an appeal (written off, billed
 * to the patient, or closed because the payer paid after all). Every change takes the version the caller saw, is
 * audited with before and after, and closes the claim when the denial is resolved.
 */
@Service
public class DenialWork {
    /** How an entry can end here; appeals and corrections end through their own decisions. */
    static final Set<String> RESOLUTIONS = Set.of("written-off", "billed-patient", "closed", "paid-on-correction");

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final DenialQueue queue;
    private final DenialTriage triage;
    private final Clock clock;

    public DenialWork(JdbcClient jdbc, AuditTrail audit, DenialQueue queue, DenialTriage triage, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.queue = queue;
        this.triage = triage;
        this.clock = clock;
    }

    /** An entry locked for a change. */
    record Locked(long id, long claimId, String status, int version, Long owner, String claimStatus,
                  String claimNumber, int claimVersion) {
    }

    /** Locks the entry (and reads its claim), checking the version the caller saw. */
    Locked lock(SonoBillUser user, long id, Integer ifMatch) {
        Locked d = jdbc.sql("""
                        SELECT d.id, d.claim_id, d.status, d.version, d.owner_user_id, c.status AS claim_status,
                               c.claim_number, c.version AS claim_version
                        FROM denials d JOIN claims c ON c.organisation_id = d.organisation_id AND c.id = d.claim_id
                        WHERE d.organisation_id = :org AND d.id = :id FOR UPDATE OF d""")
                .param("org", user.organisationId()).param("id", id)
                .query((rs, n) -> new Locked(rs.getLong("id"), rs.getLong("claim_id"), rs.getString("status"),
                        rs.getInt("version"), (Long) rs.getObject("owner_user_id"), rs.getString("claim_status"),
                        rs.getString("claim_number"), rs.getInt("claim_version")))
                .optional().orElseThrow(() -> ApiException.notFound("denial", id));
        if (ifMatch != null && ifMatch != d.version()) {
            throw ApiException.conflict("Denial " + id + " is at version " + d.version() + ", not " + ifMatch
                    + ": someone changed it while you worked on it; reload it and apply your change again.");
        }
        return d;
    }

    static void requireActive(Locked d) {
        if (!DenialQueue.ACTIVE.contains(d.status())) {
            throw ApiException.conflict("Denial " + d.id() + " is " + d.status() + "; only an open entry is worked.");
        }
    }

    /** Gives the entry to a user of the organisation (null: back to the role's pool). */
    @Transactional
    public QueueEntry assign(SonoBillUser user, long id, Long ownerId, Integer ifMatch) {
        Locked d = lock(user, id, ifMatch);
        requireActive(d);
        if (ownerId != null && jdbc.sql("SELECT count(*) FROM users WHERE organisation_id = :org AND id = :id"
                        + " AND active").param("org", user.organisationId()).param("id", ownerId)
                .query(Long.class).single() == 0) {
            throw ApiException.badField("userId", "no active user " + ownerId + " in your organisation");
        }
        update(user, d, "owner_user_id = CAST(:v AS bigint)", ownerId);
        audit.record(user, "assign", "denial", id, mapOf("owner", d.owner()), mapOf("owner", ownerId));
        return queue.entry(user.organisationId(), id);
    }

    /** Marks the entry as being worked (by whoever owns it, or the caller when no one does). */
    @Transactional
    public QueueEntry start(SonoBillUser user, long id, Integer ifMatch) {
        Locked d = lock(user, id, ifMatch);
        if (!d.status().equals("open")) {
            throw ApiException.conflict("Denial " + id + " is " + d.status() + "; only an open entry is started.");
        }
        Long owner = d.owner() != null ? d.owner() : user.id();
        jdbc.sql("UPDATE denials SET status = 'working', owner_user_id = :owner, version = version + 1,"
                        + " updated_at = now() WHERE id = :id")
                .param("owner", owner).param("id", id).update();
        audit.record(user, "start", "denial", id, mapOf("status", d.status(), "owner", d.owner()),
                mapOf("status", "working", "owner", owner));
        return queue.entry(user.organisationId(), id);
    }

    /** Ends the entry without an appeal: written off, billed to the patient, or closed; the claim is closed too. */
    @Transactional
    public QueueEntry resolve(SonoBillUser user, long id, String how, String note, BigDecimal recovered,
                              Integer ifMatch) {
        if (how == null || !RESOLUTIONS.contains(how)) {
            throw ApiException.badField("resolution", "expected written-off, billed-patient, closed or "
                    + "paid-on-correction; found " + how);
        }
        if (note == null || note.isBlank()) {
            throw ApiException.badField("note", "expected why the denial ends here (it is kept in the audit trail)");
        }
        BigDecimal amount = recovered == null ? BigDecimal.ZERO : recovered;
        if (amount.signum() < 0 || (amount.signum() > 0 && !how.equals("paid-on-correction"))) {
            throw ApiException.badField("recovered", "expected an amount only for paid-on-correction, and 0 or more");
        }
        Locked d = lock(user, id, ifMatch);
        requireActive(d);
        if (how.equals("paid-on-correction") && !d.status().equals("corrected")) {
            throw ApiException.conflict("Denial " + id + " is " + d.status() + "; only a corrected entry is resolved "
                    + "as paid on correction.");
        }
        // a corrected entry's original claim is already closed as corrected; its replacement carries the payment
        String status = how.equals("paid-on-correction") ? "closed" : how;
        resolveLocked(user, d, status, how.equals("closed") ? null : how, amount, note.trim(),
                !how.equals("paid-on-correction"));
        return queue.entry(user.organisationId(), id);
    }

    /** The same resolution for many entries (a low-dollar batch); each is locked, checked and audited. */
    @Transactional
    public List<QueueEntry> resolveAll(SonoBillUser user, List<Long> ids, String how, String note) {
        if (ids == null || ids.isEmpty() || ids.size() > 500) {
            throw ApiException.badField("ids", "expected 1 to 500 denial ids");
        }
        return ids.stream().map(id -> resolve(user, id, how, note, null, null)).toList();
    }

    /**
     * Closes a locked entry with an outcome: its status, the money recovered, today's date (the trends count it
     * then), and, when asked, the claim closed when it may be (not after an overturned appeal: the payment is still
     * to post to it).
     */
    void resolveLocked(SonoBillUser user, Locked d, String status, String outcome, BigDecimal recovered, String note,
                       boolean closeClaim) {
        LocalDate today = LocalDate.now(clock);
        jdbc.sql("""
                        UPDATE denials SET status = :status, outcome = :outcome, recovered = :recovered,
                            resolved_on = CAST(:today AS date), resolution_note = :note, version = version + 1,
                            updated_at = now()
                        WHERE id = :id""")
                .param("status", status).param("outcome", outcome).param("recovered", recovered)
                .param("today", today.toString()).param("note", note).param("id", d.id()).update();
        audit.record(user, "resolve", "denial", d.id(), mapOf("status", d.status()),
                mapOf("status", status, "outcome", outcome, "recovered", recovered, "note", note));
        if (closeClaim && Set.of("denied", "partially-paid", "appealed", "paid").contains(d.claimStatus())) {
            jdbc.sql("UPDATE claims SET status = 'closed', version = version + 1 WHERE id = :id")
                    .param("id", d.claimId()).update();
            audit.record(user, "close", "claim", d.claimId(), mapOf("status", d.claimStatus()),
                    mapOf("status", "closed", "denial", d.id()));
        }
    }

    private void update(SonoBillUser user, Locked d, String set, Object value) {
        jdbc.sql("UPDATE denials SET " + set + ", version = version + 1, updated_at = now()"
                        + " WHERE organisation_id = :org AND id = :id")
                .param("v", value).param("org", user.organisationId()).param("id", d.id()).update();
    }

    /** Re-triages the entry after a change that moves its deadline or chance. */
    void retriage(SonoBillUser user, long id) {
        triage.triage(user.organisationId(), List.of(id));
    }

    static Map<String, Object> mapOf(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}

package org.sonobill.server.demo;

import java.util.LinkedHashMap;
import java.util.Map;
import org.sonobill.server.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The denial queue of the journeys: a denial per denied claim with its root cause, status, owner and next deadline,
 * and its appeals by level. The first appeal moves the claim to appealed.
 */
final class DenialWriter {
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final ClaimMoves moves;
    private final DemoOrg org;

    DenialWriter(JdbcClient jdbc, AuditTrail audit, ClaimMoves moves, DemoOrg org) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.moves = moves;
        this.org = org;
    }

    long deny(long claim, String number, Journey.Deny d) {
        Long owner = d.owned() ? org.denialsUserId() : null;
        long id = jdbc.sql("""
                        INSERT INTO denials (organisation_id, claim_id, root_cause, status, owner_user_id,
                            next_deadline, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(org.id(), claim, d.reason().rootCause(), d.status(), owner, d.deadline(),
                        SubmissionWriter.at(d.on(), 10)).query(Long.class).single();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("claimNumber", number);
        after.put("carc", "CO-" + d.reason().carc());
        after.put("rootCause", d.reason().rootCause());
        after.put("status", d.status());
        after.put("nextDeadline", d.deadline().toString());
        audit.record(org.id(), DemoOrganisation.LOADER, "create", "denial", id, null, after);
        return id;
    }

    void appeal(long claim, long denial, Journey.Appeal a) {
        boolean draft = a.status().equals("draft");
        long id = jdbc.sql("""
                        INSERT INTO appeals (organisation_id, denial_id, level, status, filed_on, decided_on,
                            amount_recovered) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(org.id(), denial, a.level(), a.status(), draft ? null : a.on(), a.decided(),
                        a.recovered() == null ? java.math.BigDecimal.ZERO : a.recovered())
                .query(Long.class).single();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("denialId", denial);
        after.put("level", a.level());
        after.put("status", a.status());
        if (!draft) {
            after.put("filedOn", a.on().toString());
        }
        if (a.decided() != null) {
            after.put("decidedOn", a.decided().toString());
        }
        audit.record(org.id(), DemoOrganisation.LOADER, "create", "appeal", id, null, after);
        if (a.level() == 1) {
            moves.move(claim, "appealed", "appeal", Map.of("level", 1, "filedOn", a.on().toString()));
        }
    }
}

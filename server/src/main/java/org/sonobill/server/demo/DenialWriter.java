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
                            next_deadline, created_at, payer_id, service_date, received_on, group_code, carc, rarcs)
                        SELECT c.organisation_id, c.id, ?, ?, ?, ?, ?, c.payer_id, c.date_of_service, ?, ?, ?, ?
                        FROM claims c WHERE c.id = ? RETURNING id""")
                .params(d.reason().rootCause(), d.status(), owner, d.deadline(), SubmissionWriter.at(d.on(), 10),
                        d.on(), d.reason().group(), d.reason().carc(),
                        d.reason().rarcs(pack(claim)).toArray(new String[0]), claim)
                .query(Long.class).single();
        // the lines the payer denied: the claim's adjustments with the denial's reason, with the facts trends group by
        jdbc.sql("""
                        INSERT INTO denial_lines (organisation_id, denial_id, claim_line_id, denied_in_full, group_code,
                            carc, rarcs, amount, root_cause, payer_id, procedure, modifiers, service_date,
                            place_of_service, ordering_npi, interpreting_provider_id, technologist)
                        SELECT a.organisation_id, ?, a.claim_line_id, l.paid = 0, a.group_code, a.carc, a.rarcs,
                               a.amount, ?, c.payer_id, l.code, l.modifiers, l.date_of_service, c.place_of_service,
                               c.ordering_npi, s.interpreting_provider_id, s.technologist
                        FROM adjustments a
                        JOIN remittance_claims rc ON rc.id = a.remittance_claim_id
                        JOIN claims c ON c.id = rc.claim_id
                        JOIN claim_lines l ON l.id = a.claim_line_id
                        LEFT JOIN LATERAL (SELECT st.interpreting_provider_id, st.technologist FROM claim_studies cs
                                           JOIN studies st ON st.id = cs.study_id WHERE cs.claim_id = c.id
                                           ORDER BY st.id LIMIT 1) s ON true
                        WHERE rc.claim_id = ? AND a.carc = ? AND a.group_code = ?""")
                .params(id, d.reason().rootCause(), claim, d.reason().carc(), d.reason().group()).update();
        jdbc.sql("UPDATE denials SET denied_amount = coalesce((SELECT sum(amount) FROM denial_lines"
                + " WHERE denial_id = ?), 0) WHERE id = ?").params(id, id).update();
        if (d.resolvedOn() != null) {
            // a separate statement, as a person resolving it would: the trends count the resolution then
            jdbc.sql("UPDATE denials SET outcome = ?, recovered = ?, resolved_on = ?, resolution_note = ? WHERE id = ?")
                    .params(d.outcome(), d.recovered(), d.resolvedOn(), "Resolved " + d.resolvedOn(), id).update();
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("claimNumber", number);
        after.put("carc", d.reason().group() + "-" + d.reason().carc());
        after.put("rootCause", d.reason().rootCause());
        after.put("status", d.status());
        after.put("nextDeadline", d.deadline().toString());
        if (d.outcome() != null) {
            after.put("outcome", d.outcome());
        }
        audit.record(org.id(), DemoOrganisation.LOADER, "create", "denial", id, null, after);
        return id;
    }

    private String pack(long claim) {
        return jdbc.sql("SELECT py.rule_pack FROM claims c JOIN payers py ON py.id = c.payer_id WHERE c.id = ?")
                .params(claim).query(String.class).single();
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
        if (!draft) {
            jdbc.sql("UPDATE denials SET level = greatest(level, ?) WHERE id = ?").params(a.level(), denial).update();
        }
        if (a.level() == 1) {
            moves.move(claim, "appealed", "appeal", Map.of("level", 1, "filedOn", a.on().toString()));
        }
    }
}

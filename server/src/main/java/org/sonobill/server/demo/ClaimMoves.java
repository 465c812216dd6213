package org.sonobill.server.demo;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sonobill.server.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Status changes the EDI and denial APIs will make later, written here by the loader: one UPDATE per change, adding
 * one to the version, so that the claims trigger checks each step against claim_status_transitions exactly as it
 * will for the real thing; each change with its audit event (actor {@value DemoOrganisation#LOADER}).
 */
final class ClaimMoves {
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final long org;

    ClaimMoves(JdbcClient jdbc, AuditTrail audit, long org) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.org = org;
    }

    /** Moves the claim to a status. */
    void move(long claim, String status, String action, Map<String, Object> detail) {
        String from = jdbc.sql("""
                        UPDATE claims c SET status = ?, version = c.version + 1 FROM claims o
                        WHERE o.id = c.id AND c.organisation_id = ? AND c.id = ? RETURNING o.status""")
                .params(status, org, claim).query(String.class).single();
        record(claim, from, status, action, detail);
    }

    /** Moves the claim to a status after a payment, adding what was paid and what the patient owes. */
    void post(long claim, String status, BigDecimal paid, BigDecimal patient, String payerClaimNumber,
              Map<String, Object> detail) {
        String from = jdbc.sql("""
                        UPDATE claims c SET status = ?, version = c.version + 1, paid_amount = c.paid_amount + ?,
                            patient_responsibility = c.patient_responsibility + ?, payer_claim_number = ?
                        FROM claims o WHERE o.id = c.id AND c.organisation_id = ? AND c.id = ? RETURNING o.status""")
                .params(status, paid, patient, payerClaimNumber, org, claim).query(String.class).single();
        record(claim, from, status, "post-remittance", detail);
    }

    private void record(long claim, String from, String to, String action, Map<String, Object> detail) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", to);
        after.putAll(detail);
        audit.record(org, DemoOrganisation.LOADER, action, "claim", claim, Map.of("status", from), after);
    }
}

package org.sonobill.server.demo;

import java.util.Map;
import org.sonobill.server.audit.AuditTrail;
import org.sonobill.server.claim.ClaimService;
import org.sonobill.server.claim.ClaimViews.ClaimDetail;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Corrected claims: the denied claim moves to corrected and a replacement (frequency 7, REF*F8 = the payer's claim
 * number of the original) carries all its lines again, with the fix. The replacement is then scrubbed and released
 * through {@link ClaimService} like any claim.
 */
final class Replacements {
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final ClaimMoves moves;
    private final ClaimService claims;
    private final DemoOrg org;

    Replacements(JdbcClient jdbc, AuditTrail audit, ClaimMoves moves, ClaimService claims, DemoOrg org) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.moves = moves;
        this.claims = claims;
        this.org = org;
    }

    /** Replaces the claim; answers the replacement's id when its scrub released it, else null. */
    Long correct(long original, Journey.Correct c) {
        moves.move(original, "corrected", "correct", Map.of("fix", c.fix(), "correctedOn", c.on().toString()));
        String number = "SB" + jdbc.sql("SELECT nextval('claim_number_seq')").query(Long.class).single();
        long id = jdbc.sql("""
                        INSERT INTO claims (organisation_id, claim_number, patient_id, payer_id, claim_type, frequency,
                            original_claim_number, place_of_service, total_charge, billing_npi, rendering_npi,
                            ordering_npi, prior_authorization, state, pricing_locality, date_of_service, created_by)
                        SELECT organisation_id, ?, patient_id, payer_id, claim_type, '7', payer_claim_number,
                            place_of_service, total_charge, billing_npi, rendering_npi, ordering_npi,
                            prior_authorization, state, pricing_locality, date_of_service, ?
                        FROM claims WHERE organisation_id = ? AND id = ? RETURNING id""")
                .params(number, DemoOrganisation.LOADER, org.id(), original).query(Long.class).single();
        // a diagnosis-sequence fix lists the second diagnosis first, and the lines point to them accordingly
        boolean swap = c.fix().equals("diagnosis-sequence");
        jdbc.sql("""
                        INSERT INTO claim_diagnoses (organisation_id, claim_id, position, code)
                        SELECT organisation_id, ?,
                            CASE WHEN ? AND position IN (1, 2) THEN 3 - position ELSE position END, code
                        FROM claim_diagnoses WHERE organisation_id = ? AND claim_id = ?""")
                .params(id, swap, org.id(), original).update();
        jdbc.sql("""
                        INSERT INTO claim_lines (organisation_id, claim_id, line_number, code, modifiers, units, charge,
                            pointers, date_of_service, control_number)
                        SELECT organisation_id, ?, line_number, code, modifiers, units, charge,
                            CASE WHEN ? THEN ARRAY(SELECT (CASE WHEN p IN (1, 2) THEN 3 - p ELSE p END)::smallint
                                                   FROM unnest(pointers) WITH ORDINALITY AS u(p, i) ORDER BY i)
                                 ELSE pointers END,
                            date_of_service, ? || '-' || line_number
                        FROM claim_lines WHERE organisation_id = ? AND claim_id = ?""")
                .params(id, swap, number, org.id(), original).update();
        jdbc.sql("INSERT INTO claim_studies (organisation_id, claim_id, study_id) SELECT organisation_id, ?, study_id"
                        + " FROM claim_studies WHERE organisation_id = ? AND claim_id = ?")
                .params(id, org.id(), original).update();
        audit.record(org.id(), DemoOrganisation.LOADER, "create", "claim", id, null, Map.of("claimNumber", number,
                "frequency", "7", "replaces", original, "fix", c.fix(), "createdOn", c.on().toString()));
        ClaimDetail d = claims.scrub(org.biller(), id, null);
        if (!"clean".equals(d.claim().scrubStatus())) {
            return null;
        }
        claims.ready(org.biller(), id, null);
        return id;
    }
}

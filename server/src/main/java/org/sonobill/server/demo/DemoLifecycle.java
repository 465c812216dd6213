package org.sonobill.server.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sonobill.server.audit.AuditTrail;
import org.sonobill.server.claim.ClaimService;
import org.sonobill.server.demo.Journey.Step;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The claims after release: submission, acknowledgements, remittances, denials, appeals and corrected claims, written
 * with SQL because the EDI and denial APIs that will make them come later. The journeys are planned first
 * ({@link DemoJourneys}) and then written claim by claim, step by step.
 */
@Component
class DemoLifecycle {
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final AuditTrail audit;
    private final ClaimService claims;

    DemoLifecycle(JdbcClient jdbc, JsonMapper json, AuditTrail audit, ClaimService claims) {
        this.jdbc = jdbc;
        this.json = json;
        this.audit = audit;
        this.claims = claims;
    }

    void run(DemoOrg org, LocalDate today, Dice dice) {
        List<Journey> journeys = new DemoJourneys(dice, today).plan(released(org));
        ClaimMoves moves = new ClaimMoves(jdbc, audit, org.id());
        Writers w = new Writers(new SubmissionWriter(jdbc, json, audit, moves, org.id()),
                new RemittanceWriter(jdbc, audit, moves, org.id()), new DenialWriter(jdbc, audit, moves, org),
                new Replacements(jdbc, audit, moves, claims, org), moves);
        for (Journey j : journeys) {
            walk(w, j.claim().id(), j.claim().number(), j);
        }
        w.remittances().finish();
    }

    private record Writers(SubmissionWriter submissions, RemittanceWriter remittances, DenialWriter denials,
                           Replacements replacements, ClaimMoves moves) {
    }

    /**
     * Writes a journey's steps for a claim (the claim itself, or its replacement); false when a replacement's scrub
     * did not release it, which ends the journey there: the biller has to look at it.
     */
    private boolean walk(Writers w, long claim, String number, Journey j) {
        Map<Integer, Long> lines = lineIds(claim);
        LocalDate submitted = null;
        long denial = 0;
        for (Step s : j.steps()) {
            if (s instanceof Journey.Submit x) {
                w.submissions().submit(j.claim(), claim, x.on());
                submitted = x.on();
            } else if (s instanceof Journey.Acknowledge x) {
                w.submissions().acknowledge(j.claim(), claim, number, submitted, x);
            } else if (s instanceof Journey.Remit x) {
                w.remittances().post(j.claim(), claim, lines, x);
            } else if (s instanceof Journey.Deny x) {
                denial = w.denials().deny(claim, number, x);
            } else if (s instanceof Journey.Appeal x) {
                w.denials().appeal(claim, denial, x);
            } else if (s instanceof Journey.Move x) {
                w.moves().move(claim, x.status(), x.action(), Map.of("on", x.on().toString(), "why", x.why()));
            } else if (s instanceof Journey.Correct x) {
                Long replacement = w.replacements().correct(claim, x);
                if (replacement == null || !walk(w, replacement, number(replacement), x.replacement())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The released (ready) claims with what the journeys need, in date order. */
    private List<DemoClaim> released(DemoOrg org) {
        Map<Long, List<DemoClaim.Line>> lines = new HashMap<>();
        jdbc.sql("""
                        SELECT l.claim_id, l.id, l.line_number, l.code, l.charge FROM claim_lines l
                        JOIN claims c ON c.organisation_id = l.organisation_id AND c.id = l.claim_id
                        WHERE l.organisation_id = ? AND c.status = 'ready' ORDER BY l.claim_id, l.line_number""")
                .params(org.id())
                .query((rs, n) -> lines.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new DemoClaim.Line(
                        rs.getLong(2), rs.getInt(3), rs.getString(4), rs.getBigDecimal(5)))).list();
        Map<Long, DemoOrg.Payer> payers = new LinkedHashMap<>();
        org.payers().values().forEach(p -> payers.put(p.id(), p));
        return jdbc.sql("""
                        SELECT c.id, c.claim_number, c.payer_id, c.claim_type, c.place_of_service, c.date_of_service,
                            c.total_charge, c.expected_payment, c.prior_authorization,
                            (SELECT count(*) FROM claim_diagnoses d WHERE d.claim_id = c.id) AS diagnoses
                        FROM claims c WHERE c.organisation_id = ? AND c.status = 'ready'
                        ORDER BY c.date_of_service, c.id""")
                .params(org.id())
                .query((rs, n) -> new DemoClaim(rs.getLong("id"), rs.getString("claim_number"),
                        payers.get(rs.getLong("payer_id")), rs.getString("claim_type").equals("institutional"),
                        rs.getString("place_of_service"), rs.getObject("date_of_service", LocalDate.class),
                        rs.getBigDecimal("total_charge"), rs.getBigDecimal("expected_payment"),
                        lines.getOrDefault(rs.getLong("id"), List.of()), rs.getInt("diagnoses"),
                        rs.getString("prior_authorization"))).list();
    }

    private Map<Integer, Long> lineIds(long claim) {
        Map<Integer, Long> out = new HashMap<>();
        jdbc.sql("SELECT line_number, id FROM claim_lines WHERE claim_id = ?").params(claim)
                .query((rs, n) -> out.put(rs.getInt(1), rs.getLong(2))).list();
        return out;
    }

    private String number(long claim) {
        return jdbc.sql("SELECT claim_number FROM claims WHERE id = ?").params(claim).query(String.class).single();
    }
}

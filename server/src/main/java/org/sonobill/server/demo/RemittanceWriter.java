package org.sonobill.server.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sonobill.server.audit.AuditTrail;
import org.sonobill.server.demo.DemoPayments.Adjustment;
import org.sonobill.server.demo.DemoPayments.LinePosting;
import org.sonobill.server.demo.DemoPayments.Posting;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The 835 side of the journeys: one remittance per payer and payment day (its trace number made from the payer and
 * the day, so it never repeats for the payer), a claim payment per posting with its CAS adjustments per line, the
 * lines' and the claim's paid amounts. Each remittance's payment amount is the sum of its claim payments, set when
 * all are posted.
 */
final class RemittanceWriter {
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final ClaimMoves moves;
    private final long org;
    private final Map<String, Long> remittances = new HashMap<>();
    /** Claim payments written so far per remittance: each one's place in its payment (CLP order). */
    private final Map<Long, Integer> positions = new HashMap<>();

    RemittanceWriter(JdbcClient jdbc, AuditTrail audit, ClaimMoves moves, long org) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.moves = moves;
        this.org = org;
    }

    /** Posts the claim payments of an 835 to a claim whose line ids are given by line number. */
    void post(DemoClaim c, long claim, Map<Integer, Long> lineIds, Journey.Remit r) {
        long remittance = remittance(c.payer(), r.on());
        BigDecimal paid = BigDecimal.ZERO;
        BigDecimal patient = BigDecimal.ZERO;
        String payerClaimNumber = null;
        for (Posting p : r.postings()) {
            long rc = jdbc.sql("""
                            INSERT INTO remittance_claims (organisation_id, remittance_id, claim_id, status_code,
                                payer_claim_number, charge, paid, patient_responsibility, position,
                                patient_control_number)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                    .params(org, remittance, claim, p.statusCode(), p.payerClaimNumber(), p.charge(), p.paid(),
                            p.patientResponsibility(), positions.merge(remittance, 1, Integer::sum), c.number())
                    .query(Long.class).single();
            adjustments(rc, p, lineIds);
            paid = paid.add(p.paid());
            patient = patient.add(p.patientResponsibility());
            payerClaimNumber = p.payerClaimNumber();
        }
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("paidOn", r.on().toString());
        detail.put("claimStatusCodes", r.postings().stream().map(Posting::statusCode).toList());
        detail.put("paid", paid);
        detail.put("patientResponsibility", patient);
        detail.put("payerClaimNumber", payerClaimNumber);
        moves.post(claim, r.status(), paid, patient, payerClaimNumber, detail);
    }

    // the CAS rows of every line, and what each line was paid, in two statements
    private void adjustments(long remittanceClaim, Posting p, Map<Integer, Long> lineIds) {
        List<Long> lines = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        List<String> carcs = new ArrayList<>();
        List<String> rarcs = new ArrayList<>();
        List<BigDecimal> amounts = new ArrayList<>();
        List<Long> paidLines = new ArrayList<>();
        List<BigDecimal> paid = new ArrayList<>();
        for (LinePosting l : p.lines()) {
            Long line = lineIds.get(l.line());
            for (Adjustment a : l.adjustments()) {
                lines.add(line);
                groups.add(a.group());
                carcs.add(a.carc());
                rarcs.add(String.join(",", a.rarcs()));
                amounts.add(a.amount());
            }
            paidLines.add(line);
            paid.add(l.paid());
        }
        jdbc.sql("""
                        INSERT INTO adjustments (organisation_id, remittance_claim_id, claim_line_id, group_code, carc,
                            rarcs, amount)
                        SELECT ?, ?, l, g, c, string_to_array(r, ','), a
                        FROM unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::numeric[]) AS t(l, g, c, r, a)""")
                .params(org, remittanceClaim, lines.toArray(new Long[0]), groups.toArray(new String[0]),
                        carcs.toArray(new String[0]), rarcs.toArray(new String[0]), amounts.toArray(new BigDecimal[0]))
                .update();
        jdbc.sql("""
                        UPDATE claim_lines l SET paid = l.paid + t.p FROM unnest(?::bigint[], ?::numeric[]) AS t(id, p)
                        WHERE l.organisation_id = ? AND l.id = t.id""")
                .params(paidLines.toArray(new Long[0]), paid.toArray(new BigDecimal[0]), org).update();
    }

    private long remittance(DemoOrg.Payer payer, LocalDate on) {
        return remittances.computeIfAbsent(payer.code() + "|" + on, k -> {
            String trace = payer.spec().x12() + on.format(DateTimeFormatter.BASIC_ISO_DATE);
            long id = jdbc.sql("""
                            INSERT INTO remittances (organisation_id, payer_id, trace_number, payment_amount, paid_on,
                                received_at) VALUES (?, ?, ?, 0, ?, ?) RETURNING id""")
                    .params(org, payer.id(), trace, on, SubmissionWriter.at(on, 8)).query(Long.class).single();
            audit.record(org, DemoOrganisation.LOADER, "create", "remittance", id, null, Map.of("payer", payer.code(),
                    "traceNumber", trace, "paidOn", on.toString()));
            return id;
        });
    }

    /** Sets each remittance's payment amount (BPR02) to the sum of its claim payments. */
    void finish() {
        jdbc.sql("""
                        UPDATE remittances r SET payment_amount = coalesce((SELECT sum(rc.paid)
                            FROM remittance_claims rc WHERE rc.organisation_id = r.organisation_id
                            AND rc.remittance_id = r.id), 0)
                        WHERE r.organisation_id = ?""").params(org).update();
    }
}

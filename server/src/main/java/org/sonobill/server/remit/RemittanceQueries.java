package org.sonobill.server.remit;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sonobill.server.remit.RemittanceViews.AdjustmentView;
import org.sonobill.server.remit.RemittanceViews.ClaimPaymentView;
import org.sonobill.server.remit.RemittanceViews.LineView;
import org.sonobill.server.remit.RemittanceViews.ProviderAdjustmentView;
import org.sonobill.server.remit.RemittanceViews.RemittanceDetail;
import org.sonobill.server.remit.RemittanceViews.RemittanceSummary;
import org.sonobill.server.study.StudyViews.Page;
import org.sonobill.server.web.ApiException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/** Reads remittances back: the list, and one with everything it posted (five queries, whatever its size). */
@Service
public class RemittanceQueries {
    private static final String SUMMARY = """
            SELECT r.id, py.name AS payer, r.trace_number, r.payment_amount, r.paid_on, r.method,
                   (SELECT count(*) FROM remittance_claims rc WHERE rc.organisation_id = r.organisation_id
                    AND rc.remittance_id = r.id) AS claims,
                   (SELECT coalesce(sum(rc.paid), 0) FROM remittance_claims rc WHERE rc.organisation_id = r.organisation_id
                    AND rc.remittance_id = r.id) AS claims_paid,
                   jsonb_array_length(r.findings) AS findings, r.source_name, r.received_at,
                   r.payer_identifier, r.posted_by, r.findings::text AS findings_json
            FROM remittances r JOIN payers py ON py.organisation_id = r.organisation_id AND py.id = r.payer_id
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public RemittanceQueries(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Remittances of an organisation, newest payment first. */
    public Page<RemittanceSummary> list(long org, String payer, LocalDate from, LocalDate to, int limit, int offset) {
        StringBuilder where = new StringBuilder(" WHERE r.organisation_id = :org");
        Map<String, Object> params = new HashMap<>();
        params.put("org", org);
        if (payer != null) {
            where.append(" AND py.code = :payer");
            params.put("payer", payer);
        }
        if (from != null) {
            where.append(" AND r.paid_on >= :from");
            params.put("from", from);
        }
        if (to != null) {
            where.append(" AND r.paid_on <= :to");
            params.put("to", to);
        }
        long total = jdbc.sql("SELECT count(*) FROM remittances r JOIN payers py ON py.organisation_id = r.organisation_id"
                + " AND py.id = r.payer_id" + where).params(params).query(Long.class).single();
        params.put("limit", limit);
        params.put("offset", offset);
        List<RemittanceSummary> items = jdbc.sql(SUMMARY + where + " ORDER BY r.paid_on DESC NULLS LAST, r.id DESC"
                + " LIMIT :limit OFFSET :offset").params(params).query((rs, n) -> summary(rs)).list();
        return new Page<>(items, total, limit, offset);
    }

    /** One remittance with its claim payments, lines, adjustments and provider adjustments. */
    public RemittanceDetail get(long org, long id) {
        record Head(RemittanceSummary summary, String identifier, String postedBy, String findings) {
        }
        Head h = jdbc.sql(SUMMARY + " WHERE r.organisation_id = ? AND r.id = ?").params(org, id)
                .query((rs, n) -> new Head(summary(rs), rs.getString("payer_identifier"), rs.getString("posted_by"),
                        rs.getString("findings_json"))).optional()
                .orElseThrow(() -> ApiException.notFound("remittance", id));
        record Rc(long id, int position, Long claimId, String pcn, String status, String payerNumber,
                  java.math.BigDecimal charge, java.math.BigDecimal paid, java.math.BigDecimal pr, List<String> remarks) {
        }
        List<Rc> rcs = jdbc.sql("""
                        SELECT id, position, claim_id, patient_control_number, status_code, payer_claim_number, charge,
                               paid, patient_responsibility, remarks
                        FROM remittance_claims WHERE organisation_id = ? AND remittance_id = ? ORDER BY position""")
                .params(org, id).query((rs, n) -> {
                    long claim = rs.getLong(3);
                    Long claimId = rs.wasNull() ? null : claim;
                    return new Rc(rs.getLong(1), rs.getInt(2), claimId, rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getBigDecimal(7), rs.getBigDecimal(8),
                            rs.getBigDecimal(9), strings(rs.getArray(10)));
                }).list();
        Map<Long, List<AdjustmentView>> claimAdjustments = new HashMap<>();
        Map<Long, List<AdjustmentView>> lineAdjustments = new HashMap<>();
        jdbc.sql("""
                        SELECT a.remittance_claim_id, NULL AS line, a.group_code, a.carc, a.rarcs, a.amount, a.quantity,
                               0 AS kind, a.id AS pos
                        FROM adjustments a JOIN remittance_claims rc ON rc.organisation_id = a.organisation_id
                            AND rc.id = a.remittance_claim_id
                        WHERE rc.organisation_id = ? AND rc.remittance_id = ?
                        UNION ALL
                        SELECT la.remittance_claim_id, la.remittance_line_id, la.group_code, la.carc, la.rarcs, la.amount,
                               la.quantity, 1, la.position
                        FROM line_adjustments la JOIN remittance_claims rc ON rc.organisation_id = la.organisation_id
                            AND rc.id = la.remittance_claim_id
                        WHERE rc.organisation_id = ? AND rc.remittance_id = ?
                        ORDER BY kind, line, pos""")
                .params(org, id, org, id).query((rs, n) -> {
                    AdjustmentView v = new AdjustmentView(rs.getString(3), rs.getString(4), strings(rs.getArray(5)),
                            rs.getBigDecimal(6), rs.getBigDecimal(7));
                    long line = rs.getLong(2);
                    if (rs.wasNull()) {
                        claimAdjustments.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(v);
                    } else {
                        lineAdjustments.computeIfAbsent(line, k -> new ArrayList<>()).add(v);
                    }
                    return null;
                }).list();
        Map<Long, List<LineView>> lines = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT l.id, l.remittance_claim_id, l.position, cl.line_number, l.matched_by, l.code, l.modifiers,
                               l.charge, l.paid, l.allowed, l.units, l.control_number, l.date_of_service, l.remarks
                        FROM remittance_lines l JOIN remittance_claims rc ON rc.organisation_id = l.organisation_id
                            AND rc.id = l.remittance_claim_id
                        LEFT JOIN claim_lines cl ON cl.organisation_id = l.organisation_id AND cl.id = l.claim_line_id
                        WHERE rc.organisation_id = ? AND rc.remittance_id = ? ORDER BY l.remittance_claim_id, l.position""")
                .params(org, id).query((rs, n) -> {
                    int number = rs.getInt(4);
                    Integer lineNumber = rs.wasNull() ? null : number;
                    lines.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(new LineView(rs.getInt(3),
                            lineNumber, rs.getString(5), rs.getString(6), strings(rs.getArray(7)), rs.getBigDecimal(8),
                            rs.getBigDecimal(9), rs.getBigDecimal(10), rs.getBigDecimal(11), rs.getString(12),
                            rs.getObject(13, LocalDate.class), strings(rs.getArray(14)),
                            lineAdjustments.getOrDefault(rs.getLong(1), List.of())));
                    return null;
                }).list();
        List<ClaimPaymentView> claims = new ArrayList<>(rcs.size());
        for (Rc rc : rcs) {
            claims.add(new ClaimPaymentView(rc.position(), rc.claimId(), rc.pcn(), rc.status(), rc.payerNumber(),
                    rc.charge(), rc.paid(), rc.pr(), rc.remarks(), lines.getOrDefault(rc.id(), List.of()),
                    claimAdjustments.getOrDefault(rc.id(), List.of())));
        }
        List<ProviderAdjustmentView> plbs = jdbc.sql("""
                        SELECT provider_id, fiscal_period_end, reason, reference, amount FROM provider_adjustments
                        WHERE organisation_id = ? AND remittance_id = ? ORDER BY position""").params(org, id)
                .query((rs, n) -> new ProviderAdjustmentView(rs.getString(1), rs.getObject(2, LocalDate.class),
                        rs.getString(3), rs.getString(4), rs.getBigDecimal(5))).list();
        return new RemittanceDetail(h.summary(), h.identifier(), h.postedBy(), json.readTree(h.findings()), claims, plbs);
    }

    private static RemittanceSummary summary(ResultSet rs) throws SQLException {
        return new RemittanceSummary(rs.getLong("id"), rs.getString("payer"), rs.getString("trace_number"),
                rs.getBigDecimal("payment_amount"), rs.getObject("paid_on", LocalDate.class), rs.getString("method"),
                rs.getInt("claims"), rs.getBigDecimal("claims_paid"), rs.getInt("findings"), rs.getString("source_name"),
                rs.getObject("received_at", OffsetDateTime.class));
    }

    private static List<String> strings(Array a) throws SQLException {
        return a == null ? List.of() : Arrays.asList((String[]) a.getArray());
    }
}

package org.sonobill.server.denial;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.sonobill.server.web.ApiException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Education: for each technologist and interpreting physician, the documentation gaps behind their coding findings
 * and their denials over a period, ranked by money at risk, each with the rule and what to document; and the same
 * for the front desk's causes (eligibility, authorisation, registration). The findings are the engine's own (their
 * fix and source say what to document and why); which findings belong to the sonographer's acquisition and which to
 * the physician's report is {@link #OWNERS}.
 */
@Service
public class Education {
    /**
     * Who can prevent a finding: the technologist who acquires and stores (images, cine, elements, Doppler modes,
     * measurements, laterality) or the physician who orders, interprets and signs (indication, signature,
     * interpretation, comparison); element gaps belong to both, since the report describes what was acquired.
     */
    static final Map<String, List<String>> OWNERS = Map.ofEntries(
            Map.entry("SB-DOC-001", List.of("physician")), Map.entry("SB-DOC-002", List.of("physician")),
            Map.entry("SB-DOC-005", List.of("technologist")), Map.entry("SB-DOC-006", List.of("physician")),
            Map.entry("SB-DOC-009", List.of("physician")), Map.entry("SB-DOC-010", List.of("physician")),
            Map.entry("SB-DOC-011", List.of("technologist", "physician")),
            Map.entry("SB-DOC-013", List.of("physician")), Map.entry("SB-DOC-014", List.of("physician")),
            Map.entry("SB-DOC-015", List.of("technologist")), Map.entry("SB-DOC-016", List.of("technologist")),
            Map.entry("SB-DOC-017", List.of("technologist")), Map.entry("SB-DOC-018", List.of("physician")),
            Map.entry("SB-COD-001", List.of("technologist", "physician")),
            Map.entry("SB-COD-002", List.of("technologist", "physician")),
            Map.entry("SB-COD-005", List.of("technologist")), Map.entry("SB-COD-007", List.of("technologist")),
            Map.entry("SB-COD-008", List.of("technologist")), Map.entry("SB-COD-012", List.of("technologist")),
            Map.entry("SB-COD-015", List.of("technologist", "physician")));
    /** Root causes a sonographer's or physician's documentation can prevent. */
    private static final String[] CLINICAL_CAUSES = {"documentation", "medical-necessity", "coding-modifier",
            "frequency"};
    /** Root causes prevented at scheduling and registration. */
    private static final String[] FRONT_DESK_CAUSES = {"eligibility", "authorisation", "registration"};

    private final JdbcClient jdbc;
    private final CarcText texts;

    public Education(JdbcClient jdbc, CarcText texts) {
        this.jdbc = jdbc;
        this.texts = texts;
    }

    /**
     * One thing to teach one person (or the front desk).
     *
     * @param kind       technologist, physician or front-desk
     * @param source     "finding" (the engine flagged it before billing) or "denial" (a payer denied for it)
     * @param occurrences studies (findings) or denied lines (denials)
     * @param atRisk     revenue the findings put at risk, or the amount denied
     */
    public record Item(String kind, String person, String source, String code, String what, int occurrences,
                       BigDecimal atRisk, String toDocument, String rule) {
    }

    /** The items of a period (dates of service), ranked by money then count. */
    public List<Item> items(long org, LocalDate from, LocalDate to) {
        if (from == null || to == null || from.isAfter(to)) {
            throw ApiException.badField("from", "expected a period with from on or before to");
        }
        List<Item> items = new ArrayList<>();
        items.addAll(findings(org, from, to));
        items.addAll(denials(org, from, to));
        items.addAll(frontDesk(org, from, to));
        items.sort(Comparator.comparing(Item::atRisk).reversed().thenComparing(Item::occurrences,
                Comparator.reverseOrder()).thenComparing(Item::person, Comparator.nullsLast(Comparator.naturalOrder())));
        return items;
    }

    private List<Item> findings(long org, LocalDate from, LocalDate to) {
        List<Item> items = new ArrayList<>();
        jdbc.sql("""
                        WITH latest AS (
                            SELECT DISTINCT ON (r.study_id) r.study_id, r.result
                            FROM coding_results r JOIN studies s ON s.id = r.study_id
                            WHERE r.organisation_id = :org AND s.date_of_service BETWEEN :from AND :to
                            ORDER BY r.study_id, r.version DESC)
                        SELECT s.technologist, pr.name AS physician, f->>'code' AS code, f->>'message' AS message,
                               min(f->>'fix') AS fix, min(f->>'source') AS source, count(DISTINCT s.id) AS n,
                               coalesce(sum(CAST(nullif(f->>'revenueImpact', '') AS numeric)), 0) AS risk
                        FROM latest l JOIN studies s ON s.id = l.study_id
                        LEFT JOIN providers pr ON pr.organisation_id = s.organisation_id
                            AND pr.id = s.interpreting_provider_id
                        CROSS JOIN LATERAL jsonb_array_elements(l.result->'findings') AS f
                        WHERE f->>'code' = ANY(CAST(:codes AS text[]))
                        GROUP BY 1, 2, 3, 4""")
                .param("org", org).param("from", from).param("to", to)
                .param("codes", OWNERS.keySet().toArray(new String[0]))
                .query((rs, n) -> {
                    for (String kind : OWNERS.get(rs.getString("code"))) {
                        String person = kind.equals("technologist") ? rs.getString("technologist")
                                : rs.getString("physician");
                        if (person != null) {
                            items.add(new Item(kind, person, "finding", rs.getString("code"), rs.getString("message"),
                                    rs.getInt("n"), rs.getBigDecimal("risk"), rs.getString("fix"),
                                    rs.getString("source")));
                        }
                    }
                    return null;
                }).list();
        return merge(items);
    }

    /** Findings of one person, code and message counted once (two physicians' rows of one technologist merged). */
    private static List<Item> merge(List<Item> items) {
        Map<String, Item> merged = new java.util.LinkedHashMap<>();
        for (Item i : items) {
            merged.merge(i.kind() + "\u0000" + i.person() + "\u0000" + i.code() + "\u0000" + i.what(), i,
                    (a, b) -> new Item(a.kind(), a.person(), a.source(), a.code(), a.what(),
                            a.occurrences() + b.occurrences(), a.atRisk().add(b.atRisk()), a.toDocument(), a.rule()));
        }
        return new ArrayList<>(merged.values());
    }

    private List<Item> denials(long org, LocalDate from, LocalDate to) {
        List<Item> items = new ArrayList<>();
        jdbc.sql("""
                        SELECT dl.technologist, pr.name AS physician, dl.root_cause, dl.group_code || '-' || dl.carc
                               AS carc, count(*) AS n, sum(dl.amount) AS amount, min(d.fix) AS fix,
                               min(d.source) AS source
                        FROM denial_lines dl JOIN denials d ON d.id = dl.denial_id
                        LEFT JOIN providers pr ON pr.organisation_id = dl.organisation_id
                            AND pr.id = dl.interpreting_provider_id
                        WHERE dl.organisation_id = :org AND dl.service_date BETWEEN :from AND :to
                          AND dl.root_cause = ANY(CAST(:causes AS text[]))
                        GROUP BY 1, 2, 3, 4""")
                .param("org", org).param("from", from).param("to", to).param("causes", CLINICAL_CAUSES)
                .query((rs, n) -> {
                    String what = rs.getString("root_cause") + " denials " + rs.getString("carc") + ": "
                            + texts.carc(rs.getString("carc").substring(3));
                    for (String kind : List.of("technologist", "physician")) {
                        String person = rs.getString(kind);
                        if (person != null) {
                            items.add(new Item(kind, person, "denial", rs.getString("carc"), what, rs.getInt("n"),
                                    rs.getBigDecimal("amount"), rs.getString("fix"), rs.getString("source")));
                        }
                    }
                    return null;
                }).list();
        return merge(items);
    }

    private List<Item> frontDesk(long org, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        SELECT dl.root_cause, dl.group_code || '-' || dl.carc AS carc, count(*) AS n,
                               sum(dl.amount) AS amount, min(d.fix) AS fix, min(d.source) AS source
                        FROM denial_lines dl JOIN denials d ON d.id = dl.denial_id
                        WHERE dl.organisation_id = :org AND dl.service_date BETWEEN :from AND :to
                          AND dl.root_cause = ANY(CAST(:causes AS text[]))
                        GROUP BY 1, 2""")
                .param("org", org).param("from", from).param("to", to).param("causes", FRONT_DESK_CAUSES)
                .query((rs, n) -> new Item("front-desk", "front desk", "denial", rs.getString("carc"),
                        rs.getString("root_cause") + " denials " + rs.getString("carc") + ": "
                                + texts.carc(rs.getString("carc").substring(3)), rs.getInt("n"),
                        rs.getBigDecimal("amount"), rs.getString("fix"), rs.getString("source")))
                .list();
    }
}

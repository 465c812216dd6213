package org.sonobill.server.denial;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sonobill.server.web.ApiException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Denial trends by month of service: denial rate and dollars by payer, code, root cause, CARC, place of service,
 * ordering and interpreting physician, technologist or month; the first-pass clean-claim rate; average days from the
 * payer's decision to resolution; recovery rate. Read from {@code denial_trends}, which V6's triggers keep in the
 * transactions that bill, deny and resolve, so a report reads at most a few thousand rows.
 */
@Service
public class DenialTrends {
    static final List<String> DIMENSIONS = List.of("payer", "code", "root-cause", "carc", "pos", "ordering",
            "interpreting", "technologist", "month");
    /** Dimensions whose denials have no billed counterpart: their rate is against everything billed. */
    private static final Set<String> DENIAL_ONLY = Set.of("root-cause", "carc");

    private final JdbcClient jdbc;
    private final Clock clock;
    private final CarcText texts;

    public DenialTrends(JdbcClient jdbc, Clock clock, CarcText texts) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.texts = texts;
    }

    /** The figures of one key (or month) of a dimension. */
    public record Row(String key, String label, long billedLines, BigDecimal billedAmount, long deniedLines,
                      BigDecimal deniedAmount, BigDecimal denialRate, BigDecimal dollarDenialRate, long resolved,
                      BigDecimal averageDaysToResolution, BigDecimal recovered, BigDecimal recoveryRate) {
    }

    /** The organisation's figures over the whole period. */
    public record Summary(long billedClaims, long billedLines, BigDecimal billedAmount, long rejectedClaims,
                          long deniedClaims, long deniedLines, BigDecimal deniedAmount, BigDecimal denialRate,
                          BigDecimal claimDenialRate, BigDecimal firstPassCleanRate, long resolved,
                          BigDecimal averageDaysToResolution, BigDecimal recovered, BigDecimal recoveryRate) {
    }

    /** A trend report: the period (months of service, both included), the summary and the rows. */
    public record Report(String by, YearMonth from, YearMonth to, Summary summary, List<Row> rows) {
    }

    /** The report by one dimension; from/to default to the last twelve months. */
    public Report report(long org, String by, YearMonth from, YearMonth to) {
        if (!DIMENSIONS.contains(by)) {
            throw ApiException.badField("by", "expected one of " + String.join(", ", DIMENSIONS) + "; found " + by);
        }
        YearMonth last = to != null ? to : YearMonth.from(LocalDate.now(clock));
        YearMonth first = from != null ? from : last.minusMonths(11);
        if (first.isAfter(last)) {
            throw ApiException.badField("from", "expected a month on or before " + last + "; found " + first);
        }
        Map<String, Object> p = Map.of("org", org, "from", first.atDay(1), "to", last.atDay(1));
        Summary summary = jdbc.sql("""
                        SELECT coalesce(sum(billed_claims), 0) AS bc, coalesce(sum(billed_lines), 0) AS bl,
                               coalesce(sum(billed_amount), 0) AS ba, coalesce(sum(rejected_claims), 0) AS rc,
                               coalesce(sum(denied_claims), 0) AS dc, coalesce(sum(denied_lines), 0) AS dl,
                               coalesce(sum(denied_amount), 0) AS da, coalesce(sum(resolved), 0) AS r,
                               coalesce(sum(resolution_days), 0) AS days, coalesce(sum(resolved_amount), 0) AS ra,
                               coalesce(sum(recovered), 0) AS rec
                        FROM denial_trends WHERE organisation_id = :org AND dimension = 'all' AND key = ''
                          AND month BETWEEN :from AND :to""")
                .params(p)
                .query((rs, n) -> {
                    long bc = rs.getLong("bc");
                    long dc = rs.getLong("dc");
                    long rc = rs.getLong("rc");
                    long r = rs.getLong("r");
                    return new Summary(bc, rs.getLong("bl"), rs.getBigDecimal("ba"), rc, dc, rs.getLong("dl"),
                            rs.getBigDecimal("da"), ratio(rs.getLong("dl"), rs.getLong("bl")), ratio(dc, bc),
                            bc == 0 ? null : ratio(Math.max(0, bc - dc - rc), bc), r, average(rs.getLong("days"), r),
                            rs.getBigDecimal("rec"), ratio(rs.getBigDecimal("rec"), rs.getBigDecimal("ra")));
                }).single();
        String dimension = by.equals("month") ? "all" : by;
        String key = by.equals("month") ? "to_char(t.month, 'YYYY-MM')" : "t.key";
        String label = switch (by) {
            case "payer" -> "(SELECT py.name FROM payers py WHERE py.organisation_id = :org AND py.id::text = t.key)";
            case "interpreting", "ordering" -> "(SELECT pr.name FROM providers pr WHERE pr.organisation_id = :org"
                    + " AND " + (by.equals("ordering") ? "pr.npi" : "pr.id::text") + " = t.key LIMIT 1)";
            default -> "NULL";
        };
        List<Row> rows = jdbc.sql("SELECT " + key + " AS k, " + label.replace("t.key", "min(t.key)") + """
                         AS label,
                               sum(billed_lines) AS bl, sum(billed_amount) AS ba, sum(denied_lines) AS dl,
                               sum(denied_amount) AS da, sum(resolved) AS r, sum(resolution_days) AS days,
                               sum(resolved_amount) AS ra, sum(recovered) AS rec
                        FROM denial_trends t
                        WHERE t.organisation_id = :org AND t.dimension = :dimension AND t.month BETWEEN :from AND :to
                        GROUP BY 1 ORDER BY""" + (by.equals("month") ? " 1" : " sum(denied_amount) DESC, 1"))
                .params(p).param("dimension", dimension)
                .query((rs, n) -> {
                    long billed = DENIAL_ONLY.contains(by) ? summary.billedLines() : rs.getLong("bl");
                    BigDecimal billedAmount = DENIAL_ONLY.contains(by) ? summary.billedAmount()
                            : rs.getBigDecimal("ba");
                    long r = rs.getLong("r");
                    String k = rs.getString("k");
                    return new Row(k, rs.getString("label") != null ? rs.getString("label") : labelOf(by, k),
                            billed, billedAmount, rs.getLong("dl"), rs.getBigDecimal("da"),
                            ratio(rs.getLong("dl"), billed), ratio(rs.getBigDecimal("da"), billedAmount), r,
                            average(rs.getLong("days"), r), rs.getBigDecimal("rec"),
                            ratio(rs.getBigDecimal("rec"), rs.getBigDecimal("ra")));
                }).list();
        return new Report(by, first, last, summary, rows);
    }

    private String labelOf(String by, String key) {
        if (by.equals("carc") && key.contains("-")) {
            return texts.carc(key.substring(key.indexOf('-') + 1));
        }
        return key.isEmpty() ? "(not recorded)" : key;
    }

    private static BigDecimal ratio(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }

    private static BigDecimal ratio(BigDecimal part, BigDecimal whole) {
        return whole == null || whole.signum() == 0 ? null : part.divide(whole, 4, RoundingMode.HALF_UP);
    }

    private static BigDecimal average(long total, long count) {
        return count == 0 ? null : BigDecimal.valueOf(total).divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP);
    }

    /** The report as CSV (RFC 4180): one header row, one row per key. */
    public static String csv(Report report) {
        StringBuilder out = new StringBuilder();
        out.append(report.by()).append(",label,billed_lines,billed_amount,denied_lines,denied_amount,denial_rate,"
                + "dollar_denial_rate,resolved,average_days_to_resolution,recovered,recovery_rate\r\n");
        for (Row r : report.rows()) {
            List<Object> cells = new ArrayList<>(List.of(r.key(), r.label()));
            cells.add(r.billedLines());
            cells.add(r.billedAmount());
            cells.add(r.deniedLines());
            cells.add(r.deniedAmount());
            cells.add(r.denialRate());
            cells.add(r.dollarDenialRate());
            cells.add(r.resolved());
            cells.add(r.averageDaysToResolution());
            cells.add(r.recovered());
            cells.add(r.recoveryRate());
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(cell(cells.get(i)));
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String s = value instanceof BigDecimal b ? b.toPlainString() : value.toString();
        // a cell a spreadsheet would run as a formula gets a leading apostrophe (CSV injection), before any quoting
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 && !s.matches("-?[0-9.]+")) {
            s = "'" + s;
        }
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}

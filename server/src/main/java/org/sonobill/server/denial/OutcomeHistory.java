package org.sonobill.server.denial;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sonobill.engine.denial.OutcomeCounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * This organisation's outcomes of appeals (each decided level: overturned, partly, upheld) and of corrected claims
 * paid, by root cause and payer: what the priority learns the
 * chance of success from. Read at most every five minutes per organisation (a decision moves the counts by one; the
 * priority is refreshed daily anyway).
 */
@Component
public class OutcomeHistory {
    private static final Duration FRESH = Duration.ofMinutes(5);
    private final JdbcClient jdbc;
    private final Map<Long, Counts> cache = new ConcurrentHashMap<>();

    public OutcomeHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The outcome counts of one organisation, read at one time. */
    public record Counts(Map<String, OutcomeCounts> byCauseAndPayer, Instant readAt) {
        /** The counts for a root cause and payer (none yet: all zero). */
        public OutcomeCounts of(String rootCause, Long payerId) {
            return byCauseAndPayer.getOrDefault(rootCause + "/" + payerId, new OutcomeCounts(0, 0, 0));
        }
    }

    Counts counts(long org) {
        Counts c = cache.get(org);
        if (c == null || c.readAt().plus(FRESH).isBefore(Instant.now())) {
            c = read(org);
            cache.put(org, c);
        }
        return c;
    }

    /** Forgets what was read, so the next triage sees a decision just recorded. */
    void forget(long org) {
        cache.remove(org);
    }

    private Counts read(long org) {
        Map<String, int[]> tally = new HashMap<>();
        // every decided appeal level counts (an upheld one is a loss), and every corrected claim that was paid
        jdbc.sql("""
                        SELECT d.root_cause, d.payer_id, a.status AS outcome, count(*) AS n
                        FROM appeals a JOIN denials d ON d.id = a.denial_id
                        WHERE a.organisation_id = :org AND a.status IN ('overturned', 'partly-overturned', 'upheld')
                        GROUP BY d.root_cause, d.payer_id, a.status
                        UNION ALL
                        SELECT root_cause, payer_id, outcome, count(*) FROM denials
                        WHERE organisation_id = :org AND outcome = 'paid-on-correction'
                        GROUP BY root_cause, payer_id, outcome""")
                .param("org", org)
                .query((rs, n) -> {
                    int[] t = tally.computeIfAbsent(rs.getString("root_cause") + "/" + rs.getObject("payer_id"),
                            k -> new int[3]);
                    int count = rs.getInt("n");
                    switch (rs.getString("outcome")) {
                        case "overturned", "paid-on-correction" -> t[0] += count;
                        case "partly-overturned" -> t[1] += count;
                        default -> t[2] += count;
                    }
                    return null;
                }).list();
        Map<String, OutcomeCounts> counts = new HashMap<>();
        tally.forEach((k, t) -> counts.put(k, new OutcomeCounts(t[0], t[1], t[2])));
        return new Counts(Map.copyOf(counts), Instant.now());
    }
}

package org.sonobill.server.load;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.sql.DataSource;
import org.sonobill.server.audit.AuditTrail;
import org.sonobill.server.denial.CarcText;
import org.sonobill.server.denial.DenialQueue;
import org.sonobill.server.denial.DenialQueue.Filter;
import org.sonobill.server.denial.DenialTrends;
import org.sonobill.server.security.UserStore;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code sonobill denialbench [--lines N] [--runs N] [--explain] [--format text|json]}: how fast the denial queue and
 * the trends answer on a large history (issue 6: under 200 ms on 1,000,000 denial lines). On a temporary embedded
 * PostgreSQL it writes two years of claims and denials ({@link DenialHistory}; the trend figures through V6's
 * triggers), then times each query variant through the server's own beans, warmed, and reports the median and 95th
 * percentile. Each variant's SQL is also run once under EXPLAIN (ANALYZE, BUFFERS), from a copy of the service that
 * records what it sends; {@code --explain} prints the plans.
 */
public final class DenialBenchmark {
    public static final String COMMAND = "denialbench";
    private static final String HELP = """
            Usage: sonobill denialbench [--lines N] [--runs N] [--explain] [--format text|json]

            Measures the denial queue and trend queries: writes N denied lines (two claims in five denied, about
            N/2.5 denials in every root cause, action and status) over two years of claims on a temporary embedded
            PostgreSQL, then runs each query variant through the server's services: 3 warm-up runs, then --runs
            timed runs (median and 95th percentile). --explain prints each query's EXPLAIN (ANALYZE, BUFFERS).
            Defaults: --lines 1000000, --runs 20. Everything is deleted afterwards.

            Exit codes: 0 measured; 1 failed; 2 wrong command line.
            """;
    private static final int WARMUP = 3;
    static final double GOAL_MS = 200;

    private DenialBenchmark() {
    }

    /** One query variant: what it is and how the service is called (the real bean, or the recording copy). */
    record Variant(String name, Function<Services, Object> call) {
    }

    /** The services a variant calls. */
    record Services(DenialQueue queue, DenialTrends trends) {
    }

    /** The figures of one variant. */
    record Timing(String name, double medianMs, double p95Ms, double maxMs, String answer, List<List<String>> plans) {
    }

    public static int command(String[] args, PrintStream out, PrintStream err) {
        long lines = 1_000_000;
        int runs = 20;
        boolean json = false;
        boolean explain = false;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "-h", "--help" -> {
                        out.print(HELP);
                        return 0;
                    }
                    case "--lines" -> lines = Long.parseLong(value(args, ++i));
                    case "--runs" -> runs = Integer.parseInt(value(args, ++i));
                    case "--explain" -> explain = true;
                    case "--format" -> json = "json".equals(value(args, ++i));
                    default -> {
                        err.println("sonobill denialbench: unknown option \"" + args[i] + "\"; try --help");
                        return 2;
                    }
                }
            }
        } catch (IllegalArgumentException e) {
            err.println("sonobill denialbench: " + e.getMessage() + "; try --help");
            return 2;
        }
        if (lines < 100 || lines > 5_000_000 || runs < 1 || runs > 1000) {
            err.println("sonobill denialbench: --lines 100 to 5000000 and --runs 1 to 1000");
            return 2;
        }
        try (ScratchServer server = ScratchServer.start("sonobill-denialbench-", err)) {
            ConfigurableApplicationContext context = server.context();
            Path dir = server.dir();
            boolean terminal = System.console() != null;
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            long org = server.organisation("denialbench", "Denial benchmark");
            DenialHistory.Made made = new DenialHistory(jdbc, org, what -> {
                if (terminal) {
                    err.println("sonobill denialbench: " + what);
                }
            }).make(context.getBean(UserStore.class), (int) lines);
            List<String> failures = checks(jdbc, org);
            Services beans = new Services(context.getBean(DenialQueue.class), context.getBean(DenialTrends.class));
            StatementRecorder recorder = new StatementRecorder(context.getBean(DataSource.class));
            JdbcClient recording = JdbcClient.create(recorder);
            Services copies = new Services(
                    new DenialQueue(recording, context.getBean(AuditTrail.class), context.getBean(Clock.class),
                            context.getBean(CarcText.class)),
                    new DenialTrends(recording, context.getBean(Clock.class), context.getBean(CarcText.class)));
            List<Timing> timings = new ArrayList<>();
            for (Variant v : variants(jdbc, org, made.firstSpecialist())) {
                timings.add(measure(v, beans, copies, recorder, runs));
            }
            print(out, json, explain, made, timings, runs, failures);
            return failures.isEmpty() ? 0 : 1;
        } catch (IOException | RuntimeException e) {
            err.println("sonobill denialbench: " + e);
            return 1;
        }
    }

    /** The trend figures the triggers kept, against the rows they count: nothing lost, nothing counted twice. */
    static List<String> checks(JdbcClient jdbc, long org) {
        Map<String, String[]> pairs = new LinkedHashMap<>();
        pairs.put("billed claims", new String[] {"billed_claims",
                "SELECT count(*) FROM claims WHERE organisation_id = :org"});
        pairs.put("billed lines", new String[] {"billed_lines",
                "SELECT count(*) FROM claim_lines WHERE organisation_id = :org"});
        pairs.put("rejected claims", new String[] {"rejected_claims",
                "SELECT count(*) FROM claims WHERE organisation_id = :org AND status = 'rejected'"});
        pairs.put("denied claims", new String[] {"denied_claims",
                "SELECT count(*) FROM denials WHERE organisation_id = :org"});
        pairs.put("denied lines", new String[] {"denied_lines",
                "SELECT count(*) FROM denial_lines WHERE organisation_id = :org"});
        pairs.put("resolutions", new String[] {"resolved",
                "SELECT count(*) FROM denials WHERE organisation_id = :org AND resolved_on IS NOT NULL"});
        List<String> failures = new ArrayList<>();
        pairs.forEach((what, q) -> {
            long trend = jdbc.sql("SELECT coalesce(sum(" + q[0] + "), 0) FROM denial_trends WHERE organisation_id = :org"
                    + " AND dimension = 'all'").param("org", org).query(Long.class).single();
            long rows = jdbc.sql(q[1]).param("org", org).query(Long.class).single();
            if (trend != rows) {
                failures.add(what + ": trends " + trend + ", rows " + rows);
            }
        });
        return failures;
    }

    /** The queue's pages and filters as the list screen asks for them, the batches, one denial, and the trends. */
    static List<Variant> variants(JdbcClient jdbc, long org, long specialist) {
        long top = jdbc.sql("""
                        SELECT id FROM denials WHERE organisation_id = :org
                          AND status IN ('open', 'working', 'appealed', 'corrected')
                        ORDER BY priority DESC, id LIMIT 1""").param("org", org).query(Long.class).single();
        List<Variant> v = new ArrayList<>();
        v.add(new Variant("queue by priority, page 1", s -> s.queue().list(org, Filter.active(), 50, 0)));
        v.add(new Variant("queue by priority, offset 5000", s -> s.queue().list(org, Filter.active(), 50, 5000)));
        v.add(new Variant("queue by deadline", s -> s.queue().list(org, filter(null, null, null, null, null, "deadline"),
                50, 0)));
        v.add(new Variant("owner = me", s -> s.queue().list(org, filter(null, specialist, null, null, null, null), 50,
                0)));
        v.add(new Variant("unassigned", s -> s.queue().list(org, filter("unassigned", null, null, null, null, null), 50,
                0)));
        v.add(new Variant("root cause + payer", s -> s.queue().list(org,
                filter(null, null, "medical-necessity", "medicare", null, null), 50, 0)));
        v.add(new Variant("overdue", s -> s.queue().list(org, filter(null, null, null, null, "overdue", null), 50, 0)));
        v.add(new Variant("due this week", s -> s.queue().list(org, filter(null, null, null, null, "due-this-week", null),
                50, 0)));
        v.add(new Variant("low-dollar entries", s -> s.queue().list(org, new Filter(null, null, null, null, null, null,
                true, null, "priority"), 50, 0)));
        v.add(new Variant("low-dollar batches", s -> s.queue().batches(org)));
        v.add(new Variant("one denial in full", s -> s.queue().get(org, top)));
        for (String by : List.of("payer", "code", "root-cause", "carc", "pos", "ordering", "interpreting",
                "technologist", "month")) {
            v.add(new Variant("trends by " + by + ", 12 months", s -> s.trends().report(org, by, null, null)));
        }
        return v;
    }

    private static Filter filter(String owner, Long ownerId, String cause, String payer, String urgency, String sort) {
        return new Filter(null, owner, ownerId, cause, payer, urgency, null, null, sort == null ? "priority" : sort);
    }

    /** Warm-up runs, then timed runs of the bean; then the copy once, to EXPLAIN what it sent. */
    static Timing measure(Variant v, Services beans, Services copies, StatementRecorder recorder, int runs) {
        Object answer = null;
        for (int i = 0; i < WARMUP; i++) {
            answer = v.call().apply(beans);
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            v.call().apply(beans);
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        recorder.take();
        v.call().apply(copies);
        List<List<String>> plans = new ArrayList<>();
        for (StatementRecorder.Statement s : recorder.take()) {
            List<String> plan = new ArrayList<>(List.of(s.sql().strip().replaceAll("\\s+", " ")));
            plan.addAll(recorder.explain(s));
            plans.add(plan);
        }
        recorder.take();
        return new Timing(v.name(), round(percentile(ms, 50)), round(percentile(ms, 95)), round(ms[runs - 1]),
                summary(answer), plans);
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static String summary(Object answer) {
        if (answer instanceof org.sonobill.server.study.StudyViews.Page<?> p) {
            return p.items().size() + " of " + p.total();
        }
        if (answer instanceof List<?> l) {
            return l.size() + " batches";
        }
        if (answer instanceof DenialTrends.Report r) {
            return r.rows().size() + " rows";
        }
        return "1 denial";
    }

    private static double round(double ms) {
        return Math.round(ms * 100) / 100.0;
    }

    private static void print(PrintStream out, boolean json, boolean explain, DenialHistory.Made made,
                              List<Timing> timings, int runs, List<String> failures) {
        boolean met = made.deniedLines() >= 1_000_000 && timings.stream().allMatch(t -> t.p95Ms() < GOAL_MS);
        if (json) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("claims", made.claims());
            result.put("claimLines", made.claimLines());
            result.put("denials", made.denials());
            result.put("activeDenials", made.activeDenials());
            result.put("deniedLines", made.deniedLines());
            result.put("trendRows", made.trendRows());
            result.put("trendRowsAppended", made.trendDeltas());
            result.put("generationSeconds", Math.round(made.totalSeconds() * 10) / 10.0);
            Map<String, Double> steps = new LinkedHashMap<>();
            made.seconds().forEach((k, s) -> steps.put(k, Math.round(s * 10) / 10.0));
            result.put("generationSteps", steps);
            result.put("runs", runs);
            List<Map<String, Object>> queries = new ArrayList<>();
            for (Timing t : timings) {
                Map<String, Object> q = new LinkedHashMap<>();
                q.put("query", t.name());
                q.put("medianMs", t.medianMs());
                q.put("p95Ms", t.p95Ms());
                q.put("maxMs", t.maxMs());
                q.put("answer", t.answer());
                if (explain) {
                    q.put("plans", t.plans());
                }
                queries.add(q);
            }
            result.put("queries", queries);
            result.put("cores", Runtime.getRuntime().availableProcessors());
            result.put("failures", failures);
            result.put("goalMet", met);
            out.println(JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(result));
            return;
        }
        out.printf("history: %,d claims (%,d lines), %,d denials (%,d active), %,d denied lines, %,d trend rows"
                        + " (folded from %,d appended)%n", made.claims(), made.claimLines(), made.denials(),
                made.activeDenials(), made.deniedLines(), made.trendRows(), made.trendDeltas());
        out.printf("generated in %.1f s:", made.totalSeconds());
        made.seconds().forEach((k, s) -> out.printf(" %s %.1f s;", k, s));
        out.println();
        out.printf("%-36s %10s %10s %10s  %s%n", "query (" + runs + " runs after " + WARMUP + " warm-up)", "median ms",
                "p95 ms", "max ms", "answer");
        for (Timing t : timings) {
            out.printf("%-36s %10.2f %10.2f %10.2f  %s%n", t.name(), t.medianMs(), t.p95Ms(), t.maxMs(), t.answer());
        }
        if (explain) {
            for (Timing t : timings) {
                out.println();
                out.println("== " + t.name());
                for (List<String> plan : t.plans()) {
                    out.println("-- " + plan.get(0));
                    plan.subList(1, plan.size()).forEach(out::println);
                }
            }
        }
        out.println(failures.isEmpty() ? "checks: the trend figures equal the rows they count (billed, rejected,"
                + " denied claims and lines, resolutions)" : "CHECKS FAILED: " + failures);
        if (made.deniedLines() >= 1_000_000) {
            out.println("goal (every query's p95 under 200 ms on 1,000,000 denial lines): " + (met ? "met" : "NOT met"));
        }
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException("missing value for " + args[i - 1]);
        }
        return args[i];
    }
}

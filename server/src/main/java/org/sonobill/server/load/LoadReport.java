package org.sonobill.server.load;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a load test measured: per request kind the successes after the warm-up with their latency, the errors of the
 * whole run, the rows found in the database against the writes the API confirmed, and the goal.
 *
 * @param options the options of the run
 * @param measuredSeconds from the end of the warm-up to the last answer
 * @param stoppedBy {@code duration}, {@code max-requests} or {@code interrupted}
 * @param kinds one entry per request kind, in the order of a user's loop
 * @param all every request kind together
 * @param writes the rows counted in the database against the successful responses
 * @param errorSamples the first errors, as answered (at most 10)
 * @param environment the machine and the server's settings
 * @param cpu the CPU used while measuring, or null when the run ended in its warm-up
 */
public record LoadReport(LoadTestOptions options, double measuredSeconds, String stoppedBy, List<KindStats> kinds,
                         KindStats all, List<WriteCheck> writes, List<String> errorSamples, Environment environment,
                         Cpu cpu) {
    /** The goal of issue 4: coding requests per second, and their 99th percentile latency (ms). */
    public static final double GOAL_CODING_PER_SECOND = 300;
    public static final double GOAL_P99_MS = 50;

    /** The figures of one request kind. Counts and latencies are of the successes after the warm-up. */
    public record KindStats(String kind, String request, long count, long errors, long total, double perSecond,
                            double p50Ms, double p90Ms, double p99Ms, double maxMs) {

        static KindStats of(String kind, String request, long[] nanos, long errors, long total, double seconds) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            return new KindStats(kind, request, sorted.length, errors, total,
                    seconds > 0 ? sorted.length / seconds : 0, ms(percentile(sorted, 50)), ms(percentile(sorted, 90)),
                    ms(percentile(sorted, 99)), ms(sorted.length == 0 ? 0 : sorted[sorted.length - 1]));
        }

        // nearest rank: the smallest value with at least p % of the values at or below it
        private static long percentile(long[] sorted, double p) {
            if (sorted.length == 0) {
                return 0;
            }
            int rank = (int) Math.ceil(p / 100.0 * sorted.length);
            return sorted[Math.max(0, rank - 1)];
        }

        private static double ms(long nanos) {
            return nanos / 1_000_000.0;
        }
    }

    /** A count of rows against the successful responses that wrote them. */
    public record WriteCheck(String what, long responses, long rows) {
        public boolean ok() {
            return responses == rows;
        }
    }

    /**
     * The CPU used while measuring, in cores (-1: not known on this platform).
     *
     * @param jvmCores this JVM: the server and the virtual users
     * @param postgresCores the embedded PostgreSQL
     * @param machineCores the whole machine (all processes), the mean of one-second samples
     * @param msPerCoding CPU milliseconds (JVM and PostgreSQL) per coding request, the rest of its loop included
     */
    public record Cpu(double jvmCores, double postgresCores, double machineCores, double msPerCoding) {
    }

    /** Where it ran. */
    public record Environment(int cores, String java, String gc, long maxHeapMb, int dbPool, String database) {
    }

    /** The coding requests' figures: the ones the goal is about. */
    public KindStats coding() {
        return kinds.stream().filter(k -> k.kind().equals(RequestKind.CODE.key)).findFirst().orElseThrow();
    }

    /** Failed requests of the whole run (non-2xx answers and requests without an answer). */
    public long errors() {
        return kinds.stream().mapToLong(KindStats::errors).sum();
    }

    /** True when every confirmed write is found, and nothing more. */
    public boolean writesOk() {
        return writes.stream().allMatch(WriteCheck::ok);
    }

    /** True when the coding requests reached the goal's rate with the goal's p99. */
    public boolean goalMet() {
        KindStats c = coding();
        return c.count() > 0 && c.perSecond() >= GOAL_CODING_PER_SECOND && c.p99Ms() < GOAL_P99_MS;
    }

    /** 0, or 1 on errors or writes not found. */
    public int exitStatus() {
        return errors() == 0 && writesOk() ? 0 : 1;
    }

    private static final String GOAL_LINE = "goal (>=300 coding/s, p99<50 ms): ";

    /** The report as a table. */
    public String text() {
        StringBuilder b = new StringBuilder();
        Environment e = environment;
        b.append(String.format(Locale.ROOT, "SonoBill API load test: %d users, %.1f s measured after %d s warm-up "
                        + "(stopped by %s)%n", options.users(), measuredSeconds, options.warmupSeconds(), stoppedBy));
        b.append(String.format(Locale.ROOT, "server on 127.0.0.1, %s; %d cores, %s, %s, max heap %d MB, DB pool %d%n%n",
                e.database(), e.cores(), e.java(), e.gc(), e.maxHeapMb(), e.dbPool()));
        b.append(String.format(Locale.ROOT, "%-30s %8s %7s %8s %8s %8s %8s %8s%n", "request", "count", "errors", "per s",
                "p50 ms", "p90 ms", "p99 ms", "max ms"));
        for (KindStats k : kinds) {
            row(b, k.request(), k);
        }
        row(b, "all", all);
        KindStats c = coding();
        b.append(String.format(Locale.ROOT, "%ncoding requests/s: %.1f (p50 %.1f ms, p99 %.1f ms)%n", c.perSecond(),
                c.p50Ms(), c.p99Ms()));
        if (cpu != null) {
            b.append(String.format(Locale.ROOT, "CPU while measuring: JVM (server and users) %s, PostgreSQL %s, "
                            + "whole machine %s of %d cores; %s ms of CPU per coding request with its share of the loop%n",
                    cores(cpu.jvmCores()), cores(cpu.postgresCores()), cores(cpu.machineCores()), e.cores(),
                    cpu.msPerCoding() < 0 ? "?" : String.format(Locale.ROOT, "%.1f", cpu.msPerCoding())));
        }
        long errors = errors();
        b.append("errors: ").append(errors).append(errors == 0 ? "" : " (first: " + errorSamples.size() + " below)")
                .append('\n');
        for (String s : errorSamples) {
            b.append("  ").append(s).append('\n');
        }
        b.append("writes checked in the database (rows of the organisation against successful responses):\n");
        for (WriteCheck w : writes) {
            b.append(String.format(Locale.ROOT, "  %-38s %8d responses %8d rows  %s%n", w.what(), w.responses(), w.rows(),
                    w.ok() ? "ok" : "MISMATCH"));
        }
        b.append(writesOk() ? "no lost writes\n" : "LOST OR EXTRA WRITES: see MISMATCH above\n");
        b.append(GOAL_LINE).append(goalMet() ? "met" : "NOT met").append('\n');
        return b.toString();
    }

    private static String cores(double v) {
        return v < 0 ? "?" : String.format(Locale.ROOT, "%.2f", v);
    }

    private static void row(StringBuilder b, String label, KindStats k) {
        b.append(String.format(Locale.ROOT, "%-30s %8d %7d %8.1f %8.1f %8.1f %8.1f %8.1f%n", label, k.count(), k.errors(),
                k.perSecond(), k.p50Ms(), k.p90Ms(), k.p99Ms(), k.maxMs()));
    }

    /** The report as JSON. */
    public String json(JsonMapper mapper) {
        ObjectNode root = mapper.createObjectNode();
        ObjectNode o = root.putObject("options");
        o.put("users", options.users());
        o.put("durationSeconds", options.durationSeconds());
        o.put("warmupSeconds", options.warmupSeconds());
        o.put("maxRequests", options.maxRequests());
        root.put("measuredSeconds", round(measuredSeconds));
        root.put("stoppedBy", stoppedBy);
        ObjectNode env = root.putObject("environment");
        env.put("cores", environment.cores());
        env.put("java", environment.java());
        env.put("gc", environment.gc());
        env.put("maxHeapMb", environment.maxHeapMb());
        env.put("dbPool", environment.dbPool());
        env.put("database", environment.database());
        ArrayNode ks = root.putArray("requests");
        for (KindStats k : kinds) {
            kind(ks.addObject(), k);
        }
        kind(root.putObject("all"), all);
        KindStats c = coding();
        root.put("codingPerSecond", round(c.perSecond()));
        if (cpu != null) {
            ObjectNode n = root.putObject("cpu");
            n.put("jvmCores", round(cpu.jvmCores()));
            n.put("postgresCores", round(cpu.postgresCores()));
            n.put("machineCores", round(cpu.machineCores()));
            n.put("msPerCoding", round(cpu.msPerCoding()));
        }
        root.put("errors", errors());
        ArrayNode samples = root.putArray("errorSamples");
        errorSamples.forEach(samples::add);
        ArrayNode ws = root.putArray("writes");
        for (WriteCheck w : writes) {
            ObjectNode n = ws.addObject();
            n.put("what", w.what());
            n.put("responses", w.responses());
            n.put("rows", w.rows());
            n.put("ok", w.ok());
        }
        root.put("lostWrites", !writesOk());
        ObjectNode goal = root.putObject("goal");
        goal.put("codingPerSecond", GOAL_CODING_PER_SECOND);
        goal.put("p99Ms", GOAL_P99_MS);
        goal.put("met", goalMet());
        root.put("exitStatus", exitStatus());
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }

    private static void kind(ObjectNode n, KindStats k) {
        n.put("kind", k.kind());
        n.put("request", k.request());
        n.put("count", k.count());
        n.put("errors", k.errors());
        n.put("total", k.total());
        n.put("perSecond", round(k.perSecond()));
        n.put("p50Ms", round(k.p50Ms()));
        n.put("p90Ms", round(k.p90Ms()));
        n.put("p99Ms", round(k.p99Ms()));
        n.put("maxMs", round(k.maxMs()));
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}

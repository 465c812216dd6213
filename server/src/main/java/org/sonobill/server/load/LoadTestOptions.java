package org.sonobill.server.load;

/**
 * The command line of {@code sonobill loadtest}: {@code [--users N] [--duration SECONDS] [--max-requests N]
 * [--warmup SECONDS] [--format text|json] [--help]}. The test is bounded in time and in count whatever is asked.
 *
 * @param users concurrent virtual users (default 8)
 * @param durationSeconds how long to measure after the warm-up (default 30, at most 600)
 * @param maxRequests at most this many HTTP requests in all, warm-up included (default 50,000)
 * @param warmupSeconds requests of the first seconds are sent but not measured (default 5)
 * @param json true for {@code --format json}
 * @param help true when --help was asked
 */
public record LoadTestOptions(int users, int durationSeconds, long maxRequests, int warmupSeconds, boolean json,
                              boolean help) {
    static final int MAX_USERS = 256;
    static final int MAX_DURATION = 600;
    static final int MAX_WARMUP = 120;
    static final long MAX_REQUESTS = 10_000_000;

    public LoadTestOptions {
        check(users, 1, MAX_USERS, "--users");
        check(durationSeconds, 1, MAX_DURATION, "--duration");
        check(maxRequests, 1, MAX_REQUESTS, "--max-requests");
        check(warmupSeconds, 0, MAX_WARMUP, "--warmup");
    }

    /** The defaults: 8 users, 30 s after 5 s of warm-up, at most 50,000 requests, text. */
    public static LoadTestOptions defaults() {
        return new LoadTestOptions(8, 30, 50_000, 5, false, false);
    }

    /** The same options with other users, duration (s), request bound and warm-up (s). */
    public LoadTestOptions with(int users, int durationSeconds, long maxRequests, int warmupSeconds) {
        return new LoadTestOptions(users, durationSeconds, maxRequests, warmupSeconds, json, help);
    }

    /** Parses the arguments after {@code loadtest}. */
    public static LoadTestOptions parse(String[] args) {
        LoadTestOptions d = defaults();
        int users = d.users;
        int duration = d.durationSeconds;
        long max = d.maxRequests;
        int warmup = d.warmupSeconds;
        boolean json = false;
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String name = a;
            String value = null;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                name = a.substring(0, eq);
                value = a.substring(eq + 1);
            }
            switch (name) {
                case "-h", "--help" -> help = true;
                case "--users" -> users = (int) number(value != null ? value : value(args, ++i, name), name);
                case "--duration" -> duration = (int) number(value != null ? value : value(args, ++i, name), name);
                case "--max-requests" -> max = number(value != null ? value : value(args, ++i, name), name);
                case "--warmup" -> warmup = (int) number(value != null ? value : value(args, ++i, name), name);
                case "--format" -> {
                    String f = value != null ? value : value(args, ++i, name);
                    if (!f.equals("text") && !f.equals("json")) {
                        throw new IllegalArgumentException("--format expects text or json, found \"" + f + "\"");
                    }
                    json = f.equals("json");
                }
                case "--address" -> {
                    // the load test writes thousands of studies as fast as it can: never anywhere but this machine
                    String host = value != null ? value : value(args, ++i, name);
                    if (!host.equals("127.0.0.1")) {
                        throw new IllegalArgumentException("the load test runs its server on 127.0.0.1 only; found "
                                + "--address " + host);
                    }
                }
                default -> throw new IllegalArgumentException("unknown option \"" + a + "\"");
            }
        }
        return new LoadTestOptions(users, duration, max, warmup, json, help);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static long number(String s, String option) {
        try {
            return Long.parseLong(s.trim().replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " expects a whole number, found \"" + s + "\"");
        }
    }

    private static void check(long v, long min, long max, String option) {
        if (v < min || v > max) {
            throw new IllegalArgumentException(option + " expects " + min + " to " + max + ", found " + v);
        }
    }

    /** The help text. */
    public static String helpText() {
        return """
                Usage: sonobill loadtest [--users N] [--duration SECONDS] [--max-requests N] [--warmup SECONDS]
                                         [--format text|json]

                Starts the SonoBill server in this process on a temporary embedded PostgreSQL (deleted afterwards)
                and a random port of 127.0.0.1, makes an organisation with a coder and a biller holding API tokens,
                then lets N virtual users work the API at once, each in a loop: create a study (the examples of
                examples/studies under a new accession and MRN), code it, and for every second coded study accept
                the coding when the engine asked for review, create its claim and scrub the claim.
                Latency is measured per request kind after the warm-up. Afterwards the rows of the organisation
                (studies, coding results, claims, scrubs, audit events) are counted and compared with the
                successful responses: nothing the API confirmed may be missing.

                Options:
                      --users N            concurrent virtual users, 1-256 (default 8)
                      --duration SECONDS   measured time after the warm-up, 1-600 (default 30)
                      --max-requests N     stop after this many requests in all, warm-up included (default 50000)
                      --warmup SECONDS     requests sent but not measured at the start, 0-120 (default 5)
                      --format text|json   the report as a table (default) or as JSON on stdout
                  -h, --help               show this help

                Goal (issue 4): at least 300 coding requests (POST /api/studies/{id}/code) per second with a p99
                under 50 ms on 2 cores. Exit status: 0 when every request succeeded and every write is found
                (whether or not the goal is met: the report says), 1 on errors or missing writes, 2 for a wrong
                command line.
                """;
    }
}

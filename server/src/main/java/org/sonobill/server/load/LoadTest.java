package org.sonobill.server.load;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.sonobill.server.SonoBillServer;
import org.sonobill.server.db.Database;
import org.sonobill.server.load.LoadReport.Environment;
import org.sonobill.server.load.LoadReport.KindStats;
import org.sonobill.server.load.LoadReport.WriteCheck;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code sonobill loadtest}: the API under concurrent users on this machine, bounded in time and in count (issue 4).
 * The server runs in this process on a temporary embedded PostgreSQL and a random port of 127.0.0.1; the users are
 * threads, each with its own HTTP/1.1 keep-alive connection ({@link LoopbackHttp}), so the client's work shares the
 * cores with the server's and the figures are what one machine does end to end. See {@link LoadTestOptions#helpText()} and docs/benchmarks.md.
 */
public final class LoadTest {
    /** The command's name on the server's command line. */
    public static final String COMMAND = "loadtest";
    /** Placeholders of a study template: replaced by each request's accession and MRN. */
    static final String ACCESSION = "@@ACCESSION@@";
    static final String MRN = "@@MRN@@";
    private static final String TEMPLATES = "classpath*:org/sonobill/server/load/studies/*.json";
    /** Stops the users of the run in progress and waits for them (a shutdown hook calls it before the server stops). */
    private static final AtomicReference<Runnable> STOP_RUN = new AtomicReference<>();

    private LoadTest() {
    }

    /** The command: starts the server, runs the test, prints the report, stops and deletes everything. */
    public static int command(String[] args, PrintStream out, PrintStream err) {
        LoadTestOptions options;
        try {
            options = LoadTestOptions.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("sonobill: " + e.getMessage());
            err.println("Try 'sonobill loadtest --help'.");
            return 2;
        }
        if (options.help()) {
            out.print(LoadTestOptions.helpText());
            return 0;
        }
        boolean terminal = System.console() != null;
        PrintStream stdout = System.out;
        AtomicReference<ConfigurableApplicationContext> context = new AtomicReference<>();
        Path dir;
        try {
            dir = Files.createTempDirectory("sonobill-loadtest-");
        } catch (IOException e) {
            err.println("sonobill loadtest: cannot make a temporary directory: " + e.getMessage());
            return 1;
        }
        // Ctrl-C: stop the server and PostgreSQL, and delete the temporary data, as at the end of a run
        Thread cleanup = new Thread(() -> {
            Runnable stopUsers = STOP_RUN.get();
            if (stopUsers != null) {
                stopUsers.run();
            }
            stop(context.getAndSet(null), dir);
        }, "loadtest-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
        // Spring's console log writes to System.out; stdout is for the report alone (--format json is parsed)
        System.setOut(err);
        try {
            if (terminal) {
                err.println("sonobill loadtest: starting the server on a temporary embedded PostgreSQL in " + dir);
            }
            context.set(start(dir));
            int port = ((WebServerApplicationContext) context.get()).getWebServer().getPort();
            LoadReport report = run(context.get(), "http://127.0.0.1:" + port, options, terminal ? err : null);
            JsonMapper json = JsonMapper.builder().build();
            out.print(options.json() ? report.json(json) : report.text());
            out.flush();
            return report.exitStatus();
        } catch (RuntimeException e) {
            err.println("sonobill loadtest: " + e.getMessage());
            return 1;
        } finally {
            System.setOut(stdout);
            stop(context.getAndSet(null), dir);
            try {
                Runtime.getRuntime().removeShutdownHook(cleanup);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs (or ran) anyway
            }
        }
    }

    /**
     * Starts the server for a load test: port 0 of 127.0.0.1 and the embedded PostgreSQL in {@code dir}, given as
     * command-line properties so that neither the environment ({@code SONOBILL_DB_URL}, {@code SERVER_ADDRESS}) nor
     * a configuration file can point the test at another database or interface. Reference data: the bundled releases
     * only (an empty data directory), so figures do not depend on what was imported on the machine.
     */
    static ConfigurableApplicationContext start(Path dir) {
        SpringApplication app = new SpringApplication(SonoBillServer.class);
        app.setDefaultProperties(Map.of("spring.main.log-startup-info", false));
        app.setRegisterShutdownHook(false);
        return app.run("--server.address=127.0.0.1", "--server.port=0", "--sonobill.demo=false", "--sonobill.db.url=",
                "--sonobill.db.dir=" + dir.resolve("db"), "--sonobill.data-dir=" + dir.resolve("reference"),
                // warnings and errors only; not springdoc's notice that its pages are on (they are not used here)
                "--logging.level.root=WARN", "--logging.level.org.springframework.web=WARN",
                "--logging.level.org.springframework.jdbc=WARN", "--logging.level.org.springdoc=ERROR");
    }

    private static void stop(ConfigurableApplicationContext context, Path dir) {
        if (context != null) {
            try {
                context.close();
            } catch (RuntimeException e) {
                // stopping anyway (on Ctrl-C the embedded PostgreSQL's own hook may have stopped it first)
            }
        }
        // on Ctrl-C the library's own hook may still be stopping PostgreSQL, which writes to its directory to the end
        CpuMeter.postmaster(dir.resolve("db")).ifPresent(p -> {
            try {
                p.onExit().get(15, java.util.concurrent.TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                // delete what can be deleted
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // gone already, or a file left behind in the temporary directory
        }
    }

    /**
     * Runs a load test against a started server: makes its organisation, runs the users, counts the rows. The server
     * must listen on a loopback address.
     *
     * @param progress where to show progress each second, or null
     */
    public static LoadReport run(ApplicationContext context, String baseUrl, LoadTestOptions options,
                                 PrintStream progress) {
        requireLoopback(baseUrl);
        JsonMapper json = JsonMapper.builder().build();
        List<String> templates = templates(json);
        LoadOrganisation org = LoadOrganisation.create(context);
        String runId = Long.toString(System.currentTimeMillis(), 36).toUpperCase(Locale.ROOT);
        Queue<String> samples = new ConcurrentLinkedQueue<>();
        long start = System.nanoTime();
        VirtualUser.Control control = new VirtualUser.Control(start, options, samples);
        List<VirtualUser> users = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < options.users(); i++) {
            VirtualUser u = new VirtualUser(i + 1, baseUrl, runId, org, templates, control, json);
            users.add(u);
            Thread t = new Thread(u, "loadtest-user-" + (i + 1));
            t.setDaemon(true);
            threads.add(t);
        }
        Database database = context.getBean(Database.class);
        CpuMeter cpu = new CpuMeter(database.config().embedded() ? database.config().dataDirectory() : null);
        STOP_RUN.set(() -> {
            control.stop("interrupted");
            for (Thread t : threads) {
                try {
                    t.join(5000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        });
        threads.forEach(Thread::start);
        CpuMeter.Sample[] window = new CpuMeter.Sample[2];
        try {
            watch(threads, control, options, start, progress, cpu, window);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            control.stop("interrupted");
            threads.forEach(Thread::interrupt);
        } finally {
            STOP_RUN.set(null);
        }
        if ("interrupted".equals(control.stoppedBy())) {
            throw new IllegalStateException("interrupted; no report");
        }
        long end = users.stream().mapToLong(u -> u.finishedAt).max().orElse(System.nanoTime());
        double seconds = Math.max(0, end - control.warmupEnd) / 1e9;
        List<KindStats> kinds = new ArrayList<>();
        long[] allNanos = new long[0];
        long allErrors = 0;
        long allTotal = 0;
        long[] ok = new long[RequestKind.values().length];
        for (RequestKind k : RequestKind.values()) {
            long errors = 0;
            long total = 0;
            long[] nanos = new long[0];
            for (VirtualUser u : users) {
                VirtualUser.Tally t = u.tallies[k.ordinal()];
                errors += t.errors;
                total += t.ok + t.errors;
                ok[k.ordinal()] += t.ok;
                nanos = concat(nanos, t.nanos, t.measured);
            }
            kinds.add(KindStats.of(k.key, k.request, nanos, errors, total, seconds));
            allNanos = concat(allNanos, nanos, nanos.length);
            allErrors += errors;
            allTotal += total;
        }
        KindStats all = KindStats.of("all", "all", allNanos, allErrors, allTotal, seconds);
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        List<WriteCheck> writes = checkWrites(jdbc, org.id(), ok);
        return new LoadReport(options, seconds, control.stoppedBy() == null ? "duration" : control.stoppedBy(), kinds,
                all, writes, List.copyOf(samples), environment(jdbc, database), cpu(window, cpu, kinds));
    }

    /**
     * Waits for the users to finish, showing progress each second; notes the CPU used at the end of the warm-up
     * ({@code window[0]}) and at the end ({@code window[1]}), and the machine's load in between.
     */
    private static void watch(List<Thread> threads, VirtualUser.Control control, LoadTestOptions options, long start,
                              PrintStream progress, CpuMeter cpu, CpuMeter.Sample[] window)
            throws InterruptedException {
        long lastCoded = 0;
        long lastAt = start;
        long nextSecond = start + 1_000_000_000L;
        while (threads.stream().anyMatch(Thread::isAlive)) {
            long now = System.nanoTime();
            if (window[0] == null && now >= control.warmupEnd) {
                window[0] = cpu.sample();
                cpu.startMachineLoad();
            }
            if (now >= nextSecond) {
                nextSecond += 1_000_000_000L;
                if (window[0] != null) {
                    cpu.noteMachineLoad();
                }
                if (progress != null) {
                    long coded = control.coded.sum();
                    double rate = (coded - lastCoded) / ((now - lastAt) / 1e9);
                    progress.printf(Locale.ROOT, "\rloadtest: %3d s %-9s %d users, coding %6.1f/s, %d requests, "
                                    + "%d errors  ", (now - start) / 1_000_000_000L,
                            now < control.warmupEnd ? "warm-up" : "measuring", options.users(), rate,
                            control.completed.sum(), control.errors.sum());
                    progress.flush();
                    lastCoded = coded;
                    lastAt = now;
                }
            }
            Thread.sleep(50);
        }
        if (window[0] != null) {
            window[1] = cpu.sample();
        }
        if (progress != null) {
            progress.println();
        }
    }

    private static LoadReport.Cpu cpu(CpuMeter.Sample[] window, CpuMeter meter, List<KindStats> kinds) {
        if (window[0] == null || window[1] == null) {
            return null;
        }
        double wall = (window[1].wall() - window[0].wall()) / 1e9;
        double jvm = window[0].jvm() < 0 ? -1 : (window[1].jvm() - window[0].jvm()) / 1e9;
        double pg = window[0].postgres() < 0 || window[1].postgres() < 0 ? -1
                : (window[1].postgres() - window[0].postgres()) / 1e9;
        long coded = kinds.stream().filter(k -> k.kind().equals(RequestKind.CODE.key)).mapToLong(KindStats::count)
                .sum();
        double load = meter.machineLoad();
        int cores = Runtime.getRuntime().availableProcessors();
        return new LoadReport.Cpu(jvm < 0 ? -1 : jvm / wall, pg < 0 ? -1 : pg / wall,
                load < 0 ? -1 : load * cores, jvm < 0 || coded == 0 ? -1 : 1000 * (jvm + Math.max(0, pg)) / coded);
    }

    private static long[] concat(long[] a, long[] b, int bLength) {
        long[] out = Arrays.copyOf(a, a.length + bLength);
        System.arraycopy(b, 0, out, a.length, bLength);
        return out;
    }

    /** The organisation's rows against the successful responses: nothing confirmed may be missing, nothing added. */
    static List<WriteCheck> checkWrites(JdbcClient jdbc, long org, long[] ok) {
        long studies = ok[RequestKind.CREATE_STUDY.ordinal()];
        long coded = ok[RequestKind.CODE.ordinal()];
        long accepted = ok[RequestKind.ACCEPT_CODING.ordinal()];
        long claims = ok[RequestKind.CREATE_CLAIM.ordinal()];
        long scrubs = ok[RequestKind.SCRUB.ordinal()];
        Map<String, Long> audit = jdbc.sql("SELECT entity || ' ' || action, count(*) FROM audit_events"
                        + " WHERE organisation_id = ? AND entity IN ('study', 'claim') GROUP BY 1").params(org)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        List<WriteCheck> checks = new ArrayList<>();
        checks.add(new WriteCheck("studies", studies, count(jdbc, "studies", org, "")));
        checks.add(new WriteCheck("patients (one new MRN per study)", studies, count(jdbc, "patients", org, "")));
        checks.add(new WriteCheck("coding_results", coded, count(jdbc, "coding_results", org, "")));
        checks.add(new WriteCheck("studies billed", claims, count(jdbc, "studies", org, " AND status = 'billed'")));
        checks.add(new WriteCheck("claims", claims, count(jdbc, "claims", org, "")));
        checks.add(new WriteCheck("claim_studies", claims, count(jdbc, "claim_studies", org, "")));
        checks.add(new WriteCheck("claims scrubbed", scrubs, count(jdbc, "claims", org, " AND status = 'scrubbed'")));
        checks.add(new WriteCheck("claim_scrubs", scrubs, count(jdbc, "claim_scrubs", org, "")));
        checks.add(new WriteCheck("audit_events study create", studies, audit.getOrDefault("study create", 0L)));
        checks.add(new WriteCheck("audit_events study code", coded, audit.getOrDefault("study code", 0L)));
        checks.add(new WriteCheck("audit_events study accept-coding", accepted,
                audit.getOrDefault("study accept-coding", 0L)));
        checks.add(new WriteCheck("audit_events claim create", claims, audit.getOrDefault("claim create", 0L)));
        checks.add(new WriteCheck("audit_events claim scrub", scrubs, audit.getOrDefault("claim scrub", 0L)));
        long other = audit.entrySet().stream().filter(e -> !List.of("study create", "study code",
                "study accept-coding", "claim create", "claim scrub").contains(e.getKey()))
                .mapToLong(Map.Entry::getValue).sum();
        checks.add(new WriteCheck("audit_events, other study/claim actions", 0, other));
        return checks;
    }

    private static long count(JdbcClient jdbc, String table, long org, String condition) {
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE organisation_id = ?" + condition).params(org)
                .query(Long.class).single();
    }

    private static Environment environment(JdbcClient jdbc, Database database) {
        String gc = ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName)
                .collect(Collectors.joining(", "));
        String db = "PostgreSQL " + jdbc.sql("SHOW server_version").query(String.class).single()
                + ", fsync=" + jdbc.sql("SHOW fsync").query(String.class).single()
                + ", synchronous_commit=" + jdbc.sql("SHOW synchronous_commit").query(String.class).single()
                + ", shared_buffers=" + jdbc.sql("SHOW shared_buffers").query(String.class).single();
        return new Environment(Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"), gc,
                Runtime.getRuntime().maxMemory() / (1024 * 1024), database.config().poolSize(),
                db);
    }

    /** Refuses a server that is not on this machine's loopback interface. */
    static void requireLoopback(String baseUrl) {
        String host = URI.create(baseUrl).getHost();
        try {
            if (host == null || !InetAddress.getByName(host).isLoopbackAddress()) {
                throw new IllegalArgumentException("the load test drives a server on the loopback interface only, not "
                        + baseUrl);
            }
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("the load test drives a server on the loopback interface only, not "
                    + baseUrl);
        }
    }

    /**
     * A POST /api/studies body for an example study's documentation: a new accession and MRN, a synthetic patient of
     * the documentation's sex and birth date, a technologist and a short report text. The load test and the tests
     * make their requests with it.
     */
    public static ObjectNode createStudyBody(JsonMapper json, ObjectNode documentation, String accession, String mrn,
                                             String lastName) {
        ObjectNode doc = documentation.deepCopy();
        doc.remove("$schema");
        doc.put("id", accession);
        ObjectNode body = json.createObjectNode();
        body.put("accession", accession);
        ObjectNode patient = body.putObject("patient");
        patient.put("mrn", mrn);
        patient.put("lastName", lastName);
        patient.put("firstName", "Alex");
        patient.put("sex", doc.path("patient").path("sex").asString("F"));
        if (doc.path("patient").has("birthDate")) {
            patient.put("birthDate", doc.path("patient").path("birthDate").asString());
        }
        body.put("technologist", "R. Lee, RDMS");
        body.set("documentation", doc);
        body.put("reportText", "EXAM: " + doc.path("title").asString("") + "\nFINDINGS: see the structured "
                + "documentation.");
        return body;
    }

    /**
     * The create-study requests of the example studies (examples/studies, bundled in the jar), with placeholders for
     * the accession and the MRN.
     */
    static List<String> templates(JsonMapper json) {
        List<String> out = new ArrayList<>();
        try {
            Resource[] found = new PathMatchingResourcePatternResolver(LoadTest.class.getClassLoader())
                    .getResources(TEMPLATES);
            Arrays.sort(found, Comparator.comparing(Resource::getFilename));
            for (Resource r : found) {
                ObjectNode doc = (ObjectNode) json.readTree(new String(r.getContentAsByteArray(), StandardCharsets.UTF_8));
                ObjectNode body = createStudyBody(json, doc, ACCESSION, MRN, "Loadtest");
                out.add(json.writeValueAsString(body));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the example studies: " + e.getMessage(), e);
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("no example studies in the jar (" + TEMPLATES + ")");
        }
        return out;
    }
}

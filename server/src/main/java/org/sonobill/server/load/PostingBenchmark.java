package org.sonobill.server.load;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sonobill.server.db.Database;
import org.sonobill.server.remit.PostingJobs;
import org.sonobill.server.remit.PostingReport;
import org.sonobill.server.remit.RemittancePosting;
import org.sonobill.x12.input.X12Input;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code sonobill postbench [--lines N] [--per-file N] [--format text|json]}: how fast 835 remittances post into
 * PostgreSQL (issue 5: a million service lines in under two minutes on 2 cores). On a temporary embedded PostgreSQL
 * (durable, as in production), it makes an organisation with N/3 submitted claims of three lines each, writes 835
 * files paying them (a twentieth of the lines denied, every line with its REF*6R), then times posting the files as
 * {@code sonobill remit post} does and checks the rows written against what the files hold. The files are written
 * before the clock starts; reading them is part of what is timed.
 */
public final class PostingBenchmark {
    public static final String COMMAND = "postbench";
    private static final String HELP = """
            Usage: sonobill postbench [--lines N] [--per-file N] [--format text|json]

            Measures posting 835 remittances into PostgreSQL: makes N/3 submitted claims of three lines on a
            temporary embedded PostgreSQL, writes 835 files paying them (--per-file claim payments each), and times
            posting them all. Then checks the rows against the files and reads one file again (nothing may post
            twice). Defaults: --lines 1000000, --per-file 50000. Everything is deleted afterwards.

            Exit codes: 0 measured and every check passed; 1 a check failed; 2 wrong command line.
            """;
    private static final String[] CODES = {"93880", "93970", "76700"};
    private static final BigDecimal[] CHARGES = {new BigDecimal("520.00"), new BigDecimal("540.00"),
            new BigDecimal("420.00")};
    private static final DateTimeFormatter D8 = DateTimeFormatter.BASIC_ISO_DATE;

    private PostingBenchmark() {
    }

    public static int command(String[] args, PrintStream out, PrintStream err) {
        long lines = 1_000_000;
        int perFile = 50_000;
        boolean json = false;
        try {
            for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "-h", "--help" -> {
                    out.print(HELP);
                    return 0;
                }
                case "--lines" -> lines = Long.parseLong(value(args, ++i));
                case "--per-file" -> perFile = Integer.parseInt(value(args, ++i));
                case "--format" -> json = "json".equals(value(args, ++i));
                default -> {
                    err.println("sonobill postbench: unknown option \"" + args[i] + "\"; try --help");
                    return 2;
                }
            }
            }
        } catch (IllegalArgumentException e) {
            err.println("sonobill postbench: " + e.getMessage() + "; try --help");
            return 2;
        }
        if (lines < 3 || lines > 30_000_000 || perFile < 1) {
            err.println("sonobill postbench: --lines 3 to 30000000 and --per-file 1 or more");
            return 2;
        }
        long claims = lines / 3;
        try (ScratchServer server = ScratchServer.start("sonobill-postbench-", err)) {
            ConfigurableApplicationContext context = server.context();
            Path dir = server.dir();
            boolean terminal = System.console() != null;
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            Database database = context.getBean(Database.class);
            long org = server.organisation("postbench", "Posting benchmark");
            note(terminal, err, "making " + claims + " submitted claims of 3 lines");
            long made = makeClaims(jdbc, org, claims);
            note(terminal, err, "writing 835 files");
            Expected expected = new Expected();
            List<Path> files = writeFiles(jdbc, org, dir, perFile, expected);
            long bytes = 0;
            for (Path f : files) {
                bytes += Files.size(f);
            }
            RemittancePosting posting = context.getBean(RemittancePosting.class);
            CpuMeter cpu = new CpuMeter(database.config().dataDirectory());
            note(terminal, err, "posting " + files.size() + " files");
            CpuMeter.Sample before = cpu.sample();
            long start = System.nanoTime();
            long postedLines = 0;
            // as `sonobill remit post` does: one file per core at once
            for (PostingReport r : PostingJobs.postAll(posting, org, "postbench", files,
                    false, Runtime.getRuntime().availableProcessors(), null)) {
                if (!r.complete()) {
                    throw new IllegalStateException(r.source() + " was not posted: " + r.refusal());
                }
                postedLines += r.linesPosted();
            }
            long nanos = System.nanoTime() - start;
            CpuMeter.Sample after = cpu.sample();
            long again = System.nanoTime();
            PostingReport repeat = posting.post(org, "postbench", X12Input.open(files.get(0)), false, null);
            long againNanos = System.nanoTime() - again;

            List<String> failures = new ArrayList<>();
            long rowLines = count(jdbc, "SELECT count(*) FROM remittance_lines WHERE organisation_id = ?", org);
            long matched = count(jdbc, "SELECT count(*) FROM remittance_lines WHERE organisation_id = ?"
                    + " AND claim_line_id IS NOT NULL", org);
            long deniedClaims = count(jdbc, "SELECT count(*) FROM denials WHERE organisation_id = ?", org);
            BigDecimal paid = jdbc.sql("SELECT coalesce(sum(paid_amount), 0) FROM claims WHERE organisation_id = ?")
                    .params(org).query(BigDecimal.class).single();
            check(failures, "service lines posted", expected.lines, postedLines);
            check(failures, "remittance_lines rows", expected.lines, rowLines);
            check(failures, "lines matched to our lines", expected.lines, matched);
            check(failures, "claims with a denial", expected.deniedClaims, deniedClaims);
            if (paid.compareTo(expected.paid) != 0) {
                failures.add("claims paid " + paid + ", the files pay " + expected.paid);
            }
            check(failures, "claims posted twice on reading a file again", 0, repeat.claimsPosted());
            double seconds = nanos / 1e9;
            double jvm = (after.jvm() - before.jvm()) / 1e9;
            double pg = after.postgres() < 0 ? -1 : (after.postgres() - before.postgres()) / 1e9;
            Map<String, Object> result = new java.util.LinkedHashMap<>();
            result.put("claims", made);
            result.put("serviceLines", expected.lines);
            result.put("files", files.size());
            result.put("bytes", bytes);
            result.put("seconds", Math.round(seconds * 100) / 100.0);
            result.put("linesPerSecond", Math.round(expected.lines / seconds));
            result.put("megabytesPerSecond", Math.round(bytes / 1e6 / seconds * 10) / 10.0);
            result.put("cpuSecondsJvm", Math.round(jvm * 10) / 10.0);
            result.put("cpuSecondsPostgres", Math.round(pg * 10) / 10.0);
            result.put("repeatSecondsFirstFile", Math.round(againNanos / 1e7) / 100.0);
            result.put("cores", Runtime.getRuntime().availableProcessors());
            result.put("failures", failures);
            boolean goal = expected.lines >= 1_000_000 && seconds < 120;
            if (json) {
                out.println(JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(result));
            } else {
                out.printf("posted %,d service lines of %,d claims from %d files (%,d bytes) in %.1f s: %,d lines/s, "
                                + "%.1f MB/s%n", expected.lines, made, files.size(), bytes, seconds,
                        Math.round(expected.lines / seconds), bytes / 1e6 / seconds);
                out.printf("CPU while posting: JVM %.1f s, PostgreSQL %.1f s (%d cores)%n", jvm, pg,
                        Runtime.getRuntime().availableProcessors());
                out.printf("reading the first file again: %d claims posted twice, %.2f s%n", repeat.claimsPosted(),
                        againNanos / 1e9);
                out.println(failures.isEmpty() ? "checks: all rows equal what the files hold" : "CHECKS FAILED: "
                        + failures);
                if (expected.lines >= 1_000_000) {
                    out.println("goal (1,000,000 lines in under 120 s): " + (goal ? "met" : "NOT met"));
                }
            }
            return failures.isEmpty() ? 0 : 1;
        } catch (IOException | RuntimeException e) {
            err.println("sonobill postbench: " + e.getMessage());
            return 1;
        }
    }

    private static void note(boolean terminal, PrintStream err, String what) {
        if (terminal) {
            err.println("sonobill postbench: " + what);
        }
    }

    private static void check(List<String> failures, String what, long expected, long actual) {
        if (expected != actual) {
            failures.add(what + ": " + actual + ", expected " + expected);
        }
    }

    private static long count(JdbcClient jdbc, String sql, long org) {
        return jdbc.sql(sql).params(org).query(Long.class).single();
    }

    /** N submitted claims of three lines, written by PostgreSQL itself (the claims are not what is measured). */
    private static long makeClaims(JdbcClient jdbc, long org, long claims) {
        long payer = jdbc.sql("SELECT id FROM payers WHERE organisation_id = ? AND code = 'medicare'").params(org)
                .query(Long.class).single();
        long patients = Math.max(1, claims / 4);
        jdbc.sql("""
                        INSERT INTO patients (organisation_id, mrn, last_name, first_name, sex, birth_date)
                        SELECT ?, 'PB' || g, 'Benchmark', 'Patient', 'F', DATE '1958-03-01' FROM generate_series(1, ?) g""")
                .params(org, patients).update();
        long firstPatient = jdbc.sql("SELECT min(id) FROM patients WHERE organisation_id = ?").params(org)
                .query(Long.class).single();
        BigDecimal total = CHARGES[0].add(CHARGES[1]).add(CHARGES[2]);
        long made = jdbc.sql("""
                        INSERT INTO claims (organisation_id, claim_number, patient_id, payer_id, claim_type,
                            place_of_service, total_charge, status, date_of_service, billing_npi, created_by)
                        SELECT ?, 'PB' || g, ? + (g % ?), ?, 'professional', '11', ?, 'submitted',
                               DATE '2026-09-01' + (g % 30)::int, '1245319599', 'postbench'
                        FROM generate_series(1, ?) g""")
                .params(org, firstPatient, patients, payer, total, claims).update();
        jdbc.sql("""
                        INSERT INTO claim_lines (organisation_id, claim_id, line_number, code, modifiers, units, charge,
                            pointers, date_of_service, control_number)
                        SELECT c.organisation_id, c.id, n, (ARRAY['93880', '93970', '76700'])[n], '{26}', 1,
                               (ARRAY[520.00, 540.00, 420.00])[n], '{1}', c.date_of_service, c.claim_number || '-' || n
                        FROM claims c, generate_series(1, 3) n WHERE c.organisation_id = ?""")
                .params(org).update();
        return made;
    }

    /** What the files pay, to check the database against. */
    private static final class Expected {
        long lines;
        long deniedClaims;
        BigDecimal paid = BigDecimal.ZERO;
    }

    /** 835 files paying every claim: allowed 35% of the charge, 20% of it the patient's; line 1 of every 20th denied. */
    private static List<Path> writeFiles(JdbcClient jdbc, long org, Path dir, int perFile, Expected expected)
            throws IOException {
        record Row(String number, LocalDate dos) {
        }
        List<Row> rows = jdbc.sql("SELECT claim_number, date_of_service FROM claims WHERE organisation_id = ? ORDER BY id")
                .params(org).query((rs, n) -> new Row(rs.getString(1), rs.getObject(2, LocalDate.class))).list();
        List<Path> files = new ArrayList<>();
        for (int from = 0, file = 1; from < rows.size(); from += perFile, file++) {
            List<Row> part = rows.subList(from, Math.min(rows.size(), from + perFile));
            Path path = dir.resolve("remit-" + file + ".835");
            List<String> segments = new ArrayList<>();
            BigDecimal total = BigDecimal.ZERO;
            int index = from;
            for (Row r : part) {
                boolean denyFirst = index++ % 20 == 0;
                BigDecimal claimPaid = BigDecimal.ZERO;
                BigDecimal claimPatient = BigDecimal.ZERO;
                List<String> svc = new ArrayList<>();
                for (int n = 0; n < 3; n++) {
                    BigDecimal charge = CHARGES[n];
                    String dos = "DTM*472*" + r.dos().format(D8);
                    String ref = "REF*6R*" + r.number() + "-" + (n + 1);
                    if (denyFirst && n == 0) {
                        svc.add("SVC*HC:" + CODES[n] + ":26*" + charge + "*0**1");
                        svc.add(dos);
                        svc.add("CAS*CO*50*" + charge);
                        svc.add(ref);
                        svc.add("LQ*HE*N115");
                    } else {
                        BigDecimal allowed = charge.multiply(new BigDecimal("0.35")).setScale(2, RoundingMode.HALF_UP);
                        BigDecimal patient = allowed.multiply(new BigDecimal("0.20")).setScale(2, RoundingMode.HALF_UP);
                        BigDecimal paid = allowed.subtract(patient);
                        svc.add("SVC*HC:" + CODES[n] + ":26*" + charge + "*" + paid + "**1");
                        svc.add(dos);
                        svc.add("CAS*CO*45*" + charge.subtract(allowed));
                        svc.add("CAS*PR*2*" + patient);
                        svc.add(ref);
                        svc.add("AMT*B6*" + allowed);
                        claimPaid = claimPaid.add(paid);
                        claimPatient = claimPatient.add(patient);
                    }
                    expected.lines++;
                }
                if (denyFirst) {
                    expected.deniedClaims++;
                }
                segments.add("CLP*" + r.number() + "*1*1480.00*" + claimPaid + "*" + claimPatient + "*MB*PCN"
                        + r.number() + "*11*1");
                segments.add("NM1*QC*1*BENCHMARK*PATIENT****MI*M" + r.number());
                segments.addAll(svc);
                total = total.add(claimPaid);
                expected.paid = expected.paid.add(claimPaid);
            }
            String date = "20261120";
            try (BufferedWriter w = Files.newBufferedWriter(path, StandardCharsets.US_ASCII)) {
                String control = String.format("%09d", file);
                w.write("ISA*00*          *00*          *ZZ*BENCHPAYER     *ZZ*SONOBILL       *261120*1200*^*00501*"
                        + control + "*0*P*:~\n");
                w.write("GS*HP*BENCHPAYER*SONOBILL*" + date + "*1200*" + file + "*X*005010X221A1~\n");
                List<String> header = List.of("ST*835*0001",
                        "BPR*I*" + total + "*C*ACH*CCP*01*999999999*DA*123456*1512345678**01*999988880*DA*98765*" + date,
                        "TRN*1*BENCH" + control + "*1512345678", "DTM*405*" + date, "N1*PR*BENCHMARK MEDICARE",
                        "N3*1 PAYER WAY", "N4*SPRINGFIELD*IL*62701", "N1*PE*VALLEY IMAGING GROUP*XX*1245319599",
                        "LX*1");
                for (String s : header) {
                    w.write(s);
                    w.write("~\n");
                }
                for (String s : segments) {
                    w.write(s);
                    w.write("~\n");
                }
                w.write("SE*" + (header.size() + segments.size() + 1) + "*0001~\n");
                w.write("GE*1*" + file + "~\nIEA*1*" + control + "~\n");
            }
            files.add(path);
        }
        return files;
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException("missing value for " + args[i - 1]);
        }
        return args[i];
    }
}

package org.sonobill.server.remit;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sonobill.server.SonoBillServer;
import org.sonobill.server.remit.PostingReport.PaymentReport;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code sonobill remit post FILE.835... --org CODE [--dry-run] [--format text|json]}: posts 835 files to the
 * server's database (the embedded one, or {@code SONOBILL_DB_URL}) without starting the web server. Progress goes
 * to the terminal only; what was posted goes to standard output.
 */
public final class RemitCommand {
    public static final String COMMAND = "remit";
    private static final String USAGE = """
            Usage: sonobill remit post FILE.835... --org CODE [--dry-run] [--format text|json]

            Posts 835 remittances (X12 005010X221A1) to the claims of organisation CODE, in the database the server
            uses ($SONOBILL_DB_URL, or the embedded one in $SONOBILL_DB_DIR, default ~/.sonobill/db; stop a running
            embedded server first). Each payment (BPR/TRN) posts whole or not at all, and only once: reading a file
            again posts what it has not posted yet, which for the same file is nothing. Claims are matched by CLP01
            (our claim number), lines by REF*6R, then by code, modifiers and date; what is not ours is kept unmatched
            for a person, with a finding. With --dry-run, shows what would post and keeps nothing.

            Options:
              --org CODE        the organisation whose claims the payments are for
              --dry-run         work everything out, keep nothing
              --format FORMAT   text (default) or json
              --jobs N          files posted at once (default: the number of cores)
              -h, --help        this help

            Exit codes: 0 every file read to its end (payments posted, or found posted already); 1 a file could not
            be read or posted from some point (the payments before that point are kept, and the message says where);
            2 wrong command line or unknown organisation.
            """;

    private RemitCommand() {
    }

    /** Runs {@code remit ARGS}; returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("-h") || args[0].equals("--help")) {
            out.print(USAGE);
            return args.length == 0 ? 2 : 0;
        }
        if (!args[0].equals("post")) {
            return usage(err, "unknown subcommand \"" + args[0] + "\"; expected post");
        }
        String org = null;
        boolean dryRun = false;
        String format = "text";
        int jobs = Runtime.getRuntime().availableProcessors();
        List<Path> files = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "-h", "--help" -> {
                    out.print(USAGE);
                    return 0;
                }
                case "--dry-run" -> dryRun = true;
                case "--jobs" -> {
                    if (++i >= args.length || !args[i].matches("[1-9][0-9]?")) {
                        return usage(err, "--jobs: expected 1 to 99 files at once");
                    }
                    jobs = Integer.parseInt(args[i]);
                }
                case "--org" -> {
                    if (++i >= args.length) {
                        return usage(err, "--org needs the organisation's code");
                    }
                    org = args[i];
                }
                case "--format" -> {
                    if (++i >= args.length || !(args[i].equals("text") || args[i].equals("json"))) {
                        return usage(err, "--format: expected text or json");
                    }
                    format = args[i];
                }
                default -> {
                    if (a.startsWith("-")) {
                        return usage(err, "unknown option \"" + a + "\"");
                    }
                    files.add(Path.of(a));
                }
            }
        }
        if (org == null) {
            return usage(err, "expected --org CODE (the organisation the payments are for)");
        }
        if (files.isEmpty()) {
            return usage(err, "expected one or more 835 files");
        }
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                return usage(err, f + ": no such file");
            }
        }
        try (ConfigurableApplicationContext context = SonoBillServer.commandContext()) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            Long orgId = jdbc.sql("SELECT id FROM organisations WHERE code = ?").params(org).query(Long.class)
                    .optional().orElse(null);
            if (orgId == null) {
                return usage(err, "no organisation \"" + org + "\" in this database");
            }
            RemittancePosting posting = context.getBean(RemittancePosting.class);
            JsonMapper json = context.getBean(JsonMapper.class);
            String actor = System.getProperty("user.name", "unknown") + "@" + org + " (sonobill remit post)";
            boolean terminal = System.console() != null;
            java.util.concurrent.atomic.AtomicLong read = new java.util.concurrent.atomic.AtomicLong();
            List<PostingReport> reports = PostingJobs.postAll(posting, orgId, actor, files, dryRun, jobs,
                    terminal ? n -> {
                        long all = read.incrementAndGet();
                        if (all % 1000 == 0) {
                            err.print("\r" + all + " claim payments read");
                        }
                    } : null);
            if (terminal) {
                err.print("\r\033[K");
            }
            int status = 0;
            for (PostingReport report : reports) {
                if (!report.complete()) {
                    status = 1;
                }
                if (format.equals("text")) {
                    print(out, report);
                }
            }
            if (format.equals("json")) {
                out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(reports));
            }
            return status;
        }
    }

    private static void print(PrintStream out, PostingReport r) {
        out.println(r.source() + (r.dryRun() ? " (dry run: nothing kept)" : ""));
        for (PaymentReport p : r.payments()) {
            out.printf("  payment %s from %s: %s on %s%s%n", p.traceNumber(), p.payer(), p.amount(), p.paidOn(),
                    p.alreadyKnown() ? " (posted before)" : "");
            out.printf("    claims %d: %d posted, %d posted before, %d not ours (kept unmatched)%n", p.claims(),
                    p.claimsPosted(), p.claimsAlreadyPosted(), p.claimsUnmatched());
            out.printf("    lines %d posted (%d unmatched), %d adjustments, %d claims denied, %d provider adjustments%n",
                    p.linesPosted(), p.linesUnmatched(), p.adjustments(), p.denials(), p.providerAdjustments());
            for (String f : p.findings()) {
                out.println("    " + f);
            }
        }
        if (!r.complete()) {
            out.println("  NOT READ to its end: " + r.refusal());
        }
    }

    private static int usage(PrintStream err, String problem) {
        err.println("sonobill remit: " + problem);
        err.println("Try 'sonobill remit --help'.");
        return 2;
    }
}

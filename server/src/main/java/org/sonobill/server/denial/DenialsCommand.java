package org.sonobill.server.denial;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sonobill.server.SonoBillServer;
import org.sonobill.server.claim.ClaimViews.ClaimDetail;
import org.sonobill.server.denial.DenialViews.AppealView;
import org.sonobill.server.denial.DenialViews.DenialDetail;
import org.sonobill.server.denial.DenialViews.QueueEntry;
import org.sonobill.server.security.Role;
import org.sonobill.server.security.SonoBillUser;
import org.sonobill.server.security.UserStore;
import org.sonobill.server.study.StudyViews.Page;
import org.sonobill.server.web.ApiException;
import org.sonobill.server.web.Paging;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code sonobill denials list|show|appeal|correct|trends|refresh}: the denial queue from a terminal, against the
 * server's database (the embedded one, or {@code SONOBILL_DB_URL}), acting as a user of the organisation so that
 * every change is audited under a name and allowed by the same roles as the API.
 */
public final class DenialsCommand {
    public static final String COMMAND = "denials";
    private static final Set<Role> READERS = Set.of(Role.BILLER, Role.DENIAL_SPECIALIST, Role.MANAGER, Role.AUDITOR,
            Role.ADMIN);
    private static final Set<Role> WORKERS = Set.of(Role.BILLER, Role.DENIAL_SPECIALIST, Role.MANAGER, Role.ADMIN);
    private static final String USAGE = """
            Usage: sonobill denials COMMAND --as USER@ORG [options]

            The denial queue in the server's database ($SONOBILL_DB_URL, or the embedded one in $SONOBILL_DB_DIR,
            default ~/.sonobill/db; stop a running embedded server first), as user USER of organisation ORG (the
            same roles as the API: denial-specialist, biller, manager or admin to change; auditor also to read).

            Commands:
              list      the queue, highest priority first
                          [--status active|all|open|working|appealed|corrected|closed|written-off|billed-patient]
                          [--owner me|unassigned|USER-ID] [--root-cause CAUSE] [--payer CODE]
                          [--urgency overdue|due-this-week|soon|later] [--low-dollar] [--escalated]
                          [--sort priority|deadline|amount|age] [--limit N] [--offset N]
              show ID   one denial: why, what to do, by when, lines with CARC/RARC, appeals, history
              appeal ID start the next appeal level (or use its draft) with the letter drafted from the evidence
                          [--letter FILE] replace the letter's text with FILE's
                          [--pdf OUT.pdf] write the letter as a PDF
                          [--file] file it (the PDF is kept as sent) [--filed-on YYYY-MM-DD]
                          [--override-reason TEXT] appeal although the table says it is not appealable
              correct ID make the corrected claim (frequency 7, REF*F8 = the payer's claim number) and scrub it
                          --note TEXT   what was corrected and why
                          [--void]      frequency 8 (cancel the claim at the payer) instead of 7
                          [--code N=CODE] [--modifiers N=M1,M2] [--units N=U] [--remove N]  line N's changes
                          [--diagnoses D1,D2,...]  the claim's diagnoses in their new order
              trends    denial rate and dollars [--by payer|code|root-cause|carc|pos|ordering|interpreting|
                          technologist|month] [--from YYYY-MM] [--to YYYY-MM]
              refresh   the daily pass now for ORG: days left, priorities and escalations of its whole queue

            Options:
              --as USER@ORG        who acts (required)
              --format FORMAT      text (default) or json; trends also csv
              -h, --help           this help

            Exit codes: 0 done; 1 refused (the message says why: not found, changed by someone else, not allowed
            in this state); 2 wrong command line, unknown user or a role that may not do this.
            """;

    private DenialsCommand() {
    }

    /** The command line, parsed: the subcommand, its id, its options (repeatable ones as lists). */
    private record Args(String command, Long id, Map<String, List<String>> options) {
        String one(String name) {
            List<String> v = options.get(name);
            return v == null ? null : v.get(v.size() - 1);
        }

        List<String> all(String name) {
            return options.getOrDefault(name, List.of());
        }

        boolean flag(String name) {
            return options.containsKey(name);
        }
    }

    private static final Set<String> FLAGS = Set.of("--low-dollar", "--escalated", "--file", "--void");
    private static final Set<String> VALUED = Set.of("--as", "--format", "--status", "--owner", "--root-cause",
            "--payer", "--urgency", "--sort", "--limit", "--offset", "--letter", "--pdf", "--filed-on",
            "--override-reason", "--note", "--code", "--modifiers", "--units", "--remove", "--diagnoses", "--by",
            "--from", "--to");
    private static final Set<String> COMMANDS = Set.of("list", "show", "appeal", "correct", "trends", "refresh");

    /** Runs {@code denials ARGS}; returns the exit status. */
    public static int run(String[] argv, PrintStream out, PrintStream err) {
        if (argv.length == 0 || argv[0].equals("-h") || argv[0].equals("--help")) {
            out.print(USAGE);
            return argv.length == 0 ? 2 : 0;
        }
        Args args;
        try {
            args = parse(argv);
        } catch (IllegalArgumentException e) {
            return usage(err, e.getMessage());
        }
        if (args.flag("--help")) {
            out.print(USAGE);
            return 0;
        }
        String format = args.one("--format") == null ? "text" : args.one("--format");
        if (!Set.of("text", "json", "csv").contains(format) || (format.equals("csv")
                && !args.command().equals("trends"))) {
            return usage(err, "--format: expected text or json" + (args.command().equals("trends") ? " or csv" : ""));
        }
        if (args.one("--as") == null) {
            return usage(err, "expected --as USER@ORG (who acts; changes are audited under that name)");
        }
        try (ConfigurableApplicationContext context = SonoBillServer.commandContext()) {
            SonoBillUser user;
            try {
                user = (SonoBillUser) context.getBean(UserStore.class).loadUserByUsername(args.one("--as"));
            } catch (org.springframework.security.core.userdetails.UsernameNotFoundException e) {
                return usage(err, "no user \"" + args.one("--as") + "\" (give USER@ORG)");
            }
            boolean changes = Set.of("appeal", "correct", "refresh").contains(args.command());
            if (!user.active() || user.roles().stream().noneMatch(changes ? WORKERS::contains : READERS::contains)) {
                return usage(err, user.actor() + " may not " + (changes ? "work" : "read") + " denials (roles: "
                        + (changes ? "denial-specialist, biller, manager, admin" : "biller, denial-specialist, "
                        + "manager, auditor, admin") + ")");
            }
            JsonMapper json = context.getBean(JsonMapper.class);
            try {
                Object result = execute(context, user, args, format, out);
                if (result != null && format.equals("json")) {
                    out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(result));
                }
                return 0;
            } catch (ApiException e) {
                err.println("sonobill denials: " + e.getMessage() + (e.fields().isEmpty() ? "" : " "
                        + e.fields().stream().map(f -> f.field() + ": " + f.problem()).toList()));
                return e.status().is4xxClientError() && e.status().value() != 404 && e.status().value() != 409
                        && e.status().value() != 422 ? 2 : 1;
            } catch (IOException e) {
                err.println("sonobill denials: " + e.getMessage());
                return 1;
            }
        }
    }

    private static Object execute(ConfigurableApplicationContext context, SonoBillUser user, Args args, String format,
                                  PrintStream out) throws IOException {
        long org = user.organisationId();
        boolean text = format.equals("text");
        switch (args.command()) {
            case "list" -> {
                DenialQueue.Filter f = DenialController.filter(user, args.one("--status"), args.one("--owner"),
                        args.one("--root-cause"), args.one("--payer"), args.one("--urgency"),
                        args.flag("--low-dollar") ? Boolean.TRUE : null, args.flag("--escalated") ? Boolean.TRUE : null,
                        args.one("--sort") == null ? "priority" : args.one("--sort"));
                int limit = integer(args, "--limit", 50);
                int offset = integer(args, "--offset", 0);
                Paging.check(limit, offset);
                Page<QueueEntry> page = context.getBean(DenialQueue.class).list(org, f, limit, offset);
                if (text) {
                    DenialsText.list(out, page);
                    return null;
                }
                return page;
            }
            case "show" -> {
                DenialDetail d = context.getBean(DenialQueue.class).get(org, id(args));
                if (text) {
                    DenialsText.show(out, d);
                    return null;
                }
                return d;
            }
            case "appeal" -> {
                return appeal(context, user, args, text, out);
            }
            case "correct" -> {
                ClaimDetail c = context.getBean(CorrectedClaims.class).correct(user, id(args), correction(args), null);
                if (text) {
                    out.printf("Corrected claim %s (frequency %s%s) made and scrubbed: %s%n", c.claim().claimNumber(),
                            c.frequency(), c.originalClaimNumber() == null ? "" : ", REF*F8 "
                                    + c.originalClaimNumber(), c.claim().scrubStatus());
                    return null;
                }
                return c;
            }
            case "trends" -> {
                DenialTrends.Report r = context.getBean(DenialTrends.class).report(org,
                        args.one("--by") == null ? "root-cause" : args.one("--by"), month(args, "--from"),
                        month(args, "--to"));
                if (format.equals("csv")) {
                    out.print(DenialTrends.csv(r));
                    return null;
                }
                if (text) {
                    DenialsText.trends(out, r);
                    return null;
                }
                return r;
            }
            default -> {
                int n = context.getBean(DenialSchedule.class).refresh(org);
                if (text) {
                    out.println(n + " queue entries refreshed (days left, priorities, escalations)");
                    return null;
                }
                return Map.of("refreshed", n);
            }
        }
    }

    private static Object appeal(ConfigurableApplicationContext context, SonoBillUser user, Args args, boolean text,
                                 PrintStream out) throws IOException {
        long id = id(args);
        Appeals appeals = context.getBean(Appeals.class);
        DenialQueue queue = context.getBean(DenialQueue.class);
        AppealView draft = queue.appeals(user.organisationId(), id).stream()
                .filter(a -> a.status().equals("draft")).findFirst()
                .orElseGet(() -> appeals.create(user, id, args.one("--override-reason"), null));
        if (args.one("--letter") != null) {
            Path letter = Path.of(args.one("--letter"));
            if (!Files.isRegularFile(letter)) {
                throw ApiException.badField("--letter", letter + ": no such file");
            }
            draft = appeals.edit(user, id, draft.level(), Files.readString(letter), null);
        }
        if (args.flag("--file")) {
            LocalDate on = args.one("--filed-on") == null ? null : date(args.one("--filed-on"), "--filed-on");
            draft = appeals.file(user, id, draft.level(), on, null);
        }
        if (args.one("--pdf") != null) {
            Files.write(Path.of(args.one("--pdf")), appeals.pdf(user, id, draft.level()));
        }
        if (text) {
            out.printf("Denial %d: level %d %s, %s%s%n", id, draft.level(), draft.kind(), draft.status(),
                    draft.dueOn() == null ? "" : ", due " + draft.dueOn());
            if (args.one("--pdf") != null) {
                out.println("Letter written to " + args.one("--pdf"));
            } else if (!args.flag("--file")) {
                out.println();
                out.println(draft.letter());
            }
            return null;
        }
        return draft;
    }

    private static CorrectedClaims.Correction correction(Args args) {
        Map<Integer, String> codes = perLine(args.all("--code"), "--code");
        Map<Integer, String> mods = perLine(args.all("--modifiers"), "--modifiers");
        Map<Integer, String> units = perLine(args.all("--units"), "--units");
        Set<Integer> removed = new java.util.TreeSet<>();
        for (String r : args.all("--remove")) {
            removed.add(lineNumber(r, "--remove"));
        }
        Set<Integer> lines = new java.util.TreeSet<>();
        lines.addAll(codes.keySet());
        lines.addAll(mods.keySet());
        lines.addAll(units.keySet());
        lines.addAll(removed);
        List<CorrectedClaims.LineChange> changes = new ArrayList<>();
        for (int n : lines) {
            Integer u = null;
            if (units.containsKey(n)) {
                try {
                    u = Integer.parseInt(units.get(n));
                } catch (NumberFormatException e) {
                    throw ApiException.badField("--units", "expected N=UNITS with a number; found " + units.get(n));
                }
            }
            changes.add(new CorrectedClaims.LineChange(n, codes.get(n), mods.containsKey(n)
                    ? (mods.get(n).isEmpty() ? List.of() : List.of(mods.get(n).split(","))) : null, u, null,
                    removed.contains(n)));
        }
        String dx = args.one("--diagnoses");
        return new CorrectedClaims.Correction(args.flag("--void") ? "8" : "7", changes,
                dx == null ? null : List.of(dx.split(",")), args.one("--note"));
    }

    private static Map<Integer, String> perLine(List<String> values, String option) {
        Map<Integer, String> out = new HashMap<>();
        for (String v : values) {
            int eq = v.indexOf('=');
            if (eq < 1) {
                throw ApiException.badField(option, "expected N=VALUE (N the claim line number); found " + v);
            }
            out.put(lineNumber(v.substring(0, eq), option), v.substring(eq + 1).trim());
        }
        return out;
    }

    private static int lineNumber(String s, String option) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            throw ApiException.badField(option, "expected a claim line number; found " + s);
        }
    }

    private static Args parse(String[] argv) {
        String command = argv[0];
        if (!COMMANDS.contains(command)) {
            throw new IllegalArgumentException("unknown command \"" + command + "\"; expected one of list, show, "
                    + "appeal, correct, trends, refresh");
        }
        Long id = null;
        Map<String, List<String>> options = new HashMap<>();
        for (int i = 1; i < argv.length; i++) {
            String a = argv[i];
            if (a.equals("-h") || a.equals("--help")) {
                options.put("--help", List.of());
            } else if (FLAGS.contains(a)) {
                options.put(a, List.of());
            } else if (VALUED.contains(a)) {
                if (++i >= argv.length) {
                    throw new IllegalArgumentException(a + " needs a value");
                }
                options.computeIfAbsent(a, k -> new ArrayList<>()).add(argv[i]);
            } else if (a.startsWith("-")) {
                throw new IllegalArgumentException("unknown option \"" + a + "\"");
            } else if (id == null && a.matches("[0-9]{1,18}")) {
                id = Long.parseLong(a);
            } else {
                throw new IllegalArgumentException("unexpected \"" + a + "\"");
            }
        }
        boolean needsId = Set.of("show", "appeal", "correct").contains(command);
        if (needsId && id == null && !options.containsKey("--help")) {
            throw new IllegalArgumentException(command + " needs the denial's id (sonobill denials list shows them)");
        }
        if (command.equals("correct") && !options.containsKey("--note") && !options.containsKey("--help")) {
            throw new IllegalArgumentException("correct needs --note (what was corrected and why)");
        }
        return new Args(command, id, options);
    }

    private static long id(Args args) {
        return args.id();
    }

    private static int integer(Args args, String option, int fallback) {
        String v = args.one(option);
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw ApiException.badField(option, "expected a number; found " + v);
        }
    }

    private static YearMonth month(Args args, String option) {
        String v = args.one(option);
        try {
            return v == null ? null : YearMonth.parse(v);
        } catch (DateTimeParseException e) {
            throw ApiException.badField(option, "expected a month as YYYY-MM; found " + v);
        }
    }

    private static LocalDate date(String v, String option) {
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw ApiException.badField(option, "expected a date as YYYY-MM-DD; found " + v);
        }
    }

    private static int usage(PrintStream err, String problem) {
        err.println("sonobill denials: " + problem);
        err.println("Try 'sonobill denials --help'.");
        return 2;
    }
}

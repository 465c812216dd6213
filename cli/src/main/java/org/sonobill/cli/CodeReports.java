package org.sonobill.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.sonobill.engine.coding.CodingEngine;
import org.sonobill.engine.coding.CodingStatus;
import org.sonobill.engine.reference.ReferenceDataException;
import org.sonobill.engine.study.BillingRole;
import org.sonobill.engine.study.ClaimType;
import org.sonobill.report.CodedReport;
import org.sonobill.report.CodedReportJson;
import org.sonobill.report.Confidence;
import org.sonobill.report.Evidence;
import org.sonobill.report.IncomingReport;
import org.sonobill.report.ReportCoder;
import org.sonobill.report.ReportReader;
import org.sonobill.report.ReviewPoint;

/** {@code sonobill code --report}: reads free-text reports, codes what was read, prints it with its evidence. */
final class CodeReports {
    private static final long MAX_REPORT_BYTES = 1 << 20;

    private final CodeCommand cmd;
    private final CodingEngine engine;
    private final PrintWriter err;

    CodeReports(CodeCommand cmd, CodingEngine engine, PrintWriter err) {
        this.cmd = cmd;
        this.engine = engine;
        this.err = err;
    }

    int run() {
        IncomingReport context;
        try {
            context = context();
        } catch (IllegalArgumentException e) {
            err.println("sonobill code: " + e.getMessage());
            return SonoBill.INVALID_INPUT;
        }
        // the reader picks ICD-10-CM codes valid on the date of service from the same code sets the engine checks
        ReportCoder coder = new ReportCoder(ReportReader.withReference(
                org.sonobill.engine.reference.ReferenceLibrary.withUserData(cmd.dataDir.resolve())), engine);
        int invalid = 0;
        int ready = 0;
        int review = 0;
        boolean blocked = false;
        boolean engineReview = false;
        int n = cmd.threads == null ? Runtime.getRuntime().availableProcessors() : cmd.threads;
        if (n < 1 || n > 64) {
            err.println("sonobill code: --threads expects 1 to 64, found " + n);
            return SonoBill.INVALID_INPUT;
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "report-reader");
            t.setDaemon(true);
            return t;
        });
        // reports are read and coded on the pool, a bounded window ahead, and written in input order
        java.util.ArrayDeque<java.util.concurrent.Future<Result>> window = new java.util.ArrayDeque<>();
        Tally tally = new Tally();
        int ahead = n * 4;
        try (Writer out = cmd.open(); Progress progress = new Progress(err, "reports read", true)) {
            for (String name : cmd.files) {
                List<Path> files;
                try {
                    files = expand(name);
                } catch (NoSuchFileException e) {
                    invalid++;
                    err.println("sonobill code: " + name + ": no such file or directory");
                    continue;
                }
                if (files.isEmpty()) {
                    invalid++;
                    err.println("sonobill code: " + name + ": no report found; expected .txt files in the directory");
                    continue;
                }
                for (Path file : files) {
                    boolean stdin = name.equals("-");
                    window.add(pool.submit(() -> codeOne(coder, context, stdin ? null : file)));
                    while (window.size() >= ahead) {
                        tally.add(take(window.poll()), this, out, progress);
                    }
                }
            }
            while (!window.isEmpty()) {
                tally.add(take(window.poll()), this, out, progress);
            }
        } catch (ReferenceDataException e) {
            err.println("sonobill code: reference data: " + e.getMessage());
            return SonoBill.INTERNAL;
        } catch (IOException | UncheckedIOException e) {
            err.println("sonobill code: cannot write output: " + e.getMessage());
            return SonoBill.INTERNAL;
        } finally {
            pool.shutdownNow();
        }
        invalid += tally.invalid;
        ready = tally.ready;
        review = tally.review;
        blocked = tally.blocked;
        engineReview = tally.engineReview;
        if (cmd.summary || System.console() != null) {
            err.println(String.format("%,d reports read: %,d ready, %,d needs-review%s", ready + review, ready, review,
                    invalid > 0 ? String.format("; %,d unreadable", invalid) : ""));
        }
        err.flush();
        if (invalid > 0) {
            return SonoBill.INVALID_INPUT;
        }
        if ("blocked".equals(cmd.failOn) && blocked
                || "needs-review".equals(cmd.failOn) && (review > 0 || engineReview)) {
            return 1;
        }
        return 0;
    }

    /** What the written reports add up to. */
    private static final class Tally {
        int invalid;
        int ready;
        int review;
        boolean blocked;
        boolean engineReview;

        void add(Result r, CodeReports owner, Writer out, Progress progress) {
            invalid += r.write(owner, out, progress);
            ready += r.ready();
            review += r.review();
            blocked |= r.blocked();
            engineReview |= r.engineReview();
        }
    }

    /** One report read and coded on the pool, or the problem reading its file. */
    private record Result(String source, CodedReport coded, String problem) {
        int ready() {
            return coded != null && coded.confidence() == Confidence.READY ? 1 : 0;
        }

        int review() {
            return coded != null && coded.confidence() != Confidence.READY ? 1 : 0;
        }

        boolean blocked() {
            return coded != null && coded.coded().status() == CodingStatus.BLOCKED;
        }

        boolean engineReview() {
            return coded != null && coded.coded().status() != CodingStatus.READY;
        }

        /** Writes the result (or its problem to standard error); returns 1 when the file could not be read. */
        int write(CodeReports owner, Writer out, Progress progress) {
            if (problem != null) {
                owner.err.println("sonobill code: " + source + ": " + problem);
                return 1;
            }
            owner.write(out, coded, source);
            progress.tick();
            return 0;
        }
    }

    private Result codeOne(ReportCoder coder, IncomingReport context, Path file) {
        String source = file == null ? "stdin" : file.toString();
        String text;
        try {
            text = readText(file);
        } catch (IOException e) {
            return new Result(source, null, e.getMessage());
        }
        String id = file == null ? "stdin" : idOf(file);
        IncomingReport in = new IncomingReport(id, text, context.placeOfService(), context.claimType(),
                context.billingRole(), context.payer(), context.dateOfService(), null, null, null, null, null,
                cmd.signed ? Boolean.TRUE : null);
        return new Result(source, coder.code(in), null);
    }

    private static Result take(java.util.concurrent.Future<Result> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private IncomingReport context() {
        ClaimType type = null;
        if (cmd.claimType != null) {
            type = switch (cmd.claimType.toLowerCase(Locale.ROOT)) {
                case "professional" -> ClaimType.PROFESSIONAL;
                case "institutional" -> ClaimType.INSTITUTIONAL;
                default -> throw new IllegalArgumentException("--claim-type expects professional or institutional, "
                        + "found \"" + cmd.claimType + "\"");
            };
        }
        BillingRole role = null;
        if (cmd.role != null) {
            for (BillingRole r : BillingRole.values()) {
                if (r.key().equals(cmd.role.toLowerCase(Locale.ROOT))) {
                    role = r;
                }
            }
            if (role == null) {
                throw new IllegalArgumentException("--role expects professional, technical or global, found \""
                        + cmd.role + "\"");
            }
        }
        if (cmd.placeOfService != null && !cmd.placeOfService.matches("[0-9]{2}")) {
            throw new IllegalArgumentException("--pos expects a two-digit place-of-service code such as 22, found \""
                    + cmd.placeOfService + "\"");
        }
        if (cmd.payer != null && !engine.vocabulary().payers().contains(cmd.payer.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("--payer: unknown payer rule pack \"" + cmd.payer + "\"; expected one of "
                    + new java.util.TreeSet<>(engine.vocabulary().payers()));
        }
        LocalDate date = null;
        if (cmd.date != null) {
            try {
                date = LocalDate.parse(cmd.date);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("--date expects YYYY-MM-DD, found \"" + cmd.date + "\"");
            }
        }
        return new IncomingReport("context", "", cmd.placeOfService, type, role,
                cmd.payer == null ? null : cmd.payer.toLowerCase(Locale.ROOT), date, null, null, null, null, null, null);
    }

    /** A file, every .txt file under a directory (sorted, so runs are repeatable), or standard input. */
    private static List<Path> expand(String name) throws IOException {
        if (name.equals("-")) {
            return List.of(Path.of("-"));
        }
        Path p = Path.of(name);
        if (!Files.exists(p)) {
            throw new NoSuchFileException(name);
        }
        if (!Files.isDirectory(p)) {
            return List.of(p);
        }
        List<Path> out = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(p)) {
            walk.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt"))
                    .sorted()
                    .forEach(out::add);
        }
        return out;
    }

    /** The report's text: UTF-8, or Windows-1252 (what dictation systems export) when it is not valid UTF-8. */
    private static String readText(Path file) throws IOException {
        byte[] bytes;
        if (file == null) {
            InputStream in = System.in;
            bytes = in.readNBytes((int) MAX_REPORT_BYTES + 1);
        } else {
            if (Files.size(file) > MAX_REPORT_BYTES) {
                throw new IOException("larger than 1 MB; expected one dictated report per file");
            }
            bytes = Files.readAllBytes(file);
        }
        if (bytes.length > MAX_REPORT_BYTES) {
            throw new IOException("larger than 1 MB; expected one dictated report");
        }
        try {
            // kept as written (line ends included), so evidence offsets point into the file itself
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, java.nio.charset.Charset.forName("windows-1252"));
        }
    }

    private static String idOf(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    private void write(Writer out, CodedReport r, String source) {
        try {
            if (cmd.format == CodeCommand.Format.text) {
                new TextReport(out).write(r.coded());
                text(out, r);
            } else {
                CodedReportJson.write(r, source, out, cmd.pretty);
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(Writer out, CodedReport r) throws IOException {
        var doc = r.read().documentation();
        out.write("  Read from the report: " + (doc.exam() == null ? "no exam family" : doc.exam())
                + (doc.laterality() == null ? "" : ", " + doc.laterality().key())
                + (doc.limb() == null ? "" : ", " + doc.limb() + " limb") + "\n");
        out.write("  Confidence: " + r.confidence().key().toUpperCase(Locale.ROOT) + "\n");
        for (ReviewPoint p : r.review()) {
            out.write("    check " + p.code() + ": " + p.message() + "\n");
        }
        out.write("  Evidence:\n");
        for (Evidence e : r.read().evidence()) {
            String where = e.start() >= 0 ? " [" + e.start() + "-" + e.end() + "]" : "";
            String text = e.text().replace('\n', ' ');
            if (text.length() > 90) {
                text = text.substring(0, 87) + "...";
            }
            out.write("    " + e.fact() + " = " + e.value() + "  <- \"" + text + "\"" + where + "\n");
        }
        out.write("\n");
    }
}

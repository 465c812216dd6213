package org.sonobill.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sonobill.engine.catalogue.Catalogue;
import org.sonobill.engine.claim.Claim;
import org.sonobill.engine.claim.ClaimJsonReader;
import org.sonobill.engine.claim.InvalidClaimException;
import org.sonobill.engine.coverage.CoverageLibrary;
import org.sonobill.engine.coverage.InvalidCoverageException;
import org.sonobill.engine.finding.Finding;
import org.sonobill.engine.payer.InvalidPackException;
import org.sonobill.engine.payer.PayerPack;
import org.sonobill.engine.payer.PayerPacks;
import org.sonobill.engine.payer.PayerRule;
import org.sonobill.engine.pricing.LinePrice;
import org.sonobill.engine.reference.ReferenceDataException;
import org.sonobill.engine.reference.ReferenceLibrary;
import org.sonobill.engine.scrub.ClaimHistory;
import org.sonobill.engine.scrub.ScrubContext;
import org.sonobill.engine.scrub.ScrubResult;
import org.sonobill.engine.scrub.ScrubResultJson;
import org.sonobill.engine.scrub.ScrubStatus;
import org.sonobill.engine.scrub.Scrubber;
import org.sonobill.engine.study.InputProblem;
import org.sonobill.x12.claim.Claim837Reader;
import org.sonobill.x12.claim.ReadResult;
import org.sonobill.x12.claim.ReadTransaction;
import org.sonobill.x12.claim.X12Problem;
import org.sonobill.x12.input.X12InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sonobill scrub}: runs the claim edits on claims and prints findings per claim and line. */
@Command(name = "scrub", mixinStandardHelpOptions = true,
        description = {"Scrub claims: NCCI procedure-to-procedure edits, MUEs (per line and per date, across the claims "
                + "given), add-on codes, Medicare coverage articles (medical necessity), the payer's rule pack, and claim "
                + "checks (NPIs, ordering provider, place of service and 26/TC, dates and timely filing, diagnoses and "
                + "pointers, duplicate lines, replacement/void claim numbers, sex and age). Each claim gets its expected "
                + "payment (Medicare fee schedule by locality, or the payer's percentage of it) and the revenue its "
                + "findings put at risk.",
                "",
                "Input: claim documents (JSON): one per .json file, an array, or JSON Lines (.jsonl, or '-' for standard "
                        + "input); or 837P/837I X12 files from another system (recognised by content), whose transaction "
                        + "sets are validated against the 5010 guides first (a refused set is reported, not scrubbed). Each claim of a run is checked against the claims before it (MUE totals per date, same-day NCCI and add-on edits, frequency limits)."},
        footer = {"", "Exit codes: 0 all claims scrubbed; 1 a claim's status matched --fail-on; 2 a document was invalid "
                + "(the others are still scrubbed); 3 reference data or internal error."})
final class ScrubCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Claim files (.json, .jsonl) or '-' for standard input.")
    List<String> files;

    @Option(names = "--format", defaultValue = "json", description = "json (one object per line) or text. Default: ${DEFAULT-VALUE}.")
    CodeCommand.Format format;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "The scrubbing date (future dates, timely "
            + "filing). Default: today.")
    String asOf;

    @Option(names = "--fail-on", paramLabel = "STATUS", description = "Exit 1 if any claim is blocked, or held or worse "
            + "(values: blocked, held).")
    String failOn;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write results to FILE.")
    Path output;

    @Option(names = "--try-pack", paramLabel = "FILE", description = "Dry run: use this payer rule pack (replacing the "
            + "installed pack of its id) for this run only; nothing is saved.")
    List<Path> tryPacks = new ArrayList<>();

    @Option(names = "--try-rules", paramLabel = "PAYER=FILE", description = "Dry run: add the rules in FILE ({\"rules\": "
            + "[...]}) to the pack PAYER for this run only; their findings say they were tried, nothing is saved.")
    List<String> tryRules = new ArrayList<>();

    @CommandLine.Mixin
    DataDirOption dataDir = new DataDirOption();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        LocalDate date;
        try {
            date = asOf == null ? LocalDate.now() : LocalDate.parse(asOf);
        } catch (DateTimeParseException e) {
            err.println("sonobill scrub: --as-of expects YYYY-MM-DD, found \"" + asOf + "\"");
            return SonoBill.INVALID_INPUT;
        }
        if (failOn != null && !failOn.equals("blocked") && !failOn.equals("held")) {
            err.println("sonobill scrub: --fail-on expects blocked or held, found \"" + failOn + "\"");
            return SonoBill.INVALID_INPUT;
        }
        ReferenceLibrary library;
        PayerPacks packs;
        CoverageLibrary coverage;
        try {
            library = ReferenceLibrary.withUserData(dataDir.resolve());
            packs = PayerPacks.withUserPacks(dataDir.payers());
            coverage = CoverageLibrary.withUserArticles(dataDir.coverage());
            packs = tried(packs);
        } catch (InvalidPackException | InvalidCoverageException e) {
            for (String line : e.getMessage().split("\n")) {
                err.println("sonobill scrub: " + line);
            }
            return SonoBill.INVALID_INPUT;
        } catch (IllegalArgumentException e) {
            err.println("sonobill scrub: " + e.getMessage());
            return SonoBill.INVALID_INPUT;
        } catch (ReferenceDataException | UncheckedIOException e) {
            err.println("sonobill scrub: " + e.getMessage());
            return SonoBill.INTERNAL;
        }
        Scrubber scrubber = new Scrubber(library, Catalogue.bundled(), packs, coverage);
        ClaimJsonReader reader = new ClaimJsonReader(packs.ids());
        List<Claim> claims = new ArrayList<>();
        int invalid = 0;
        for (String f : files) {
            int before = claims.size();
            int[] bad = {0};
            if (!"-".equals(f) && Files.isRegularFile(Path.of(f)) && Claim837Reader.looksLikeX12(Path.of(f))) {
                invalid += readX12(Path.of(f), claims, err);
                continue;
            }
            try {
                StudyInputs.read(f, System.in, doc -> {
                    try {
                        claims.add(reader.read(doc.text(), doc.source(), doc.firstLine()));
                    } catch (InvalidClaimException e) {
                        bad[0]++;
                        for (InputProblem p : e.problems()) {
                            err.println("sonobill scrub: " + p.describe());
                        }
                    }
                });
                if (claims.size() == before && bad[0] == 0) {
                    bad[0]++;
                    err.println("sonobill scrub: " + f + ": no claim found; expected a JSON object describing a claim");
                }
            } catch (NoSuchFileException e) {
                bad[0]++;
                err.println("sonobill scrub: " + f + ": no such file");
            } catch (IOException e) {
                bad[0]++;
                err.println("sonobill scrub: " + f + ": cannot read: " + e.getMessage());
            }
            invalid += bad[0];
        }
        Map<ScrubStatus, Integer> counts = new EnumMap<>(ScrubStatus.class);
        BigDecimal expected = BigDecimal.ZERO;
        BigDecimal atRisk = BigDecimal.ZERO;
        // every claim of the run is history for the others (the index skips a claim's own units by its id)
        ScrubContext context = new ScrubContext(date, ClaimHistory.of(claims));
        try (Writer out = open(); Progress progress = new Progress(err, "scrubbed", true)) {
            // claims are scrubbed and rendered on every core in batches, and written in their input order
            final int batch = 4096;
            for (int from = 0; from < claims.size(); from += batch) {
                List<Rendered> done = claims.subList(from, Math.min(claims.size(), from + batch)).parallelStream()
                        .map(c -> render(scrubber.scrub(c, context))).toList();
                for (Rendered d : done) {
                    ScrubResult r = d.result();
                    progress.tick();
                    counts.merge(r.status(), 1, Integer::sum);
                    if (r.pricing().priced()) {
                        expected = expected.add(r.pricing().total());
                    }
                    atRisk = atRisk.add(r.revenueAtRisk());
                    out.write(d.text());
                }
            }
        } catch (ReferenceDataException e) {
            err.println("sonobill scrub: reference data: " + e.getMessage());
            return SonoBill.INTERNAL;
        } catch (IOException | UncheckedIOException e) {
            err.println("sonobill scrub: cannot write output: " + e.getMessage());
            return SonoBill.INTERNAL;
        }
        err.printf("%,d claims scrubbed: %,d clean, %,d held, %,d blocked%s; expected payment $%,.2f, revenue at risk $%,.2f%n",
                claims.size(), counts.getOrDefault(ScrubStatus.CLEAN, 0), counts.getOrDefault(ScrubStatus.HELD, 0),
                counts.getOrDefault(ScrubStatus.BLOCKED, 0), invalid > 0 ? String.format("; %,d invalid", invalid) : "",
                expected, atRisk);
        err.flush();
        if (invalid > 0) {
            return SonoBill.INVALID_INPUT;
        }
        boolean blocked = counts.getOrDefault(ScrubStatus.BLOCKED, 0) > 0;
        boolean held = counts.getOrDefault(ScrubStatus.HELD, 0) > 0;
        return "blocked".equals(failOn) && blocked || "held".equals(failOn) && (blocked || held) ? 1 : 0;
    }

    /**
     * Adds the claims of an 837 file (recognised by its content) whose transaction sets pass validation; prints the
     * problems of the others. Returns how many transaction sets (or files) were refused.
     */
    private static int readX12(Path file, List<Claim> claims, PrintWriter err) {
        ReadResult r;
        try {
            r = new Claim837Reader().read(file);
        } catch (X12InputException e) {
            err.println("sonobill scrub: " + e.getMessage());
            return 1;
        }
        for (X12Problem p : r.problems()) {
            err.println("sonobill scrub: " + p.describe());
        }
        int refused = r.envelopeProblems().isEmpty() ? 0 : 1;
        for (ReadTransaction t : r.transactions()) {
            if (!t.accepted()) {
                refused++;
                err.println("sonobill scrub: " + file + ": transaction set " + t.controlNumber() + " refused ("
                        + t.claimSegments() + " claims not scrubbed)");
            }
        }
        r.acceptedClaims().forEach(s -> claims.add(s.claim()));
        if (r.claimCount() == 0) {
            err.println("sonobill scrub: " + file + ": no claim (CLM) found in this X12 file");
            refused++;
        }
        return refused;
    }

    /** The installed packs with the dry-run packs and rules of this run applied (never saved). */
    private PayerPacks tried(PayerPacks packs) {
        for (Path p : tryPacks) {
            packs = packs.with(PayerPacks.read(p), "tried from " + p);
        }
        for (String spec : tryRules) {
            int eq = spec.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("--try-rules expects PAYER=FILE, found \"" + spec + "\"");
            }
            String payer = spec.substring(0, eq);
            PayerPack pack = packs.get(payer);
            if (pack == null) {
                throw new IllegalArgumentException("--try-rules: unknown payer pack \"" + payer + "\"; expected one of "
                        + new java.util.TreeSet<>(packs.ids()));
            }
            List<PayerRule> rules = PayerPacks.readRules(Path.of(spec.substring(eq + 1))).stream()
                    .map(r -> new PayerRule(r.id(), r.description(), r.when(), r.then(),
                            r.source() + " [dry run: tried from " + spec.substring(eq + 1) + ", not saved]"))
                    .toList();
            packs = packs.with(pack.withExtraRules(rules), packs.origin(payer) + " + tried rules");
        }
        return packs;
    }

    /** A result and its output text. */
    private record Rendered(ScrubResult result, String text) {
    }

    private Rendered render(ScrubResult r) {
        StringWriter w = new StringWriter(1024);
        try {
            if (format == CodeCommand.Format.text) {
                text(w, r);
            } else {
                ScrubResultJson.write(r, w, false);
                w.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Rendered(r, w.toString());
    }

    private static void text(Writer out, ScrubResult r) throws IOException {
        out.write("Claim " + r.claimId() + "  " + r.status().key().toUpperCase(Locale.ROOT));
        if (r.pricing().priced()) {
            out.write(String.format("  expected $%,.2f (%s)", r.pricing().total(), r.pricing().locality()));
            if (r.revenueAtRisk().signum() > 0) {
                out.write(String.format("  at risk $%,.2f", r.revenueAtRisk()));
            }
        }
        out.write("\n");
        for (LinePrice p : r.pricing().lines()) {
            out.write(String.format("  line %d %-5s %10s  %s%n", p.line(), p.code(),
                    p.amount() == null ? "unpriced" : String.format("$%,.2f", p.amount()), p.basis()));
        }
        for (String n : r.pricing().notes()) {
            out.write("  note: " + n + "\n");
        }
        if (r.findings().isEmpty()) {
            out.write("  No findings.\n");
        }
        for (Finding f : r.findings()) {
            out.write(String.format("  %-7s %-11s %s%s%n", f.severity().label().toUpperCase(Locale.ROOT), f.code(), f.message(),
                    f.revenueImpact() != null && f.severity() != org.sonobill.engine.finding.Severity.INFO
                            ? String.format(" [at risk $%,.2f]", f.revenueImpact()) : ""));
            out.write("      fix: " + f.fix() + "\n");
            out.write("      source: " + f.source() + "\n");
        }
        out.write("\n");
    }

    private Writer open() throws IOException {
        if (output != null) {
            return Files.newBufferedWriter(output, StandardCharsets.UTF_8);
        }
        return new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16) {
            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}

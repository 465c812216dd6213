package org.sonobill.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
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
import org.sonobill.engine.finding.Finding;
import org.sonobill.engine.payer.PayerPacks;
import org.sonobill.engine.reference.ReferenceDataException;
import org.sonobill.engine.reference.ReferenceLibrary;
import org.sonobill.engine.scrub.ClaimHistory;
import org.sonobill.engine.scrub.ScrubContext;
import org.sonobill.engine.scrub.ScrubResult;
import org.sonobill.engine.scrub.ScrubResultJson;
import org.sonobill.engine.scrub.ScrubStatus;
import org.sonobill.engine.scrub.Scrubber;
import org.sonobill.engine.study.InputProblem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sonobill scrub}: runs the claim edits on claims and prints findings per claim and line. */
@Command(name = "scrub", mixinStandardHelpOptions = true,
        description = {"Scrub claims: NCCI procedure-to-procedure edits, MUEs (per line and per date, across the claims "
                + "given), add-on codes, and claim checks (NPIs, ordering provider, place of service and 26/TC, dates and "
                + "timely filing, diagnoses and pointers, duplicate lines, replacement/void claim numbers).",
                "",
                "Input: claim documents (JSON): one per .json file, an array, or JSON Lines (.jsonl, or '-' for standard "
                        + "input). Claims of the same run are each other's history for MUE totals per date."},
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
        ReferenceLibrary library = ReferenceLibrary.withUserData(dataDir.resolve());
        Scrubber scrubber = new Scrubber(library, Catalogue.bundled());
        ClaimJsonReader reader = new ClaimJsonReader(PayerPacks.bundled().ids());
        List<Claim> claims = new ArrayList<>();
        int invalid = 0;
        for (String f : files) {
            int before = claims.size();
            int[] bad = {0};
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
        // every claim of the run is history for the others (the index skips a claim's own units by its id)
        ScrubContext context = new ScrubContext(date, ClaimHistory.of(claims));
        try (Writer out = open(); Progress progress = new Progress(err, "scrubbed", true)) {
            for (Claim c : claims) {
                ScrubResult r = scrubber.scrub(c, context);
                progress.tick();
                counts.merge(r.status(), 1, Integer::sum);
                if (format == CodeCommand.Format.text) {
                    text(out, r);
                } else {
                    ScrubResultJson.write(r, out, false);
                    out.write('\n');
                }
            }
        } catch (ReferenceDataException e) {
            err.println("sonobill scrub: reference data: " + e.getMessage());
            return SonoBill.INTERNAL;
        } catch (IOException | UncheckedIOException e) {
            err.println("sonobill scrub: cannot write output: " + e.getMessage());
            return SonoBill.INTERNAL;
        }
        err.printf("%,d claims scrubbed: %,d clean, %,d held, %,d blocked%s%n", claims.size(),
                counts.getOrDefault(ScrubStatus.CLEAN, 0), counts.getOrDefault(ScrubStatus.HELD, 0),
                counts.getOrDefault(ScrubStatus.BLOCKED, 0), invalid > 0 ? String.format("; %,d invalid", invalid) : "");
        err.flush();
        if (invalid > 0) {
            return SonoBill.INVALID_INPUT;
        }
        boolean blocked = counts.getOrDefault(ScrubStatus.BLOCKED, 0) > 0;
        boolean held = counts.getOrDefault(ScrubStatus.HELD, 0) > 0;
        return "blocked".equals(failOn) && blocked || "held".equals(failOn) && (blocked || held) ? 1 : 0;
    }

    private static void text(Writer out, ScrubResult r) throws IOException {
        out.write("Claim " + r.claimId() + "  " + r.status().key().toUpperCase(Locale.ROOT) + "\n");
        if (r.findings().isEmpty()) {
            out.write("  No findings.\n");
        }
        for (Finding f : r.findings()) {
            out.write(String.format("  %-7s %-11s %s%n", f.severity().label().toUpperCase(Locale.ROOT), f.code(), f.message()));
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

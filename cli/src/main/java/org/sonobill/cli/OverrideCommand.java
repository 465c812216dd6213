package org.sonobill.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;
import org.sonobill.engine.catalogue.Catalogue;
import org.sonobill.engine.claim.Claim;
import org.sonobill.engine.claim.ClaimJsonReader;
import org.sonobill.engine.claim.InvalidClaimException;
import org.sonobill.engine.claim.Override;
import org.sonobill.engine.coverage.CoverageLibrary;
import org.sonobill.engine.coverage.InvalidCoverageException;
import org.sonobill.engine.finding.Finding;
import org.sonobill.engine.finding.Severity;
import org.sonobill.engine.payer.InvalidPackException;
import org.sonobill.engine.payer.PayerPacks;
import org.sonobill.engine.reference.ReferenceDataException;
import org.sonobill.engine.reference.ReferenceLibrary;
import org.sonobill.engine.scrub.ScrubContext;
import org.sonobill.engine.scrub.ScrubResult;
import org.sonobill.engine.scrub.Scrubber;
import org.sonobill.engine.study.InputProblem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sonobill override}: records a person's decision to let a finding pass, on the claim document itself, with
 * the reason, who and when. The claim is scrubbed first: only a finding the claim really raises can be overridden.
 */
@Command(name = "override", mixinStandardHelpOptions = true,
        description = {"Record an override of a scrubber finding on a claim document: the finding code, the line's code "
                + "(for a line finding), the reason, who and when. The claim is scrubbed first and only a warning or "
                + "error it raises can be overridden; the finding then stays in the results as information naming the "
                + "override. The claim file is rewritten atomically (or written to --output)."},
        footer = {"", "Example:", "  sonobill override claim.json --finding SB-CLM-011 --line 76942 \\",
                "      --reason \"two separate lesions biopsied, documented\" --by jdoe",
                "", "Exit codes: 0 recorded; 2 invalid claim or no such finding on the claim; 3 reference data or write error."})
final class OverrideCommand implements Callable<Integer> {
    @Parameters(paramLabel = "CLAIM", description = "A claim document (.json) holding one claim.")
    Path file;

    @Option(names = "--finding", required = true, paramLabel = "CODE", description = "The finding code, e.g. SB-CLM-011.")
    String finding;

    @Option(names = "--line", paramLabel = "CPT", description = "The code of the line the finding is about (required when "
            + "the finding is about a line).")
    String line;

    @Option(names = "--reason", required = true, description = "Why the finding does not apply (kept with the claim).")
    String reason;

    @Option(names = "--by", required = true, paramLabel = "NAME", description = "Who decides (user name).")
    String by;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "The scrubbing date. Default: today.")
    String asOf;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the claim here instead of rewriting CLAIM.")
    Path output;

    @CommandLine.Mixin
    DataDirOption dataDir = new DataDirOption();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @java.lang.Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (reason.isBlank() || by.isBlank()) {
            err.println("sonobill override: --reason and --by must not be empty");
            return SonoBill.INVALID_INPUT;
        }
        LocalDate date;
        try {
            date = asOf == null ? LocalDate.now() : LocalDate.parse(asOf);
        } catch (DateTimeParseException e) {
            err.println("sonobill override: --as-of expects YYYY-MM-DD, found \"" + asOf + "\"");
            return SonoBill.INVALID_INPUT;
        }
        try {
            PayerPacks packs = PayerPacks.withUserPacks(dataDir.payers());
            Scrubber scrubber = new Scrubber(ReferenceLibrary.withUserData(dataDir.resolve()), Catalogue.bundled(), packs,
                    CoverageLibrary.withUserArticles(dataDir.coverage()));
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Claim claim = new ClaimJsonReader(packs.ids()).read(text, file.toString(), 1);
            ScrubResult before = scrubber.scrub(claim, new ScrubContext(date, List.of()));
            List<Finding> matching = before.findings().stream()
                    .filter(f -> f.code().equals(finding) && (line == null || line.equals(f.lineCode()))).toList();
            if (matching.isEmpty()) {
                err.println("sonobill override: " + file + ": claim " + claim.id() + " raises no finding " + finding
                        + (line != null ? " on a " + line + " line" : "") + "; it raises: " + raised(before));
                return SonoBill.INVALID_INPUT;
            }
            if (matching.stream().allMatch(f -> f.severity() == Severity.INFO)) {
                err.println("sonobill override: " + finding + " is information only (or already overridden); nothing to override");
                return SonoBill.INVALID_INPUT;
            }
            String lineCode = line != null ? line : matching.get(0).lineCode();
            Override o = new Override(finding, lineCode, reason.trim(), by.trim(),
                    LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES));
            Claim after = claim.withOverride(o);
            ScrubResult result = scrubber.scrub(after, new ScrubContext(date, List.of()));
            Path target = output != null ? output : file;
            try {
                write(text, o, target);
            } catch (IOException e) {
                err.println("sonobill override: cannot write " + target + ": " + e.getMessage());
                return SonoBill.INTERNAL;
            }
            spec.commandLine().getOut().printf("recorded override of %s%s on claim %s by %s; the claim is now %s%n", finding,
                    lineCode != null ? " (" + lineCode + ")" : "", claim.id(), by.trim(), result.status().key());
            return 0;
        } catch (InvalidClaimException e) {
            for (InputProblem p : e.problems()) {
                err.println("sonobill override: " + p.describe());
            }
            return SonoBill.INVALID_INPUT;
        } catch (InvalidPackException | InvalidCoverageException e) {
            err.println("sonobill override: " + e.getMessage());
            return SonoBill.INVALID_INPUT;
        } catch (NoSuchFileException e) {
            err.println("sonobill override: " + file + ": no such file");
            return SonoBill.INVALID_INPUT;
        } catch (ReferenceDataException e) {
            err.println("sonobill override: reference data: " + e.getMessage());
            return SonoBill.INTERNAL;
        } catch (IOException | UncheckedIOException e) {
            err.println("sonobill override: " + e.getMessage());
            return SonoBill.INTERNAL;
        }
    }

    private static String raised(ScrubResult r) {
        List<String> codes = r.findings().stream().filter(f -> f.severity() != Severity.INFO)
                .map(f -> f.code() + (f.lineCode() != null ? "@" + f.lineCode() : "")).distinct().toList();
        return codes.isEmpty() ? "no warnings or errors" : String.join(", ", codes);
    }

    /**
     * Adds the override to the document as it was written — every other field (notes, $schema, the author's order)
     * stays — into a temporary file beside the target, then moves it over: never half a claim on disk.
     */
    private static void write(String original, Override o, Path target) throws IOException {
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode doc =
                (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(original);
        com.fasterxml.jackson.databind.node.ArrayNode overrides = doc.has("overrides") && doc.get("overrides").isArray()
                ? (com.fasterxml.jackson.databind.node.ArrayNode) doc.get("overrides") : doc.putArray("overrides");
        com.fasterxml.jackson.databind.node.ObjectNode n = overrides.addObject();
        n.put("findingCode", o.findingCode());
        if (o.lineCode() != null) {
            n.put("lineCode", o.lineCode());
        }
        n.put("reason", o.reason());
        n.put("by", o.by());
        n.put("at", o.at().toString());
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, ".sonobill-override", ".part");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            w.write(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(doc));
            w.write('\n');
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}

package org.sonobill.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sonobill.engine.payer.InvalidPackException;
import org.sonobill.engine.payer.PayerPacks;
import org.sonobill.x12.claim.Claim837Writer;
import org.sonobill.x12.claim.ClaimKind;
import org.sonobill.x12.claim.InvalidSubmissionException;
import org.sonobill.x12.claim.Refusal;
import org.sonobill.x12.claim.SubmissionBatch;
import org.sonobill.x12.claim.SubmissionJsonReader;
import org.sonobill.x12.claim.WriteResult;
import org.sonobill.x12.claim.X12Problem;
import org.sonobill.x12.control.ControlNumberException;
import org.sonobill.x12.control.FileControlNumbers;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sonobill x12 837}: writes an 837P or 837I batch from claims with their parties. */
@Command(name = "837", mixinStandardHelpOptions = true,
        description = {"Write an 837P (005010X222A1) or 837I (005010X223A2) batch from claims with their parties "
                + "(the JSON format of docs/x12.md; example: examples/x12/claims-837p.json).",
                "",
                "Every claim is validated against SonoBill's implementation schema before anything is written; a claim "
                        + "that fails is refused, naming its loop, segment and element, and the others are written. "
                        + "Interchange control numbers come from --control-file and never repeat."},
        footer = {"", "Exit codes: 0 every claim written; 1 some claims refused (the others were written); 2 invalid "
                + "input or usage (nothing written); 3 internal error or control numbers unavailable."})
final class Write837Command implements Callable<Integer> {
    /** Exit code when claims were refused but the others written. */
    static final int REFUSED = 1;

    enum Type { P, I }

    @Option(names = "--claims", required = true, paramLabel = "FILE", description = "Claims with parties (JSON).")
    Path claims;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write the 837 to FILE (default: standard "
            + "output).")
    Path out;

    @Option(names = "--type", defaultValue = "P", paramLabel = "P|I", description = "P professional (837P) or I "
            + "institutional (837I). Default: ${DEFAULT-VALUE}.")
    Type type;

    @Option(names = "--format", defaultValue = "text", description = "How refusals are reported on standard error: "
            + "text or json (one object per refused claim). Default: ${DEFAULT-VALUE}.")
    CodeCommand.Format format;

    @Option(names = "--control-file", paramLabel = "FILE", description = "Where the last interchange control number "
            + "is kept (default: $SONOBILL_HOME/x12-control-number, or ~/.sonobill/x12-control-number); one file per "
            + "sender id.")
    Path controlFile;

    @Option(names = "--primary-835", paramLabel = "FILE", description = "The primary payer's 835 remittance(s): a "
            + "secondary or tertiary claim (subscriber responsibility S or T) without priorPayers gets loops "
            + "2320/2330/2430 from its claim payment there (found by CLP01 = claim id; lines by REF*6R). Repeatable.")
    List<Path> primary835 = new ArrayList<>();

    @CommandLine.Mixin
    DataDirOption dataDir = new DataDirOption();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        SubmissionBatch batch;
        try {
            PayerPacks packs = PayerPacks.withUserPacks(dataDir.payers());
            batch = new SubmissionJsonReader(packs.ids()).read(claims);
        } catch (NoSuchFileException e) {
            err.println("sonobill x12 837: " + claims + ": no such file");
            return SonoBill.INVALID_INPUT;
        } catch (IOException e) {
            err.println("sonobill x12 837: " + claims + ": cannot read: " + e.getMessage());
            return SonoBill.INVALID_INPUT;
        } catch (InvalidSubmissionException e) {
            e.problems().forEach(p -> err.println("sonobill x12 837: " + p));
            return SonoBill.INVALID_INPUT;
        } catch (InvalidPackException e) {
            err.println("sonobill x12 837: " + e.getMessage());
            return SonoBill.INVALID_INPUT;
        }
        batch.unreadable().forEach(p -> err.println("sonobill x12 837: " + p));
        if (!primary835.isEmpty()) {
            List<org.sonobill.x12.remit.ClaimPayment> payments = new ArrayList<>();
            for (Path f : primary835) {
                try (org.sonobill.x12.input.X12Input in = org.sonobill.x12.input.X12Input.open(f)) {
                    org.sonobill.x12.remit.RemittanceReader.readAll(in).forEach(r -> payments.addAll(r.claims()));
                } catch (org.sonobill.x12.input.X12InputException e) {
                    err.println("sonobill x12 837: --primary-835 " + e.getMessage());
                    return SonoBill.INVALID_INPUT;
                } catch (IOException e) {
                    err.println("sonobill x12 837: --primary-835 " + f + ": " + e.getMessage());
                    return SonoBill.INVALID_INPUT;
                }
            }
            org.sonobill.x12.claim.PriorPayers priors = new org.sonobill.x12.claim.PriorPayers(payments);
            batch = new SubmissionBatch(batch.interchange(), batch.claims().stream().map(priors::complete).toList(),
                    batch.unreadable());
        }
        ClaimKind kind = type == Type.I ? ClaimKind.INSTITUTIONAL : ClaimKind.PROFESSIONAL;
        Claim837Writer writer = new Claim837Writer(controlFile == null ? FileControlNumbers.inSonoBillHome()
                : new FileControlNumbers(controlFile), Clock.systemDefaultZone());
        WriteResult result;
        try (OutputStream sink = open(); Progress progress = new Progress(err, "validated", true)) {
            result = writer.write(batch.interchange(), kind, batch.claims(), sink, progress::tick);
        } catch (ControlNumberException e) {
            err.println("sonobill x12 837: " + e.getMessage());
            return SonoBill.INTERNAL;
        } catch (IllegalArgumentException e) {
            err.println("sonobill x12 837: " + claims + ": " + e.getMessage());
            deleteEmpty();
            return SonoBill.INVALID_INPUT;
        } catch (IOException | UncheckedIOException e) {
            err.println("sonobill x12 837: cannot write " + (out == null ? "standard output" : out) + ": "
                    + e.getMessage());
            return SonoBill.INTERNAL;
        }
        report(err, result);
        err.printf("%,d claims written in %,d transaction set%s%s; %,d refused%s%n", result.written(),
                result.transactionSets(), result.transactionSets() == 1 ? "" : "s",
                result.written() > 0 ? " (interchange control number " + result.interchangeControlNumber() + ")" : "",
                result.refusals().size() + batch.unreadable().size(),
                out != null && result.written() > 0 ? "; 837" + kind.letter() + " in " + out : "");
        err.flush();
        if (result.written() == 0) {
            deleteEmpty();
        }
        return result.refusals().isEmpty() && batch.unreadable().isEmpty() ? 0 : REFUSED;
    }

    private void report(PrintWriter err, WriteResult result) {
        for (Refusal r : result.refusals()) {
            if (format == CodeCommand.Format.json) {
                List<String> problems = new ArrayList<>();
                for (X12Problem p : r.problems()) {
                    problems.add("{\"loop\":" + quote(p.loop()) + ",\"segment\":" + quote(p.segment())
                            + ",\"element\":" + quote(p.element() > 0 ? p.reference() : "")
                            + ",\"message\":" + quote(p.message()) + "}");
                }
                err.println("{\"refused\":" + quote(r.claimId()) + ",\"index\":" + r.index()
                        + ",\"problems\":[" + String.join(",", problems) + "]}");
            } else {
                err.println("refused claim " + r.claimId() + " (entry " + r.index() + "):");
                for (X12Problem p : r.problems()) {
                    err.println("  " + p.describe());
                }
            }
        }
    }

    private static String quote(String s) {
        return "\"" + new String(com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance().quoteAsString(
                s == null ? "" : s)) + "\"";
    }

    private OutputStream open() throws IOException {
        if (out != null) {
            return new BufferedOutputStream(Files.newOutputStream(out), 1 << 16);
        }
        return new BufferedOutputStream(System.out, 1 << 16) {
            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    private void deleteEmpty() {
        if (out == null) {
            return;
        }
        try {
            if (Files.size(out) == 0) {
                Files.delete(out);
            }
        } catch (IOException ignored) {
            // an empty output file left behind says nothing wrong; the summary already says nothing was written
        }
    }
}

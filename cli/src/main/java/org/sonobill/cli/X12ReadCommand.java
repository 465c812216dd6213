package org.sonobill.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sonobill.x12.ack.AcknowledgmentReader;
import org.sonobill.x12.input.InputOptions;
import org.sonobill.x12.input.X12Input;
import org.sonobill.x12.input.X12InputException;
import org.sonobill.x12.input.X12Location;
import org.sonobill.x12.remit.RemittanceReader;
import org.sonobill.x12.validate.ValidationReport;
import org.sonobill.x12.validate.X12Validator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sonobill x12 read}: prints what X12 files hold, or why they cannot be read. */
@Command(name = "read", mixinStandardHelpOptions = true,
        description = {"Read X12 5010 files and print what they hold: for an 835, each payment, claim payment, "
                + "service line, adjustment, provider-level adjustment and balancing finding (claims are printed as "
                + "they are read, so files of any size work); for a 999, 277CA or TA1, each acknowledgment; for an "
                + "837P or 837I, each transaction set, claim and line, and every departure from the implementation "
                + "guide (a transaction set with one is refused).",
                "",
                "Files in another version than 5010, with a truncated or garbled ISA header, or damaged are refused "
                        + "with the file, segment and element named."},
        footer = {"", "Exit codes: 0 all files read; 1 --validate found departures from the guides; 2 a file was "
                + "refused (the others are still read)."})
final class X12ReadCommand implements Callable<Integer> {
    /** The readers by transaction type (ST01); a TA1-only interchange has none. */
    private static final Map<String, FileReader> READERS = Map.of(
            "837", X12ReadCommand::claims,
            "835", X12ReadCommand::remittance,
            "999", X12ReadCommand::acknowledgments,
            "277", X12ReadCommand::acknowledgments,
            "", X12ReadCommand::acknowledgments);

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "X12 files (any of 837P, 837I, 835, 999, 277CA, TA1).")
    List<Path> files;

    @Option(names = "--format", defaultValue = "text", description = "text or json (one JSON object per line, each "
            + "with its file and record type). Default: ${DEFAULT-VALUE}.")
    CodeCommand.Format format;

    @Option(names = "--validate", description = "Also validate each file against SonoBill's implementation schemas "
            + "(835 005010X221A1, 999 005010X231A1, 277CA 005010X214) with StAEDI and list every departure from the "
            + "guide; exit 1 when any is found.")
    boolean validate;

    @Option(names = "--accept-missing-envelope", description = "Read files that start with GS or ST (no ISA header), "
            + "inferring the delimiters from the first segment; the assumptions are printed.")
    boolean acceptMissingEnvelope;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Reads one opened file and prints it. */
    @FunctionalInterface
    interface FileReader {
        /** Reads and prints; false when the file is refused for what it holds (its problems printed). */
        boolean read(X12Input input, X12Printer printer) throws IOException;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        InputOptions options = acceptMissingEnvelope ? InputOptions.acceptingMissingEnvelope() : InputOptions.strict();
        int refused = 0;
        int invalid = 0;
        for (Path file : files) {
            X12Printer printer = format == CodeCommand.Format.json ? new X12JsonPrinter(out) : new X12TextPrinter(out);
            try (X12Input input = X12Input.open(file, options)) {
                FileReader reader = READERS.get(input.transactionType());
                if (reader == null) {
                    throw new X12InputException(X12Location.of(input.source()),
                            "transaction set " + input.transactionType() + " (ST01) is not one 'x12 read' reads: "
                                    + "it reads 837P/837I claims, 835 remittances and 999, 277CA and TA1 "
                                    + "acknowledgments");
                }
                printer.file(input);
                if (!reader.read(input, printer)) {
                    refused++;
                    out.flush();
                    err.println("sonobill x12 read: " + file + ": refused for the problems listed");
                    continue;
                }
                if (validate && !validated(file, options, printer)) {
                    invalid++;
                }
            } catch (X12InputException e) {
                refused++;
                out.flush();
                err.println("sonobill x12 read: " + e.getMessage());
            } catch (IOException e) {
                refused++;
                err.println("sonobill x12 read: " + file + ": " + e.getMessage());
            }
            out.flush();
        }
        if (files.size() > 1) {
            err.println((files.size() - refused) + " of " + files.size() + " files read"
                    + (refused > 0 ? ", " + refused + " refused" : ""));
        }
        return refused > 0 ? SonoBill.INVALID_INPUT : invalid > 0 ? 1 : 0;
    }

    /** Validation reads the file a second time, through StAEDI, so the fast reading above stays streaming. */
    private static boolean validated(Path file, InputOptions options, X12Printer printer) throws IOException {
        try (X12Input again = X12Input.open(file, options)) {
            ValidationReport report = X12Validator.validate(again);
            printer.validation(report);
            return report.isValid();
        }
    }

    private static boolean remittance(X12Input input, X12Printer printer) {
        printer.summary(RemittanceReader.read(input, printer));
        return true;
    }

    private static boolean acknowledgments(X12Input input, X12Printer printer) {
        printer.acknowledgments(AcknowledgmentReader.read(input));
        return true;
    }

    /** An 837P/837I, validated per transaction set against the implementation schemas as it is read. */
    private static boolean claims(X12Input input, X12Printer printer) {
        org.sonobill.x12.claim.ReadResult r = new org.sonobill.x12.claim.Claim837Reader().read(input.utf8Stream(),
                input.source());
        printer.claims(r);
        return r.accepted() && r.claimCount() > 0;
    }
}

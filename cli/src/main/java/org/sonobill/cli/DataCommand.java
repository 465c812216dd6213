package org.sonobill.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.sonobill.engine.reference.DataVersion;
import org.sonobill.engine.reference.DatasetKind;
import org.sonobill.engine.reference.ReferenceDataException;
import org.sonobill.engine.reference.ReferenceLibrary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sonobill data}: load next quarter's CMS files and see what is loaded. */
@Command(name = "data", mixinStandardHelpOptions = true,
        description = "Reference data: CMS NCCI PTP/MUE/add-on edits, fee schedule, ICD-10-CM, place of service, CARC/RARC.",
        subcommands = {DataCommand.Import.class, DataCommand.Status.class})
final class DataCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code sonobill data import KIND FILE --effective DATE}. */
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Load a CMS or CDC file in its own layout as a new version, effective from a date of service.",
                    "The file is read completely and checked first; nothing is saved if it does not load.",
                    "Earlier versions are kept: each study is coded with the version in force on its date of service.",
                    "",
                    "KIND is one of: ptp (= ptp-practitioner), ptp-hospital, mue (= mue-practitioner), mue-hospital, "
                            + "aoc, rvu, gpci, icd10cm, pos, carc, rarc."},
            footer = {"", "Example:", "  sonobill data import ptp ccipra-v313r0-f1.zip --effective 2026-10-01",
                    "  sonobill data import gpci RVU27A.zip --effective 2027-01-01",
                    "  sonobill data import icd10cm icd10cm-Code-Descriptions-2027.zip --effective 2026-10-01"})
    static final class Import implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "KIND", description = "Dataset kind.")
        String kind;

        @Parameters(index = "1", paramLabel = "FILE", description = "The file as published (.txt, .csv, .gz or .zip).")
        Path file;

        @Option(names = "--effective", required = true, paramLabel = "YYYY-MM-DD",
                description = "First date of service the file governs.")
        String effective;

        @Option(names = "--label", description = "A name for this version (default: kind and date).")
        String label;

        @CommandLine.Mixin
        DataDirOption dataDir = new DataDirOption();

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            DatasetKind k = DatasetKind.byKey(kind).orElse(null);
            if (k == null) {
                err.println("sonobill data import: unknown kind \"" + kind + "\"; expected ptp, ptp-hospital, mue, "
                        + "mue-hospital, aoc, rvu, gpci, icd10cm, pos, carc or rarc");
                return SonoBill.INVALID_INPUT;
            }
            LocalDate eff;
            try {
                eff = LocalDate.parse(effective);
            } catch (DateTimeParseException e) {
                err.println("sonobill data import: --effective expects a date as YYYY-MM-DD, found \"" + effective + "\"");
                return SonoBill.INVALID_INPUT;
            }
            try {
                ReferenceLibrary lib = ReferenceLibrary.withUserData(dataDir.resolve());
                ReferenceLibrary.ImportResult r = lib.importFile(k, file, eff,
                        label != null ? label : k.key() + " effective " + eff);
                spec.commandLine().getOut().printf("imported %s: %,d %s, effective %s, stored at %s%n", k.key(),
                        r.rows(), r.rows() == 1 ? "row" : "rows", eff, r.version().origin());
                return 0;
            } catch (ReferenceDataException e) {
                err.println("sonobill data import: " + e.getMessage());
                err.println("expected: " + k.layout());
                return SonoBill.INVALID_INPUT;
            } catch (java.io.UncheckedIOException e) {
                err.println("sonobill data import: " + file + ": cannot read it as " + k.key() + " (" + e.getCause().getMessage()
                        + "); is the file complete and not truncated?");
                err.println("expected: " + k.layout());
                return SonoBill.INVALID_INPUT;
            }
        }
    }

    /** {@code sonobill data status}. */
    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "List the reference data loaded: each dataset's versions, effective dates and origin.")
    static final class Status implements Callable<Integer> {
        @Option(names = "--verify", description = "Load every version and print its row count.")
        boolean verify;

        @Option(names = "--format", defaultValue = "text", description = "text or json. Default: ${DEFAULT-VALUE}.")
        String format;

        @CommandLine.Mixin
        DataDirOption dataDir = new DataDirOption();

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            ReferenceLibrary lib = ReferenceLibrary.withUserData(dataDir.resolve());
            PrintWriter out = spec.commandLine().getOut();
            boolean json = format.equals("json");
            if (!json && !format.equals("text")) {
                spec.commandLine().getErr().println("sonobill data status: --format expects text or json, found \"" + format + "\"");
                return SonoBill.INVALID_INPUT;
            }
            if (json) {
                out.print("[");
            } else {
                out.printf("%-18s %-11s %-8s %s%n", "DATASET", "EFFECTIVE", "ROWS", "VERSION (origin)");
            }
            boolean first = true;
            for (DataVersion v : lib.versions()) {
                String rows = verify ? String.valueOf(lib.rowsOf(v)) : "-";
                if (json) {
                    out.print((first ? "" : ",") + "{\"kind\":\"" + v.kind().key() + "\",\"effective\":\"" + v.effective()
                            + "\",\"label\":" + quote(v.label()) + ",\"origin\":" + quote(v.origin())
                            + (verify ? ",\"rows\":" + rows : "") + "}");
                } else {
                    out.printf("%-18s %-11s %-8s %s (%s)%n", v.kind().key(), v.effective(), rows, v.label(), v.origin());
                }
                first = false;
            }
            if (json) {
                out.println("]");
            }
            return 0;
        }

        private static String quote(String s) {
            return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
    }
}

package org.sonobill.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code sonobill} command. Plain Java over the engine: it never starts Spring. */
@Command(name = "sonobill", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "SonoBill: ultrasound coding, documentation checks and claim scrubbing.",
        subcommands = {CodeCommand.class, ScrubCommand.class, OverrideCommand.class, PayerCommand.class,
                CoverageCommand.class, DataCommand.class, CatalogueCommand.class, X12Command.class, ReportsCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "The server (docs/server.md), run by ./sonobill from the server jar:",
                "  serve [--port N] [--hl7-port N --hl7-as USER@ORG]   REST API, sign-in, audit trail, HL7 listener",
                "  demo [--port N]               the same, with the demo organisation",
                "  init CODE NAME --admin USER   a new organisation and its administrator",
                "  loadtest [--users N]          measure the API on a temporary database",
                "  remit post FILE.835 --org C   post 835 payments to the organisation's claims",
                "  denials list|show|appeal|correct|trends --as USER@ORG   work the denial queue",
                "  hl7 import FILE... --as USER@ORG    HL7 v2 results read and coded into studies",
                "  fhir import FILE... --as USER@ORG   FHIR R4 DiagnosticReports, the same way",
                "  postbench [--lines N]         measure 835 posting on a temporary database",
                "  denialbench [--lines N]       measure the denial queue and trend queries",
                "", "Exit codes: 0 done; 1 a study matched --fail-on; 2 invalid input or usage; 3 reference data or internal error."})
public final class SonoBill implements Runnable {

    /** Exit code for invalid input or usage. */
    static final int INVALID_INPUT = 2;
    /** Exit code for reference-data or internal errors. */
    static final int INTERNAL = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line (also used by tests). */
    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new SonoBill());
        cl.setExecutionExceptionHandler((ex, line, parse) -> {
            line.getErr().println("sonobill: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            return INTERNAL;
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("sonobill: " + ex.getMessage());
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
            return INVALID_INPUT;
        });
        return cl;
    }
}

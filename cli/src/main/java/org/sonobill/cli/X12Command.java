package org.sonobill.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code sonobill x12}: X12 5010 files in and out. */
@Command(name = "x12", mixinStandardHelpOptions = true,
        description = "X12 5010 EDI: read remittances (835) and acknowledgments (999, 277CA, TA1).",
        subcommands = {X12ReadCommand.class})
final class X12Command implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}

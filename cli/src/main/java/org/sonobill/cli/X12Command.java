package org.sonobill.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code sonobill x12}: X12 5010 files in and out (docs/x12.md). */
@Command(name = "x12", mixinStandardHelpOptions = true,
        description = "X12 5010 EDI: write 837P/837I claim files; read 837, 835 remittances and 999/277CA/TA1 "
                + "acknowledgments.",
        subcommands = {Write837Command.class, X12ReadCommand.class})
final class X12Command implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}

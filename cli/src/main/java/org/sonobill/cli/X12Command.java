package org.sonobill.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code sonobill x12}: X12 5010 EDI files. Subcommands are added here ({@code 837} writes claims; reading commands
 * join it as further subcommands).
 */
@Command(name = "x12", mixinStandardHelpOptions = true,
        description = "X12 5010 EDI: write 837P/837I claim files (docs/x12.md).",
        subcommands = {Write837Command.class})
final class X12Command implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}

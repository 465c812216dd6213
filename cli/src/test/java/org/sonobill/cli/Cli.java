package org.sonobill.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine;

/** The command-line tests' harness: runs {@code sonobill} in-process with its output captured, plus small file helpers. */
final class Cli {
    private Cli() {
    }

    /** What one run did: its exit code and what it wrote to standard output and standard error. */
    record Run(int exit, String out, String err) {
    }

    /** Runs {@code sonobill args} and captures what it writes to the command line's out and err writers. */
    static Run run(String... args) {
        CommandLine cl = SonoBill.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    /**
     * Runs {@code sonobill args} where args name {@code output} as the results file (scrub and code write results to the
     * process's standard output otherwise); the run's {@code out} is that file's text, or what went to the out writer when
     * the file was not written.
     */
    static Run runWritingTo(Path output, String... args) {
        Run r = run(args);
        try {
            return Files.exists(output) ? new Run(r.exit(), Files.readString(output), r.err()) : r;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code text} to {@code dir/name} and returns that path. */
    static Path write(Path dir, String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    /** Everything under {@code root} (files and directories, not root itself); empty when root does not exist. */
    static List<Path> entriesUnder(Path root) throws IOException {
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> !p.equals(root)).toList();
        }
    }
}

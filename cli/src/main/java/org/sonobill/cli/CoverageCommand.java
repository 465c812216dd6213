package org.sonobill.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import org.sonobill.engine.coverage.CoverageArticle;
import org.sonobill.engine.coverage.CoverageGroup;
import org.sonobill.engine.coverage.CoverageLibrary;
import org.sonobill.engine.coverage.InvalidCoverageException;
import org.sonobill.engine.study.InputProblem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sonobill coverage}: the Medicare coverage articles used for medical-necessity checks. */
@Command(name = "coverage", mixinStandardHelpOptions = true,
        description = "Medicare coverage articles (LCD billing and coding articles): covered ICD-10-CM codes per CPT code, "
                + "frequency limits and documentation requirements, used by `sonobill scrub` for Medicare claims. "
                + "See docs/coverage.md for the file format.",
        subcommands = {CoverageCommand.ListArticles.class, CoverageCommand.Import.class})
final class CoverageCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code sonobill coverage list [--code CPT]}. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the articles loaded (bundled and imported).")
    static final class ListArticles implements Callable<Integer> {
        @Option(names = "--code", paramLabel = "CPT", description = "Only articles governing this code.")
        String code;

        @CommandLine.Mixin
        DataDirOption dataDir = new DataDirOption();

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            CoverageLibrary lib;
            try {
                lib = CoverageLibrary.withUserArticles(dataDir.coverage());
            } catch (InvalidCoverageException e) {
                for (InputProblem p : e.problems()) {
                    spec.commandLine().getErr().println("sonobill coverage list: " + p.describe());
                }
                return SonoBill.INVALID_INPUT;
            }
            PrintWriter out = spec.commandLine().getOut();
            lib.all().stream().filter(a -> code == null || a.governs(code))
                    .sorted(Comparator.comparing(CoverageArticle::id).thenComparing(CoverageArticle::version))
                    .forEach(a -> {
                        int dx = a.groups().stream().mapToInt(g -> g.covered().size()).sum();
                        out.printf("%s v%d  %s  %s  effective %s%s  %s%n", a.id(), a.version(), a.contractor(),
                                String.join(",", a.states()), a.effective(), a.ending() == null ? "" : " to " + a.ending(),
                                a.complete() ? "complete" : "PARTIAL list");
                        out.println("    " + a.title());
                        for (CoverageGroup g : a.groups()) {
                            out.printf("    %s: %s -> %d covered diagnosis entries%n", g.name(), String.join(" ", g.codes()),
                                    g.covered().size());
                        }
                        if (dx == 0) {
                            out.println("    (no covered diagnoses transcribed)");
                        }
                    });
            return 0;
        }
    }

    /** {@code sonobill coverage import FILE}. */
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Validate a coverage article file and add it to the data directory. An article with the same "
                    + "id and version as a bundled one replaces it; a new version governs its own dates of service."},
            footer = {"", "Exit codes: 0 imported; 2 invalid (nothing imported); 3 could not write."})
    static final class Import implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "A coverage article (.json, docs/coverage.md).")
        Path file;

        @CommandLine.Mixin
        DataDirOption dataDir = new DataDirOption();

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            try {
                CoverageArticle a = CoverageLibrary.importFile(file, dataDir.coverage());
                spec.commandLine().getOut().printf("imported coverage article %s v%d (%s, effective %s) into %s%n", a.id(),
                        a.version(), a.contractor(), a.effective(), dataDir.coverage());
                return 0;
            } catch (InvalidCoverageException e) {
                for (InputProblem p : e.problems()) {
                    spec.commandLine().getErr().println("sonobill coverage import: " + p.describe());
                }
                return SonoBill.INVALID_INPUT;
            } catch (UncheckedIOException e) {
                spec.commandLine().getErr().println("sonobill coverage import: " + e.getMessage());
                return SonoBill.INTERNAL;
            }
        }
    }
}

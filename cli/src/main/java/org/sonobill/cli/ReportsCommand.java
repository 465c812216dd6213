package org.sonobill.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sonobill.engine.coding.CodingEngine;
import org.sonobill.report.ReportCoder;
import org.sonobill.report.ReportReader;
import org.sonobill.report.evaluation.CodeLine;
import org.sonobill.report.evaluation.Evaluation;
import org.sonobill.report.evaluation.Label;
import org.sonobill.report.evaluation.Labels;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sonobill reports}: work on collections of free-text reports. */
@Command(name = "reports", mixinStandardHelpOptions = true,
        description = "Free-text reports: score the report reader against coder labels.",
        subcommands = {ReportsCommand.Evaluate.class})
final class ReportsCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code sonobill reports evaluate LABELS...}. */
    @Command(name = "evaluate", mixinStandardHelpOptions = true,
            description = {"Read and code every report of one or more labelled sets and compare with what a certified "
                    + "coder assigned (labels.json: expected lines, acceptable alternatives, ambiguity).",
                    "",
                    "Counts: unambiguous reports marked ready, ready reports with a wrong code set (the failure that "
                            + "matters), ambiguous reports answered acceptably or sent to review."},
            footer = {"", "Examples:",
                    "  sonobill reports evaluate ../shared/data/reports/labels.json",
                    "  sonobill reports evaluate --format json report/src/test/resources/corpus/labels.json",
                    "",
                    "Exit codes: 0 no ready report is wrong; 1 a ready report has a wrong code set; 2 a labels file "
                            + "or report could not be read."})
    static final class Evaluate implements Callable<Integer> {
        enum Format { text, json }

        @Parameters(paramLabel = "LABELS", arity = "1..*", description = "labels.json files; the reports sit beside them.")
        List<Path> labels;

        @Option(names = "--date", paramLabel = "YYYY-MM-DD", defaultValue = "2026-03-02", description = "Date of "
                + "service to code with (labels carry none; a fixed date keeps runs comparable). Default: ${DEFAULT-VALUE}.")
        String date;

        @Option(names = "--format", defaultValue = "text", description = "text (a table and totals) or json. "
                + "Default: ${DEFAULT-VALUE}.")
        Format format;

        @Option(names = "--all", description = "List every report, not only those not ready or wrong.")
        boolean all;

        @CommandLine.Mixin
        DataDirOption dataDir = new DataDirOption();

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            LocalDate dos;
            try {
                dos = LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                err.println("sonobill reports evaluate: --date expects YYYY-MM-DD, found \"" + date + "\"");
                return SonoBill.INVALID_INPUT;
            }
            Evaluation evaluation = new Evaluation(new ReportCoder(ReportReader.withReference(
                    org.sonobill.engine.reference.ReferenceLibrary.withUserData(dataDir.resolve())),
                    CodingEngine.withUserData(dataDir.resolve())), dos);
            PrintWriter out = spec.commandLine().getOut();
            boolean wrong = false;
            try {
                JsonGenerator json = format == Format.json ? new JsonFactory().createGenerator(out) : null;
                if (json != null) {
                    json.writeStartArray();
                }
                for (Path file : labels) {
                    if (!Files.isRegularFile(file)) {
                        err.println("sonobill reports evaluate: " + file + ": no such file");
                        return SonoBill.INVALID_INPUT;
                    }
                    List<Label> set = Labels.read(file);
                    Evaluation.Summary s = evaluation.run(file, set);
                    wrong |= s.readyWrong() > 0;
                    if (json != null) {
                        json(json, file, s);
                    } else {
                        text(out, file, s);
                    }
                }
                if (json != null) {
                    json.writeEndArray();
                    json.flush();
                    out.println();
                }
            } catch (Labels.InvalidLabelsException e) {
                err.println("sonobill reports evaluate: " + e.getMessage());
                return SonoBill.INVALID_INPUT;
            } catch (IOException e) {
                err.println("sonobill reports evaluate: cannot read: " + e.getMessage());
                return SonoBill.INVALID_INPUT;
            }
            out.flush();
            return wrong ? 1 : 0;
        }

        private void text(PrintWriter out, Path file, Evaluation.Summary s) {
            out.println(file + ": " + s.results().size() + " reports");
            for (Evaluation.Result r : s.results()) {
                if (!all && r.outcome() == Evaluation.Outcome.READY_RIGHT) {
                    continue;
                }
                out.printf("  %-14s %-13s %-10s read %-40s labelled %s%n", r.label().file(),
                        r.outcome().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                        r.label().ambiguous() ? "ambiguous" : "", lines(r.coded()), lines(r.label().expected()));
                if (r.outcome() != Evaluation.Outcome.READY_RIGHT) {
                    r.review().forEach(p -> out.println("                 " + p));
                }
            }
            out.printf("  unambiguous: %d of %d ready (%.1f %%), %d of them right%n", s.unambiguousReady(),
                    s.unambiguous(), 100.0 * s.unambiguousReadyRate(), s.unambiguousReadyRight());
            out.printf("  ambiguous: %d of %d answered acceptably or sent to review%n", s.ambiguousHandled(),
                    s.ambiguous());
            out.printf("  ready: %d, of which wrong: %d (precision %.1f %%); code set right (ready or not): %d of %d%n",
                    s.ready(), s.readyWrong(), 100.0 * s.readyPrecision(), s.codeSetRight(), s.results().size());
            out.printf("  diagnoses: %d of the %d ICD-10-CM codes labelled were coded (%d coded in all)%n",
                    s.diagnosesFound(), s.diagnosesLabelled(), s.diagnosesCoded());
        }

        private static String lines(java.util.Set<CodeLine> lines) {
            return lines.isEmpty() ? "(none)" : lines.stream().map(CodeLine::toString)
                    .collect(java.util.stream.Collectors.joining(" "));
        }

        private static void json(JsonGenerator g, Path file, Evaluation.Summary s) throws IOException {
            g.writeStartObject();
            g.writeStringField("labels", file.toString());
            g.writeNumberField("reports", s.results().size());
            g.writeNumberField("unambiguous", s.unambiguous());
            g.writeNumberField("unambiguousReady", s.unambiguousReady());
            g.writeNumberField("unambiguousReadyRight", s.unambiguousReadyRight());
            g.writeNumberField("ambiguous", s.ambiguous());
            g.writeNumberField("ambiguousHandled", s.ambiguousHandled());
            g.writeNumberField("ready", s.ready());
            g.writeNumberField("readyWrong", s.readyWrong());
            g.writeNumberField("codeSetRight", s.codeSetRight());
            g.writeNumberField("diagnosesLabelled", s.diagnosesLabelled());
            g.writeNumberField("diagnosesFound", s.diagnosesFound());
            g.writeNumberField("diagnosesCoded", s.diagnosesCoded());
            g.writeArrayFieldStart("results");
            for (Evaluation.Result r : s.results()) {
                g.writeStartObject();
                g.writeStringField("file", r.label().file());
                g.writeBooleanField("ambiguous", r.label().ambiguous());
                g.writeStringField("confidence", r.confidence().key());
                g.writeStringField("outcome", r.outcome().name().toLowerCase(Locale.ROOT).replace('_', '-'));
                g.writeStringField("read", lines(r.coded()));
                g.writeStringField("expected", lines(r.label().expected()));
                g.writeArrayFieldStart("review");
                for (String p : r.review()) {
                    g.writeString(p);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }
}

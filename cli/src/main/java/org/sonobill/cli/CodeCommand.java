package org.sonobill.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sonobill.engine.coding.CodedStudy;
import org.sonobill.engine.coding.CodedStudyJson;
import org.sonobill.engine.coding.CodingEngine;
import org.sonobill.engine.coding.CodingStatus;
import org.sonobill.engine.reference.ReferenceDataException;
import org.sonobill.engine.study.InputProblem;
import org.sonobill.engine.study.InvalidStudyException;
import org.sonobill.engine.study.StudyDocumentation;
import org.sonobill.engine.study.StudyJsonReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sonobill code}: codes study documents and prints lines, modifiers, diagnoses and findings. */
@Command(name = "code", mixinStandardHelpOptions = true,
        description = {"Code ultrasound studies: pick CPT codes, modifiers, units and diagnoses, and report every "
                + "documentation gap with its fix and source.",
                "",
                "Input: JSON study documents (docs/study.schema.json). A .json file holds one study, a JSON array of "
                        + "studies, or JSON Lines; a .jsonl/.ndjson file or '-' (standard input) holds one study per line.",
                "With --report: free-text reports (one per file; a directory means every .txt file under it), read "
                        + "into study documentation with the evidence behind each fact and a confidence: ready or "
                        + "needs-review (docs/reports.md)."},
        footer = {"", "Examples:",
                "  sonobill code examples/studies/01-abdomen-complete-outpatient-hospital.json",
                "  sonobill code --format text examples/studies/*.json",
                "  sonobill code --fail-on blocked batch.jsonl > coded.jsonl",
                "  sonobill code --report --format text report.txt",
                "  sonobill code --report --pos 11 --role global --payer commercial --date 2026-03-02 reports/",
                "",
                "Exit codes: 0 all studies coded; 1 a study's status matched --fail-on; 2 a document was invalid "
                        + "(the others are still coded); 3 reference data or internal error."})
final class CodeCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { json, text }

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Study files (.json, .jsonl) or '-' for standard input.")
    List<String> files;

    @Option(names = "--report", description = "Read free-text reports (.txt) instead of JSON study documents.")
    boolean report;

    @Option(names = "--pos", paramLabel = "CODE", description = "With --report: place of service (two digits). "
            + "Default: 22 (hospital outpatient).")
    String placeOfService;

    @Option(names = "--role", paramLabel = "ROLE", description = "With --report: professional, technical or global. "
            + "Default: decided by place of service.")
    String role;

    @Option(names = "--claim-type", paramLabel = "TYPE", description = "With --report: professional (837P) or "
            + "institutional (837I). Default: professional.")
    String claimType;

    @Option(names = "--payer", paramLabel = "PACK", description = "With --report: the payer rule pack. Default: medicare.")
    String payer;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "With --report: the date of service. Default: a "
            + "date written on the report, else today.")
    String date;

    @Option(names = "--threads", paramLabel = "N", description = "With --report: read and code on N threads (output "
            + "stays in input order). Default: the number of processors.")
    Integer threads;

    @Option(names = "--signed", description = "With --report: the reports are final, signed interpretations (a text "
            + "file cannot say so unless it carries a signature line).")
    boolean signed;

    @Option(names = "--format", defaultValue = "json", description = "Output: json (one JSON object per line, "
            + "JSON Lines) or text (for people). Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--pretty", description = "Indent JSON output (one study per indented document).")
    boolean pretty;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write results to FILE instead of standard output.")
    Path output;

    @Option(names = "--fail-on", paramLabel = "STATUS", description = "Exit 1 if any study is blocked, or "
            + "needs-review or worse (values: blocked, needs-review).")
    String failOn;

    @Option(names = "--summary", description = "Print a summary (studies by status) to standard error at the end. "
            + "On by default when standard error is a terminal.")
    boolean summary;

    @CommandLine.Mixin
    DataDirOption dataDir = new DataDirOption();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (failOn != null && !failOn.equals("blocked") && !failOn.equals("needs-review")) {
            err.println("sonobill code: --fail-on expects blocked or needs-review, found \"" + failOn + "\"");
            return SonoBill.INVALID_INPUT;
        }
        if (!report && (placeOfService != null || role != null || claimType != null || payer != null || date != null
                || signed || threads != null)) {
            err.println("sonobill code: --pos, --role, --claim-type, --payer, --date, --signed and --threads go with --report; a JSON study "
                    + "carries its own context");
            return SonoBill.INVALID_INPUT;
        }
        CodingEngine engine;
        try {
            engine = CodingEngine.withUserData(dataDir.resolve());
        } catch (org.sonobill.engine.payer.InvalidPackException e) {
            e.problems().forEach(p -> err.println("sonobill code: " + p.describe()));
            return SonoBill.INVALID_INPUT;
        }
        if (report) {
            return new CodeReports(this, engine, err).run();
        }
        StudyJsonReader reader = new StudyJsonReader(engine.vocabulary());
        Map<CodingStatus, Integer> counts = new EnumMap<>(CodingStatus.class);
        int[] invalid = {0};
        int[] documents = {0};
        try (Writer out = open(); Progress progress = new Progress(err, "coded", true)) {
            TextReport text = new TextReport(out);
            for (String f : files) {
                try {
                    int before = documents[0];
                    StudyInputs.read(f, System.in, doc -> {
                        documents[0]++;
                        StudyDocumentation study;
                        try {
                            study = reader.read(doc.text(), doc.source(), doc.firstLine());
                        } catch (InvalidStudyException e) {
                            invalid[0]++;
                            for (InputProblem p : e.problems()) {
                                err.println("sonobill code: " + p.describe());
                            }
                            return;
                        }
                        CodedStudy coded = engine.code(study);
                        counts.merge(coded.status(), 1, Integer::sum);
                        write(out, text, coded);
                        progress.tick();
                    });
                    if (documents[0] == before) {
                        invalid[0]++;
                        err.println("sonobill code: " + (f.equals("-") ? "stdin" : f) + ": no study found; expected a "
                                + "JSON object describing a study (or several: an array, or one per line)");
                    }
                } catch (NoSuchFileException e) {
                    invalid[0]++;
                    err.println("sonobill code: " + f + ": no such file");
                } catch (IOException e) {
                    invalid[0]++;
                    err.println("sonobill code: " + f + ": cannot read: " + e.getMessage());
                }
            }
        } catch (ReferenceDataException e) {
            err.println("sonobill code: reference data: " + e.getMessage());
            return SonoBill.INTERNAL;
        } catch (IOException | UncheckedIOException e) {
            err.println("sonobill code: cannot write output: " + e.getMessage());
            return SonoBill.INTERNAL;
        }
        if (summary || System.console() != null) {
            err.println(summaryLine(counts, invalid[0]));
        }
        err.flush();
        if (invalid[0] > 0) {
            return SonoBill.INVALID_INPUT;
        }
        boolean blocked = counts.getOrDefault(CodingStatus.BLOCKED, 0) > 0;
        boolean review = counts.getOrDefault(CodingStatus.NEEDS_REVIEW, 0) > 0;
        if ("blocked".equals(failOn) && blocked || "needs-review".equals(failOn) && (blocked || review)) {
            return 1;
        }
        return 0;
    }

    private void write(Writer out, TextReport text, CodedStudy coded) {
        try {
            if (format == Format.text) {
                text.write(coded);
            } else {
                CodedStudyJson.write(coded, out, pretty);
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Writer open() throws IOException {
        if (output != null) {
            Path parent = output.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            return Files.newBufferedWriter(output, StandardCharsets.UTF_8);
        }
        return new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16) {
            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    static String summaryLine(Map<CodingStatus, Integer> counts, int invalid) {
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        return String.format("%,d studies coded: %,d ready, %,d needs-review, %,d blocked%s", total,
                counts.getOrDefault(CodingStatus.READY, 0), counts.getOrDefault(CodingStatus.NEEDS_REVIEW, 0),
                counts.getOrDefault(CodingStatus.BLOCKED, 0), invalid > 0 ? String.format("; %,d invalid", invalid) : "");
    }
}

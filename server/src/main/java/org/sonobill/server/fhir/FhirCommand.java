package org.sonobill.server.fhir;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.sonobill.server.report.ImportRun;
import org.sonobill.server.report.ImportRun.Item;
import org.sonobill.server.web.ApiException;
import org.sonobill.server.web.ProblemHandler;
import org.springframework.http.HttpStatus;

/**
 * {@code sonobill fhir import FILE... --as USER@ORG}: FHIR R4 DiagnosticReports from files, taken exactly as
 * {@code POST /api/fhir/DiagnosticReport} takes them.
 */
public final class FhirCommand {
    public static final String COMMAND = "fhir";
    private static final String USAGE = """
            Usage: sonobill fhir import FILE... --as USER@ORG [--format text|json]

            Imports FHIR R4 DiagnosticReports into the server's database ($SONOBILL_DB_URL, or the embedded one in
            $SONOBILL_DB_DIR, default ~/.sonobill/db; stop a running embedded server first), as user USER of
            organisation ORG (a coder, manager or administrator). Each file holds one resource, JSON or XML: a
            DiagnosticReport, or a Bundle with DiagnosticReports and the Patient, Encounter, ServiceRequest and
            Practitioners they point to. Each report is read, coded and kept as a study with its evidence; a file's
            reports are kept together or not at all. A report whose accession SonoBill has already is not written
            again.

            Options:
              --as USER@ORG     who imports (required; the studies are audited under that name)
              --format FORMAT   text (default: one line per file) or json
              -h, --help        this help

            Exit codes: 0 every file taken (or known already); 2 some file refused (the line names the FHIRPath)
            or failed, or a wrong command line or user; 1 a file could not be read.
            """;

    private FhirCommand() {
    }

    /** Runs {@code fhir ARGS}; returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return ImportRun.run(COMMAND, USAGE, args, out, err, (context, user, file, done) -> {
            String content = Files.readString(file, StandardCharsets.UTF_8);
            FhirIntake intake = context.getBean(FhirIntake.class);
            Item item;
            try {
                List<Long> ids = intake.take(user, content).stream().map(d -> d.study().id()).toList();
                item = new Item(file.toString(), 1, "processed", ids.size() + " stud" + (ids.size() == 1 ? "y" : "ies")
                        + " received (" + String.join(", ", ids.stream().map(id -> "study " + id).toList()) + ")",
                        ids);
            } catch (ApiException e) {
                item = new Item(file.toString(), 1, e.status() == HttpStatus.CONFLICT ? "duplicate" : "refused",
                        e.getMessage(), List.of());
            } catch (RuntimeException e) {
                item = new Item(file.toString(), 1, "failed", "SonoBill could not store the report (incident "
                        + ProblemHandler.logIncident(e) + "); nothing of the file was saved", List.of());
            }
            done.accept(item);
        });
    }
}

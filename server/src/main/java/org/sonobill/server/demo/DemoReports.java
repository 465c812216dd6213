package org.sonobill.server.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sonobill.report.IncomingReport;
import org.sonobill.server.report.ReportIntake;
import org.sonobill.server.report.ReportIntake.Arrival;
import org.sonobill.server.report.ReportSource;
import org.sonobill.server.study.StudyRequests.PatientInput;
import org.springframework.stereotype.Component;

/**
 * The demo's free-text reports ({@code demo/reports}: ten dictated reports of different families), received in the
 * last days as an interface sends them and taken by {@link ReportIntake}, so the worklist shows studies read from
 * reports with their evidence: those the reader and the engine are sure of coded, the rest waiting for a coder.
 */
@Component
class DemoReports {
    static final String FOLDER = "/demo/reports/";
    private final ReportIntake intake;

    DemoReports(ReportIntake intake) {
        this.intake = intake;
    }

    /** One row of {@code reports.tsv}. */
    record Spec(String file, int daysAgo, String placeOfService, String payer, String sex, LocalDate birthDate,
                String lastName, String firstName, String orderingNpi, String interpretingNpi) {
    }

    /** Receives every report; returns the studies made. */
    List<Long> receive(DemoOrg org, LocalDate today) {
        List<Long> out = new ArrayList<>();
        List<Spec> specs = specs();
        for (int i = 0; i < specs.size(); i++) {
            Spec s = specs.get(i);
            String accession = String.format("DEMO-RPT-%04d", i + 1);
            IncomingReport report = new IncomingReport(accession, read(s.file()), s.placeOfService(), null, null,
                    org.payer(s.payer()).pack(), today.minusDays(s.daysAgo()), null, null, null, s.orderingNpi(),
                    s.interpretingNpi(), true);
            PatientInput patient = new PatientInput(String.format("DEMO-R%05d", i + 1), s.lastName(), s.firstName(),
                    s.sex(), s.birthDate(), null, null, null);
            out.add(intake.intake(org.coder(), new Arrival(accession, patient, null, report, ReportSource.TEXT))
                    .study().id());
        }
        return out;
    }

    static List<Spec> specs() {
        List<Spec> out = new ArrayList<>();
        for (String line : read("reports.tsv").split("\n")) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("file\t")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 10) {
                throw new IllegalStateException(FOLDER + "reports.tsv: expected 10 tab-separated columns, found "
                        + f.length + " in \"" + line + "\"");
            }
            out.add(new Spec(f[0], Integer.parseInt(f[1]), f[2], f[3], f[4], LocalDate.parse(f[5]), f[6], f[7], f[8],
                    f[9]));
        }
        return out;
    }

    static String read(String name) {
        try (InputStream in = DemoReports.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("no demo report " + FOLDER + name + " in the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

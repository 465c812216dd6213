package org.sonobill.report.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sonobill.engine.coding.CodingEngine;
import org.sonobill.report.ReportCoder;
import org.sonobill.report.ReportReader;

/**
 * The reader on the real MTSamples reports of ../shared/data/reports (conformance layer: skipped, saying so, when
 * the shared data is not beside the project).
 */
class DevelopmentSetTest {
    static final Path LABELS = Path.of("..", "..", "shared", "data", "reports", "labels.json");

    @Test
    void neverMarksAReportReadyWithAWrongCodeAndReadiesMostUnambiguousOnes() throws Exception {
        assumeTrue(Files.exists(LABELS), "../shared/data/reports is not beside the project: development set skipped");
        Evaluation evaluation = new Evaluation(new ReportCoder(ReportReader.standard(), CodingEngine.bundled()),
                LocalDate.of(2026, 3, 2));
        Evaluation.Summary s = evaluation.run(LABELS, Labels.read(LABELS));
        assertThat(s.results()).filteredOn(r -> r.outcome() == Evaluation.Outcome.READY_WRONG)
                .extracting(r -> r.label().file() + " read " + r.coded() + " expected " + r.label().expected())
                .isEmpty();
        assertThat(s.unambiguousReadyRate()).as("unambiguous reports ready").isGreaterThanOrEqualTo(0.85);
    }
}

package org.sonobill.report;

import java.util.ArrayList;
import java.util.List;
import org.sonobill.engine.coding.CodedStudy;
import org.sonobill.engine.coding.CodingEngine;

/** Reads a report and codes what was read: the one entry point the CLI, the server and the adapters share. */
public final class ReportCoder {
    private final ReportReader reader;
    private final CodingEngine engine;

    public ReportCoder(ReportReader reader, CodingEngine engine) {
        this.reader = reader;
        this.engine = engine;
    }

    /** Reads and codes one report. */
    public CodedReport code(IncomingReport report) {
        ReadReport read = reader.read(report);
        CodedStudy coded = engine.code(read.documentation());
        List<ReviewPoint> review = new ArrayList<>(read.review());
        if (coded.lines().isEmpty() && read.documentation().procedures().isEmpty()) {
            review.add(new ReviewPoint("RPT-NO-LINE", null, "No billable line was coded from this report: query the "
                    + "interpreting physician or code it by hand.", -1, -1));
        }
        Confidence confidence = review.isEmpty() ? Confidence.READY : Confidence.NEEDS_REVIEW;
        return new CodedReport(read, coded, confidence, review);
    }

    /** The reader in use. */
    public ReportReader reader() {
        return reader;
    }

    /** The engine in use. */
    public CodingEngine engine() {
        return engine;
    }
}

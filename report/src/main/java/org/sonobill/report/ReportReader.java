package org.sonobill.report;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sonobill.engine.catalogue.Catalogue;
import org.sonobill.report.lexicon.Lexicon;
import org.sonobill.report.read.Reading;
import org.sonobill.report.read.StudyReading;

/**
 * Reads a free-text ultrasound report into study documentation with evidence. Thread-safe and immutable once
 * built; build one per process ({@link #standard()}) and share it. Deterministic: the same text gives the same
 * documentation, evidence and confidence, with no remote service and no model.
 */
public final class ReportReader {
    private final Lexicon lexicon;
    private final StudyReading study;

    private ReportReader(Lexicon lexicon, Catalogue catalogue) {
        this.lexicon = lexicon;
        this.study = new StudyReading(catalogue);
    }

    /** The reader with the lexicon shipped in the jar ({@code report/*.tsv}) and the bundled exam catalogue. */
    public static ReportReader standard() {
        return new ReportReader(Lexicon.bundled(), Catalogue.bundled());
    }

    /** Reads one report. Never throws on odd text: what cannot be read becomes a review point. */
    public ReadReport read(IncomingReport report) {
        Reading reading = new Reading(report, lexicon);
        var documentation = study.read(reading);
        List<ReviewPoint> review = reading.review();
        return new ReadReport(documentation, reading.evidence(),
                review.isEmpty() ? Confidence.READY : Confidence.NEEDS_REVIEW, review);
    }
}

package org.sonobill.report;

import java.util.List;
import org.sonobill.engine.catalogue.Catalogue;
import org.sonobill.engine.reference.IcdCode;
import org.sonobill.engine.reference.ReferenceLibrary;
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

    private ReportReader(Lexicon lexicon, Catalogue catalogue, ReferenceLibrary reference) {
        this.lexicon = lexicon;
        this.study = new StudyReading(catalogue, (code, date) -> {
            IcdCode c = reference.icd10cm(date).table().get(code);
            return c != null && c.billable();
        });
    }

    /**
     * The reader with the lexicon shipped in the jar ({@code report/*.tsv}), the bundled exam catalogue and the
     * bundled ICD-10-CM code sets (which decide a code's form on the date of service).
     */
    public static ReportReader standard() {
        return new ReportReader(Lexicon.bundled(), Catalogue.bundled(), ReferenceLibrary.bundled());
    }

    /** The reader with the ICD-10-CM code sets a user imported ({@code sonobill data import icd10cm}). */
    public static ReportReader withReference(ReferenceLibrary reference) {
        return new ReportReader(Lexicon.bundled(), Catalogue.bundled(), reference);
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

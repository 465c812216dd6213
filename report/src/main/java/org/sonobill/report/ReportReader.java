package org.sonobill.report;

/**
 * Reads a free-text ultrasound report into study documentation with evidence. Thread-safe and immutable once
 * built; build one per process ({@link #standard()}) and share it.
 */
public final class ReportReader {

    private ReportReader() {
    }

    /** The reader with the lexicon shipped in the jar ({@code report/*.tsv}). */
    public static ReportReader standard() {
        return new ReportReader();
    }

    /** Reads one report. Never throws on odd text: what cannot be read becomes a review point. */
    public ReadReport read(IncomingReport report) {
        throw new UnsupportedOperationException("reader under construction");
    }
}

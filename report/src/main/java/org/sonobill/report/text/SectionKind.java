package org.sonobill.report.text;

/** The parts of a dictated report, recognised by their headings. */
public enum SectionKind {
    /** The exam line or title ("EXAM:", "PROCEDURE PERFORMED:", a first short line naming the study). */
    TITLE,
    /** History, indication, reason for exam, clinical information. */
    HISTORY,
    /** Technique, procedure description, protocol. */
    TECHNIQUE,
    /** Comparison with prior studies. */
    COMPARISON,
    /** Findings, interpretation, description, and subheadings under them (organs, sides, biometry). */
    FINDINGS,
    /** Impression, conclusion, summary, diagnosis. */
    IMPRESSION,
    /** Boilerplate that describes nothing of this study (disclaimers, mammography information). */
    OTHER
}

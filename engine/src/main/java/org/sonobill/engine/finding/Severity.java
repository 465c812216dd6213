package org.sonobill.engine.finding;

/** How much a finding matters to the claim: an error stops billing, a warning needs a person, info is advice. */
public enum Severity {
    ERROR,
    WARNING,
    INFO;

    /** The lower-case name used in JSON and text output. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

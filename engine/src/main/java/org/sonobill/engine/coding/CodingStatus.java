package org.sonobill.engine.coding;

/** Whether a coded study can be billed as is. */
public enum CodingStatus {
    /** Billable as is. */
    READY("ready"),
    /** A warning needs a person (a line was dropped or downgraded, or something should be confirmed). */
    NEEDS_REVIEW("needs-review"),
    /** An error prevents billing until the documentation is fixed. */
    BLOCKED("blocked");

    private final String key;

    CodingStatus(String key) {
        this.key = key;
    }

    /** The JSON spelling. */
    public String key() {
        return key;
    }
}

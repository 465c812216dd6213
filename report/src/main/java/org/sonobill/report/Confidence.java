package org.sonobill.report;

/** Whether the code set read from a report may go to the bill without a coder. */
public enum Confidence {
    /** Every code-determining fact was found with clear evidence. */
    READY("ready"),
    /** A coder should check the points listed before the codes are used. */
    NEEDS_REVIEW("needs-review");

    private final String key;

    Confidence(String key) {
        this.key = key;
    }

    /** The JSON spelling. */
    public String key() {
        return key;
    }
}

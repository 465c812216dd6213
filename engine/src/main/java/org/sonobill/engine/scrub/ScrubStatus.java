package org.sonobill.engine.scrub;

/** Whether a scrubbed claim may go out. */
public enum ScrubStatus {
    /** No error and no warning: send it. */
    CLEAN("clean"),
    /** A warning: hold it for a person. */
    HELD("held"),
    /** An error: the payer would deny or reject it as it is. */
    BLOCKED("blocked");

    private final String key;

    ScrubStatus(String key) {
        this.key = key;
    }

    /** The JSON spelling. */
    public String key() {
        return key;
    }
}

package org.sonobill.engine.study;

/** How the transducer reached the anatomy. */
public enum Approach {
    TRANSABDOMINAL("transabdominal"),
    TRANSVAGINAL("transvaginal"),
    TRANSRECTAL("transrectal");

    private final String key;

    Approach(String key) {
        this.key = key;
    }

    /** The JSON spelling. */
    public String key() {
        return key;
    }
}

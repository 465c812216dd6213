package org.sonobill.engine.study;

/** Side of the body studied. */
public enum Laterality {
    RIGHT("right", "RT"),
    LEFT("left", "LT"),
    BILATERAL("bilateral", "50");

    private final String key;
    private final String modifier;

    Laterality(String key, String modifier) {
        this.key = key;
        this.modifier = modifier;
    }

    /** The JSON spelling. */
    public String key() {
        return key;
    }

    /** The HCPCS modifier naming this side (RT, LT) or 50 for both. */
    public String modifier() {
        return modifier;
    }
}

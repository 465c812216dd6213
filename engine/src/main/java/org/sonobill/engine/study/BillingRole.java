package org.sonobill.engine.study;

/** Which part of the service the biller is claiming: all of it, the interpretation (26), or the technical part (TC). */
public enum BillingRole {
    GLOBAL("global"),
    PROFESSIONAL("professional"),
    TECHNICAL("technical");

    private final String key;

    BillingRole(String key) {
        this.key = key;
    }

    /** The JSON spelling. */
    public String key() {
        return key;
    }
}

package org.sonobill.engine.study;

/** The claim form the study will be billed on: professional (837P, CMS-1500) or institutional (837I, UB-04). */
public enum ClaimType {
    PROFESSIONAL("professional"),
    INSTITUTIONAL("institutional");

    private final String key;

    ClaimType(String key) {
        this.key = key;
    }

    /** The JSON spelling. */
    public String key() {
        return key;
    }
}

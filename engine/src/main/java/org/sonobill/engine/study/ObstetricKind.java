package org.sonobill.engine.study;

/** The kind of obstetric ultrasound, which with gestational age and fetus count decides the code. */
public enum ObstetricKind {
    STANDARD("standard"),
    DETAILED("detailed"),
    LIMITED("limited"),
    FOLLOW_UP("follow-up"),
    NUCHAL_TRANSLUCENCY("nuchal-translucency"),
    BIOPHYSICAL_PROFILE("biophysical-profile"),
    TRANSVAGINAL("transvaginal");

    private final String key;

    ObstetricKind(String key) {
        this.key = key;
    }

    /** The JSON spelling. */
    public String key() {
        return key;
    }
}

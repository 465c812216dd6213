package org.sonobill.engine.study;

/** Extent of a transthoracic echocardiogram as intended by the order or protocol. */
public enum EchoExtent {
    COMPLETE("complete"),
    LIMITED("limited");

    private final String key;

    EchoExtent(String key) {
        this.key = key;
    }

    /** The JSON spelling. */
    public String key() {
        return key;
    }
}

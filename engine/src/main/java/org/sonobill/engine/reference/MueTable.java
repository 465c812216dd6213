package org.sonobill.engine.reference;

import java.util.Map;

/** The MUE values of one table (practitioner or outpatient hospital) for one quarter. */
public final class MueTable {
    private final Map<String, Mue> byCode;

    public MueTable(Map<String, Mue> byCode) {
        this.byCode = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(byCode)); // looked up per line
    }

    /** The MUE of a code, or null when CMS publishes none. */
    public Mue get(String code) {
        return byCode.get(code);
    }

    /** Number of codes. */
    public int size() {
        return byCode.size();
    }
}

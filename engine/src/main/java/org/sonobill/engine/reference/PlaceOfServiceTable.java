package org.sonobill.engine.reference;

import java.util.Map;

/** The CMS place-of-service code set. */
public final class PlaceOfServiceTable {
    private final Map<String, PlaceOfService> byCode;

    public PlaceOfServiceTable(Map<String, PlaceOfService> byCode) {
        this.byCode = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(byCode)); // looked up per claim
    }

    /** The place of service, or null when the code is not on the list. */
    public PlaceOfService get(String code) {
        return byCode.get(code);
    }

    /** Number of codes. */
    public int size() {
        return byCode.size();
    }
}

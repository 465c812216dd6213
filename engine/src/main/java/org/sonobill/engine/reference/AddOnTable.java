package org.sonobill.engine.reference;

import java.util.Map;

/** The CMS add-on code edits: which codes are add-ons, and their eligible primaries. */
public final class AddOnTable {
    private final Map<String, AddOnEdit> byAddOn;

    public AddOnTable(Map<String, AddOnEdit> byAddOn) {
        this.byAddOn = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(byAddOn)); // looked up per line
    }

    /** The edit of an add-on code, or null when the code is not an add-on code. */
    public AddOnEdit get(String code) {
        return byAddOn.get(code);
    }

    /** True when the code is an add-on code. */
    public boolean isAddOn(String code) {
        return byAddOn.containsKey(code);
    }

    /** Number of add-on codes. */
    public int size() {
        return byAddOn.size();
    }
}

package org.sonobill.engine.reference;

import java.util.HashMap;
import java.util.Map;

/** One fiscal year's ICD-10-CM code set (headers and billable codes). */
public final class IcdCodeSet {
    private final Map<String, IcdCode> codes;
    private final String label;

    public IcdCodeSet(String label, Map<String, IcdCode> codes) {
        this.label = label;
        this.codes = new HashMap<>(codes);
    }

    /** The entry for a code written with or without its dot, or null when the code does not exist. */
    public IcdCode get(String code) {
        return codes.get(IcdCode.normalise(code));
    }

    /** How many codes under a header are billable (for a message such as "choose one of its 6 codes"). */
    public long billableChildren(String header) {
        String h = IcdCode.normalise(header);
        return codes.values().stream().filter(c -> c.billable() && c.code().startsWith(h) && !c.code().equals(h)).count();
    }

    /** Number of entries. */
    public int size() {
        return codes.size();
    }

    /** Number of billable codes. */
    public long billableCount() {
        return codes.values().stream().filter(IcdCode::billable).count();
    }

    /** The release label, e.g. "ICD-10-CM FY2026". */
    public String label() {
        return label;
    }
}

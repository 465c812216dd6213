package org.sonobill.engine.reference;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The GPCIs of one release, by {@code MAC-locality}. */
public final class GpciTable {
    private final Map<String, Gpci> byKey;

    public GpciTable(List<Gpci> rows) {
        Map<String, Gpci> m = new LinkedHashMap<>();
        rows.forEach(g -> m.put(g.key(), g));
        this.byKey = Map.copyOf(m);
    }

    /** The locality, or null when the release has no such MAC and locality. */
    public Gpci get(String macLocality) {
        return byKey.get(macLocality);
    }

    /** Every locality. */
    public Collection<Gpci> all() {
        return byKey.values();
    }

    /** Number of localities. */
    public int size() {
        return byKey.size();
    }
}

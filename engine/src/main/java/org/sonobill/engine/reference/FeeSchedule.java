package org.sonobill.engine.reference;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/** The fee-schedule rows of one release, by code and modifier. */
public final class FeeSchedule {
    private final Map<String, Map<String, RvuRow>> byCode = new java.util.HashMap<>();
    private final int size;

    public FeeSchedule(Map<String, RvuRow> rows) {
        rows.values().forEach(r -> byCode.computeIfAbsent(r.code(), k -> new java.util.HashMap<>()).put(r.modifier(), r));
        this.size = rows.size();
    }

    /** The row for code + modifier ("" for global, "26", "TC"), or null. */
    public RvuRow row(String code, String modifier) {
        Map<String, RvuRow> m = byCode.get(code);
        return m == null ? null : m.get(modifier == null ? "" : modifier);
    }

    /** The global row of a code, or null when the file has none. */
    public RvuRow global(String code) {
        return row(code, "");
    }

    /** Number of rows. */
    public int size() {
        return size;
    }

    /**
     * National unadjusted Medicare amount for a code and component (RVUs × conversion factor, GPCI 1.0), used to
     * show what a documentation gap costs; null when the file has no row.
     */
    public BigDecimal nationalAmount(String code, String component, boolean facility) {
        RvuRow r = row(code, component);
        if (r == null) {
            return null;
        }
        return r.totalRvu(facility).multiply(r.conversionFactor()).setScale(2, RoundingMode.HALF_UP);
    }

    static String key(String code, String modifier) {
        return code + "|" + modifier;
    }
}

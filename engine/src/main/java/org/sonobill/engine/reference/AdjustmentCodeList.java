package org.sonobill.engine.reference;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The X12 CARC or RARC code list: every code ever published, each with the dates it may be used. */
public final class AdjustmentCodeList {
    /** Which list. */
    public enum Kind {
        /** Claim adjustment reason codes (X12 external code source 139). */
        CARC,
        /** Remittance advice remark codes (X12 external code source 411). */
        RARC
    }

    private final Kind kind;
    private final Map<String, AdjustmentCode> byCode;

    public AdjustmentCodeList(Kind kind, Map<String, AdjustmentCode> byCode) {
        this.kind = kind;
        this.byCode = Collections.unmodifiableMap(new LinkedHashMap<>(byCode));
    }

    /** CARC or RARC. */
    public Kind kind() {
        return kind;
    }

    /** The code as published, if it is on the list (active or not). */
    public Optional<AdjustmentCode> get(String code) {
        return Optional.ofNullable(byCode.get(normalise(code)));
    }

    /** The publisher's description, or empty when the code is not on the list. */
    public String description(String code) {
        return get(code).map(AdjustmentCode::description).orElse("");
    }

    /** True when the code is on the list and active on {@code date}. */
    public boolean activeOn(String code, LocalDate date) {
        return get(code).map(c -> c.activeOn(date)).orElse(false);
    }

    /** Every code, in file order. */
    public List<AdjustmentCode> codes() {
        return List.copyOf(byCode.values());
    }

    /** Number of codes. */
    public int size() {
        return byCode.size();
    }

    /** Codes are upper case without spaces ("b7" and " 16" find B7 and 16). */
    static String normalise(String code) {
        return code == null ? "" : code.trim().toUpperCase(java.util.Locale.ROOT);
    }
}

package org.sonobill.engine.pricing;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The expected payment of one claim line and how it was worked out. The explanation is written when first asked for:
 * a batch that only adds up amounts never builds it.
 */
public final class LinePrice {
    private final int line;
    private final String code;
    private final BigDecimal amount;
    private final BigDecimal unitAmount;
    private Supplier<String> explain;
    private String basis;

    /**
     * @param line the claim line number
     * @param code the line's code
     * @param amount the expected allowed amount, or null when the line cannot be priced (carrier-priced, no row)
     * @param unitAmount the payer's amount for one unit before multiple-procedure reductions and the charge cap, or null
     * @param explain writes the arithmetic in words: RVUs, GPCIs, conversion factor, adjustments
     */
    public LinePrice(int line, String code, BigDecimal amount, BigDecimal unitAmount, Supplier<String> explain) {
        this.line = line;
        this.code = code;
        this.amount = amount;
        this.unitAmount = unitAmount;
        this.explain = Objects.requireNonNull(explain);
    }

    /** A line whose explanation is already written. */
    public LinePrice(int line, String code, BigDecimal amount, BigDecimal unitAmount, String basis) {
        this(line, code, amount, unitAmount, () -> basis);
    }

    public int line() {
        return line;
    }

    public String code() {
        return code;
    }

    /** The expected allowed amount, or null when the line cannot be priced. */
    public BigDecimal amount() {
        return amount;
    }

    /** One unit's amount before multiple-procedure reductions, or null. */
    public BigDecimal unitAmount() {
        return unitAmount;
    }

    /** The arithmetic in words. */
    public synchronized String basis() {
        if (basis == null) {
            basis = explain.get();
            explain = null;
        }
        return basis;
    }

    @Override
    public String toString() {
        return "line " + line + " " + code + " " + amount + ": " + basis();
    }
}

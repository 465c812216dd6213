package org.sonobill.engine.reference;

import java.time.LocalDate;
import java.util.function.Function;

/**
 * Answers by date of service, for lookups that run on every claim line: an array indexed by day slot around the first
 * date asked for (about 45 years), read without hashing. A date outside the window is computed each time. Thread-safe:
 * the array and its start are published together, and racing writers store equal answers.
 *
 * @param <V> the answer
 */
public final class ByDay<V> {
    private static final int WINDOW = 372 * 45; // 45 years of 12 × 31 day slots
    private volatile Days days;

    private record Days(Object[] slots, long base) {
    }

    /** A day's slot: 31 per month, 372 per year, computed without calendar arithmetic (toEpochDay checks leap years). */
    private static long slot(LocalDate d) {
        return d.getYear() * 372L + (d.getMonthValue() - 1) * 31L + d.getDayOfMonth() - 1;
    }

    /**
     * The answer for the date; {@code compute} runs when there is none yet, or when {@code stillGood} refuses the one
     * kept (e.g. data imported since).
     */
    public V get(LocalDate date, Function<LocalDate, V> compute, java.util.function.Predicate<V> stillGood) {
        Days d = days;
        if (d == null) {
            synchronized (this) {
                d = days;
                if (d == null) {
                    d = new Days(new Object[WINDOW], slot(date) - WINDOW / 2);
                    days = d;
                }
            }
        }
        long i = slot(date) - d.base();
        if (i < 0 || i >= WINDOW) {
            return compute.apply(date);
        }
        @SuppressWarnings("unchecked")
        V v = (V) d.slots()[(int) i];
        if (v == null || !stillGood.test(v)) {
            v = compute.apply(date);
            d.slots()[(int) i] = v;
        }
        return v;
    }

    /** The answer for the date, computed once. */
    public V get(LocalDate date, Function<LocalDate, V> compute) {
        return get(date, compute, v -> true);
    }

    /** Forgets every answer (the data behind them changed). */
    public void clear() {
        days = null;
    }
}

package org.sonobill.engine.reference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * The versions of one dataset, each governing dates of service from its effective date until the next version's.
 * Versions load lazily: a run that codes only 2026 studies never reads the FY2024 code set.
 */
public final class Versioned<T> {
    private final List<Entry<T>> entries = new ArrayList<>();
    /**
     * Selections by day, in an array indexed by epoch day around the first date asked for: a batch spans a few hundred
     * dates of service and every line looks its tables up, so each date is worked out once and then read without
     * hashing. Racing writers store equal values; cleared when a version is added.
     */
    private final ByDay<Selection<T>> byDay = new ByDay<>();

    private static final class Entry<T> {
        final DataVersion version;
        final Supplier<T> loader;
        final LocalDate through;
        volatile T value;

        Entry(DataVersion version, Supplier<T> loader) {
            this.version = version;
            this.loader = loader;
            this.through = version.coveredThrough();
        }

        T get() {
            T v = value;
            if (v == null) {
                synchronized (this) {
                    v = value;
                    if (v == null) {
                        v = loader.get();
                        value = v;
                    }
                }
            }
            return v;
        }
    }

    /** Adds a version; a later version with the same effective date replaces the earlier one. */
    public synchronized void add(DataVersion version, Supplier<T> loader) {
        entries.removeIf(e -> e.version.effective().equals(version.effective()));
        entries.add(new Entry<>(version, loader));
        entries.sort(Comparator.comparing(e -> e.version.effective()));
        byDay.clear();
    }

    /** True when no version is loaded. */
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** All versions, oldest first. */
    public List<DataVersion> versions() {
        return entries.stream().map(e -> e.version).toList();
    }

    /**
     * The version in force on a date: the latest whose effective date is on or before it. When the date is before
     * every version, the earliest is used and the selection says so.
     */
    public Selection<T> on(LocalDate date) {
        if (date == null) {
            return choose(null);
        }
        return byDay.get(date, this::choose);
    }

    private Selection<T> choose(LocalDate date) {
        if (entries.isEmpty()) {
            throw new IllegalStateException("no version loaded");
        }
        Entry<T> chosen = null;
        for (Entry<T> e : entries) {
            if (date == null || !e.version.effective().isAfter(date)) {
                chosen = e;
            }
        }
        boolean before = chosen == null;
        if (chosen == null) {
            chosen = entries.get(0);
        }
        LocalDate through = chosen.through;
        boolean stale = !before && date != null && through != null && date.isAfter(through);
        return new Selection<>(chosen.get(), chosen.version, before || stale);
    }

    /**
     * The table chosen for a date, its version, and whether it was a fallback: the date is before every version, or
     * after the period the latest version was published for (a newer release exists and is not loaded).
     */
    public record Selection<T>(T table, DataVersion version, boolean fallback) {
    }
}

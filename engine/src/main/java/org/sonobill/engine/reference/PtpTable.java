package org.sonobill.engine.reference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * NCCI PTP edits in flat sorted arrays: one long key per row (column-1 and column-2 codes packed), dates as epoch
 * days, and the rationale as an index into a small table. 2.5 million rows take about 45 MB this way, and a
 * lookup is a binary search.
 */
public final class PtpTable {
    private static final int NONE = Integer.MIN_VALUE;
    private final long[] keys;
    private final int[] effective;
    private final int[] deletion;
    private final byte[] indicator;
    private final int[] rationale;
    private final String[] rationales;

    private PtpTable(long[] keys, int[] effective, int[] deletion, byte[] indicator, int[] rationale,
                     String[] rationales) {
        this.keys = keys;
        this.effective = effective;
        this.deletion = deletion;
        this.indicator = indicator;
        this.rationale = rationale;
        this.rationales = rationales;
    }

    /** Number of rows. */
    public int size() {
        return keys.length;
    }

    /** The edit with {@code column1} as column 1 and {@code column2} as column 2 in force on the date, or null. */
    public PtpEdit find(String column1, String column2, LocalDate dos) {
        int a = HcpcsKey.of(column1);
        int b = HcpcsKey.of(column2);
        if (a < 0 || b < 0) {
            return null;
        }
        long key = HcpcsKey.pair(a, b);
        int i = Arrays.binarySearch(keys, key);
        if (i < 0) {
            return null;
        }
        while (i > 0 && keys[i - 1] == key) {
            i--;
        }
        long day = dos.toEpochDay();
        for (; i < keys.length && keys[i] == key; i++) {
            boolean started = effective[i] == NONE || day >= effective[i];
            boolean notDeleted = deletion[i] == NONE || day <= deletion[i];
            if (started && notDeleted) {
                return edit(i, column1, column2);
            }
        }
        return null;
    }

    /** Every row for the pair, in force or not (for explanations and tests). */
    public List<PtpEdit> history(String column1, String column2) {
        List<PtpEdit> out = new ArrayList<>();
        int a = HcpcsKey.of(column1);
        int b = HcpcsKey.of(column2);
        if (a < 0 || b < 0) {
            return out;
        }
        long key = HcpcsKey.pair(a, b);
        int i = Arrays.binarySearch(keys, key);
        if (i < 0) {
            return out;
        }
        while (i > 0 && keys[i - 1] == key) {
            i--;
        }
        for (; i < keys.length && keys[i] == key; i++) {
            out.add(edit(i, column1, column2));
        }
        return out;
    }

    private PtpEdit edit(int i, String c1, String c2) {
        return new PtpEdit(c1, c2, effective[i] == NONE ? null : LocalDate.ofEpochDay(effective[i]),
                deletion[i] == NONE ? null : LocalDate.ofEpochDay(deletion[i]), indicator[i], rationales[rationale[i]]);
    }

    /** Collects rows, then sorts them once. */
    public static final class Builder {
        private long[] keys = new long[1024];
        private int[] eff = new int[1024];
        private int[] del = new int[1024];
        private byte[] ind = new byte[1024];
        private int[] rat = new int[1024];
        private final List<String> rationaleTexts = new ArrayList<>();
        private final java.util.Map<String, Integer> rationaleIds = new java.util.HashMap<>();
        private int n;

        /** Adds one row; returns false (and adds nothing) when a code is not a five-character code. */
        public boolean add(String column1, String column2, LocalDate effective, LocalDate deletion, int modifierIndicator,
                           String rationale) {
            int a = HcpcsKey.of(column1);
            int b = HcpcsKey.of(column2);
            if (a < 0 || b < 0) {
                return false;
            }
            if (n == keys.length) {
                int cap = n * 2;
                keys = Arrays.copyOf(keys, cap);
                eff = Arrays.copyOf(eff, cap);
                del = Arrays.copyOf(del, cap);
                ind = Arrays.copyOf(ind, cap);
                rat = Arrays.copyOf(rat, cap);
            }
            keys[n] = HcpcsKey.pair(a, b);
            eff[n] = effective == null ? NONE : (int) effective.toEpochDay();
            del[n] = deletion == null ? NONE : (int) deletion.toEpochDay();
            ind[n] = (byte) modifierIndicator;
            String r = rationale == null ? "" : rationale;
            rat[n] = rationaleIds.computeIfAbsent(r, k -> {
                rationaleTexts.add(k);
                return rationaleTexts.size() - 1;
            });
            n++;
            return true;
        }

        /** The finished table, sorted by pair (a primitive sort: no boxing for millions of rows). */
        public PtpTable build() {
            int[] order = new int[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            sort(order, 0, n - 1, keys);
            long[] sk = new long[n];
            int[] se = new int[n];
            int[] sd = new int[n];
            byte[] si = new byte[n];
            int[] sr = new int[n];
            for (int i = 0; i < n; i++) {
                int j = order[i];
                sk[i] = keys[j];
                se[i] = eff[j];
                sd[i] = del[j];
                si[i] = ind[j];
                sr[i] = rat[j];
            }
            return new PtpTable(sk, se, sd, si, sr, rationaleTexts.toArray(new String[0]));
        }

        /** Quicksort of row indices by key, stable enough for equal keys (ties broken by index). */
        private static void sort(int[] a, int lo, int hi, long[] k) {
            while (hi - lo > 16) {
                int mid = (lo + hi) >>> 1;
                int p = median(a[lo], a[mid], a[hi], k);
                int i = lo;
                int j = hi;
                while (i <= j) {
                    while (less(a[i], p, k)) {
                        i++;
                    }
                    while (less(p, a[j], k)) {
                        j--;
                    }
                    if (i <= j) {
                        int t = a[i];
                        a[i] = a[j];
                        a[j] = t;
                        i++;
                        j--;
                    }
                }
                if (j - lo < hi - i) {
                    sort(a, lo, j, k);
                    lo = i;
                } else {
                    sort(a, i, hi, k);
                    hi = j;
                }
            }
            for (int i = lo + 1; i <= hi; i++) {
                int v = a[i];
                int j = i - 1;
                while (j >= lo && less(v, a[j], k)) {
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = v;
            }
        }

        private static boolean less(int x, int y, long[] k) {
            return k[x] < k[y] || (k[x] == k[y] && x < y);
        }

        private static int median(int x, int y, int z, long[] k) {
            if (less(x, y, k)) {
                return less(y, z, k) ? y : less(x, z, k) ? z : x;
            }
            return less(x, z, k) ? x : less(y, z, k) ? z : y;
        }
    }
}

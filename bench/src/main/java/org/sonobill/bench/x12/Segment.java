package org.sonobill.bench.x12;

import java.util.Arrays;

/**
 * One X12 segment as the generator handles it: the tag and its elements (composites kept whole, joined with
 * {@link #COMPONENT}). Mutable on purpose and private to the generator: amounts are patched after a claim's
 * adjustments are known.
 */
final class Segment {
    static final char ELEMENT = '*';
    static final char COMPONENT = ':';
    static final char REPETITION = '^';
    static final char TERMINATOR = '~';

    final String[] fields; // fields[0] is the tag; fields[i] is element i

    Segment(String... fields) {
        this.fields = fields;
    }

    String tag() {
        return fields[0];
    }

    /** Element {@code i} (1-based), or "" when the segment is shorter. */
    String get(int i) {
        return i < fields.length ? fields[i] : "";
    }

    Segment copy() {
        return new Segment(fields.clone());
    }

    /** Element {@code i} set, growing the segment with empty elements when it is shorter. */
    Segment with(int i, String value) {
        String[] f = i < fields.length ? fields.clone() : Arrays.copyOf(fields, i + 1);
        for (int k = fields.length; k < f.length; k++) {
            if (f[k] == null) {
                f[k] = "";
            }
        }
        f[i] = value;
        return new Segment(f);
    }

    /** The segment as written, trailing empty elements dropped (X12.6: no trailing element separators). */
    String text() {
        int last = fields.length - 1;
        while (last > 0 && fields[last].isEmpty()) {
            last--;
        }
        StringBuilder b = new StringBuilder(64);
        for (int i = 0; i <= last; i++) {
            if (i > 0) {
                b.append(ELEMENT);
            }
            b.append(fields[i]);
        }
        return b.append(TERMINATOR).toString();
    }

    @Override
    public String toString() {
        return text();
    }
}

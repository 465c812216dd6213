package org.sonobill.x12.segment;

/**
 * Where a reader gets its segments from: the fast {@link SegmentScanner}, or {@link StaediSegmentSource}, which
 * tokenises and validates with StAEDI. Readers work the same over either, so the two can be cross-checked.
 */
public interface SegmentSource {

    /** The next segment, or null at the end; the view is overwritten by the next call. */
    Segment next();

    /** The file name used in messages. */
    String source();
}

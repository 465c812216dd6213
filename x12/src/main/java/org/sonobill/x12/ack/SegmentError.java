package org.sonobill.x12.ack;

import java.util.List;

/**
 * An IK3 segment note of a 999 (005010X231A1 loop 2100): a segment of the acknowledged transaction set that is in
 * error, with its element notes.
 *
 * @param segmentId IK301 segment ID code
 * @param position IK302 segment position in the transaction set (ST is 1)
 * @param loopId IK303 loop identifier code (2300, 2400, ...), or ""
 * @param error IK304 implementation segment syntax error code, with its text
 * @param contexts CTX segments as written (business unit identifier such as CLM01:PCN-1, or situational trigger)
 * @param elementErrors IK4 notes
 */
public record SegmentError(String segmentId, long position, String loopId, CodedText error, List<String> contexts,
                           List<ElementError> elementErrors) {
    public SegmentError {
        contexts = List.copyOf(contexts);
        elementErrors = List.copyOf(elementErrors);
    }
}

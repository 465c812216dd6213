package org.sonobill.x12.claim;

/**
 * One problem found in an 837 being written or read, located the way an implementation guide and a 999 name it.
 *
 * @param source the file (or "claim ID" while writing)
 * @param line the line in the file (1-based) when the file has line breaks, else 0
 * @param loop the implementation loop, e.g. 2300, or "" at the transaction header
 * @param segment the segment id, e.g. CLM
 * @param segmentPosition the segment's position in the transaction set (ST = 1), as a 999 IK302 gives it; 0 if unknown
 * @param element the element position (1-based) or 0 for a segment-level problem
 * @param component the component position (1-based) or 0
 * @param message what is wrong and what was expected
 */
public record X12Problem(String source, int line, String loop, String segment, int segmentPosition, int element,
                         int component, String message) {

    /** The element reference as the guides write it, e.g. CLM05-3, or the segment id. */
    public String reference() {
        if (element <= 0) {
            return segment;
        }
        String e = segment + (element < 10 ? "0" : "") + element;
        return component > 0 ? e + "-" + component : e;
    }

    /** One line for a person: where, then what. */
    public String describe() {
        StringBuilder b = new StringBuilder(source);
        if (line > 0) {
            b.append(": line ").append(line);
        }
        b.append(line > 0 ? ", " : ": ");
        if (loop != null && !loop.isEmpty()) {
            b.append("loop ").append(loop).append(", ");
        }
        b.append("segment ").append(segment);
        if (segmentPosition > 0) {
            b.append(" (segment ").append(segmentPosition).append(" of the transaction set)");
        }
        if (element > 0) {
            b.append(", element ").append(reference());
        }
        return b.append(": ").append(message).toString();
    }
}

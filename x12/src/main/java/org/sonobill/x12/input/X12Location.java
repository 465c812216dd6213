package org.sonobill.x12.input;

/**
 * Where in a file something was found: any part may be unknown.
 *
 * @param source the file name (or the name given to a stream)
 * @param byteOffset 0-based byte offset in the file, or -1 when unknown
 * @param segmentNumber 1-based ordinal of the segment in the file (ISA is 1), or 0 when unknown
 * @param segmentId the segment identifier (ISA, CLP, ...), or empty when unknown
 * @param elementPosition 1-based element position within the segment (ISA16 is 16), or 0 for the whole segment
 */
public record X12Location(String source, long byteOffset, long segmentNumber, String segmentId,
                          int elementPosition) {
    public X12Location {
        source = source == null || source.isBlank() ? "(stream)" : source;
        segmentId = segmentId == null ? "" : segmentId;
    }

    /** Only the file is known. */
    public static X12Location of(String source) {
        return new X12Location(source, -1, 0, "", 0);
    }

    /** A byte in the file, before segments could be told apart. */
    public static X12Location atByte(String source, long byteOffset) {
        return new X12Location(source, byteOffset, 0, "", 0);
    }

    /** An element of a segment, with its byte offset when known. */
    public static X12Location atElement(String source, long byteOffset, long segmentNumber, String segmentId,
                                        int elementPosition) {
        return new X12Location(source, byteOffset, segmentNumber, segmentId, elementPosition);
    }

    /** A segment by its ordinal in the file. */
    public static X12Location atSegment(String source, long segmentNumber, String segmentId) {
        return new X12Location(source, -1, segmentNumber, segmentId, 0);
    }

    /** "file.835, segment 12 (CLP), element CLP02, byte 431" - only the parts that are known. */
    public String describe() {
        StringBuilder where = new StringBuilder(source);
        if (segmentNumber > 0) {
            where.append(", segment ").append(segmentNumber);
            if (!segmentId.isEmpty()) {
                where.append(" (").append(segmentId).append(')');
            }
        } else if (!segmentId.isEmpty()) {
            where.append(", segment ").append(segmentId);
        }
        if (elementPosition > 0 && !segmentId.isEmpty()) {
            where.append(", element ").append(segmentId).append(String.format("%02d", elementPosition));
        }
        if (byteOffset >= 0) {
            where.append(", byte offset ").append(byteOffset);
        }
        return where.toString();
    }
}

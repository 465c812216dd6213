package org.sonobill.fhir.hl7;

import java.util.Objects;

/**
 * A place in an HL7 v2 message, as ERR-2 (ERL) reports it: segment id, the segment's sequence among segments of
 * that id (1 for the first), and the field position (0 when the whole segment is meant).
 *
 * @param segment three-letter segment id (MSH, PID, OBR...)
 * @param sequence which occurrence of the segment, counted from 1
 * @param field field position, counted from 1; 0 for the segment itself
 */
public record Hl7Location(String segment, int sequence, int field) {
    public Hl7Location {
        Objects.requireNonNull(segment, "segment");
        if (sequence < 1 || field < 0) {
            throw new IllegalArgumentException("sequence counts from 1 and field from 0");
        }
    }

    /** The first segment of that id, one field. */
    public static Hl7Location of(String segment, int field) {
        return new Hl7Location(segment, 1, field);
    }

    /** "OBR-3", or "OBR" for a whole segment; the sequence is left to ERR-2. */
    @Override
    public String toString() {
        return field == 0 ? segment : segment + "-" + field;
    }
}

package org.sonobill.x12.ack;

/**
 * An IK4 data element note of a 999 (005010X231A1 loop 2110): which element of the segment named by the enclosing
 * IK3 is wrong, and why.
 *
 * @param position IK401-1 element position in the segment
 * @param componentPosition IK401-2 component position in a composite, or 0
 * @param repetitionPosition IK401-3 repetition position, or 0
 * @param dataElementReference IK402 the X12 data element reference number, or ""
 * @param error IK403 implementation data element syntax error code, with its text
 * @param badValue IK404 a copy of the bad data element, or ""
 */
public record ElementError(int position, int componentPosition, int repetitionPosition,
                           String dataElementReference, CodedText error, String badValue) {

    /** "element 2" or "element 5, component 3". */
    public String describePosition() {
        return "element " + position + (componentPosition > 0 ? ", component " + componentPosition : "")
                + (repetitionPosition > 0 ? ", repetition " + repetitionPosition : "");
    }
}

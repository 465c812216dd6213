package org.sonobill.x12.validate;

import org.sonobill.x12.input.X12Location;

/**
 * A place where a file departs from its implementation guide.
 *
 * @param location file, segment ordinal and id, element position
 * @param loop the implementation loop (2110, 1000A, ...) or "" outside one
 * @param positionInTransaction the segment's position in its transaction set (ST is 1), as a 999 IK302 gives it
 * @param error StAEDI's error name (INVALID_CODE_VALUE, ...), stable for tests and tools
 * @param message what is wrong and what the guide expects
 */
public record ValidationProblem(X12Location location, String loop, long positionInTransaction, String error,
                                String message) {

    @Override
    public String toString() {
        return location.describe() + (loop.isEmpty() ? "" : ", loop " + loop) + ": " + message;
    }
}

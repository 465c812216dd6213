package org.sonobill.x12.remit;

import org.sonobill.x12.input.X12Location;

/**
 * Something in a payer's 835 that a biller should look at, found while reading it.
 *
 * @param code what kind of problem
 * @param message what is wrong, with the figures, and what it means
 * @param location file, segment and element
 * @param patientControlNumber the claim it concerns (CLP01), or "" for the payment as a whole
 */
public record RemitFinding(RemitFindingCode code, String message, X12Location location,
                           String patientControlNumber) {

    /** "SB-835-001 file.835, segment 12 (CLP): message". */
    @Override
    public String toString() {
        return code.id() + " " + location.describe() + ": " + message;
    }
}

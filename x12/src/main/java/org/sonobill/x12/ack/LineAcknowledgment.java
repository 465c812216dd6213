package org.sonobill.x12.ack;

import java.math.BigDecimal;
import java.util.List;

/**
 * A service line status of a 277CA claim (005010X214 loop 2220D): the line's code, charge and statuses.
 *
 * @param procedure SVC01 as written (HC:76856:26)
 * @param charge SVC02 line item charge amount, or null
 * @param statuses the STC statuses of the line
 * @param lineControlNumber REF*FJ, the line item control number we sent in 837 REF*6R, or ""
 * @param serviceDate DTP*472 as written (CCYYMMDD or CCYYMMDD-CCYYMMDD), or ""
 */
public record LineAcknowledgment(String procedure, BigDecimal charge, List<StatusCode> statuses,
                                 String lineControlNumber, String serviceDate) {
    public LineAcknowledgment {
        statuses = List.copyOf(statuses);
    }
}

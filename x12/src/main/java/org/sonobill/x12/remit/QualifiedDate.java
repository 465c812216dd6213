package org.sonobill.x12.remit;

import java.time.LocalDate;

/**
 * A DTM segment: a date with its qualifier (472 service date, 150/151 service period start/end, 232/233 claim
 * statement period, 050 received, 036 coverage expiration, 405 production date).
 *
 * @param qualifier DTM01
 * @param date DTM02
 */
public record QualifiedDate(String qualifier, LocalDate date) {
}

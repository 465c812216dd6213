package org.sonobill.engine.reference;

import java.time.LocalDate;

/**
 * One code of an X12 code list used on remittances: a claim adjustment reason code (CARC, 835 CAS02) or a remittance
 * advice remark code (RARC, 835 LQ02/MOA/MIA), with the publisher's wording and dates.
 *
 * @param code the code as published ("16", "B7", "N264", "MA130")
 * @param description the X12/WPC description, as published
 * @param usage the X12 usage note (CARC only; empty otherwise)
 * @param notes the publisher's notes ("This code replaces deactivated code 17", "(Modified 2/28/03)")
 * @param start the first date the code may be used
 * @param lastModified when the wording last changed, or null
 * @param stop the first date the code may no longer be used, or null while it is active
 */
public record AdjustmentCode(String code, String description, String usage, String notes, LocalDate start,
                             LocalDate lastModified, LocalDate stop) {

    /** True when a payer may use the code on {@code date}: started on or before it and not yet stopped. */
    public boolean activeOn(LocalDate date) {
        return !start.isAfter(date) && (stop == null || stop.isAfter(date));
    }
}

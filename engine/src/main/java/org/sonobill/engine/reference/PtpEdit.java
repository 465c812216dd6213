package org.sonobill.engine.reference;

import java.time.LocalDate;

/**
 * One NCCI procedure-to-procedure edit: the column-2 code is not paid with the column-1 code on the same date
 * unless the modifier indicator allows a bypass modifier.
 *
 * @param column1 the comprehensive code, paid
 * @param column2 the component code
 * @param effective first date of service the edit applies to (null when the file does not say)
 * @param deletion last date of service it applies to (null when not deleted)
 * @param modifierIndicator 0 never bypassable, 1 bypassable with an NCCI-associated modifier, 9 not applicable
 * @param rationale CMS's rationale text
 */
public record PtpEdit(String column1, String column2, LocalDate effective, LocalDate deletion, int modifierIndicator,
                      String rationale) {

    /** Whether the edit is in force on a date of service (NCCI Policy Manual, Introduction: effective and deletion dates). */
    public boolean activeOn(LocalDate dos) {
        return (effective == null || !dos.isBefore(effective)) && (deletion == null || !dos.isAfter(deletion));
    }

    /** Indicator 1: a bypass modifier (59, XE, XS, XP, XU, or an anatomic modifier) may be used when distinct. */
    public boolean modifierAllowed() {
        return modifierIndicator == 1;
    }
}

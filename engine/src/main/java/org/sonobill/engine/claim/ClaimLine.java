package org.sonobill.engine.claim;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One service line of a claim (837P loop 2400 / 837I loop 2400).
 *
 * @param number the line number (1-based, as LX01)
 * @param code CPT/HCPCS code
 * @param modifiers up to four modifiers, in order
 * @param units units of service
 * @param charge the line charge
 * @param pointers 1-based pointers into the claim's diagnoses (up to four)
 * @param dateOfService the line's date of service
 * @param controlNumber the line control number (837 REF*6R), matched by the 835
 */
public record ClaimLine(int number, String code, List<String> modifiers, int units, BigDecimal charge,
                        List<Integer> pointers, LocalDate dateOfService, String controlNumber) {
    public ClaimLine {
        modifiers = List.copyOf(modifiers);
        pointers = List.copyOf(pointers);
    }

    /** True when the line carries the modifier. */
    public boolean has(String modifier) {
        return modifiers.contains(modifier);
    }
}

package org.sonobill.x12.claim;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the earlier payer did with one service line (837 loop 2430: SVD, CAS, DTP*573).
 *
 * @param lineNumber the claim line it is about (LX01 of the claim we send)
 * @param code the procedure code the payer adjudicated (SVD03-2)
 * @param modifiers its modifiers
 * @param paid the amount paid for the line (SVD02)
 * @param units the paid units (SVD05)
 * @param adjustments the line adjustments (CAS, grouped by group code when written)
 * @param adjudicated the adjudication or payment date (DTP*573)
 */
public record LineAdjudication(int lineNumber, String code, List<String> modifiers, BigDecimal paid, BigDecimal units,
                               List<Adjustment> adjustments, LocalDate adjudicated) {
    public LineAdjudication {
        modifiers = List.copyOf(modifiers);
        adjustments = List.copyOf(adjustments);
    }
}

package org.sonobill.fhir.r4;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One service line of a remittance (835 loop 2110 SVC).
 *
 * @param code the CPT/HCPCS code paid
 * @param modifiers its modifiers
 * @param charge the amount billed
 * @param allowed the amount the payer allows
 * @param paid the amount the payer paid
 * @param adjustments the adjustments (CAS), in remittance order
 * @param rarcs remittance advice remark codes (LQ), in remittance order
 */
public record RemittanceLine(String code, List<String> modifiers, BigDecimal charge, BigDecimal allowed,
                             BigDecimal paid, List<LineAdjustment> adjustments, List<String> rarcs) {
    public RemittanceLine {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(charge, "charge");
        Objects.requireNonNull(allowed, "allowed");
        Objects.requireNonNull(paid, "paid");
        modifiers = modifiers == null ? List.of() : List.copyOf(modifiers);
        adjustments = adjustments == null ? List.of() : List.copyOf(adjustments);
        rarcs = rarcs == null ? List.of() : List.copyOf(rarcs);
    }
}

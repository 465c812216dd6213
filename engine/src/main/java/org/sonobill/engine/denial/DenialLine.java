package org.sonobill.engine.denial;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * One adjustment of a remittance line as the 835 reports it (loop 2110 CAS and LQ): group, CARC, the line's remark
 * codes and the amount, with the procedure and modifiers it applies to.
 *
 * @param group claim adjustment group: CO, PR, OA, PI or CR
 * @param carc claim adjustment reason code ("50", "B7")
 * @param rarcs the remark codes on the line (LQ*HE), possibly empty
 * @param amount the adjusted amount
 * @param procedure the procedure code of the line
 * @param modifiers the line's modifiers
 */
public record DenialLine(String group, String carc, List<String> rarcs, BigDecimal amount, String procedure,
                         List<String> modifiers) {

    public DenialLine {
        group = group == null ? "" : group.trim().toUpperCase(Locale.ROOT);
        carc = carc == null ? "" : carc.trim().toUpperCase(Locale.ROOT);
        rarcs = rarcs == null ? List.of() : rarcs.stream().map(r -> r.trim().toUpperCase(Locale.ROOT)).toList();
        amount = amount == null ? BigDecimal.ZERO : amount;
        procedure = procedure == null ? "" : procedure;
        modifiers = modifiers == null ? List.of() : List.copyOf(modifiers);
    }

    /** A line with group, CARC, remark codes and amount only (tests, quick looks). */
    public static DenialLine of(String group, String carc, String amount, String... rarcs) {
        return new DenialLine(group, carc, List.of(rarcs), new BigDecimal(amount), "", List.of());
    }

    /** "CO-50". */
    public String adjustment() {
        return group + "-" + carc;
    }
}

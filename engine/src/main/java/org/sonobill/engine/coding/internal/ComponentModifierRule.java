package org.sonobill.engine.coding.internal;

import org.sonobill.engine.finding.FindingCode;
import org.sonobill.engine.reference.RvuRow;
import org.sonobill.engine.study.BillingRole;

/**
 * 26 (professional component) or TC (technical component) by billing role, on codes whose PC/TC indicator is 1;
 * institutional claims carry neither (the hospital bills its technical part on the 837I). Reference d.1,
 * US-POS-001; CMS Claims Processing Manual ch. 13 §20.
 */
final class ComponentModifierRule implements CodingRule {
    private static final String SOURCE = "MPFS PC/TC indicator (RVU file); CMS Claims Processing Manual ch. 13 §20; "
            + "reference d.1 (US-POS-001)";

    @Override
    public void apply(Worksheet w) {
        if (w.institutional) {
            return;
        }
        if (w.role == BillingRole.GLOBAL && w.facility && w.study.billingRole() != null) {
            w.add(FindingCode.GLOBAL_AT_FACILITY, name(),
                    "A global service is billed on a professional claim from a facility place of service ("
                            + w.study.placeOfService() + "): the facility supplies the equipment and staff and bills the "
                            + "technical component itself.",
                    "Bill the professional component (modifier 26), unless the practice truly owns the equipment and "
                            + "employs the sonographer at this location.", SOURCE);
        }
        if (w.role == BillingRole.TECHNICAL && w.facility) {
            w.add(FindingCode.TECHNICAL_AT_FACILITY, name(),
                    "A technical component is billed on a professional claim from a hospital place of service ("
                            + w.study.placeOfService() + "): the hospital bills the technical part on an institutional claim.",
                    "Bill the technical part on the hospital's 837I (no TC modifier), or correct the place of service.",
                    SOURCE);
        }
        String mod = switch (w.role) {
            case PROFESSIONAL -> "26";
            case TECHNICAL -> "TC";
            case GLOBAL -> null;
        };
        if (mod == null) {
            return;
        }
        for (WorkLine l : w.lines) {
            RvuRow row = w.feeSchedule().global(l.code);
            if (row == null || row.pcTcIndicator() == 1) {
                l.modifiers.add(mod);
                l.explain("Modifier " + mod + ": " + (mod.equals("26") ? "professional component (interpretation)"
                        : "technical component") + " billed"
                        + (w.study.billingRole() == null ? " (the default at place of service " + w.study.placeOfService()
                        + (w.facility ? ", a facility" : "") + ")" : "") + ".");
            }
        }
    }
}

package org.sonobill.engine.denial;

import java.util.List;

/**
 * A duplicate denial on a line already marked as a repeat study (76 or 77) is worked by appeal with both reports;
 * reference g.1 (CO-18) and CPT modifiers 76/77.
 */
final class DuplicatePolicy implements ActionPolicy {
    @Override
    public void apply(Decision d, DenialLine line, DenialContext ctx) {
        if (d.cause() != RootCause.DUPLICATE || line.modifiers().stream().noneMatch(List.of("76", "77")::contains)) {
            return;
        }
        d.change(DenialAction.APPEAL, "The line already carries 76 or 77 (a repeat study): appeal with both reports "
                + "and their times.", "reference g.1 CO-18; CPT modifiers 76, 77");
    }
}

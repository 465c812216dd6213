package org.sonobill.engine.coding.internal;

import org.sonobill.engine.study.Laterality;

/** RT or LT on a one-sided study of a paired structure or a one-sided vascular study (reference d). */
final class LateralityModifierRule implements CodingRule {

    @Override
    public void apply(Worksheet w) {
        for (WorkLine l : w.lines) {
            if (l.laterality == Laterality.RIGHT || l.laterality == Laterality.LEFT) {
                l.modifiers.add(l.laterality.modifier());
            }
        }
    }
}

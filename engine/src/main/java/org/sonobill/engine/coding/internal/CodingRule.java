package org.sonobill.engine.coding.internal;

/**
 * One named coding policy. The engine folds the worksheet over {@link Rules#all()} in order; a rule adds, changes or
 * removes lines and adds findings. Rules never throw for business outcomes.
 */
interface CodingRule {
    /** The rule's name as it appears in findings. */
    default String name() {
        return getClass().getSimpleName().replace("Rule", "");
    }

    /** Applies the rule. */
    void apply(Worksheet w);
}

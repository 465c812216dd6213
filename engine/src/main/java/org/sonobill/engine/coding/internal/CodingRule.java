package org.sonobill.engine.coding.internal;

/**
 * One named coding policy. The engine folds the worksheet over {@link Rules#all()} in order; a rule adds, changes or
 * removes lines and adds findings. Rules never throw for business outcomes.
 */
interface CodingRule {
    /** The rule's name as it appears in findings. */
    default String name() {
        return Names.NAMES.get(getClass());
    }

    /** Rule names, computed once per class (a rule names itself in every finding it makes). */
    final class Names {
        static final ClassValue<String> NAMES = new ClassValue<>() {
            @Override
            protected String computeValue(Class<?> type) {
                return type.getSimpleName().replace("Rule", "");
            }
        };

        private Names() {
        }
    }

    /** Applies the rule. */
    void apply(Worksheet w);
}

package org.sonobill.engine.payer;

import java.util.List;

/**
 * What a payer rule does when its condition holds.
 *
 * @param kind the action
 * @param message what the finding says (a default is written when absent)
 * @param fix what to do (a default is written when absent)
 * @param modifiers for {@link Kind#REQUIRE_MODIFIER}: the line must carry one of these
 * @param max for {@link Kind#FREQUENCY_LIMIT}: at most this many units in the period, per patient
 * @param periodDays for {@link Kind#FREQUENCY_LIMIT}: the period, in days, ending on the date of service
 * @param queue for {@link Kind#HOLD}: who should look at it (coder, biller, manager, ...)
 */
public record RuleAction(Kind kind, String message, String fix, List<String> modifiers, Integer max, Integer periodDays,
                         String queue) {

    public RuleAction {
        modifiers = modifiers == null ? List.of() : List.copyOf(modifiers);
    }

    /** The actions a rule can take. */
    public enum Kind {
        /** The claim must not go out as it is. */
        ERROR("error"),
        /** Worth a look; holds the claim for review. */
        WARNING("warning"),
        /** Hold the claim for a person (a queue). */
        HOLD("hold"),
        /** The line needs one of the listed modifiers. */
        REQUIRE_MODIFIER("require-modifier"),
        /** The claim needs a prior authorisation number (837 REF*G1). */
        REQUIRE_PRIOR_AUTH("require-prior-auth"),
        /** At most {@code max} units per patient in {@code periodDays}. */
        FREQUENCY_LIMIT("frequency-limit"),
        /** The payer wants a bilateral service as two lines, RT and LT, instead of one line with 50. */
        BILATERAL_AS_RT_LT("bilateral-as-rt-lt"),
        /** The payer wants one line with 50 instead of RT and LT lines of the same code. */
        BILATERAL_AS_50("bilateral-as-50");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        /** The name in rule packs. */
        public String key() {
            return key;
        }

        /** The kind named in a pack, or null. */
        public static Kind byKey(String key) {
            for (Kind k : values()) {
                if (k.key.equals(key)) {
                    return k;
                }
            }
            return null;
        }
    }
}

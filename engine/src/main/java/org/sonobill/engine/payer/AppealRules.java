package org.sonobill.engine.payer;

import java.util.List;

/**
 * A payer's appeal and correction windows, from the optional {@code "appeals"} section of a pack (docs/payer-rules.md).
 *
 * @param levels the appeal levels in order, each with its window in days counted from the previous decision
 * @param correctedClaimDays days after the decision within which a replacement claim is accepted, or 0 when only the
 *     timely-filing limit applies
 * @param reopeningDays days after the initial determination within which a reopening may be asked for, or 0 when the
 *     payer has none
 * @param rollWeekendToMonday a window ending on a Saturday or Sunday ends on the following Monday
 * @param source the payer policy or regulation the windows come from
 */
public record AppealRules(List<Level> levels, int correctedClaimDays, int reopeningDays, boolean rollWeekendToMonday,
                          String source) {

    public AppealRules {
        levels = List.copyOf(levels);
        source = source == null ? "" : source;
    }

    /** One appeal level: "Redetermination", 120 days. */
    public record Level(String name, int days) {
    }
}

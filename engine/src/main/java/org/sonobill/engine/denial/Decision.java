package org.sonobill.engine.denial;

import java.util.ArrayList;
import java.util.List;

/** The classification being built: the table row's default, then each policy's change with its reason and source. */
final class Decision {
    final DenialRow row;
    DenialAction action;
    boolean appealable;
    final List<String> reasons = new ArrayList<>();
    final List<String> sources = new ArrayList<>();

    Decision(DenialRow row) {
        this.row = row;
        this.action = row.action();
        this.appealable = row.appealable();
        sources.add(row.source());
    }

    RootCause cause() {
        return row.rootCause();
    }

    /** A policy's change: the new action, why, and where the rule comes from. */
    void change(DenialAction to, String reason, String source) {
        action = to;
        note(reason, source);
    }

    /** A policy's remark that does not change the action. */
    void note(String reason, String source) {
        reasons.add(reason);
        if (source != null && !sources.contains(source)) {
            sources.add(source);
        }
    }
}

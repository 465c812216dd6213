package org.sonobill.engine.denial;

import java.util.Set;

/**
 * One row of the denial mapping table (see {@code denial/denial-causes.tsv} for the layout).
 *
 * @param carc a CARC, or "*" for any
 * @param group a group code, or "*" for any
 * @param rarcs the row applies when any of these is on the line; empty: regardless of remark codes
 * @param line the row's line number in its file, for messages
 */
record DenialRow(String carc, String group, Set<String> rarcs, RootCause rootCause, String team, String ownerRole,
                 DenialAction action, boolean appealable, double success, boolean active, String why, String source,
                 int line) {

    /** True for a CARC's default row: this CARC, any group, no remark codes. */
    boolean isDefault() {
        return !carc.equals("*") && group.equals("*") && rarcs.isEmpty();
    }
}

package org.sonobill.engine.coding.internal;

import org.sonobill.engine.catalogue.ExamFamily;
import org.sonobill.engine.reference.AddOnEdit;

/** Adds an echo add-on code when the CMS add-on code file lists the base code as its primary, and says so when not. */
final class EchoAddOns {
    private EchoAddOns() {
    }

    /** Adds {@code code} after {@code base} if allowed; otherwise explains on the base line why it is not billed. */
    static void add(Worksheet w, ExamFamily f, WorkLine base, String code, String why) {
        if (code == null) {
            return;
        }
        AddOnEdit edit = w.addOns().get(code);
        if (edit == null || edit.acceptsPrimary(base.code)) {
            w.addLine(code, 1, WorkLine.Origin.EXAM, null, false, f.region(), why, f.source());
        } else {
            base.explain("+" + code + " is not billed: the CMS add-on code file does not list " + base.code
                    + " as one of its primaries.");
        }
    }
}

package org.sonobill.engine.scrub;

import java.util.ArrayList;
import java.util.List;
import org.sonobill.engine.claim.ClaimLine;
import org.sonobill.engine.finding.Finding;
import org.sonobill.engine.finding.FindingCode;
import org.sonobill.engine.reference.AddOnEdit;
import org.sonobill.engine.reference.AddOnTable;

/**
 * An add-on code needs an eligible primary on the same date of service on the claim (CMS add-on code edits, types 1,
 * 2 and 3; NCCI Policy Manual ch. I; denied CO-B15 otherwise).
 */
final class AddOnClaimRule implements ClaimRule {

    @Override
    public List<Finding> check(ClaimSheet s) {
        List<Finding> out = new ArrayList<>();
        for (ClaimLine l : s.claim.lines()) {
            if (l.dateOfService() == null) {
                continue;
            }
            AddOnTable aoc = s.addOns(l.dateOfService());
            AddOnEdit edit = aoc.get(l.code());
            if (edit == null) {
                continue;
            }
            boolean primary = s.claim.lines().stream().anyMatch(o -> o != l && l.dateOfService().equals(o.dateOfService())
                    && !aoc.isAddOn(o.code()) && edit.acceptsPrimary(o.code()));
            if (!primary) {
                String listed = edit.primaries().isEmpty() ? "any primary procedure"
                        : String.join(", ", edit.primaries().stream().sorted().limit(12).toList())
                                + (edit.primaries().size() > 12 ? "…" : "");
                out.add(s.about(l, FindingCode.CLAIM_ADDON_WITHOUT_PRIMARY, name(),
                        "add-on code with no eligible primary on " + l.dateOfService() + " (eligible: " + listed + ").",
                        "Add the primary procedure's line, or remove the add-on (denied CO-B15 without it).",
                        "CMS NCCI add-on code edits (type " + edit.type() + "); NCCI Policy Manual ch. I"));
            }
        }
        return out;
    }
}

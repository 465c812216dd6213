package org.sonobill.engine.scrub;

import java.util.ArrayList;
import java.util.List;
import org.sonobill.engine.claim.ClaimLine;
import org.sonobill.engine.finding.Finding;
import org.sonobill.engine.finding.FindingCode;
import org.sonobill.engine.reference.AddOnEdit;
import org.sonobill.engine.reference.AddOnTable;

/**
 * An add-on code needs an eligible primary on the same date of service (CMS add-on code edits, types 1, 2 and 3;
 * denied CO-B15 otherwise): on the claim, or on another claim of the patient from the same billing provider that day
 * (the add-on goes with the practitioner's primary, NCCI Policy Manual ch. I §W). A primary that an NCCI edit denies
 * does not count: "if an edit prevents payment of the primary procedure code, the AOC shall not be paid" (ch. I §R).
 */
final class AddOnClaimRule implements ClaimRule {

    @Override
    public List<Finding> check(ClaimSheet s) {
        List<Finding> out = new ArrayList<>();
        java.util.Set<Integer> denied = null;
        for (ClaimLine l : s.claim.lines()) {
            if (l.dateOfService() == null) {
                continue;
            }
            AddOnTable aoc = s.addOns(l.dateOfService());
            AddOnEdit edit = aoc.get(l.code());
            if (edit == null) {
                continue;
            }
            if (denied == null) {
                denied = PtpClaimRule.denied(s);
            }
            java.util.Set<Integer> deniedLines = denied;
            List<ClaimLine> primaries = s.claim.lines().stream().filter(o -> o != l
                    && l.dateOfService().equals(o.dateOfService()) && !aoc.isAddOn(o.code())
                    && edit.acceptsPrimary(o.code())).toList();
            boolean paidPrimary = primaries.stream().anyMatch(o -> !deniedLines.contains(o.number()));
            boolean otherClaim = !paidPrimary && !s.institutional && s.sameDayLines(l.dateOfService()).stream().anyMatch(o -> !aoc.isAddOn(o.code()) && edit.acceptsPrimary(o.code()));
            if (paidPrimary || otherClaim) {
                continue;
            }
            String source = "CMS NCCI add-on code edits (type " + edit.type() + "); NCCI Policy Manual ch. I";
            if (!primaries.isEmpty()) {
                ClaimLine p = primaries.get(0);
                out.add(s.about(l, FindingCode.CLAIM_ADDON_WITHOUT_PRIMARY, name(),
                        "add-on code whose primary " + p.code() + " (line " + p.number() + ") is denied by an NCCI edit: "
                                + "the add-on is not paid either.",
                        "Resolve the edit on line " + p.number() + " (a distinct-service modifier when the record supports "
                                + "it), or remove both lines.", source + " §R"));
                continue;
            }
            String listed = edit.primaries().isEmpty() ? "any primary procedure"
                    : String.join(", ", edit.primaries().stream().sorted().limit(12).toList())
                            + (edit.primaries().size() > 12 ? "…" : "");
            out.add(s.about(l, FindingCode.CLAIM_ADDON_WITHOUT_PRIMARY, name(),
                    "add-on code with no eligible primary on " + l.dateOfService() + " (eligible: " + listed + ").",
                    "Add the primary procedure's line, or remove the add-on (denied CO-B15 without it).", source));
        }
        return out;
    }
}

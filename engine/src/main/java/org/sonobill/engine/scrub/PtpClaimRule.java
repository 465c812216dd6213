package org.sonobill.engine.scrub;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sonobill.engine.claim.ClaimLine;
import org.sonobill.engine.finding.Finding;
import org.sonobill.engine.finding.FindingCode;
import org.sonobill.engine.reference.PtpEdit;
import org.sonobill.engine.reference.PtpTable;

/**
 * NCCI procedure-to-procedure edits between the claim's lines of the same date, from the practitioner table (837P)
 * or the hospital outpatient table (837I) in force on that date. Indicator 0: the column-2 line is denied whatever its
 * modifiers. Indicator 1: denied unless a line carries an NCCI-associated modifier (59, XE, XS, XP, XU, or different
 * anatomic modifiers). Indicator 9: no edit. (NCCI Policy Manual ch. I §E; reference NCCI-US-12.)
 */
final class PtpClaimRule implements ClaimRule {
    static final Set<String> BYPASS = Set.of("59", "XE", "XS", "XP", "XU");
    private static final Set<String> ANATOMIC = Set.of("RT", "LT", "E1", "E2", "E3", "E4", "FA", "F1", "F2", "F3", "F4",
            "F5", "F6", "F7", "F8", "F9", "TA", "T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9", "LC", "LD", "RC",
            "LM", "RI");

    @Override
    public List<Finding> check(ClaimSheet s) {
        List<Finding> out = new ArrayList<>();
        List<ClaimLine> lines = s.claim.lines();
        for (ClaimLine a : lines) {
            for (ClaimLine b : lines) {
                if (a == b || a.code().equals(b.code()) || a.dateOfService() == null
                        || !a.dateOfService().equals(b.dateOfService())) {
                    continue;
                }
                PtpTable table = s.ptp(a.dateOfService());
                PtpEdit e = table.find(a.code(), b.code(), a.dateOfService());
                if (e == null || e.modifierIndicator() == 9) {
                    continue;
                }
                String src = "CMS NCCI PTP edits (" + (s.institutional ? "hospital outpatient" : "practitioner")
                        + " table); NCCI Policy Manual ch. I §E";
                if (e.modifierIndicator() == 0) {
                    out.add(s.about(b, FindingCode.CLAIM_PTP_NOT_ALLOWED, name(),
                            "column-2 code of " + a.code() + " (line " + a.number() + "), modifier indicator 0 ("
                                    + e.rationale() + "): denied whatever the modifiers.",
                            "Remove line " + b.number() + "; no modifier bypasses an indicator-0 edit.", src));
                } else if (!bypassed(a, b)) {
                    out.add(s.about(b, FindingCode.CLAIM_PTP_MODIFIER_REQUIRED, name(),
                            "column-2 code of " + a.code() + " (line " + a.number() + "), modifier indicator 1 ("
                                    + e.rationale() + ") with no NCCI-associated modifier: it will be denied as bundled.",
                            "If the services were distinct (another site, side, session or practitioner), add XS/XE/XP/XU "
                                    + "(or 59) to line " + b.number() + "; otherwise remove it.", src));
                }
            }
        }
        return out;
    }

    private static boolean bypassed(ClaimLine a, ClaimLine b) {
        if (b.modifiers().stream().anyMatch(BYPASS::contains) || a.modifiers().stream().anyMatch(BYPASS::contains)) {
            return true;
        }
        List<String> sideA = a.modifiers().stream().filter(ANATOMIC::contains).toList();
        List<String> sideB = b.modifiers().stream().filter(ANATOMIC::contains).toList();
        return !sideA.isEmpty() && !sideB.isEmpty() && !sideA.equals(sideB);
    }
}

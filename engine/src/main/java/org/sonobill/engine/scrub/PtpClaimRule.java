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
 * NCCI procedure-to-procedure edits between the lines of the same date, from the practitioner table (837P) or the
 * hospital outpatient table (837I) in force on that date: the claim's own lines, and for professional claims the
 * lines of the patient's other claims from the same billing provider that day (the edits apply to same-day services
 * of one provider to one beneficiary, NCCI Policy Manual ch. I, ch. IX §B). Indicator 0: the column-2 line is denied
 * whatever its modifiers. Indicator 1: denied unless a line carries an NCCI PTP-associated modifier (anatomic
 * modifiers that differ, global surgery modifiers 24, 25, 57, 58, 78, 79, and 27, 59, 91, XE, XS, XP, XU: NCCI
 * Policy Manual ch. I §E). Indicator 9: no edit. (Reference NCCI-US-12.)
 */
final class PtpClaimRule implements ClaimRule {
    static final Set<String> BYPASS = Set.of("59", "XE", "XS", "XP", "XU", "24", "25", "57", "58", "78", "79", "27", "91");
    private static final Set<String> ANATOMIC = Set.of("RT", "LT", "E1", "E2", "E3", "E4", "FA", "F1", "F2", "F3", "F4",
            "F5", "F6", "F7", "F8", "F9", "TA", "T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9", "LC", "LD", "RC",
            "LM", "RI");

    @Override
    public List<Finding> check(ClaimSheet s) {
        return s.ptpFindings(() -> findings(s));
    }

    /**
     * The line numbers an NCCI edit denies (an add-on whose primary is denied is not paid either); a finding a person
     * overrode does not deny its line.
     */
    static Set<Integer> denied(ClaimSheet s) {
        Set<Integer> out = new java.util.HashSet<>();
        for (Finding f : s.ptpFindings(() -> findings(s))) {
            boolean overridden = s.claim.overrides().stream().anyMatch(o -> o.covers(f.code(), f.lineCode()));
            if (f.lineNumber() != null && f.severity() != org.sonobill.engine.finding.Severity.INFO && !overridden) {
                out.add(f.lineNumber());
            }
        }
        return out;
    }

    private static List<Finding> findings(ClaimSheet s) {
        List<Finding> out = new ArrayList<>();
        List<ClaimLine> lines = s.claim.lines();
        String src = "CMS NCCI PTP edits (" + (s.institutional ? "hospital outpatient" : "practitioner")
                + " table); NCCI Policy Manual ch. I §E";
        for (ClaimLine b : lines) {
            if (b.dateOfService() == null) {
                continue;
            }
            PtpTable table = s.ptp(b.dateOfService());
            for (ClaimLine a : lines) {
                if (a == b || a.code().equals(b.code()) || !b.dateOfService().equals(a.dateOfService())) {
                    continue;
                }
                PtpEdit e = table.find(a.code(), b.code(), b.dateOfService());
                Finding f = finding(s, e, b, a.code(), a.modifiers(), "line " + a.number(), src);
                if (f != null) {
                    out.add(f);
                }
            }
            if (!s.institutional) {
                for (ClaimHistory.OtherLine a : s.sameDayLines(b.dateOfService())) {
                    if (a.code().equals(b.code())) {
                        continue;
                    }
                    PtpEdit e = table.find(a.code(), b.code(), b.dateOfService());
                    Finding f = finding(s, e, b, a.code(), a.modifiers(), "claim " + a.claimId() + ", same provider and date",
                            src + ", ch. IX §B (same-day services on separate claims)");
                    if (f != null) {
                        out.add(f);
                    }
                }
            }
        }
        return out;
    }

    private static Finding finding(ClaimSheet s, PtpEdit e, ClaimLine b, String col1, List<String> col1Mods, String where,
                                   String src) {
        if (e == null || e.modifierIndicator() == 9) {
            return null;
        }
        if (e.modifierIndicator() == 0) {
            return s.about(b, FindingCode.CLAIM_PTP_NOT_ALLOWED, "PtpClaim",
                    "column-2 code of " + col1 + " (" + where + "), modifier indicator 0 (" + e.rationale()
                            + "): denied whatever the modifiers.",
                    "Remove line " + b.number() + "; no modifier bypasses an indicator-0 edit.", src);
        }
        if (bypassed(col1Mods, b.modifiers())) {
            return null;
        }
        return s.about(b, FindingCode.CLAIM_PTP_MODIFIER_REQUIRED, "PtpClaim",
                "column-2 code of " + col1 + " (" + where + "), modifier indicator 1 (" + e.rationale()
                        + ") with no NCCI-associated modifier: it will be denied as bundled.",
                "If the services were distinct (another site, side, session or practitioner), add XS/XE/XP/XU "
                        + "(or 59) to line " + b.number() + "; otherwise remove it.", src);
    }

    private static boolean bypassed(List<String> a, List<String> b) {
        if (b.stream().anyMatch(BYPASS::contains) || a.stream().anyMatch(BYPASS::contains)) {
            return true;
        }
        List<String> sideA = a.stream().filter(ANATOMIC::contains).toList();
        List<String> sideB = b.stream().filter(ANATOMIC::contains).toList();
        return !sideA.isEmpty() && !sideB.isEmpty() && !sideA.equals(sideB);
    }
}

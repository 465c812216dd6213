package org.sonobill.x12.claim;

import java.util.ArrayList;
import java.util.List;
import org.sonobill.engine.claim.Claim;
import org.sonobill.engine.claim.ClaimLine;

/**
 * The rules of the guides that a schema cannot express (situational rules that depend on other loops), checked
 * before a claim is written.
 */
final class SubmissionChecks {
    private SubmissionChecks() {
    }

    static List<X12Problem> check(ClaimKind kind, ClaimSubmission s) {
        Claim c = s.claim();
        String src = "claim " + c.id();
        List<X12Problem> out = new ArrayList<>();
        missing(out, src, "2010AA", "NM1", 3, "the billing provider's name",
                s.billing() == null || s.billing().name() == null);
        missing(out, src, "2010AA", "N3", 1, "the billing provider's address",
                s.billing() == null || s.billing().address() == null);
        missing(out, src, "2010BA", "NM1", 3, "the subscriber's name", s.subscriber() == null || s.subscriber().name() == null);
        missing(out, src, "2010BB", "NM1", 3, "the payer", s.payer() == null);
        // 005010X222A1/X223A2 2010BA: NM108/NM109 (the member id) are required; N3/N4 when the patient is the
        // subscriber. 2010AA REF*EI (the billing provider's tax id) is required.
        missing(out, src, "2010BA", "NM1", 9, "the subscriber's member identification number (from the insurance card)",
                s.subscriber() != null && blank(s.subscriber().memberId()));
        missing(out, src, "2010BA", "N3", 1, "the subscriber's address (the patient is the subscriber)",
                s.subscriber() != null && s.subscriber().isPatient() && s.subscriber().address() == null);
        missing(out, src, "2010AA", "REF", 2, "the billing provider's tax identification number (REF*EI)",
                s.billing() != null && blank(s.billing().taxId()));
        missing(out, src, "2310B", "NM1", 3, "the rendering provider's name",
                s.rendering() != null && s.rendering().name() == null);
        missing(out, src, "2420E", "NM1", 3, "the ordering provider's name", s.ordering() != null && s.ordering().name() == null);
        for (PriorPayerAdjudication p : s.priorPayers()) {
            missing(out, src, "2330B", "NM1", 3, "the earlier payer", p.payer() == null);
            missing(out, src, "2330A", "NM1", 3, "the earlier payer's subscriber name",
                    p.subscriber() == null || p.subscriber().name() == null);
        }
        if (!out.isEmpty()) {
            return out;
        }
        for (int i = 0; i < c.lines().size(); i++) {
            if (c.lines().get(i).number() != i + 1) {
                out.add(new X12Problem(src, 0, "2400", "LX", 0, 1, 0, "lines must be numbered 1, 2, 3… in order "
                        + "(LX01 is assigned sequentially); line " + (i + 1) + " is numbered " + c.lines().get(i).number()));
                return out;
            }
        }
        if (ClaimKind.of(c.claimType()) != kind) {
            out.add(new X12Problem(src, 0, "2300", "CLM", 0, 0, 0, "the claim is " + c.claimType().key()
                    + "; it belongs in an 837" + ClaimKind.of(c.claimType()).letter() + " ("
                    + ClaimKind.of(c.claimType()).version() + "), not an 837" + kind.letter()));
        }
        if (("7".equals(c.frequency()) || "8".equals(c.frequency())) && blank(c.originalClaimNumber())) {
            out.add(new X12Problem(src, 0, "2300", "REF", 0, 2, 0, "a " + ("7".equals(c.frequency()) ? "replacement"
                    : "void") + " claim (CLM05-3 = " + c.frequency() + ") needs REF*F8, the payer's claim control "
                    + "number of the claim it " + ("7".equals(c.frequency()) ? "replaces" : "voids")
                    + " (005010X222A1/X223A2 loop 2300 REF*F8); expected originalClaimNumber"));
        }
        if (s.subscriber() != null && !s.subscriber().isPatient() && s.patient() == null) {
            out.add(new X12Problem(src, 0, "2000C", "PAT", 0, 1, 0, "the patient is not the subscriber (relationship "
                    + s.subscriber().relationship() + "), so loop 2010CA needs the patient's name and address; "
                    + "expected patient"));
        }
        if (s.subscriber() != null && !"P".equals(s.subscriber().responsibility()) && s.priorPayers().isEmpty()) {
            out.add(new X12Problem(src, 0, "2320", "SBR", 0, 1, 0, "a claim to a payer with responsibility "
                    + s.subscriber().responsibility() + " (SBR01) needs what the earlier payer did (loop 2320 with "
                    + "CAS and AMT*D); expected priorPayers"));
        }
        for (ClaimLine l : c.lines()) {
            for (int p : l.pointers()) {
                if (p < 1 || p > c.diagnoses().size()) {
                    out.add(new X12Problem(src, 0, "2400", kind == ClaimKind.PROFESSIONAL ? "SV1" : "SV2", 0, 7, 0,
                            "line " + l.number() + " points to diagnosis " + p + " but the claim has "
                                    + c.diagnoses().size() + "; expected a pointer from 1 to " + c.diagnoses().size()));
                }
            }
            if (blank(l.controlNumber())) {
                out.add(new X12Problem(src, 0, "2400", "REF", 0, 2, 0, "line " + l.number() + " has no line item "
                        + "control number; SonoBill writes REF*6R on every line so that the 835 matches it"));
            }
        }
        if (kind == ClaimKind.INSTITUTIONAL) {
            Institutional i = s.institutional();
            if (i == null) {
                out.add(new X12Problem(src, 0, "2300", "CLM", 0, 5, 1, "an institutional claim needs its type of bill, "
                        + "statement dates and a revenue code per line; expected institutional"));
            } else if (i.revenueCodes().size() != c.lines().size()) {
                out.add(new X12Problem(src, 0, "2400", "SV2", 0, 1, 0, "expected one revenue code per service line ("
                        + c.lines().size() + "), found " + i.revenueCodes().size()));
            } else if (i.statementFrom() == null || i.statementTo() == null) {
                out.add(new X12Problem(src, 0, "2300", "DTP", 0, 3, 0, "the statement period (DTP*434) needs a "
                        + "start and an end date"));
            }
        }
        for (PriorPayerAdjudication p : s.priorPayers()) {
            for (LineAdjudication a : p.lines()) {
                if (a.lineNumber() < 1 || a.lineNumber() > c.lines().size()) {
                    out.add(new X12Problem(src, 0, "2430", "SVD", 0, 1, 0, "the earlier payer's adjudication names line "
                            + a.lineNumber() + " but the claim has " + c.lines().size() + " lines"));
                }
            }
        }
        return out;
    }

    private static void missing(List<X12Problem> out, String src, String loop, String segment, int element, String what,
                                boolean isMissing) {
        if (isMissing) {
            out.add(new X12Problem(src, 0, loop, segment, 0, element, 0, what + " is required; expected it in the "
                    + "claim's parties"));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

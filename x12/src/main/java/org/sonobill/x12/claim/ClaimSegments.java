package org.sonobill.x12.claim;

import static org.sonobill.x12.claim.SegmentOut.amount;
import static org.sonobill.x12.claim.SegmentOut.date;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.sonobill.engine.claim.Claim;
import org.sonobill.engine.claim.ClaimLine;

/**
 * The segments of one claim, from its subscriber level (2000B) to its last service line (2400), in the order and
 * with the qualifiers of 005010X222A1 (837P) or 005010X223A2 (837I).
 */
final class ClaimSegments {
    private final SegmentOut out;
    private final ClaimKind kind;

    ClaimSegments(SegmentOut out, ClaimKind kind) {
        this.out = out;
        this.kind = kind;
    }

    /** Billing provider level, 2000A/2010AA. */
    void billing(BillingProvider b, int hl) {
        out.loop("2000A");
        out.seg("HL", Integer.toString(hl), null, "20", "1");
        if (b.taxonomy() != null) {
            out.seg("PRV", "BI", "PXC", b.taxonomy());
        }
        out.loop("2010AA");
        name("85", b.name(), "XX", b.npi());
        address(b.address());
        out.seg("REF", "EI", b.taxId());
    }

    /** Subscriber, patient and claim levels; returns the next free HL id. */
    int claim(ClaimSubmission s, int parentHl, int hl) {
        Claim c = s.claim();
        Subscriber sub = s.subscriber();
        boolean self = sub.isPatient();
        out.loop("2000B");
        out.seg("HL", Integer.toString(hl), Integer.toString(parentHl), "22", self ? "0" : "1");
        out.seg("SBR", sub.responsibility(), self ? "18" : null, sub.groupNumber(), null, null, null, null, null,
                sub.filingIndicator());
        out.loop("2010BA");
        name("IL", sub.name(), "MI", sub.memberId());
        if (sub.address() != null) {
            address(sub.address());
        }
        if (self) {
            demographics(c);
        }
        out.loop("2010BB");
        payer(s.payer());
        int next = hl + 1;
        if (!self) {
            out.loop("2000C");
            out.seg("HL", Integer.toString(next), Integer.toString(hl), "23", "0");
            out.seg("PAT", sub.relationship());
            out.loop("2010CA");
            name("QC", s.patient().name(), null, null);
            address(s.patient().address());
            demographics(c);
            next++;
        }
        claimLevel(s);
        return next;
    }

    private void claimLevel(ClaimSubmission s) {
        Claim c = s.claim();
        out.loop("2300");
        BigDecimal total = c.lines().stream().map(ClaimLine::charge).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (kind == ClaimKind.PROFESSIONAL) {
            // CLM06 signature on file, CLM07 assigned, CLM08 benefits assigned, CLM09 release of information
            out.seg("CLM", c.id(), amount(total), null, null, new String[] {c.placeOfService(), "B", c.frequency()},
                    "Y", "A", "Y", "Y");
        } else {
            Institutional inst = s.institutional();
            out.seg("CLM", c.id(), amount(total), null, null,
                    new String[] {inst.facilityType(), "A", c.frequency()}, null, "A", "Y", "Y");
            out.seg("DTP", "434", "RD8", date(inst.statementFrom()) + "-" + date(inst.statementTo()));
            out.seg("CL1", inst.admissionType(), null, inst.patientStatus());
        }
        if (c.originalClaimNumber() != null) {
            // 005010X222A1 / X223A2 loop 2300 REF*F8: required for replacement (7) and void (8) claims
            out.seg("REF", "F8", c.originalClaimNumber());
        }
        if (c.priorAuthorization() != null) {
            out.seg("REF", "G1", c.priorAuthorization());
        }
        if (c.patientId() != null) {
            // REF*EA medical record number: the patient's id within the practice
            out.seg("REF", "EA", c.patientId());
        }
        diagnoses(c.diagnoses());
        providers(s);
        for (PriorPayerAdjudication p : s.priorPayers()) {
            new PriorPayerSegments(out).write(p, s.subscriber());
        }
        for (ClaimLine l : c.lines()) {
            line(s, l);
        }
    }

    private void diagnoses(List<String> dx) {
        if (dx.isEmpty()) {
            return;
        }
        if (kind == ClaimKind.PROFESSIONAL) {
            // 005010X222A1 2300 HI: principal ABK then up to eleven ABF in the same segment
            Object[] els = new Object[dx.size()];
            for (int i = 0; i < dx.size(); i++) {
                els[i] = new String[] {i == 0 ? "ABK" : "ABF", undotted(dx.get(i))};
            }
            out.seg("HI", els);
            return;
        }
        // 005010X223A2 2300 HI: principal diagnosis ABK alone, other diagnoses ABF in their own segment(s)
        out.seg("HI", (Object) new String[] {"ABK", undotted(dx.get(0))});
        List<Object> other = new ArrayList<>();
        for (int i = 1; i < dx.size(); i++) {
            other.add(new String[] {"ABF", undotted(dx.get(i))});
            if (other.size() == 12) {
                out.seg("HI", other.toArray());
                other.clear();
            }
        }
        if (!other.isEmpty()) {
            out.seg("HI", other.toArray());
        }
    }

    private void providers(ClaimSubmission s) {
        if (kind == ClaimKind.PROFESSIONAL) {
            if (s.rendering() != null) {
                out.loop("2310B");
                name("82", s.rendering().name(), "XX", s.rendering().npi());
                if (s.rendering().taxonomy() != null) {
                    out.seg("PRV", "PE", "PXC", s.rendering().taxonomy());
                }
            }
            return;
        }
        if (s.rendering() != null) {
            // 005010X223A2 2310A: the attending provider, required when the claim has services other than
            // non-scheduled transportation; for an outpatient study it is the physician who rendered it
            out.loop("2310A");
            name("71", s.rendering().name(), "XX", s.rendering().npi());
            if (s.rendering().taxonomy() != null) {
                out.seg("PRV", "AT", "PXC", s.rendering().taxonomy());
            }
        }
        if (s.ordering() != null) {
            out.loop("2310F");
            name("DN", s.ordering().name(), "XX", s.ordering().npi());
        }
    }

    private void line(ClaimSubmission s, ClaimLine l) {
        out.loop("2400");
        out.seg("LX", Integer.toString(l.number()));
        String[] procedure = new String[7];
        procedure[0] = "HC";
        procedure[1] = l.code();
        for (int i = 0; i < l.modifiers().size() && i < 4; i++) {
            procedure[2 + i] = l.modifiers().get(i);
        }
        if (kind == ClaimKind.PROFESSIONAL) {
            String[] pointers = l.pointers().stream().limit(4).map(String::valueOf).toArray(String[]::new);
            out.seg("SV1", procedure, amount(l.charge()), "UN", Integer.toString(l.units()), null, null, pointers);
        } else {
            String revenue = s.institutional().revenueCodes().get(l.number() - 1);
            out.seg("SV2", revenue, procedure, amount(l.charge()), "UN", Integer.toString(l.units()));
        }
        out.seg("DTP", "472", "D8", date(l.dateOfService()));
        // 005010X222A1 2400 REF*6R: the line item control number the payer returns in 835 REF*6R; written on every
        // line so that remittances match lines without guessing
        out.seg("REF", "6R", l.controlNumber());
        if (kind == ClaimKind.PROFESSIONAL && s.ordering() != null) {
            // 2420E ordering provider: Medicare requires it on diagnostic tests ordered by another physician
            out.loop("2420E");
            name("DK", s.ordering().name(), "XX", s.ordering().npi());
        }
        for (PriorPayerAdjudication p : s.priorPayers()) {
            for (LineAdjudication a : p.lines()) {
                if (a.lineNumber() == l.number()) {
                    new PriorPayerSegments(out).line(p, a);
                }
            }
        }
    }

    private void demographics(Claim c) {
        out.seg("DMG", "D8", date(c.patient().birthDate()), c.patient().sex().name());
    }

    private void payer(Payer p) {
        out.seg("NM1", "PR", "2", p.name(), null, null, null, null, "PI", p.id());
        if (p.address() != null) {
            address(p.address());
        }
    }

    void name(String entity, Name n, String idQualifier, String id) {
        out.seg("NM1", entity, n.person() ? "1" : "2", n.last(), n.first(), n.middle(), null, null,
                id == null ? null : idQualifier, id);
    }

    void address(Address a) {
        out.seg("N3", a.line1(), a.line2());
        out.seg("N4", a.city(), a.state(), a.zip());
    }

    /** ICD-10-CM codes travel without their dot (005010X222A1 HI01-2). */
    static String undotted(String code) {
        return code.replace(".", "");
    }
}

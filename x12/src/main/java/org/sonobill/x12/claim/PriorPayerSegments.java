package org.sonobill.x12.claim;

import static org.sonobill.x12.claim.SegmentOut.amount;
import static org.sonobill.x12.claim.SegmentOut.date;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Coordination of benefits: what an earlier payer did, as loops 2320/2330A/2330B (claim level) and 2430 (line level)
 * of 005010X222A1 and 005010X223A2 carry it.
 */
final class PriorPayerSegments {
    /** A CAS segment holds up to six reason/amount/quantity triplets of one group (CAS02-CAS19). */
    private static final int TRIPLETS = 6;
    private final SegmentOut out;

    PriorPayerSegments(SegmentOut out) {
        this.out = out;
    }

    void write(PriorPayerAdjudication p, Subscriber claimSubscriber) {
        out.loop("2320");
        Subscriber other = p.subscriber();
        out.seg("SBR", p.responsibility(), other.relationship(), other.groupNumber(), null, null, null, null, null,
                p.filingIndicator());
        adjustments(p.claimAdjustments());
        out.seg("AMT", "D", amount(p.paid()));
        if (p.remainingPatientLiability() != null) {
            out.seg("AMT", "EAF", amount(p.remainingPatientLiability()));
        }
        // OI03 benefits assignment Y, OI06 release of information Y (same as CLM08/CLM09)
        out.seg("OI", null, null, "Y", null, null, "Y");
        ClaimSegments names = new ClaimSegments(out, ClaimKind.PROFESSIONAL);
        out.loop("2330A");
        names.name("IL", other.name(), "MI", other.memberId());
        if (other.address() != null) {
            names.address(other.address());
        }
        out.loop("2330B");
        out.seg("NM1", "PR", "2", p.payer().name(), null, null, null, null, "PI", p.payer().id());
        if (p.payer().address() != null) {
            names.address(p.payer().address());
        }
        if (p.adjudicated() != null && p.lines().isEmpty()) {
            // 2330B DTP*573 is required when loop 2430 is absent (claim-level adjudication)
            out.seg("DTP", "573", "D8", date(p.adjudicated()));
        }
        if (p.payerClaimNumber() != null) {
            out.seg("REF", "F8", p.payerClaimNumber());
        }
    }

    void line(PriorPayerAdjudication p, LineAdjudication a) {
        out.loop("2430");
        String[] procedure = new String[7];
        procedure[0] = "HC";
        procedure[1] = a.code();
        for (int i = 0; i < a.modifiers().size() && i < 4; i++) {
            procedure[2 + i] = a.modifiers().get(i);
        }
        out.seg("SVD", p.payer().id(), amount(a.paid()), procedure, null, amount(a.units()));
        adjustments(a.adjustments());
        out.seg("DTP", "573", "D8", date(a.adjudicated()));
    }

    private void adjustments(List<Adjustment> all) {
        Map<String, List<Adjustment>> byGroup = new LinkedHashMap<>();
        for (Adjustment a : all) {
            byGroup.computeIfAbsent(a.group(), g -> new ArrayList<>()).add(a);
        }
        for (Map.Entry<String, List<Adjustment>> g : byGroup.entrySet()) {
            List<Adjustment> list = g.getValue();
            for (int from = 0; from < list.size(); from += TRIPLETS) {
                List<Adjustment> chunk = list.subList(from, Math.min(list.size(), from + TRIPLETS));
                Object[] els = new Object[1 + chunk.size() * 3];
                els[0] = g.getKey();
                for (int i = 0; i < chunk.size(); i++) {
                    els[1 + i * 3] = chunk.get(i).reason();
                    els[2 + i * 3] = amount(chunk.get(i).amount());
                    els[3 + i * 3] = amount(chunk.get(i).quantity());
                }
                out.seg("CAS", els);
            }
        }
    }
}

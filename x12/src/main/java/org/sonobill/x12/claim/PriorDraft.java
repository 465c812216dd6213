package org.sonobill.x12.claim;

import static org.sonobill.x12.claim.SegValues.address;
import static org.sonobill.x12.claim.SegValues.adjustments;
import static org.sonobill.x12.claim.SegValues.date;
import static org.sonobill.x12.claim.SegValues.money;
import static org.sonobill.x12.claim.SegValues.name;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sonobill.engine.study.Sex;

/** What an earlier payer did (loops 2320, 2330A, 2330B) being read. */
final class PriorDraft {
    final Seg sbr;
    final List<Seg> cas = new ArrayList<>();
    final List<Seg> amts = new ArrayList<>();
    final Parties names = new Parties();
    final List<Seg> dtps = new ArrayList<>();

    PriorDraft(Seg sbr) {
        this.sbr = sbr;
    }

    void add(Seg s) {
        switch (s.tag) {
            case "CAS" -> cas.add(s);
            case "AMT" -> amts.add(s);
            case "DTP" -> dtps.add(s);
            default -> names.add(s);
        }
    }

    PriorPayerAdjudication build(List<LineDraft> lines) {
        Seg il = names.name("IL");
        Seg pr = names.name("PR");
        Payer payer = pr == null ? null : new Payer(pr.get(3), pr.get(9), names.address("PR"));
        Subscriber other = new Subscriber(name(il), il == null ? null : il.get(9), names.address("IL"), null,
                Sex.U, sbr.get(3), null, null, sbr.get(2));
        BigDecimal paid = null;
        BigDecimal remaining = null;
        for (Seg a : amts) {
            if ("D".equals(a.get(1))) {
                paid = money(a.get(2));
            } else if ("EAF".equals(a.get(1))) {
                remaining = money(a.get(2));
            }
        }
        LocalDate adjudicated = null;
        for (Seg d : dtps) {
            if ("573".equals(d.get(1))) {
                adjudicated = date(d.get(3));
            }
        }
        List<LineAdjudication> lineAdj = new ArrayList<>();
        String payerId = payer == null ? null : payer.id();
        for (LineDraft l : lines) {
            for (LineAdjDraft a : l.adjudications) {
                if (payerId == null || payerId.equals(a.svd.get(1))) {
                    lineAdj.add(a.build(l.number));
                }
            }
        }
        return new PriorPayerAdjudication(payer, sbr.get(1), sbr.get(9), other, adjustments(cas), paid, remaining,
                adjudicated, names.ref("F8"), lineAdj);
    }
}

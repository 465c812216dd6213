package org.sonobill.x12.claim;

import static org.sonobill.x12.claim.SegValues.date;
import static org.sonobill.x12.claim.SegValues.money;
import static org.sonobill.x12.claim.SegValues.range;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sonobill.engine.claim.ClaimLine;

/** One service line (loop 2400 and its 2420/2430 loops) being read. */
final class LineDraft {
    final int number;
    Seg service;
    String revenue;
    LocalDate date;
    String control;
    Seg ordering;
    final List<LineAdjDraft> adjudications = new ArrayList<>();

    LineDraft(int number) {
        this.number = number;
    }

    LineAdjDraft currentAdjudication() {
        return adjudications.get(adjudications.size() - 1);
    }

    void add(Seg s) {
        if (s.tag.equals("SV1") || s.tag.equals("SV2")) {
            service = s;
            revenue = s.tag.equals("SV2") ? s.get(1) : null;
        } else if (s.is("DTP", "472")) {
            date = range(s.get(2), s.get(3))[0];
        } else if (s.is("REF", "6R")) {
            control = s.get(2);
        } else if (s.is("NM1", "DK")) {
            ordering = s;
        }
    }

    ClaimLine build(int position) {
        if (service == null) {
            throw new IllegalArgumentException("line " + number + " has no SV1/SV2 service segment");
        }
        boolean p = service.tag.equals("SV1");
        int proc = p ? 1 : 2;
        List<String> mods = new ArrayList<>();
        for (int c = 3; c <= 6; c++) {
            if (service.get(proc, c) != null) {
                mods.add(service.get(proc, c));
            }
        }
        String code = service.get(proc, 2);
        BigDecimal charge = money(service.get(p ? 2 : 3));
        BigDecimal units = service.get(p ? 4 : 5) == null ? BigDecimal.ONE : new BigDecimal(service.get(p ? 4 : 5));
        if (units.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException("line " + number + " (" + (p ? "SV104" : "SV205") + ") has "
                    + units.toPlainString() + " units; SonoBill claims count whole units of service");
        }
        List<Integer> pointers = new ArrayList<>();
        if (p) {
            for (int c = 1; c <= service.components(7); c++) {
                if (service.get(7, c) != null) {
                    pointers.add(Integer.parseInt(service.get(7, c)));
                }
            }
        }
        return new ClaimLine(number, code == null ? "" : code, mods, units.intValueExact(), charge, pointers, date,
                control);
    }
}

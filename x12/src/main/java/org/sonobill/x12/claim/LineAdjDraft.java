package org.sonobill.x12.claim;

import static org.sonobill.x12.claim.SegValues.adjustments;
import static org.sonobill.x12.claim.SegValues.date;
import static org.sonobill.x12.claim.SegValues.money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** An earlier payer's line adjudication (loop 2430) being read. */
final class LineAdjDraft {
    final Seg svd;
    final List<Seg> cas = new ArrayList<>();
    LocalDate date;

    LineAdjDraft(Seg svd) {
        this.svd = svd;
    }

    void add(Seg s) {
        if (s.tag.equals("CAS")) {
            cas.add(s);
        } else if (s.is("DTP", "573")) {
            date = date(s.get(3));
        }
    }

    LineAdjudication build(int line) {
        List<String> mods = new ArrayList<>();
        for (int c = 3; c <= 6; c++) {
            if (svd.get(3, c) != null) {
                mods.add(svd.get(3, c));
            }
        }
        return new LineAdjudication(line, svd.get(3, 2), mods, money(svd.get(2)),
                svd.get(5) == null ? null : new BigDecimal(svd.get(5)), adjustments(cas), date);
    }
}

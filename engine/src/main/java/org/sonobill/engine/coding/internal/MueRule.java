package org.sonobill.engine.coding.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.sonobill.engine.finding.Finding;
import org.sonobill.engine.finding.FindingCode;
import org.sonobill.engine.finding.Severity;
import org.sonobill.engine.reference.Mue;
import org.sonobill.engine.reference.MueTable;

/**
 * Units against the CMS medically unlikely edits: MAI 1 per line; MAI 2 and 3 per date of service, summing the
 * study's lines. MAI 2 is absolute (error); MAI 1 and 3 can be supported (warning). A bilateral service (indicator
 * 1) that the payer wants on RT and LT lines counts as the one unit CMS counts for the 50 line. NCCI Policy Manual
 * ch. I and the CMS MUE FAQ; reference e.2.
 */
final class MueRule implements CodingRule {

    @Override
    public void apply(Worksheet w) {
        MueTable table = w.mue();
        String which = w.institutional ? "outpatient hospital" : "practitioner";
        Map<String, Integer> totals = new LinkedHashMap<>();
        for (WorkLine l : w.lines) {
            totals.merge(l.code, l.secondSideOfBilateralUnit ? 0 : l.units, Integer::sum);
            Mue m = table.get(l.code);
            if (m != null && m.adjudication() == Mue.Adjudication.LINE && l.units > m.units()) {
                w.add(Finding.of(FindingCode.MUE_EXCEEDED, name(),
                        l.code + " reports " + l.units + " units on one line; the " + which + " MUE is " + m.units()
                                + " per line (MAI 1).",
                        "Report medically necessary extra units on separate lines with the appropriate modifier "
                                + "(76, 77, RT/LT, XS).", source(which)).about(l.code));
            }
        }
        Map<String, Integer> earlier = new LinkedHashMap<>();
        for (org.sonobill.engine.study.PriorStudy prior : w.study.priorSameDay()) {
            if (prior.code() != null && totals.containsKey(prior.code()) && !otherSideOfBilateral(w, prior)) {
                earlier.merge(prior.code(), prior.units(), Integer::sum);
            }
        }
        earlier.forEach((code, units) -> totals.merge(code, units, Integer::sum));
        for (Map.Entry<String, Integer> e : totals.entrySet()) {
            Mue m = table.get(e.getKey());
            if (m == null || m.adjudication() == Mue.Adjudication.LINE || e.getValue() <= m.units()) {
                continue;
            }
            boolean absolute = m.adjudication() == Mue.Adjudication.DATE_POLICY;
            Finding f = Finding.of(FindingCode.MUE_EXCEEDED, name(),
                    e.getKey() + " totals " + e.getValue() + " units on this date"
                            + (earlier.containsKey(e.getKey()) ? " (" + earlier.get(e.getKey()) + " from earlier studies today)" : "")
                            + "; the " + which + " MUE is " + m.units()
                            + " (MAI " + m.adjudication().indicator() + ", " + (absolute ? "absolute: units above it are never paid"
                            : "clinical: units above it are paid only on appeal with documentation") + ").",
                    absolute ? "Reduce the units to " + m.units() + "."
                            : "Keep the extra units only if the report documents their medical necessity; expect to appeal.",
                    source(which)).about(e.getKey());
            w.add(absolute ? f.withSeverity(Severity.ERROR) : f);
        }
    }

    /**
     * The earlier study was the other side of a code CMS prices as one bilateral service (indicator 1): the two sides
     * are one unit, as a line with modifier 50 would be.
     */
    private static boolean otherSideOfBilateral(Worksheet w, org.sonobill.engine.study.PriorStudy prior) {
        org.sonobill.engine.study.Laterality now = w.study.laterality();
        org.sonobill.engine.study.Laterality before = prior.laterality();
        boolean opposite = now != null && before != null && now != before
                && now != org.sonobill.engine.study.Laterality.BILATERAL
                && before != org.sonobill.engine.study.Laterality.BILATERAL;
        org.sonobill.engine.reference.RvuRow row = w.feeSchedule().global(prior.code());
        return opposite && row != null && row.bilateral() == 1;
    }

    private static String source(String which) {
        return "CMS NCCI " + which + " MUE table; NCCI Policy Manual ch. I §V; reference e.2";
    }
}

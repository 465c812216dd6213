package org.sonobill.engine.denial;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.sonobill.engine.reference.AdjustmentCodeList;
import org.sonobill.engine.reference.ReferenceLibrary;

/**
 * Classifies denied remittance lines: the mapping table gives the root cause, owner and default action; a listed set
 * of small policies refines the action from what is known about the claim (reference g.4: decide the path
 * automatically), each adding its reason and source.
 */
public final class DenialClassifier {
    /** The policies, in the order they apply; later ones see earlier ones' changes. */
    static final List<ActionPolicy> POLICIES = List.of(new PatientGroupPolicy(), new AbnPolicy(), new BundlingPolicy(),
            new DuplicatePolicy(), new TimelyFilingPolicy(), new RejectedClaimPolicy(), new MedicareReopeningPolicy(),
            new FindingsPolicy());
    private final DenialTable table;
    private final AdjustmentCodeList carcs;
    private final AdjustmentCodeList rarcs;

    /** A classifier over a table, naming codes with the given CARC and RARC lists. */
    public DenialClassifier(DenialTable table, AdjustmentCodeList carcs, AdjustmentCodeList rarcs) {
        this.table = table;
        this.carcs = carcs;
        this.rarcs = rarcs;
    }

    /** The shipped table with the shipped CARC and RARC lists. */
    public static DenialClassifier shipped() {
        return withTable(DenialTable.shipped());
    }

    /** A user's table with the shipped CARC and RARC lists. */
    public static DenialClassifier withTable(DenialTable table) {
        ReferenceLibrary lib = ReferenceLibrary.bundled();
        LocalDate asOf = LocalDate.now();
        return new DenialClassifier(table, lib.carcs(asOf).table(), lib.rarcs(asOf).table());
    }

    /** The table in use. */
    public DenialTable table() {
        return table;
    }

    /** What one adjustment means and what to do next. */
    public DenialClassification classify(DenialLine line, DenialContext ctx) {
        DenialRow row = table.match(line.group(), line.carc(), line.rarcs());
        Decision d = new Decision(row);
        for (ActionPolicy p : POLICIES) {
            p.apply(d, line, ctx);
        }
        return new DenialClassification(row.rootCause(), row.team(), row.ownerRole(), d.action, d.appealable,
                row.success(), reason(line, d), Fixes.of(d.action, row.rootCause(), ctx), String.join("; ", d.sources));
    }

    /**
     * A claim's lines: each classified, and the claim's cause the one with the most money among the denials to work
     * (all lines when none is), with the action of its largest line.
     */
    public ClaimDenial classifyClaim(List<DenialLine> lines, DenialContext ctx) {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a claim denial needs at least one adjusted line");
        }
        List<DenialClassification> out = new ArrayList<>();
        Map<RootCause, BigDecimal> byCause = new EnumMap<>(RootCause.class);
        BigDecimal denied = BigDecimal.ZERO;
        boolean anyDenial = lines.stream().anyMatch(l -> table.denies(l.group(), l.carc()));
        int main = -1;
        for (int i = 0; i < lines.size(); i++) {
            DenialLine l = lines.get(i);
            DenialClassification c = classify(l, ctx);
            out.add(c);
            if (anyDenial && !table.denies(l.group(), l.carc())) {
                continue;
            }
            if (anyDenial) {
                denied = denied.add(l.amount());
            }
            byCause.merge(c.rootCause(), l.amount(), BigDecimal::add);
        }
        RootCause cause = byCause.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        for (int i = 0; i < lines.size(); i++) {
            boolean counts = !anyDenial || table.denies(lines.get(i).group(), lines.get(i).carc());
            if (counts && out.get(i).rootCause() == cause
                    && (main < 0 || lines.get(i).amount().compareTo(lines.get(main).amount()) > 0)) {
                main = i;
            }
        }
        return new ClaimDenial(cause, out.get(main).action(), out.get(main), denied.setScale(2, java.math.RoundingMode.HALF_UP), out);
    }

    private String reason(DenialLine line, Decision d) {
        StringBuilder s = new StringBuilder(line.adjustment());
        String carcText = firstSentence(carcs.description(line.carc()));
        s.append(carcText.isEmpty() ? " (a reason code not on the X12 list)" : " (\"" + carcText + "\")");
        List<String> named = line.rarcs().stream().filter(r -> d.row.rarcs().isEmpty() || d.row.rarcs().contains(r))
                .toList();
        for (String r : named) {
            String t = firstSentence(rarcs.description(r));
            s.append(", ").append(r).append(t.isEmpty() ? "" : " (\"" + t + "\")");
        }
        if (!d.row.active()) {
            s.append("; the CARC is retired on the X12 list");
        }
        s.append(": ").append(d.cause().slug()).append(". ").append(d.row.why());
        for (String r : d.reasons) {
            s.append(' ').append(r);
        }
        s.append(" Next: ").append(d.action.slug()).append('.');
        return s.toString();
    }

    private static String firstSentence(String text) {
        int end = text.indexOf(". ");
        return end < 0 ? text : text.substring(0, end + 1);
    }
}

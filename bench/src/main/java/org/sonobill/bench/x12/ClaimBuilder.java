package org.sonobill.bench.x12;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.sonobill.bench.x12.RemittanceGenerator.Claim;

/**
 * Turns one sample claim loop into a new, balanced claim payment: new control numbers, amounts scaled by
 * {@code k}, and SVC03, CLP03, CLP04 and CLP05 recomputed from the scaled charges and adjustments (X221A1 section
 * 1.10.2.1, claim and service line balancing).
 */
final class ClaimBuilder {
    private static final int[] CLP_MONEY = {3, 4, 5};
    private static final int[] SVC_MONEY = {2, 3};
    private static final int[] CAS_MONEY = {3, 6, 9, 12, 15, 18}; // CAS03, 06, … 18: one amount per adjustment
    private static final int[] AMT_MONEY = {2};
    private static final int[] NONE = {};
    /** Percentage of service lines that carry their line item control number back (REF*6R). */
    private static final int LINE_CONTROL_PERCENT = 85;

    private final BigDecimal k;
    private final String patientControlNumber;
    private final String payerClaimNumber;
    private final long firstLineNumber;
    private final SplittableRandom random;

    private final List<Segment> out = new ArrayList<>();
    private final List<Segment> line = new ArrayList<>();
    private BigDecimal lineCharge;
    private BigDecimal lineAdjustments = BigDecimal.ZERO;
    private BigDecimal charges = BigDecimal.ZERO;
    private BigDecimal adjustments = BigDecimal.ZERO;
    private BigDecimal patientResponsibility = BigDecimal.ZERO;
    private int lines;
    private int adjustmentCount;

    ClaimBuilder(BigDecimal k, String patientControlNumber, String payerClaimNumber, long firstLineNumber,
            SplittableRandom random) {
        this.k = k;
        this.patientControlNumber = patientControlNumber;
        this.payerClaimNumber = payerClaimNumber;
        this.firstLineNumber = firstLineNumber;
        this.random = random;
    }

    /** The element positions that hold amounts in a segment of loops 2100/2110. */
    static int[] moneyPositions(String tag) {
        return switch (tag) {
            case "CLP" -> CLP_MONEY;
            case "SVC" -> SVC_MONEY;
            case "CAS" -> CAS_MONEY;
            case "AMT" -> AMT_MONEY;
            default -> NONE;
        };
    }

    Claim build(List<Segment> template) {
        Segment clp = template.get(0);
        for (Segment s : template.subList(1, template.size())) {
            switch (s.tag()) {
                case "SVC" -> startLine(s);
                case "CAS" -> adjustment(s);
                case "AMT" -> add(s.with(2, RemittanceGenerator.amount(scaled(s.get(2)))));
                case "REF" -> {
                    if (!(lineCharge != null && s.get(1).equals("6R"))) {
                        add(s.copy()); // the line's own REF*6R is replaced in endLine
                    }
                }
                default -> add(s.copy());
            }
        }
        endLine();
        BigDecimal charge = lines > 0 ? charges : scaled(clp.get(3));
        BigDecimal claimPaid = charge.subtract(adjustments);
        Segment c = clp.with(1, patientControlNumber)
                .with(3, RemittanceGenerator.amount(charge))
                .with(4, RemittanceGenerator.amount(claimPaid))
                .with(7, payerClaimNumber);
        if (!clp.get(5).isEmpty()) {
            c = c.with(5, RemittanceGenerator.amount(patientResponsibility));
        }
        out.add(0, c);
        return new Claim(List.copyOf(out), claimPaid, lines, adjustmentCount);
    }

    private void startLine(Segment svc) {
        endLine();
        lineCharge = scaled(svc.get(2));
        lineAdjustments = BigDecimal.ZERO;
        line.add(svc.copy());
        lines++;
    }

    private void endLine() {
        if (lineCharge == null) {
            return;
        }
        line.set(0, line.get(0).with(2, RemittanceGenerator.amount(lineCharge))
                .with(3, RemittanceGenerator.amount(lineCharge.subtract(lineAdjustments))));
        if (random.nextInt(100) < LINE_CONTROL_PERCENT) {
            // X221A1 loop 2110: REF (line item control number, 6R) follows CAS and precedes AMT, QTY and LQ
            int at = 1;
            while (at < line.size() && !List.of("AMT", "QTY", "LQ").contains(line.get(at).tag())) {
                at++;
            }
            line.add(at, new Segment("REF", "6R", String.valueOf(firstLineNumber + lines)));
        }
        out.addAll(line);
        charges = charges.add(lineCharge);
        line.clear();
        lineCharge = null;
    }

    private void adjustment(Segment s) {
        Segment n = s.copy();
        BigDecimal sum = BigDecimal.ZERO;
        for (int i : CAS_MONEY) {
            if (!n.get(i - 1).isEmpty()) {
                adjustmentCount++; // one adjustment per reason code (CAS02, 05, … 17)
            }
            if (i < n.fields.length && !n.fields[i].isEmpty()) {
                BigDecimal a = scaled(n.fields[i]);
                n.fields[i] = RemittanceGenerator.amount(a);
                sum = sum.add(a);
            }
        }
        if (s.get(1).equals("PR")) {
            patientResponsibility = patientResponsibility.add(sum);
        }
        adjustments = adjustments.add(sum);
        if (lineCharge != null) {
            lineAdjustments = lineAdjustments.add(sum);
        }
        add(n);
    }

    private void add(Segment s) {
        (lineCharge != null ? line : out).add(s);
    }

    private BigDecimal scaled(String amount) {
        if (amount.isEmpty()) {
            return BigDecimal.ZERO;
        }
        return new BigDecimal(amount).multiply(k).setScale(2, RoundingMode.HALF_UP);
    }
}

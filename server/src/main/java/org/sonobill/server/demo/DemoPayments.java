package org.sonobill.server.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * What a payer pays on a claim, line by line, with the CAS adjustments that explain the rest (X12 835 loop 2110):
 * CO-45 for the charge above the allowed amount, PR-1/PR-2/PR-3 for deductible, coinsurance and copay, CO-253 for
 * Medicare's 2% sequestration, and the denial's CARC for a denied line. Every line balances: its charge is what was
 * paid plus its adjustments.
 */
final class DemoPayments {
    private static final BigDecimal COINSURANCE = new BigDecimal("0.20");
    private static final BigDecimal SEQUESTRATION = new BigDecimal("0.02");
    /** Medicare's AAA screening is a preventive benefit: no deductible or coinsurance. */
    private static final String PREVENTIVE = "76706";

    private final Dice dice;

    DemoPayments(Dice dice) {
        this.dice = dice;
    }

    /** One CAS adjustment. */
    record Adjustment(String group, String carc, List<String> rarcs, BigDecimal amount) {
        Adjustment negated() {
            return new Adjustment(group, carc, rarcs, amount.negate());
        }
    }

    /** One line of a claim payment (SVC): paid and the adjustments. */
    record LinePosting(int line, BigDecimal paid, List<Adjustment> adjustments) {
        BigDecimal patientResponsibility() {
            return adjustments.stream().filter(a -> a.group().equals("PR")).map(Adjustment::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    /**
     * A claim payment (CLP): status code 1 processed as primary, 4 denied, 22 reversal of an earlier payment; the
     * payer's claim number (CLP07) and the lines.
     */
    record Posting(String statusCode, String payerClaimNumber, BigDecimal charge, List<LinePosting> lines) {
        BigDecimal paid() {
            return lines.stream().map(LinePosting::paid).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        BigDecimal patientResponsibility() {
            return lines.stream().map(LinePosting::patientResponsibility).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        /** The payer's reversal of this payment: every amount negated, status 22. */
        Posting reversed() {
            return new Posting("22", payerClaimNumber, charge.negate(), lines.stream().map(l -> new LinePosting(
                    l.line(), l.paid().negate(), l.adjustments().stream().map(Adjustment::negated).toList())).toList());
        }
    }

    /** The payment of a claim, with one line denied when deniedLine is not null. */
    Posting paid(DemoClaim c, String payerClaimNumber, Integer deniedLine, DenialReason reason) {
        BigDecimal allowed = allowed(c);
        Benefit b = benefit(c.pack());
        List<LinePosting> lines = new ArrayList<>();
        for (DemoClaim.Line l : c.lines()) {
            if (deniedLine != null && deniedLine == l.number()) {
                lines.add(denied(l, reason, c.pack()));
                continue;
            }
            BigDecimal a = share(allowed, l.charge(), c.charge());
            lines.add(b.apply(l, a, c.pack().equals("medicare")));
        }
        return new Posting("1", payerClaimNumber, c.charge(), lines);
    }

    /** A claim denied in full: the CARC takes every line's charge. */
    Posting denied(DemoClaim c, String payerClaimNumber, DenialReason reason) {
        return new Posting("4", payerClaimNumber, c.charge(),
                c.lines().stream().map(l -> denied(l, reason, c.pack())).toList());
    }

    private static LinePosting denied(DemoClaim.Line l, DenialReason reason, String pack) {
        return new LinePosting(l.number(), BigDecimal.ZERO.setScale(2),
                List.of(new Adjustment(reason.group(), reason.carc(), reason.rarcs(pack), l.charge())));
    }

    /**
     * The allowed amount: the scrub's expected payment (the fee schedule or the contract) when it priced the claim;
     * otherwise, as for a hospital's institutional claim, a share of the charge like an APC payment.
     */
    private BigDecimal allowed(DemoClaim c) {
        if (c.expected() != null && c.expected().signum() > 0) {
            return c.expected().min(c.charge());
        }
        double share = c.institutional() ? dice.between(0.32, 0.45) : dice.between(0.28, 0.40);
        return c.charge().multiply(BigDecimal.valueOf(share)).setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal share(BigDecimal total, BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return total.multiply(part).divide(whole, 2, RoundingMode.HALF_UP).min(part);
    }

    /**
     * The patient's share: Medicare 20% coinsurance after the deductible (met for most patients by mid-year); a PPO
     * coinsurance (some with what is left of the deductible) or a copay; an HMO a copay.
     */
    private Benefit benefit(String pack) {
        double r = dice.between(0.0, 1.0);
        return switch (pack) {
            case "medicare" -> new Benefit(r < 0.08 ? dice.money(40, 240) : BigDecimal.ZERO, true, BigDecimal.ZERO);
            case "commercial-hmo" -> new Benefit(BigDecimal.ZERO, false, dice.pick(List.of(
                    new BigDecimal("25.00"), new BigDecimal("35.00"), new BigDecimal("50.00"))));
            default -> r < 0.55 ? new Benefit(BigDecimal.ZERO, true, BigDecimal.ZERO)
                    : r < 0.70 ? new Benefit(dice.money(25, 250), true, BigDecimal.ZERO)
                    : new Benefit(BigDecimal.ZERO, false, dice.pick(List.of(new BigDecimal("40.00"),
                            new BigDecimal("50.00"), new BigDecimal("75.00"))));
        };
    }

    /** The plan's cost sharing for one claim: what is left of the deductible, coinsurance or not, the copay. */
    private static final class Benefit {
        private BigDecimal deductible;
        private final boolean coinsurance;
        private BigDecimal copay;

        Benefit(BigDecimal deductible, boolean coinsurance, BigDecimal copay) {
            this.deductible = deductible;
            this.coinsurance = coinsurance;
            this.copay = copay;
        }

        LinePosting apply(DemoClaim.Line l, BigDecimal allowed, boolean medicare) {
            List<Adjustment> adj = new ArrayList<>();
            BigDecimal contractual = l.charge().subtract(allowed);
            if (contractual.signum() > 0) {
                adj.add(new Adjustment("CO", "45", List.of(), contractual));
            }
            BigDecimal payable = allowed;
            if (!(medicare && l.code().equals(PREVENTIVE))) {
                BigDecimal ded = payable.min(deductible);
                deductible = deductible.subtract(ded);
                payable = payable.subtract(add(adj, "1", ded));
                BigDecimal coins = coinsurance ? payable.multiply(COINSURANCE).setScale(2, RoundingMode.HALF_UP)
                        : BigDecimal.ZERO;
                payable = payable.subtract(add(adj, "2", coins));
                BigDecimal co = payable.min(copay);
                copay = copay.subtract(co);
                payable = payable.subtract(add(adj, "3", co));
            }
            if (medicare) {
                BigDecimal seq = payable.multiply(SEQUESTRATION).setScale(2, RoundingMode.HALF_UP);
                if (seq.signum() > 0) {
                    adj.add(new Adjustment("CO", "253", List.of(), seq));
                    payable = payable.subtract(seq);
                }
            }
            return new LinePosting(l.number(), payable.setScale(2, RoundingMode.HALF_UP), adj);
        }

        private static BigDecimal add(List<Adjustment> adj, String carc, BigDecimal amount) {
            if (amount.signum() > 0) {
                adj.add(new Adjustment("PR", carc, List.of(), amount));
            }
            return amount;
        }
    }
}

package org.sonobill.server.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sonobill.server.demo.DemoPayments.Posting;
import org.sonobill.server.demo.Journey.Acknowledge;
import org.sonobill.server.demo.Journey.Appeal;
import org.sonobill.server.demo.Journey.Correct;
import org.sonobill.server.demo.Journey.Deny;
import org.sonobill.server.demo.Journey.Move;
import org.sonobill.server.demo.Journey.Outcome;
import org.sonobill.server.demo.Journey.Remit;
import org.sonobill.server.demo.Journey.Step;
import org.sonobill.server.demo.Journey.Submit;

/**
 * Builds the steps of one claim's journey to an outcome, with dates as payers keep them: the 277CA the day after the
 * 837, the 835 on the payer's payment weekday after its usual delay, appeals filed within weeks and decided within
 * about two months (Medicare redetermination). Answers null when a date would fall after today.
 */
final class JourneyBuilder {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");
    /** 277CA rejections (category A7) with the status code and what the payer says. */
    private static final List<String[]> REJECTIONS = List.of(
            new String[] {"33", "Subscriber and subscriber id not found"},
            new String[] {"158", "Patient date of birth does not match the payer's records"},
            new String[] {"164", "Member contract number not valid on the date of service"},
            new String[] {"562", "Ordering provider NPI not found in the payer's enrolment records"});

    private final Dice dice;
    private final LocalDate today;
    private final DemoPayments payments;
    private final Map<String, Integer> payerClaims = new HashMap<>();
    /** The denial reasons used so far: each is used once before any is used again, so the demo shows them all. */
    private final java.util.Set<DenialReason> reasonsUsed = java.util.EnumSet.noneOf(DenialReason.class);
    private boolean partlyOverturned;

    JourneyBuilder(Dice dice, LocalDate today, DemoPayments payments) {
        this.dice = dice;
        this.today = today;
        this.payments = payments;
    }

    /** The journey to the outcome, the claim leaving the practice on or after from; null when not yet possible. */
    Journey build(DemoClaim c, Outcome o, LocalDate from) {
        List<Step> s = new ArrayList<>();
        if (o == Outcome.READY) {
            return new Journey(c, o, s);
        }
        LocalDate submitted = min(from.plusDays(dice.between(1, 3)), today);
        s.add(new Submit(submitted));
        if (o == Outcome.SUBMITTED) {
            return new Journey(c, o, s);
        }
        LocalDate ack = submitted.plusDays(1);
        if (ack.isAfter(today)) {
            return null;
        }
        if (o == Outcome.REJECTED) {
            String[] r = dice.pick(REJECTIONS);
            s.add(new Acknowledge(ack, false, r[0], r[1]));
            return new Journey(c, o, s);
        }
        s.add(new Acknowledge(ack, true, "20", "Accepted for processing"));
        if (o == Outcome.ACCEPTED) {
            return new Journey(c, o, s);
        }
        int[] lag = c.payer().spec().lagDays();
        LocalDate remit = payday(c.payer(), submitted.plusDays(dice.between(lag[0], lag[1])));
        if (remit.isAfter(today)) {
            return null;
        }
        boolean ok = switch (o) {
            case PAID, PAID_CLOSED -> paid(c, o, remit, s);
            case PARTIALLY_PAID -> partiallyPaid(c, remit, s);
            default -> denied(c, o, remit, s);
        };
        return ok ? new Journey(c, o, s) : null;
    }

    private boolean paid(DemoClaim c, Outcome o, LocalDate remit, List<Step> s) {
        Posting p = payments.paid(c, payerClaimNumber(c.payer(), remit), null, null);
        s.add(new Remit(remit, List.of(p), "paid"));
        if (o == Outcome.PAID_CLOSED) {
            LocalDate closed = remit.plusDays(dice.between(20, 45));
            if (closed.isAfter(today)) {
                return false;
            }
            s.add(new Move(closed, "closed", "close", p.patientResponsibility().signum() > 0
                    ? "Paid; the patient's share was billed to the patient and settled" : "Paid in full"));
        }
        return true;
    }

    // an add-on or second line denied, the rest paid: the last line is the one payers bundle or limit
    private boolean partiallyPaid(DemoClaim c, LocalDate remit, List<Step> s) {
        if (c.lines().size() < 2) {
            return false;
        }
        DenialReason reason = dice.chance(0.7) ? DenialReason.BUNDLED : DenialReason.FREQUENCY;
        int line = c.lines().get(c.lines().size() - 1).number();
        s.add(new Remit(remit, List.of(payments.paid(c, payerClaimNumber(c.payer(), remit), line, reason)),
                "partially-paid"));
        s.add(queued(c, remit, reason));
        return true;
    }

    private boolean denied(DemoClaim c, Outcome o, LocalDate remit, List<Step> s) {
        DenialReason reason = DemoDenialChoice.reason(o, c, dice, reasonsUsed);
        if (reason == null) {
            return false;
        }
        s.add(new Remit(remit, List.of(payments.denied(c, payerClaimNumber(c.payer(), remit), reason)), "denied"));
        LocalDate deadline = remit.plusDays(appealDays(c));
        switch (o) {
            case DENIED -> s.add(queued(c, remit, reason));
            case APPEALED, APPEAL_OVERTURNED, APPEAL_UPHELD -> {
                return appealed(c, o, reason, remit, deadline, s);
            }
            case CORRECTED, CORRECTED_CLOSED -> {
                return corrected(c, o, reason, remit, deadline, s);
            }
            case WRITTEN_OFF -> {
                LocalDate closed = remit.plusDays(dice.between(5, 20));
                if (closed.isAfter(today)) {
                    return false;
                }
                String status = reason == DenialReason.DUPLICATE ? "closed"
                        : reason == DenialReason.ELIGIBILITY || reason == DenialReason.NON_COVERED_ABN
                        ? "billed-patient" : "written-off";
                s.add(new Deny(remit, reason, status, true, deadline)
                        .resolved(status.equals("closed") ? null : status, closed, BigDecimal.ZERO));
                s.add(new Move(closed, "closed", "close", switch (reason) {
                    case DUPLICATE -> "Duplicate of a claim the payer had already paid";
                    case ELIGIBILITY -> "Coverage had ended; the patient was billed";
                    case NON_COVERED_ABN -> "Not covered; the patient signed an ABN and was billed";
                    case BUNDLED -> "Written off: included in another service of the day (NCCI indicator 0)";
                    case TIMELY_FILING -> "Written off: the claim reached the payer after its filing limit";
                    default -> "Written off: the provider was not credentialed with the plan on the date of service";
                }));
            }
            default -> throw new IllegalArgumentException("not a denial outcome: " + o);
        }
        return true;
    }

    private boolean appealed(DemoClaim c, Outcome o, DenialReason reason, LocalDate remit, LocalDate deadline,
                             List<Step> s) {
        LocalDate filed = remit.plusDays(dice.between(10, 30));
        if (filed.isAfter(today)) {
            return false;
        }
        if (o == Outcome.APPEALED) {
            // filed: the next date to watch is the payer's decision, about 60 days later
            s.add(new Deny(remit, reason, "appealed", true, filed.plusDays(60)));
            s.add(new Appeal(filed, 1, "filed", null, null));
            return true;
        }
        LocalDate decided = filed.plusDays(dice.between(30, 60));
        if (decided.isAfter(today)) {
            return false;
        }
        if (o == Outcome.APPEAL_UPHELD) {
            // upheld: the next level (Medicare reconsideration within 180 days) is being prepared
            s.add(new Deny(remit, reason, "working", true, decided.plusDays(c.pack().equals("medicare") ? 180 : 60)));
            s.add(new Appeal(filed, 1, "upheld", decided, null));
            s.add(new Move(decided, "denied", "appeal-decided", "Appeal upheld by the payer"));
            s.add(new Appeal(decided, 2, "draft", null, null));
            return true;
        }
        LocalDate repaid = payday(c.payer(), decided.plusDays(dice.between(5, 12)));
        if (repaid.isAfter(today)) {
            return false;
        }
        Posting p = payments.paid(c, payerClaimNumber(c.payer(), repaid), null, null);
        // the first and then one in four is overturned in part: the payer allows the service at a lower level
        boolean partly = !partlyOverturned || dice.chance(0.25);
        partlyOverturned = true;
        BigDecimal recovered = partly ? p.paid().multiply(new BigDecimal("0.6")).setScale(2, RoundingMode.HALF_UP)
                : p.paid();
        String outcome = partly ? "partly-overturned" : "overturned";
        s.add(new Deny(remit, reason, "closed", true, deadline).resolved(outcome, decided, recovered));
        s.add(new Appeal(filed, 1, outcome, decided, recovered));
        s.add(new Remit(repaid, List.of(p), "paid"));
        return true;
    }

    private boolean corrected(DemoClaim c, Outcome o, DenialReason reason, LocalDate remit, LocalDate deadline,
                              List<Step> s) {
        LocalDate on = remit.plusDays(dice.between(3, 12));
        if (!on.isBefore(today)) {
            return false;
        }
        Outcome next = o == Outcome.CORRECTED_CLOSED ? Outcome.PAID
                : dice.pick(List.of(Outcome.READY, Outcome.SUBMITTED, Outcome.ACCEPTED));
        Journey replacement = build(c, next, on);
        if (replacement == null) {
            replacement = build(c, Outcome.READY, on);
        }
        if (o == Outcome.CORRECTED_CLOSED && replacement.outcome() != Outcome.PAID) {
            return false;
        }
        Deny deny = new Deny(remit, reason, "corrected", true, deadline);
        if (o == Outcome.CORRECTED_CLOSED) {
            Step last = replacement.steps().get(replacement.steps().size() - 1);
            BigDecimal paid = last instanceof Remit r ? r.postings().stream().map(Posting::paid)
                    .reduce(BigDecimal.ZERO, BigDecimal::add) : BigDecimal.ZERO;
            deny = deny.resolved("paid-on-correction", last.on(), paid);
        }
        s.add(deny);
        s.add(new Correct(on, switch (reason) {
            case DIAGNOSIS -> "diagnosis-sequence";
            case ORDERING_PROVIDER -> "ordering-provider";
            default -> "procedure-information";
        }, replacement));
        if (o == Outcome.CORRECTED_CLOSED) {
            LocalDate paid = replacement.steps().get(replacement.steps().size() - 1).on();
            s.add(new Move(paid, "closed", "close", "Replaced by the corrected claim, which was paid"));
        }
        return true;
    }

    /** The denial enters the queue: half are being worked by the denial specialist, the rest wait. */
    Deny queued(DemoClaim c, LocalDate remit, DenialReason reason) {
        boolean working = dice.chance(0.5);
        return new Deny(remit, reason, working ? "working" : "open", working || dice.chance(0.3),
                remit.plusDays(appealDays(c)));
    }

    /**
     * Days from the denial to the first appeal deadline: 120 for a Medicare redetermination, 180 for the PPO
     * contracts, 60 for the HMO contracts.
     */
    static int appealDays(DemoClaim c) {
        return switch (c.pack()) {
            case "medicare" -> 120;
            case "commercial-hmo" -> 60;
            default -> 180;
        };
    }

    /** The payer's next payment day on or after the date. */
    static LocalDate payday(DemoOrg.Payer payer, LocalDate d) {
        return d.with(TemporalAdjusters.nextOrSame(payer.spec().paysOn()));
    }

    /** The payer's claim control number (CLP07): a 13-digit Medicare ICN, or the plan's own kind. */
    String payerClaimNumber(DemoOrg.Payer payer, LocalDate on) {
        int n = payerClaims.merge(payer.code(), 1, Integer::sum);
        if (payer.pack().equals("medicare")) {
            return String.format("%02d%03d%08d", on.getYear() % 100, on.getDayOfYear(), 40_000_000 + n);
        }
        return payer.spec().x12().substring(0, 3) + on.format(DAY) + String.format("%05d", n);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}

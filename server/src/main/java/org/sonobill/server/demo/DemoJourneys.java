package org.sonobill.server.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sonobill.server.demo.DemoPayments.Posting;
import org.sonobill.server.demo.Journey.Outcome;
import org.sonobill.server.demo.Journey.Remit;
import org.sonobill.server.demo.Journey.Step;

/**
 * Plans what became of each released claim. A claim of the last days is still ready or just sent; an older one has
 * mostly been paid, sometimes denied, and a denial may have been appealed, corrected or written off since. When the
 * dates of an outcome would pass today it gives way to an earlier one (an appeal not yet decided, a claim not yet
 * paid). Then every status of the claim lifecycle and every way a denial ends is made to appear, and a payment or
 * two is reversed.
 */
final class DemoJourneys {
    /** What an outcome gives way to when its dates would fall after today. */
    private static final Map<Outcome, Outcome> EARLIER = Map.ofEntries(
            Map.entry(Outcome.APPEAL_OVERTURNED, Outcome.APPEALED), Map.entry(Outcome.APPEAL_UPHELD, Outcome.APPEALED),
            Map.entry(Outcome.APPEALED, Outcome.DENIED), Map.entry(Outcome.CORRECTED_CLOSED, Outcome.CORRECTED),
            Map.entry(Outcome.CORRECTED, Outcome.DENIED), Map.entry(Outcome.WRITTEN_OFF, Outcome.DENIED),
            Map.entry(Outcome.DENIED, Outcome.ACCEPTED), Map.entry(Outcome.PAID_CLOSED, Outcome.PAID),
            Map.entry(Outcome.PAID, Outcome.ACCEPTED), Map.entry(Outcome.PARTIALLY_PAID, Outcome.PAID),
            Map.entry(Outcome.REJECTED, Outcome.SUBMITTED), Map.entry(Outcome.ACCEPTED, Outcome.SUBMITTED),
            Map.entry(Outcome.SUBMITTED, Outcome.READY));
    /**
     * The outcomes the demo shows at least once: every status after release, and each way a denial can end (an
     * appeal won or lost, a replacement paid, a write-off).
     */
    private static final List<Outcome> EVERY_OUTCOME = List.of(Outcome.READY, Outcome.SUBMITTED, Outcome.ACCEPTED,
            Outcome.REJECTED, Outcome.PAID, Outcome.PARTIALLY_PAID, Outcome.DENIED, Outcome.APPEALED, Outcome.CORRECTED,
            Outcome.PAID_CLOSED, Outcome.APPEAL_OVERTURNED, Outcome.APPEAL_UPHELD, Outcome.CORRECTED_CLOSED,
            Outcome.WRITTEN_OFF);

    private final Dice dice;
    private final LocalDate today;
    private final JourneyBuilder builder;
    private final DemoPayments payments;

    DemoJourneys(Dice dice, LocalDate today) {
        this.dice = dice;
        this.today = today;
        this.payments = new DemoPayments(dice);
        this.builder = new JourneyBuilder(dice, today, payments);
    }

    List<Journey> plan(List<DemoClaim> claims) {
        List<Journey> out = new ArrayList<>();
        for (DemoClaim c : claims) {
            out.add(reach(c, choose(c)));
        }
        everyOutcome(out);
        reverse(out);
        return out;
    }

    /** The outcome drawn for a claim of its age: recent ones are not adjudicated yet. */
    private Outcome choose(DemoClaim c) {
        long age = ChronoUnit.DAYS.between(c.dos(), today);
        if (age <= 4) {
            return dice.chance(0.6) ? Outcome.READY : Outcome.SUBMITTED;
        }
        double r = dice.between(0.0, 1.0);
        if (r < 0.03) {
            return Outcome.REJECTED;
        }
        if (r < 0.07) {
            return Outcome.ACCEPTED; // still pended at the payer
        }
        if (r < 0.76) {
            // a payer that pays part of a claim denies one of its lines, so only claims of two lines or more
            if (c.lines().size() > 1 && dice.chance(0.3)) {
                return Outcome.PARTIALLY_PAID;
            }
            return dice.chance(0.35) ? Outcome.PAID_CLOSED : Outcome.PAID;
        }
        double d = dice.between(0.0, 1.0);
        return d < 0.14 ? Outcome.APPEALED : d < 0.30 ? Outcome.APPEAL_OVERTURNED : d < 0.38 ? Outcome.APPEAL_UPHELD
                : d < 0.48 ? Outcome.CORRECTED : d < 0.60 ? Outcome.CORRECTED_CLOSED : d < 0.72 ? Outcome.WRITTEN_OFF
                : Outcome.DENIED;
    }

    /** The journey to the outcome, or to the nearest earlier outcome whose dates have come. */
    private Journey reach(DemoClaim c, Outcome o) {
        Outcome next = o;
        while (true) {
            Journey j = builder.build(c, next, c.dos());
            if (j != null) {
                return j;
            }
            next = EARLIER.get(next);
        }
    }

    /**
     * Makes every outcome of {@link #EVERY_OUTCOME} appear: for a missing one, a claim whose outcome is common (more
     * than one claim has it) is given that outcome instead; the newest claims for ready and submitted, the oldest for
     * the others, as they have had the time.
     */
    private void everyOutcome(List<Journey> journeys) {
        for (Outcome wanted : EVERY_OUTCOME) {
            if (journeys.stream().anyMatch(j -> j.outcome() == wanted)) {
                continue;
            }
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < journeys.size(); i++) {
                order.add(i);
            }
            order.sort(Comparator.comparing(i -> journeys.get(i).claim().dos()));
            if (wanted == Outcome.READY || wanted == Outcome.SUBMITTED) {
                java.util.Collections.reverse(order);
            }
            for (int i : order) {
                Journey j = journeys.get(i);
                long same = journeys.stream().filter(x -> x.outcome() == j.outcome()).count();
                Journey forced = same > 1 ? builder.build(j.claim(), wanted, j.claim().dos()) : null;
                if (forced != null) {
                    journeys.set(i, forced);
                    break;
                }
            }
        }
    }

    /**
     * Two payments reversed by the payer weeks later (an 835 claim with status 22, then the claim denied): a
     * post-payment review that found a frequency limit passed, or a duplicate. The reversal rides on a later 835 of
     * the same payer that pays more than it takes back, as an 835 cannot pay less than nothing.
     */
    private void reverse(List<Journey> journeys) {
        Map<String, BigDecimal> paidOn = new HashMap<>();
        for (Journey j : journeys) {
            for (Step s : steps(j)) {
                if (s instanceof Remit r) {
                    paidOn.merge(j.claim().payer().code() + "|" + r.on(), paid(r), BigDecimal::add);
                }
            }
        }
        int reversed = 0;
        for (int i = 0; i < journeys.size() && reversed < 2; i++) {
            Journey j = journeys.get(i);
            long paid = journeys.stream().filter(x -> x.outcome() == Outcome.PAID).count();
            if (j.outcome() != Outcome.PAID || paid <= 2) {
                continue;
            }
            Remit first = (Remit) j.steps().get(j.steps().size() - 1);
            Posting original = first.postings().get(0);
            LocalDate on = laterPayment(j, first.on(), original.paid(), paidOn);
            if (on == null) {
                continue;
            }
            DenialReason reason = reversed == 0 ? DenialReason.FREQUENCY : DenialReason.DUPLICATE;
            List<Step> steps = new ArrayList<>(j.steps());
            steps.add(new Remit(on, List.of(original.reversed(),
                    payments.denied(j.claim(), original.payerClaimNumber(), reason)), "denied"));
            steps.add(builder.queued(j.claim(), on, reason));
            journeys.set(i, new Journey(j.claim(), Outcome.REVERSED, steps));
            reversed++;
        }
    }

    private LocalDate laterPayment(Journey j, LocalDate after, BigDecimal amount, Map<String, BigDecimal> paidOn) {
        for (LocalDate d = after.plusDays(28); !d.isAfter(today); d = d.plusDays(1)) {
            BigDecimal total = paidOn.get(j.claim().payer().code() + "|" + d);
            if (total != null && total.compareTo(amount.multiply(BigDecimal.valueOf(2))) > 0) {
                return d;
            }
        }
        return null;
    }

    // the steps of a journey and of the replacement claim it made
    private static List<Step> steps(Journey j) {
        List<Step> out = new ArrayList<>(j.steps());
        for (Step s : j.steps()) {
            if (s instanceof Journey.Correct c) {
                out.addAll(steps(c.replacement()));
            }
        }
        return out;
    }

    private static BigDecimal paid(Remit r) {
        return r.postings().stream().map(Posting::paid).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}

package org.sonobill.server.demo;

import java.util.ArrayList;
import java.util.List;
import org.sonobill.server.demo.Journey.Outcome;

/**
 * Which denial fits a claim and what became of it. Appeals go with denials a record can overturn (medical necessity,
 * frequency, authorisation, a timely-filing denial made in error); corrected claims with errors on the claim
 * (diagnosis sequence, ordering provider, procedure information); write-offs with duplicates, ended coverage,
 * credentialing gaps, indicator-0 bundling and late claims; a non-covered service with a signed ABN is billed to the
 * patient. Only commercial plans deny for authorisation or eligibility. Each reason is used once before any is used
 * again, so the demo shows every root cause.
 */
final class DemoDenialChoice {
    private DemoDenialChoice() {
    }

    /**
     * A reason for the outcome, weighted, preferring one not used yet (and then recording it); null when none fits
     * the claim.
     */
    static DenialReason reason(Outcome o, DemoClaim c, Dice dice, java.util.Set<DenialReason> used) {
        DenialReason r = reason(o, c, dice, w -> !used.contains(w.reason()));
        if (r == null) {
            r = reason(o, c, dice, w -> true);
        }
        if (r != null) {
            used.add(r);
        }
        return r;
    }

    private static DenialReason reason(Outcome o, DemoClaim c, Dice dice, java.util.function.Predicate<Weight> keep) {
        boolean medicare = c.pack().equals("medicare");
        boolean hmo = c.pack().equals("commercial-hmo");
        // a plan asks authorisation for outpatient imaging only; a claim released without one is the likely denial
        boolean outpatient = !c.place().equals("21") && !c.place().equals("23");
        int auth = medicare || !outpatient ? 0 : c.authorisation() == null ? 60 : 14;
        List<Weight> w = switch (o) {
            case DENIED -> List.of(w(DenialReason.MEDICAL_NECESSITY, 30), w(DenialReason.MODIFIER, 12),
                    w(DenialReason.NO_AUTHORISATION, auth), w(DenialReason.FREQUENCY, 12),
                    w(DenialReason.ELIGIBILITY, medicare ? 0 : 10), w(DenialReason.CREDENTIALING, 6),
                    w(DenialReason.MISSING_INFORMATION, 10));
            case APPEALED, APPEAL_OVERTURNED, APPEAL_UPHELD -> List.of(w(DenialReason.MEDICAL_NECESSITY, 50),
                    w(DenialReason.FREQUENCY, 20), w(DenialReason.NO_AUTHORISATION, auth),
                    w(DenialReason.TIMELY_FILING, hmo ? 15 : 0));
            case CORRECTED, CORRECTED_CLOSED -> List.of(w(DenialReason.DIAGNOSIS, c.diagnoses() >= 2 ? 45 : 0),
                    w(DenialReason.ORDERING_PROVIDER, 35), w(DenialReason.MISSING_INFORMATION, 20));
            case WRITTEN_OFF -> List.of(w(DenialReason.DUPLICATE, 30), w(DenialReason.CREDENTIALING, 25),
                    w(DenialReason.ELIGIBILITY, medicare ? 0 : 25), w(DenialReason.NON_COVERED_ABN, 20),
                    w(DenialReason.BUNDLED, 15), w(DenialReason.TIMELY_FILING, 10));
            default -> List.of();
        };
        return weighted(w.stream().filter(keep).toList(), dice);
    }

    private record Weight(DenialReason reason, int weight) {
    }

    private static Weight w(DenialReason reason, int weight) {
        return new Weight(reason, weight);
    }

    private static DenialReason weighted(List<Weight> weights, Dice dice) {
        List<DenialReason> bag = new ArrayList<>();
        for (Weight w : weights) {
            for (int i = 0; i < w.weight(); i++) {
                bag.add(w.reason());
            }
        }
        return bag.isEmpty() ? null : dice.pick(bag);
    }
}

package org.sonobill.server.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sonobill.server.claim.ClaimService;
import org.sonobill.server.claim.ClaimViews.ClaimDetail;
import org.sonobill.server.claim.ClaimViews.CreateClaim;
import org.sonobill.server.demo.DemoCoding.Coded;
import org.sonobill.server.demo.DemoDocuments.Visit;
import org.springframework.stereotype.Component;

/**
 * The demo's claims, made as a biller makes them through {@link ClaimService}: one claim per patient, date, claim
 * form and reading physician (so same-day studies share a claim), scrubbed, a few findings overridden with a reason,
 * and the clean ones released. The newest stay drafts or scrubbed, as in any working queue.
 */
@Component
class DemoClaims {
    private final ClaimService claims;
    private final DemoOverrides overrides;

    DemoClaims(ClaimService claims, DemoOverrides overrides) {
        this.claims = claims;
        this.overrides = overrides;
    }

    /** Makes, scrubs and releases the claims of the billable studies, oldest first. */
    void create(DemoOrg org, List<Coded> coded, LocalDate today, Dice dice) {
        List<List<Coded>> groups = groups(coded, today, dice);
        Set<Integer> drafts = drafts(groups, today, dice);
        // the newest claim past draft waits, scrubbed, for the biller's look even when clean
        int waiting = groups.size() - 1;
        while (waiting > 0 && drafts.contains(waiting)) {
            waiting--;
        }
        int overridden = 0;
        for (int i = 0; i < groups.size(); i++) {
            List<Coded> g = groups.get(i);
            Visit v = g.get(0).visit();
            ClaimDetail d = claims.create(org.biller(), new CreateClaim(g.stream().map(Coded::id).toList(),
                    v.payer().code(), null, authorisation(v, dice), org.spec().state(), org.spec().pricingLocality()));
            long id = d.claim().id();
            if (drafts.contains(i)) {
                continue;
            }
            d = claims.scrub(org.biller(), id, null);
            if (!"clean".equals(d.claim().scrubStatus())) {
                d = overrides.resolve(org, d, overridden == 0, dice);
                overridden += d.overrides().isEmpty() ? 0 : 1;
            }
            int age = (int) ChronoUnit.DAYS.between(v.dos(), today);
            if ("clean".equals(d.claim().scrubStatus()) && i != waiting && !(age <= 5 && dice.chance(0.3))) {
                claims.ready(org.biller(), id, null);
            }
        }
    }

    /**
     * The billable studies (coded ready or accepted) grouped into claims in date order. Some studies of the last
     * days are not billed yet.
     */
    private static List<List<Coded>> groups(List<Coded> coded, LocalDate today, Dice dice) {
        Map<String, List<Coded>> groups = new LinkedHashMap<>();
        for (Coded c : coded) {
            if (!c.status().equals("coded") && !c.status().equals("accepted")) {
                continue;
            }
            Visit v = c.visit();
            // the last ten days: codings the coder has not looked at yet wait, and so does some of the rest
            if (ChronoUnit.DAYS.between(v.dos(), today) <= 10 && (c.status().equals("coded") || dice.chance(0.5))) {
                continue;
            }
            String key = v.patient().mrn() + "|" + v.dos() + "|" + v.institutional() + "|" + v.reader().npi();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
        }
        return new ArrayList<>(groups.values());
    }

    // claims of the last three days often wait as drafts; at least two do
    private static Set<Integer> drafts(List<List<Coded>> groups, LocalDate today, Dice dice) {
        Set<Integer> out = new HashSet<>();
        for (int i = 0; i < groups.size(); i++) {
            if (ChronoUnit.DAYS.between(groups.get(i).get(0).visit().dos(), today) <= 3 && dice.chance(0.6)) {
                out.add(i);
            }
        }
        for (int i = groups.size() - 1; i >= 0 && out.size() < 2; i--) {
            out.add(i);
        }
        return out;
    }

    /**
     * Commercial plans want a prior authorisation for outpatient imaging (the HMO for most studies, the PPO for
     * echocardiography), never in the emergency department or for an inpatient. The front desk asks for every
     * commercial outpatient study and has a number for most; the others are what the scrubber catches.
     */
    private static String authorisation(Visit v, Dice dice) {
        boolean needed = !v.payer().pack().equals("medicare") && !v.place().equals("21") && !v.place().equals("23");
        return needed && dice.chance(0.88) ? String.format("RBM%08d", dice.between(10_000_000, 99_999_999)) : null;
    }
}

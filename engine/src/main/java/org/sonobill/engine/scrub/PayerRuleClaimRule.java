package org.sonobill.engine.scrub;

import java.util.ArrayList;
import java.util.List;
import org.sonobill.engine.claim.ClaimLine;
import org.sonobill.engine.finding.Finding;
import org.sonobill.engine.finding.FindingCode;
import org.sonobill.engine.payer.CodePattern;
import org.sonobill.engine.payer.PayerRule;
import org.sonobill.engine.payer.RuleAction;

/**
 * The rules of the claim's payer pack (data, see docs/payer-rules.md), applied to every line: each rule whose
 * condition holds acts — an error, a warning, a hold for a person, a modifier or a prior authorisation the payer
 * requires, a frequency limit per patient, or the payer's form of a bilateral service. Findings name the rule's id
 * and its source.
 */
final class PayerRuleClaimRule implements ClaimRule {
    @Override
    public List<Finding> check(ClaimSheet s) {
        if (s.payer == null || s.payer.rules().isEmpty()) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        for (PayerRule r : s.payer.rules()) {
            if (r.then().kind() == RuleAction.Kind.BILATERAL_AS_50) {
                bilateralAs50(s, r, out);
                continue;
            }
            for (ClaimLine l : s.claim.lines()) {
                if (r.when().matches(s.claim, l)) {
                    Finding f = act(s, r, l);
                    if (f != null) {
                        out.add(f);
                    }
                }
            }
        }
        return out;
    }

    private static String name(PayerRule r) {
        return "PayerRule:" + r.id();
    }

    private static String source(ClaimSheet s, PayerRule r) {
        return r.source() + " (payer pack " + s.payer.id() + ", rule " + r.id() + ")";
    }

    private static String or(String given, String otherwise) {
        return given != null ? given : otherwise;
    }

    private static Finding act(ClaimSheet s, PayerRule r, ClaimLine l) {
        RuleAction a = r.then();
        String describe = r.description().isEmpty() ? r.id() : r.description();
        return switch (a.kind()) {
            case ERROR -> s.about(l, FindingCode.PAYER_RULE_ERROR, name(r), or(a.message(), describe),
                    or(a.fix(), "Correct the line as the payer's policy requires."), source(s, r));
            case WARNING -> s.about(l, FindingCode.PAYER_RULE_WARNING, name(r), or(a.message(), describe),
                    or(a.fix(), "Check the line against the payer's policy before release."), source(s, r));
            case HOLD -> s.about(l, FindingCode.PAYER_RULE_HOLD, name(r), or(a.message(), describe)
                            + (a.queue() != null ? " Held for the " + a.queue() + " queue." : ""),
                    or(a.fix(), "A person reviews the claim and releases it or corrects it."), source(s, r));
            case REQUIRE_MODIFIER -> l.modifiers().stream().anyMatch(a.modifiers()::contains) ? null
                    : s.about(l, FindingCode.PAYER_MODIFIER_REQUIRED, name(r), or(a.message(), describe)
                                    + " Expected modifier " + String.join(" or ", a.modifiers()) + ".",
                            or(a.fix(), "Add " + String.join(" or ", a.modifiers()) + " when the record supports it."),
                            source(s, r));
            case REQUIRE_PRIOR_AUTH -> s.claim.priorAuthorization() != null ? null
                    : s.about(l, FindingCode.PAYER_PRIOR_AUTH_MISSING, name(r), or(a.message(), describe),
                            or(a.fix(), "Enter the prior authorisation number (837 REF*G1)."), source(s, r));
            case FREQUENCY_LIMIT -> frequency(s, r, l);
            case BILATERAL_AS_RT_LT -> s.about(l, FindingCode.PAYER_BILATERAL_FORMAT, name(r),
                    or(a.message(), s.payer.name() + " does not accept modifier 50; it wants the bilateral service as "
                            + "two lines, " + l.code() + "-RT and " + l.code() + "-LT, 1 unit each."),
                    or(a.fix(), "Replace the 50 line by an RT line and an LT line, each with half the charge."),
                    source(s, r));
            case BILATERAL_AS_50 -> null;
        };
    }

    /** Units of the rule's codes for the patient in the period ending on the line's date, this claim included. */
    private static Finding frequency(ClaimSheet s, PayerRule r, ClaimLine l) {
        RuleAction a = r.then();
        if (l.dateOfService() == null) {
            return null;
        }
        java.time.LocalDate from = l.dateOfService().minusDays(a.periodDays() - 1L);
        java.util.function.Predicate<String> codes = r.when().codes().isEmpty() ? c -> c.equals(l.code())
                : c -> CodePattern.any(r.when().codes(), c);
        int here = 0;
        for (ClaimLine o : s.claim.lines()) {
            if (o.number() <= l.number() && o.dateOfService() != null && !o.dateOfService().isBefore(from)
                    && !o.dateOfService().isAfter(l.dateOfService()) && codes.test(o.code()) && r.when().matches(s.claim, o)) {
                here += o.units();
            }
        }
        // earlier claims count only where the whole condition holds for them too (modifiers, diagnoses, place...)
        int before = s.context.history().unitsInPeriod(s.claim, (c, o) -> codes.test(o.code()) && r.when().matches(c, o),
                from, l.dateOfService());
        int total = here + before;
        if (total <= a.max()) {
            return null;
        }
        String period = a.periodDays() >= 36500 ? "per lifetime" : "in " + a.periodDays() + " days";
        return s.about(l, FindingCode.PAYER_FREQUENCY_EXCEEDED, name(r), or(a.message(), r.description())
                        + " " + total + " billed " + period + " (" + before + " on earlier claims); the limit is " + a.max() + ".",
                or(a.fix(), "Bill it only when the record documents why another one was necessary."), source(s, r));
    }

    /** RT and LT lines of the same code and date, where the payer wants one line with 50. */
    private static void bilateralAs50(ClaimSheet s, PayerRule r, List<Finding> out) {
        List<ClaimLine> lines = s.claim.lines();
        for (int i = 0; i < lines.size(); i++) {
            ClaimLine a = lines.get(i);
            if (!r.when().matches(s.claim, a) || !a.has("RT")) {
                continue;
            }
            for (ClaimLine b : lines) {
                if (b != a && b.has("LT") && b.code().equals(a.code())
                        && java.util.Objects.equals(b.dateOfService(), a.dateOfService())) {
                    out.add(s.about(b, FindingCode.PAYER_BILATERAL_FORMAT, name(r),
                            or(r.then().message(), s.payer.name() + " wants a bilateral service on one line: " + a.code()
                                    + "-50 with 1 unit, not lines " + a.number() + " (RT) and " + b.number() + " (LT)."),
                            or(r.then().fix(), "Merge the RT and LT lines into one line with modifier 50, 1 unit, and the "
                                    + "combined charge."), source(s, r)));
                    break;
                }
            }
        }
    }
}

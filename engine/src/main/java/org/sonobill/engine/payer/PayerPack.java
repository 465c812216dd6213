package org.sonobill.engine.payer;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * A payer's coding preferences: how it wants bilateral services and distinct services reported, and whether
 * screening studies lack a benefit. Packs are JSON files under {@code /payers}.
 *
 * @param id the rule-pack id used in study documents
 * @param name a readable name
 * @param bilateralStyle how a bilateral service with MPFS bilateral indicator 1 is reported
 * @param distinctModifier the modifier for a distinct service (XS for Medicare per CR8863, 59 for many commercial payers)
 * @param flagScreening warn when a screening diagnosis is first-listed (no screening benefit except the listed codes)
 * @param screeningBenefitCodes codes with a statutory screening benefit (76706 for Medicare)
 * @param source the payer policy the pack follows
 * @param timelyFilingDays days after the date of service within which the payer accepts a claim
 * @param pricingPercent expected payment as a percentage of the Medicare physician fee schedule (100 for Medicare,
 *     a contract's rate for a commercial payer), or null when the pack does not price
 * @param medicareCoverage true when Medicare local coverage articles (LCD billing and coding articles) apply
 * @param rules the payer's rules, applied by the scrubber to every line
 * @param appeals the payer's appeal levels and correction windows, or null when the pack does not say
 */
public record PayerPack(String id, String name, BilateralStyle bilateralStyle, String distinctModifier,
                        boolean flagScreening, Set<String> screeningBenefitCodes, String source, int timelyFilingDays,
                        BigDecimal pricingPercent, boolean medicareCoverage, List<PayerRule> rules,
                        AppealRules appeals) {

    public PayerPack {
        screeningBenefitCodes = Set.copyOf(screeningBenefitCodes);
        rules = rules == null ? List.of() : List.copyOf(rules);
    }

    /** The same pack with more rules (a dry run of rules not yet saved). */
    public PayerPack withExtraRules(List<PayerRule> extra) {
        List<PayerRule> all = new java.util.ArrayList<>(rules);
        all.addAll(extra);
        return new PayerPack(id, name, bilateralStyle, distinctModifier, flagScreening, screeningBenefitCodes, source,
                timelyFilingDays, pricingPercent, medicareCoverage, all, appeals);
    }

    /** How a bilateral service is put on the claim. */
    public enum BilateralStyle {
        /** One line with modifier 50 and 1 unit (CMS Claims Processing Manual ch. 12 §40.7). */
        MODIFIER_50,
        /** Two lines, RT and LT. */
        RT_LT_LINES
    }
}

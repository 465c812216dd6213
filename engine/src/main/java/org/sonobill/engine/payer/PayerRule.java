package org.sonobill.engine.payer;

/**
 * One rule of a payer's pack: when a line meets the condition, the action applies. Rules are data (the pack's JSON),
 * so a billing team adds a payer's policy without a release.
 *
 * @param id a stable id, unique within the pack, named in findings and overrides
 * @param description what the rule is for, in a sentence
 * @param when the condition over the claim and line
 * @param then the action
 * @param source the payer policy, manual section or contract clause the rule follows
 */
public record PayerRule(String id, String description, RuleCondition when, RuleAction then, String source) {
}

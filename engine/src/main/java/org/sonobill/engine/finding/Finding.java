package org.sonobill.engine.finding;

import java.util.Objects;

/**
 * One result of a rule: what is wrong or worth knowing, how to fix it, and where the rule comes from.
 *
 * @param severity error (blocks billing), warning (needs review) or info
 * @param rule the name of the rule that produced it, e.g. {@code CompleteVersusLimited}
 * @param code the stable finding code from {@link FindingCode}, e.g. {@code SB-DOC-001}
 * @param message what was found, in words a coder or sonographer can act on
 * @param fix what to do about it
 * @param source the guideline, manual chapter or policy the rule follows
 * @param lineCode the CPT/HCPCS code the finding is about, or null when it is about the study
 * @param revenueImpact what the gap costs, in dollars (national Medicare amount when coding; the line's expected
 *     payment at risk when scrubbing), or null when not priced
 * @param lineNumber the claim line the finding is about (scrubbing), or null
 */
public record Finding(Severity severity, String rule, String code, String message, String fix, String source,
                      String lineCode, java.math.BigDecimal revenueImpact, Integer lineNumber) {

    /** A finding not tied to a claim line number. */
    public Finding(Severity severity, String rule, String code, String message, String fix, String source,
                   String lineCode, java.math.BigDecimal revenueImpact) {
        this(severity, rule, code, message, fix, source, lineCode, revenueImpact, null);
    }

    public Finding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(fix, "fix");
        Objects.requireNonNull(source, "source");
    }

    /** A finding with the default severity of its code. */
    public static Finding of(FindingCode code, String rule, String message, String fix, String source) {
        return new Finding(code.severity(), rule, code.id(), message, fix, source, null, null);
    }

    /** The same finding, about one line's code. */
    public Finding about(String cptCode) {
        return new Finding(severity, rule, code, message, fix, source, cptCode, revenueImpact, lineNumber);
    }

    /** The same finding with another severity (a payer or context may raise or lower it). */
    public Finding withSeverity(Severity other) {
        return new Finding(other, rule, code, message, fix, source, lineCode, revenueImpact, lineNumber);
    }

    /** The same finding with the dollar cost of the gap. */
    public Finding costing(java.math.BigDecimal amount) {
        return new Finding(severity, rule, code, message, fix, source, lineCode, amount, lineNumber);
    }

    /** The same finding, about claim line {@code n}. */
    public Finding onLine(int n) {
        return new Finding(severity, rule, code, message, fix, source, lineCode, revenueImpact, n);
    }
}

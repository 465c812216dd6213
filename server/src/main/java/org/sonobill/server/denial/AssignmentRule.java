package org.sonobill.server.denial;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An organisation's rule for who owns new queue entries: a root cause, a payer, a minimum amount (each optional) and
 * the user. The most specific matching rule wins (more conditions set), then the oldest.
 */
record AssignmentRule(long id, String rootCause, Long payerId, BigDecimal minAmount, long userId) {
    static List<AssignmentRule> of(JdbcClient jdbc, long org) {
        // a rule for a user who can no longer sign in gives nothing: the entry waits in its role's pool
        return jdbc.sql("SELECT r.id, r.root_cause, r.payer_id, r.min_amount, r.user_id FROM denial_assignment_rules r"
                        + " JOIN users u ON u.organisation_id = r.organisation_id AND u.id = r.user_id AND u.active"
                        + " WHERE r.organisation_id = :org ORDER BY r.id")
                .param("org", org)
                .query((rs, n) -> new AssignmentRule(rs.getLong("id"), rs.getString("root_cause"),
                        (Long) rs.getObject("payer_id"), rs.getBigDecimal("min_amount"), rs.getLong("user_id")))
                .list();
    }

    boolean matches(String cause, Long payer, BigDecimal amount) {
        return (rootCause == null || rootCause.equals(cause)) && (payerId == null || Objects.equals(payerId, payer))
                && (minAmount == null || amount.compareTo(minAmount) >= 0);
    }

    int specificity() {
        return (rootCause == null ? 0 : 1) + (payerId == null ? 0 : 1) + (minAmount == null ? 0 : 1);
    }

    /** The owner the rules give an entry, or null when none matches. */
    static Long ownerFor(List<AssignmentRule> rules, String cause, Long payer, BigDecimal amount) {
        AssignmentRule best = null;
        for (AssignmentRule r : rules) {
            if (r.matches(cause, payer, amount) && (best == null || r.specificity() > best.specificity())) {
                best = r;
            }
        }
        return best == null ? null : best.userId();
    }
}

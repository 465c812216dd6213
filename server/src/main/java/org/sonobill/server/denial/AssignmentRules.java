package org.sonobill.server.denial;

import java.math.BigDecimal;
import java.util.List;
import org.sonobill.engine.denial.RootCause;
import org.sonobill.server.audit.AuditTrail;
import org.sonobill.server.security.SonoBillUser;
import org.sonobill.server.web.ApiException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organisation's assignment rules: who owns new entries of a root cause, payer or size. Managers keep them. */
@Service
public class AssignmentRules {
    private final JdbcClient jdbc;
    private final AuditTrail audit;

    public AssignmentRules(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** A rule as the API shows it and takes it. */
    public record RuleView(Long id, String rootCause, String payer, BigDecimal minAmount, Long userId,
                           String username) {
    }

    public List<RuleView> list(long org) {
        return jdbc.sql("""
                        SELECT r.id, r.root_cause, py.code AS payer, r.min_amount, r.user_id, u.username
                        FROM denial_assignment_rules r JOIN users u ON u.id = r.user_id
                        LEFT JOIN payers py ON py.organisation_id = r.organisation_id AND py.id = r.payer_id
                        WHERE r.organisation_id = :org ORDER BY r.id""")
                .param("org", org)
                .query((rs, n) -> new RuleView(rs.getLong("id"), rs.getString("root_cause"), rs.getString("payer"),
                        rs.getBigDecimal("min_amount"), rs.getLong("user_id"), rs.getString("username")))
                .list();
    }

    @Transactional
    public RuleView create(SonoBillUser user, RuleView rule) {
        long org = user.organisationId();
        if (rule.rootCause() != null && RootCause.fromSlug(rule.rootCause()).isEmpty()) {
            throw ApiException.badField("rootCause", "expected a root cause such as medical-necessity, bundling, "
                    + "authorisation; found " + rule.rootCause());
        }
        Long payer = null;
        if (rule.payer() != null) {
            payer = jdbc.sql("SELECT id FROM payers WHERE organisation_id = :org AND code = :code")
                    .param("org", org).param("code", rule.payer()).query(Long.class).optional()
                    .orElseThrow(() -> ApiException.badField("payer", "no payer \"" + rule.payer() + "\""));
        }
        if (rule.userId() == null) {
            throw ApiException.badField("userId", "expected the id of the user who owns the matching entries");
        }
        if (rule.minAmount() != null && rule.minAmount().signum() < 0) {
            throw ApiException.badField("minAmount", "expected 0 or more");
        }
        if (jdbc.sql("SELECT count(*) FROM users WHERE organisation_id = :org AND id = :id AND active")
                .param("org", org).param("id", rule.userId()).query(Long.class).single() == 0) {
            throw ApiException.badField("userId", "no active user " + rule.userId() + " in your organisation");
        }
        long id = jdbc.sql("""
                        INSERT INTO denial_assignment_rules (organisation_id, root_cause, payer_id, min_amount, user_id,
                            created_by) VALUES (:org, :cause, :payer, :min, :user, :by) RETURNING id""")
                .param("org", org).param("cause", rule.rootCause()).param("payer", payer)
                .param("min", rule.minAmount()).param("user", rule.userId()).param("by", user.actor())
                .query(Long.class).single();
        audit.record(user, "create", "denial-assignment-rule", id, null, DenialWork.mapOf("rootCause",
                rule.rootCause(), "payer", rule.payer(), "minAmount", rule.minAmount(), "userId", rule.userId()));
        return list(org).stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    @Transactional
    public void delete(SonoBillUser user, long id) {
        int n = jdbc.sql("DELETE FROM denial_assignment_rules WHERE organisation_id = :org AND id = :id")
                .param("org", user.organisationId()).param("id", id).update();
        if (n == 0) {
            throw ApiException.notFound("assignment rule", id);
        }
        audit.record(user, "delete", "denial-assignment-rule", id, DenialWork.mapOf("id", id), null);
    }
}

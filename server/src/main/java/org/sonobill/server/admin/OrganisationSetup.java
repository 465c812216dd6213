package org.sonobill.server.admin;

import java.util.Set;
import org.sonobill.server.audit.AuditTrail;
import org.sonobill.server.security.Role;
import org.sonobill.server.security.UserStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating an organisation with its first administrator ({@code sonobill init}, the demo, tests). */
@Service
public class OrganisationSetup {
    private final JdbcClient jdbc;
    private final UserStore users;
    private final AuditTrail audit;

    public OrganisationSetup(JdbcClient jdbc, UserStore users, AuditTrail audit) {
        this.jdbc = jdbc;
        this.users = users;
        this.audit = audit;
    }

    /** The id of the organisation with this code, or null. */
    public Long find(String code) {
        return jdbc.sql("SELECT id FROM organisations WHERE code = ?").params(code).query(Long.class).optional()
                .orElse(null);
    }

    /** Creates an organisation with one administrator, and the three bundled payer packs as its first payers. */
    @Transactional
    public long create(String code, String name, String adminUser, String adminName, String adminPassword) {
        if (code == null || !code.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("organisation code: expected lower-case letters, digits and dashes, "
                    + "found \"" + code + "\"");
        }
        if (adminPassword == null || adminPassword.length() < 12) {
            throw new IllegalArgumentException("the administrator's password needs at least 12 characters");
        }
        if (find(code) != null) {
            throw new IllegalArgumentException("organisation " + code + " exists already");
        }
        long org = jdbc.sql("INSERT INTO organisations (code, name) VALUES (?, ?) RETURNING id").params(code, name)
                .query(Long.class).single();
        long admin = users.create(org, adminUser, adminName, adminPassword, Set.of(Role.ADMIN));
        // one payer per bundled rule pack, so claims can be made at once; renamed or added to later
        jdbc.sql("INSERT INTO payers (organisation_id, code, name, rule_pack, payer_id_x12) VALUES"
                        + " (?, 'medicare', 'Medicare Part B', 'medicare', NULL),"
                        + " (?, 'commercial', 'Commercial PPO', 'commercial', NULL),"
                        + " (?, 'commercial-hmo', 'Commercial HMO', 'commercial-hmo', NULL)")
                .params(org, org, org).update();
        audit.record(org, "sonobill-setup", "create", "organisation", org, null, java.util.Map.of("code", code,
                "name", name, "admin", adminUser));
        audit.record(org, "sonobill-setup", "create", "user", admin, null, java.util.Map.of("username", adminUser,
                "roles", java.util.List.of("admin")));
        return org;
    }
}

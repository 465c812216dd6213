package org.sonobill.server.security;

import java.util.Locale;

/**
 * The roles of a billing team (issue 4). Each endpoint names the roles that need it; a user may hold several.
 * Spring Security sees them as authorities {@code ROLE_CODER}, {@code ROLE_DENIAL_SPECIALIST}, ...
 */
public enum Role {
    CODER("coder"),
    BILLER("biller"),
    DENIAL_SPECIALIST("denial-specialist"),
    MANAGER("manager"),
    AUDITOR("auditor"),
    ADMIN("admin");

    private final String key;

    Role(String key) {
        this.key = key;
    }

    /** The role as stored and as the API writes it ("denial-specialist"). */
    public String key() {
        return key;
    }

    /** The Spring Security authority ("ROLE_DENIAL_SPECIALIST"). */
    public String authority() {
        return "ROLE_" + name();
    }

    /** The role of a stored or requested key. */
    public static Role of(String key) {
        for (Role r : values()) {
            if (r.key.equals(key)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown role \"" + key + "\"; expected one of coder, biller, "
                + "denial-specialist, manager, auditor, admin");
    }

    @Override
    public String toString() {
        return key.toLowerCase(Locale.ROOT);
    }
}

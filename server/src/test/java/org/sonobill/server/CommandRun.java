package org.sonobill.server;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Runs a command of the server jar ({@code remit}, {@code denials} ...) as the launcher does, without a web server,
 * against the test server's database reached by JDBC URL as a production installation would be.
 */
public final class CommandRun {
    private CommandRun() {
    }

    /** A command's entry point: arguments in, exit status out. */
    @FunctionalInterface
    public interface Command {
        int run(String[] args, PrintStream out, PrintStream err);
    }

    /** What a run printed and returned. */
    public record Run(int status, String out, String err) {
    }

    /** Points the commands' database at the test server's (call in {@code @BeforeAll}). */
    public static void useTestDatabase() {
        if (TestServer.external()) {
            System.setProperty("sonobill.db.url", System.getProperty("sonobill.test.db.url"));
            System.setProperty("sonobill.db.user", System.getProperty("sonobill.test.db.user", ""));
            System.setProperty("sonobill.db.password", System.getProperty("sonobill.test.db.password", ""));
        } else {
            Map<String, Object> where = TestServer.get().jdbc()
                    .sql("SELECT inet_server_port() AS port, current_database() AS db, current_user AS usr").query()
                    .singleRow();
            System.setProperty("sonobill.db.url", "jdbc:postgresql://localhost:" + where.get("port") + "/"
                    + where.get("db"));
            System.setProperty("sonobill.db.user", String.valueOf(where.get("usr")));
            System.setProperty("sonobill.db.password", "");
        }
    }

    /** Forgets the database again (call in {@code @AfterAll}). */
    public static void forget() {
        System.clearProperty("sonobill.db.url");
        System.clearProperty("sonobill.db.user");
        System.clearProperty("sonobill.db.password");
    }

    public static Run run(Command command, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = command.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}

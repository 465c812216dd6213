package org.sonobill.server.load;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sonobill.server.admin.OrganisationSetup;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The server's beans on a temporary embedded PostgreSQL, for a benchmark command ({@code postbench},
 * {@code denialbench}): Spring's own output goes to standard error while it runs, so standard output carries only
 * the figures; closing it stops the server and deletes the directory.
 */
final class ScratchServer implements AutoCloseable {
    private final Path dir;
    private final PrintStream stdout;
    private final ConfigurableApplicationContext context;

    private ScratchServer(Path dir, PrintStream stdout, ConfigurableApplicationContext context) {
        this.dir = dir;
        this.stdout = stdout;
        this.context = context;
    }

    /** Starts on a new temporary directory named by the prefix. */
    static ScratchServer start(String prefix, PrintStream err) throws IOException {
        Path dir;
        try {
            dir = Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new IOException("cannot make a temporary directory: " + e.getMessage(), e);
        }
        PrintStream stdout = System.out;
        System.setOut(err);
        try {
            return new ScratchServer(dir, stdout, LoadTest.start(dir));
        } catch (RuntimeException e) {
            System.setOut(stdout);
            deleteQuietly(dir);
            throw e;
        }
    }

    Path dir() {
        return dir;
    }

    ConfigurableApplicationContext context() {
        return context;
    }

    /** A new organisation with its administrator. */
    long organisation(String code, String name) {
        return context.getBean(OrganisationSetup.class).create(code, name, "admin", "Administrator",
                code + "-password-1");
    }

    @Override
    public void close() {
        System.setOut(stdout);
        context.close();
        deleteQuietly(dir);
    }

    private static void deleteQuietly(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // a temporary directory left behind is harmless
        }
    }
}

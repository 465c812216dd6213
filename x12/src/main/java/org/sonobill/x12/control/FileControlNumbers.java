package org.sonobill.x12.control;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Control numbers kept in a one-line text file (the last number handed out). Each call takes an exclusive
 * {@link FileChannel#lock() lock} on a sibling {@code .lock} file, so two processes never hand out the same number,
 * and replaces the counter file atomically (write a temporary file, then an atomic move), so a crash leaves either the
 * old or the new number, never a torn one.
 */
public final class FileControlNumbers implements ControlNumbers {
    /**
     * One monitor per counter file for the whole JVM: a file lock is held by the process, so two instances in one
     * JVM must take turns before asking for it (FileChannel.lock throws OverlappingFileLockException otherwise).
     */
    private static final java.util.concurrent.ConcurrentMap<Path, Object> IN_PROCESS =
            new java.util.concurrent.ConcurrentHashMap<>();
    private final Path file;
    private final Path lock;

    public FileControlNumbers(Path file) {
        this.file = file;
        this.lock = file.resolveSibling(file.getFileName() + ".lock");
    }

    /** The counter file under {@code $SONOBILL_HOME} or, when unset, {@code ~/.sonobill}. */
    public static FileControlNumbers inSonoBillHome() {
        String home = System.getenv("SONOBILL_HOME");
        Path dir = home != null && !home.isBlank() ? Path.of(home) : Path.of(System.getProperty("user.home"), ".sonobill");
        return new FileControlNumbers(dir.resolve("x12-control-number"));
    }

    /** Where the counter is kept. */
    public Path file() {
        return file;
    }

    @Override
    public long next() {
        synchronized (IN_PROCESS.computeIfAbsent(file.toAbsolutePath().normalize(), k -> new Object())) {
            return nextLocked();
        }
    }

    private long nextLocked() {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock held = channel.lock()) {
                long next = last() + 1;
                if (next > MAX) {
                    throw new ControlNumberException(file + ": all " + MAX + " interchange control numbers (ISA13, nine "
                            + "digits) have been used; a new sender id is needed", null);
                }
                store(next);
                return next;
            }
        } catch (IOException e) {
            throw new ControlNumberException(file + ": cannot read or update the interchange control number: "
                    + e.getMessage(), e);
        }
    }

    private long last() throws IOException {
        if (!Files.exists(file)) {
            return 0;
        }
        String text = Files.readString(file, StandardCharsets.US_ASCII).trim();
        try {
            long n = Long.parseLong(text);
            if (n < 0 || n > MAX) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new ControlNumberException(file + ": expected the last interchange control number (0 to " + MAX
                    + "), found \"" + text + "\"; refusing to guess so that no number repeats", e);
        }
    }

    private void store(long n) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            out.write(java.nio.ByteBuffer.wrap((n + "\n").getBytes(StandardCharsets.US_ASCII)));
            out.force(true);
        }
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}

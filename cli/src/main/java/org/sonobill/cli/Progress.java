package org.sonobill.cli;

import java.io.PrintWriter;

/**
 * A progress line on the terminal for long runs; silent when standard error is not a terminal (piped or in CI),
 * so scripts see only results.
 */
final class Progress implements AutoCloseable {
    private final PrintWriter err;
    private final boolean enabled;
    private final String what;
    private long last;
    private long count;
    private boolean shown;

    Progress(PrintWriter err, String what, boolean enabled) {
        this.err = err;
        this.what = what;
        this.enabled = enabled && System.console() != null;
    }

    void tick() {
        count++;
        if (!enabled || (count & 255) != 0) {
            return;
        }
        long now = System.nanoTime();
        if (now - last > 250_000_000L) {
            last = now;
            err.print("\r" + what + ": " + String.format("%,d", count) + " ");
            err.flush();
            shown = true;
        }
    }

    @Override
    public void close() {
        if (shown) {
            err.print("\r" + " ".repeat(what.length() + 20) + "\r");
            err.flush();
        }
    }
}

package org.sonobill.bench.x12;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a 005010X221A1 835 file of about SIZE_MB megabytes (10^6 bytes) for the peer reader benchmark, and beside
 * it {@code OUT.counts}: what the file holds (claims, service lines, CAS adjustments, Σ CLP04), which the harness
 * compares every reader with. Usage: {@code GenerateRemittances SIZE_MB OUT.835 [SEED] [SAMPLES_DIR]}, SAMPLES_DIR
 * being the shared {@code data/x12} folder (default {@code ../shared/data/x12}).
 */
public final class GenerateRemittances {
    /** The seed of the figures in docs/benchmarks.md. */
    public static final long DEFAULT_SEED = 835L;
    /**
     * The generator's revision, written into every {@code .counts} file: raise it whenever a change alters the bytes
     * generated for a seed, so the harness regenerates files it would otherwise reuse.
     */
    public static final int REVISION = 3;

    private GenerateRemittances() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 1 && args[0].equals("--revision")) {
            System.out.println(REVISION);
            return;
        }
        if (args.length < 2) {
            System.err.println("usage: GenerateRemittances SIZE_MB OUT.835 [SEED] [SAMPLES_DIR] | --revision");
            System.exit(2);
        }
        double megabytes;
        long seed;
        try {
            megabytes = Double.parseDouble(args[0]);
            seed = args.length > 2 ? Long.parseLong(args[2]) : DEFAULT_SEED;
        } catch (NumberFormatException e) {
            System.err.println("GenerateRemittances: SIZE_MB and SEED must be numbers, got '" + args[0] + "'"
                    + (args.length > 2 ? " and '" + args[2] + "'" : ""));
            System.exit(2);
            return;
        }
        Path out = Path.of(args[1]);
        Path samples = Path.of(args.length > 3 ? args[3] : "../shared/data/x12");
        try {
            RemittanceSamples loaded = RemittanceSamples.load(samples);
            RemittanceGenerator generator = new RemittanceGenerator(loaded, seed);
            long t0 = System.nanoTime();
            RemitCounts counts;
            try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
                counts = generator.write(o, (long) (megabytes * 1_000_000));
            }
            try (Writer w = Files.newBufferedWriter(countsFile(out), StandardCharsets.UTF_8)) {
                w.write("# written by GenerateRemittances " + String.join(" ", args) + "\n");
                w.write("generator=" + REVISION + "\n");
                w.write("bytes=" + Files.size(out) + "\n");
                w.write("seed=" + seed + "\n");
                w.write("templates=" + generator.templateCount() + "\n");
                counts.store(w);
            }
            System.err.printf("GenerateRemittances: %s, %,d bytes, %,d claims, %,d service lines, %,d CAS adjustments, "
                            + "ΣCLP04 %s (%d sample claim loops, seed %d) in %.1f s%n", out, Files.size(out),
                    counts.claims(), counts.serviceLines(), counts.adjustments(), counts.paid().toPlainString(),
                    generator.templateCount(), seed, (System.nanoTime() - t0) / 1e9);
        } catch (IllegalArgumentException e) {
            System.err.println("GenerateRemittances: " + e.getMessage());
            System.exit(1);
        }
    }

    /** Where the expected counts of an 835 file are kept: {@code FILE.counts}. */
    public static Path countsFile(Path file) {
        return file.resolveSibling(file.getFileName() + ".counts");
    }
}

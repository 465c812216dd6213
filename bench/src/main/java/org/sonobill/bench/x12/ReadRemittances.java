package org.sonobill.bench.x12;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Runs one peer reader over one 835 file in this process and prints what the harness records, as properties on
 * standard output: the counts, the read time measured inside the process (JVM start and class loading of the
 * harness excluded, the reader's own warm-up included), the heap limit, the peak heap use and the peak resident
 * set (VmHWM). Usage: {@code ReadRemittances READER FILE}, or {@code ReadRemittances --list}.
 */
public final class ReadRemittances {
    private ReadRemittances() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 1 && args[0].equals("--list")) {
            PeerReaders.ALL.forEach(r -> System.out.println(r.id() + "\t" + (r.wholeFile() ? "whole-file" : "streaming")
                    + "\t" + r.label()));
            return;
        }
        String ids = PeerReaders.ALL.stream().map(PeerReader::id).collect(Collectors.joining(", "));
        if (args.length != 2) {
            System.err.println("usage: ReadRemittances READER FILE.835   (READER: " + ids + ") | ReadRemittances --list");
            System.exit(2);
        }
        PeerReader reader = PeerReaders.byId(args[0]).orElse(null);
        Path file = Path.of(args[1]);
        if (reader == null) {
            System.err.println("ReadRemittances: no reader '" + args[0] + "'; expected one of " + ids);
            System.exit(2);
        }
        if (!Files.isRegularFile(file)) {
            System.err.println("ReadRemittances: " + file + ": no such file; expected an 835 from GenerateRemittances");
            System.exit(2);
        }
        System.out.println("reader=" + reader.id());
        System.out.println("label=" + reader.label());
        System.out.println("bytes=" + Files.size(file));
        System.out.println("heapMaxMB=" + Runtime.getRuntime().maxMemory() / 1_000_000);
        long t0 = System.nanoTime();
        PeerReader.Result result;
        try {
            result = reader.read(file);
        } catch (OutOfMemoryError e) {
            System.out.println("failure=OutOfMemoryError after " + seconds(t0) + " s: " + e.getMessage());
            System.exit(3);
            return;
        } catch (Exception e) {
            System.out.println("failure=" + e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage())
                    .replace('\n', ' '));
            System.exit(1);
            return;
        }
        System.out.println("seconds=" + seconds(t0));
        System.out.println("errors=" + result.errors());
        System.out.println("peakHeapUsedMB=" + peakHeapUsed() / 1_000_000);
        System.out.println("vmHwmKB=" + vmHwmKb());
        if (!result.firstError().isEmpty()) {
            System.out.println("firstError=" + result.firstError().replace('\n', ' '));
        }
        java.io.PrintWriter out = new java.io.PrintWriter(System.out);
        result.counts().store(out);
        out.flush();
    }

    private static String seconds(long t0) {
        return String.format(Locale.ROOT, "%.3f", (System.nanoTime() - t0) / 1e9);
    }

    /** The sum of the heap pools' peaks: an upper bound of the live heap at any moment. */
    private static long peakHeapUsed() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** The peak resident set of this process (Linux), or -1 elsewhere. */
    private static long vmHwmKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}

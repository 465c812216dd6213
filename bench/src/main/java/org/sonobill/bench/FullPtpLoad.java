package org.sonobill.bench;

import java.nio.file.Path;
import org.sonobill.engine.reference.CmsLoaders;
import org.sonobill.engine.reference.PtpTable;
import org.sonobill.engine.reference.TextSource;

/**
 * Loads a full CMS PTP table and prints its rows, the wall time and the heap the table holds (after GC). Run with a
 * capped heap to show it fits: {@code java -Xmx300m -cp bench/target/benchmarks.jar org.sonobill.bench.FullPtpLoad FILE}.
 * Goal (issue #3): the full practitioner table in under 3 s into under 300 MB of heap.
 */
public final class FullPtpLoad {
    private FullPtpLoad() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: FullPtpLoad PTP_FILE (.txt, .gz or .zip in the CMS layout)");
            System.exit(2);
        }
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long before = rt.totalMemory() - rt.freeMemory();
        long t0 = System.nanoTime();
        PtpTable table = CmsLoaders.ptp(TextSource.of(Path.of(args[0])));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.gc();
        long after = rt.totalMemory() - rt.freeMemory();
        System.out.printf("%,d rows in %,d ms; table holds %,d MB of heap (max heap %,d MB)%n", table.size(), ms,
                (after - before) / (1024 * 1024), rt.maxMemory() / (1024 * 1024));
        if (table.find("76700", "76705", java.time.LocalDate.of(2024, 8, 1)) == null) {
            System.exit(1);
        }
    }
}

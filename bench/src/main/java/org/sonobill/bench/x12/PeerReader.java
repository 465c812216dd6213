package org.sonobill.bench.x12;

import java.nio.file.Path;

/** One 835 reader of the peer benchmark, reading a whole file and counting what it found. */
interface PeerReader {
    /** The short name the harness selects it by (lower case, no spaces). */
    String id();

    /** The name in the benchmark table. */
    String label();

    /**
     * Whether the reader holds the whole file in memory, so the harness gives it a smaller file and a larger heap
     * rather than let it exhaust the machine.
     */
    boolean wholeFile();

    /** Reads {@code file} completely and returns what it saw, with the number of errors it reported. */
    Result read(Path file) throws Exception;

    /** The counts, the number of errors or warnings the reader reported and the first of them ("" if none). */
    record Result(RemitCounts counts, long errors, String firstError) {
    }
}

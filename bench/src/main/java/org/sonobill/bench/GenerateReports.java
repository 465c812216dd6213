package org.sonobill.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a directory of report files for the whole-process run of {@code sonobill code --report DIR}:
 * {@code GenerateReports N DIR [SEED]}, N variants of the report corpus ({@link ReportCorpus#variant}), one
 * {@code NNNNN.txt} per report. Deterministic: the same N and SEED write the same bytes.
 *
 * <pre>java -cp bench/target/benchmarks.jar org.sonobill.bench.GenerateReports 10000 /tmp/reports</pre>
 */
public final class GenerateReports {
    private GenerateReports() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: GenerateReports N DIR [SEED]");
            System.exit(2);
        }
        int n = Integer.parseInt(args[0]);
        Path dir = Path.of(args[1]);
        long seed = args.length == 3 ? Long.parseLong(args[2]) : ReportCorpus.DEFAULT_SEED;
        Files.createDirectories(dir);
        ReportCorpus corpus = ReportCorpus.load();
        long bytes = 0;
        for (int i = 0; i < n; i++) {
            byte[] text = corpus.variant(i, seed).getBytes(StandardCharsets.UTF_8);
            Files.write(dir.resolve(String.format("%05d.txt", i)), text);
            bytes += text.length;
        }
        System.err.printf("GenerateReports: %,d reports (%,d bytes) from %d corpus reports in %s%n", n, bytes,
                corpus.size(), dir);
    }
}

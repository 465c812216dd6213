package org.sonobill.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a corpus of generated studies: {@code GenerateCorpus N OUT [SEED]}.
 *
 * <p>OUT ending in {@code .jsonl} or {@code .ndjson} (or {@code -} for standard output) gets JSON Lines, one study
 * per line; OUT ending in {@code .json} with N = 1 gets the single study as an indented JSON document. The corpus
 * is deterministic: the same N and SEED always write the same bytes. Default SEED: {@link StudyCorpus#DEFAULT_SEED}.
 *
 * <pre>java -cp bench/target/benchmarks.jar org.sonobill.bench.GenerateCorpus 100000 /tmp/studies.jsonl</pre>
 */
public final class GenerateCorpus {
    private GenerateCorpus() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: GenerateCorpus N OUT.jsonl|OUT.json|- [SEED]");
            System.exit(2);
        }
        int n = Integer.parseInt(args[0]);
        String out = args[1];
        long seed = args.length == 3 ? Long.parseLong(args[2]) : StudyCorpus.DEFAULT_SEED;
        StudyCorpus corpus = new StudyCorpus(seed);
        long t0 = System.nanoTime();
        if (out.endsWith(".json")) {
            if (n != 1) {
                System.err.println("GenerateCorpus: a .json file holds one study; use .jsonl for " + n);
                System.exit(2);
            }
            Path p = Path.of(out);
            createParent(p);
            Files.writeString(p, corpus.node(0).toPrettyString() + "\n", StandardCharsets.UTF_8);
        } else {
            try (Writer w = open(out)) {
                for (int i = 0; i < n; i++) {
                    w.write(corpus.json(i));
                    w.write('\n');
                }
            }
        }
        System.err.printf("GenerateCorpus: %,d studies (seed %d) to %s in %.1f s%n", n, seed, out,
                (System.nanoTime() - t0) / 1e9);
    }

    private static Writer open(String out) throws IOException {
        if (out.equals("-")) {
            return new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        }
        Path p = Path.of(out);
        createParent(p);
        return Files.newBufferedWriter(p, StandardCharsets.UTF_8);
    }

    private static void createParent(Path p) throws IOException {
        Path parent = p.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
    }
}

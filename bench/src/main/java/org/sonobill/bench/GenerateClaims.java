package org.sonobill.bench;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.sonobill.engine.claim.Claim;
import org.sonobill.engine.claim.ClaimBuilder;
import org.sonobill.engine.claim.ClaimJson;
import org.sonobill.engine.coding.CodedStudy;
import org.sonobill.engine.coding.CodingEngine;
import org.sonobill.engine.study.StudyDocumentation;
import org.sonobill.engine.study.StudyJsonReader;

/**
 * Writes N claims as JSON Lines, each built from one coded study of the deterministic corpus (studies that code to
 * no line are skipped); patients repeat every 3,000 claims. Usage: {@code GenerateClaims N OUT.jsonl [SEED]}.
 */
public final class GenerateClaims {
    private GenerateClaims() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: GenerateClaims N OUT.jsonl [SEED]");
            System.exit(2);
        }
        int n = Integer.parseInt(args[0]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : StudyCorpus.DEFAULT_SEED;
        CodingEngine engine = CodingEngine.bundled();
        StudyJsonReader reader = new StudyJsonReader(engine.vocabulary());
        StudyCorpus corpus = new StudyCorpus(seed);
        long t0 = System.nanoTime();
        int written = 0;
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            for (int i = 0; written < n; i++) {
                StudyDocumentation s = reader.read(corpus.json(i), "corpus", i + 1);
                CodedStudy coded = engine.code(s);
                if (coded.lines().isEmpty()) {
                    continue;
                }
                Claim c = ClaimBuilder.build("CLM-" + i, "PAT-" + (i % 3000), "1245319599",
                        List.of(new ClaimBuilder.Coded(s, coded)), Map.of());
                ClaimJson.write(c, out);
                out.write('\n');
                written++;
            }
        }
        System.err.printf("GenerateClaims: %,d claims to %s in %.1f s%n", written, args[1], (System.nanoTime() - t0) / 1e9);
    }
}

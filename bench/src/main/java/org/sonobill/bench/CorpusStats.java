package org.sonobill.bench;

import java.util.Map;
import java.util.TreeMap;
import org.sonobill.engine.coding.CodedLine;
import org.sonobill.engine.coding.CodedStudy;
import org.sonobill.engine.coding.CodingEngine;
import org.sonobill.engine.finding.Finding;
import org.sonobill.engine.study.InvalidStudyException;
import org.sonobill.engine.study.StudyDocumentation;
import org.sonobill.engine.study.StudyJsonReader;

/**
 * Describes a generated corpus as the engine sees it: {@code CorpusStats [N] [SEED]} prints studies by exam family
 * and status, the codes billed and the findings raised. For checking the mix, not for timing.
 */
public final class CorpusStats {
    private CorpusStats() {
    }

    public static void main(String[] args) throws InvalidStudyException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : StudyCorpus.DEFAULT_SEED;
        StudyCorpus corpus = new StudyCorpus(seed);
        CodingEngine engine = CodingEngine.bundled();
        StudyJsonReader reader = new StudyJsonReader(engine.vocabulary());
        Map<String, Integer> families = new TreeMap<>();
        Map<String, Integer> status = new TreeMap<>();
        Map<String, Integer> codes = new TreeMap<>();
        Map<String, Integer> findings = new TreeMap<>();
        Map<String, Integer> context = new TreeMap<>();
        long lines = 0;
        long findingCount = 0;
        long bytes = 0;
        for (int i = 0; i < n; i++) {
            String json = corpus.json(i);
            bytes += json.length() + 1;
            StudyDocumentation s = reader.read(json, "corpus", i + 1);
            CodedStudy c = engine.code(s);
            families.merge(s.exam() == null ? "(procedure only)" : s.exam(), 1, Integer::sum);
            status.merge(c.status().key(), 1, Integer::sum);
            context.merge("payer " + s.payer(), 1, Integer::sum);
            context.merge("POS " + s.placeOfService(), 1, Integer::sum);
            context.merge("claim " + s.claimType().name().toLowerCase(), 1, Integer::sum);
            if (s.laterality() != null) {
                context.merge("laterality " + s.laterality().key(), 1, Integer::sum);
            }
            if (s.obstetric() != null && s.obstetric().fetuses() > 1) {
                context.merge("OB multiple gestation", 1, Integer::sum);
            }
            if (!s.procedures().isEmpty()) {
                context.merge("with guided procedure", 1, Integer::sum);
            }
            for (CodedLine l : c.lines()) {
                codes.merge(l.code(), 1, Integer::sum);
                lines++;
            }
            for (Finding f : c.findings()) {
                findings.merge(f.severity().label() + " " + f.code(), 1, Integer::sum);
                findingCount++;
            }
        }
        System.out.printf("%,d studies (seed %d), %,d bytes of JSON Lines (%.0f bytes/study), %,d lines, %,d findings%n",
                n, seed, bytes, bytes / (double) n, lines, findingCount);
        print("exam family", families);
        print("status", status);
        print("context", context);
        print("codes billed", codes);
        print("findings", findings);
    }

    private static void print(String title, Map<String, Integer> m) {
        System.out.println();
        System.out.println(title + ":");
        m.forEach((k, v) -> System.out.printf("  %-48s %,8d%n", k, v));
    }
}

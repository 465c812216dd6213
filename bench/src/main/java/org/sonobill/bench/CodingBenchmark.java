package org.sonobill.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.Blackhole;
import org.sonobill.engine.coding.CodingEngine;
import org.sonobill.engine.study.InvalidStudyException;
import org.sonobill.engine.study.StudyDocumentation;
import org.sonobill.engine.study.StudyJsonReader;

/**
 * Throughput of {@link CodingEngine#code(StudyDocumentation)} alone, on one thread, over a pre-parsed corpus of
 * {@link #STUDIES} generated studies. One invocation codes the whole corpus, so the score is studies per second
 * with the corpus's exact mix. Goal (docs/benchmarks.md): at least 100,000 studies/s per thread.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class CodingBenchmark {
    static final int STUDIES = 10_000;

    @Param({"20251001"})
    long seed;

    private CodingEngine engine;
    private StudyDocumentation[] studies;

    @Setup
    public void setUp() throws InvalidStudyException {
        engine = CodingEngine.bundled();
        StudyJsonReader reader = new StudyJsonReader(engine.vocabulary());
        StudyCorpus corpus = new StudyCorpus(seed);
        studies = new StudyDocumentation[STUDIES];
        for (int i = 0; i < STUDIES; i++) {
            studies[i] = reader.read(corpus.json(i), "corpus", i + 1);
        }
        // every reference table the corpus touches is loaded here, outside the measurement
        for (StudyDocumentation s : studies) {
            engine.code(s);
        }
    }

    @Benchmark
    @OperationsPerInvocation(STUDIES)
    public void code(Blackhole bh) {
        for (StudyDocumentation s : studies) {
            bh.consume(engine.code(s));
        }
    }
}

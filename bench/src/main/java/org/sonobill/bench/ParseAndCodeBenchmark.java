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
import org.sonobill.engine.coding.CodedStudy;
import org.sonobill.engine.coding.CodedStudyJson;
import org.sonobill.engine.coding.CodingEngine;
import org.sonobill.engine.study.InvalidStudyException;
import org.sonobill.engine.study.StudyDocumentation;
import org.sonobill.engine.study.StudyJsonReader;

/**
 * What {@code sonobill code} does per JSON Lines study, in process: {@link StudyJsonReader#read} of the line,
 * {@link CodingEngine#code}, and {@link CodedStudyJson#toJson} of the result. One thread; one invocation handles the
 * whole corpus, so the score is studies per second. Also one benchmark per stage, to see where the time goes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class ParseAndCodeBenchmark {
    static final int STUDIES = 10_000;

    @Param({"20251001"})
    long seed;

    private CodingEngine engine;
    private StudyJsonReader reader;
    private String[] lines;
    private StudyDocumentation[] parsed;
    private CodedStudy[] coded;

    @Setup
    public void setUp() throws InvalidStudyException {
        engine = CodingEngine.bundled();
        reader = new StudyJsonReader(engine.vocabulary());
        lines = new StudyCorpus(seed).jsons(STUDIES).toArray(String[]::new);
        parsed = new StudyDocumentation[STUDIES];
        coded = new CodedStudy[STUDIES];
        for (int i = 0; i < STUDIES; i++) {
            parsed[i] = reader.read(lines[i], "corpus.jsonl", i + 1);
            coded[i] = engine.code(parsed[i]); // loads the reference tables outside the measurement
        }
    }

    /** The whole per-study pipeline of {@code sonobill code}: read, code, write. */
    @Benchmark
    @OperationsPerInvocation(STUDIES)
    public void readCodeWrite(Blackhole bh) throws InvalidStudyException {
        for (int i = 0; i < STUDIES; i++) {
            bh.consume(CodedStudyJson.toJson(engine.code(reader.read(lines[i], "corpus.jsonl", i + 1))));
        }
    }

    /** Stage 1 alone: the JSON line to a StudyDocumentation. */
    @Benchmark
    @OperationsPerInvocation(STUDIES)
    public void readOnly(Blackhole bh) throws InvalidStudyException {
        for (int i = 0; i < STUDIES; i++) {
            bh.consume(reader.read(lines[i], "corpus.jsonl", i + 1));
        }
    }

    /** Stage 3 alone: a CodedStudy to its output JSON. */
    @Benchmark
    @OperationsPerInvocation(STUDIES)
    public void writeOnly(Blackhole bh) {
        for (int i = 0; i < STUDIES; i++) {
            bh.consume(CodedStudyJson.toJson(coded[i]));
        }
    }
}

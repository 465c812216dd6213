package org.sonobill.bench;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.Blackhole;
import org.sonobill.engine.coding.CodingEngine;
import org.sonobill.report.IncomingReport;
import org.sonobill.report.ReportCoder;
import org.sonobill.report.ReportReader;

/**
 * Throughput of the report reader on one thread over {@link #REPORTS} variants of the report corpus (every family,
 * a third tricky): {@code read} reads text into documentation with evidence; {@code readAndCode} also codes it with
 * the engine. One invocation handles all the reports, so the score is reports per second. Goal (issue 7): at least
 * 2,000 reports/s per thread.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class ReportReaderBenchmark {
    static final int REPORTS = 1_000;

    private ReportReader reader;
    private ReportCoder coder;
    private IncomingReport[] reports;

    @Setup
    public void setUp() {
        reader = ReportReader.standard();
        coder = new ReportCoder(reader, CodingEngine.bundled());
        ReportCorpus corpus = ReportCorpus.load();
        reports = new IncomingReport[REPORTS];
        for (int i = 0; i < REPORTS; i++) {
            reports[i] = IncomingReport.ofText("r" + i, corpus.variant(i, ReportCorpus.DEFAULT_SEED))
                    .withContext("22", null, null, "medicare", LocalDate.of(2026, 3, 2));
        }
        // the lexicon, catalogue and every reference table the reports touch load here, outside the measurement
        for (IncomingReport r : reports) {
            coder.code(r);
        }
    }

    @Benchmark
    @OperationsPerInvocation(REPORTS)
    public void read(Blackhole bh) {
        for (IncomingReport r : reports) {
            bh.consume(reader.read(r));
        }
    }

    @Benchmark
    @OperationsPerInvocation(REPORTS)
    public void readAndCode(Blackhole bh) {
        for (IncomingReport r : reports) {
            bh.consume(coder.code(r));
        }
    }
}

package org.sonobill.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.Blackhole;
import org.sonobill.engine.catalogue.Catalogue;
import org.sonobill.engine.claim.Claim;
import org.sonobill.engine.claim.ClaimBuilder;
import org.sonobill.engine.coding.CodedStudy;
import org.sonobill.engine.coding.CodingEngine;
import org.sonobill.engine.payer.PayerPacks;
import org.sonobill.engine.reference.DatasetKind;
import org.sonobill.engine.reference.ReferenceLibrary;
import org.sonobill.engine.scrub.ClaimHistory;
import org.sonobill.engine.scrub.ScrubContext;
import org.sonobill.engine.scrub.ScrubResult;
import org.sonobill.engine.scrub.Scrubber;
import org.sonobill.engine.study.StudyDocumentation;
import org.sonobill.engine.study.StudyJsonReader;

/**
 * Throughput of {@link Scrubber#scrub} in claim lines per second on one thread, with every edit on, over claims built
 * from the coded study corpus (exactly {@link #LINES} lines). With {@code -Dsonobill.ptp.full=FILE} the full CMS
 * practitioner PTP table (2.5 million rows) is imported first and used instead of the shipped ultrasound rows.
 * Goal (issue #3): at least 200,000 claim lines per second per thread.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(jvmArgsAppend = "-XX:+UseParallelGC") // as ./sonobill runs the scrub command
public class ScrubBenchmark {
    static final int LINES = 20_000;
    private Scrubber scrubber;
    private List<Claim> claims;
    private ScrubContext context;

    @Setup
    public void setUp() throws Exception {
        ReferenceLibrary library = library();
        CodingEngine engine = new CodingEngine(Catalogue.bundled(), PayerPacks.bundled(), library);
        StudyJsonReader reader = new StudyJsonReader(engine.vocabulary());
        StudyCorpus corpus = new StudyCorpus(StudyCorpus.DEFAULT_SEED);
        claims = new ArrayList<>();
        int lines = 0;
        for (int i = 0; lines < LINES; i++) {
            StudyDocumentation s = reader.read(corpus.json(i), "corpus", i + 1);
            CodedStudy coded = engine.code(s);
            int n = coded.lines().size();
            if (n == 0 || lines + n > LINES) {
                continue;
            }
            claims.add(ClaimBuilder.build("CLM-" + i, "PAT-" + (i % 3000), "1245319599",
                    List.of(new ClaimBuilder.Coded(s, coded)), Map.of()));
            lines += n;
        }
        scrubber = new Scrubber(library, engine.catalogue());
        context = new ScrubContext(LocalDate.of(2026, 9, 30), ClaimHistory.of(claims));
        for (Claim c : claims) {
            scrubber.scrub(c, context);
        }
    }

    private static ReferenceLibrary library() throws Exception {
        String full = System.getProperty("sonobill.ptp.full");
        if (full == null) {
            return ReferenceLibrary.bundled();
        }
        Path dir = Files.createTempDirectory("sonobill-bench-ref");
        ReferenceLibrary lib = ReferenceLibrary.withUserData(dir);
        lib.importFile(DatasetKind.PTP_PRACTITIONER, Path.of(full), LocalDate.of(2024, 7, 1), "full practitioner PTP");
        return lib;
    }

    /** Every edit, the findings with the revenue they put at risk, and the claim status. */
    @Benchmark
    @OperationsPerInvocation(LINES)
    public void scrub(Blackhole bh) {
        for (Claim c : claims) {
            bh.consume(scrubber.scrub(c, context));
        }
    }

    /** The same, and the expected payment of every claim read as well (what `sonobill scrub` writes out). */
    @Benchmark
    @OperationsPerInvocation(LINES)
    public void scrubAndPrice(Blackhole bh) {
        for (Claim c : claims) {
            ScrubResult r = scrubber.scrub(c, context);
            bh.consume(r.pricing().total());
        }
    }

}

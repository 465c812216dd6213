package org.sonobill.bench;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.sonobill.engine.claim.Claim;
import org.sonobill.engine.claim.ClaimLine;
import org.sonobill.engine.study.ClaimType;
import org.sonobill.engine.study.Patient;
import org.sonobill.engine.study.Sex;
import org.sonobill.x12.claim.Address;
import org.sonobill.x12.claim.BillingProvider;
import org.sonobill.x12.claim.Claim837Writer;
import org.sonobill.x12.claim.ClaimKind;
import org.sonobill.x12.claim.ClaimSubmission;
import org.sonobill.x12.claim.Interchange;
import org.sonobill.x12.claim.Name;
import org.sonobill.x12.claim.Payer;
import org.sonobill.x12.claim.Provider;
import org.sonobill.x12.claim.Subscriber;
import org.sonobill.x12.claim.WriteResult;

/**
 * Writing an 837P batch of {@link #claims} ultrasound claims (one to three lines each), validated against the
 * 005010X222A1 schema before it is written, to a null stream. One invocation writes the whole batch, so the score
 * is the time for the batch. Goal (issue 5): 100,000 claims in under 10 s.
 * <p>Quick check: {@code java -jar bench/target/benchmarks.jar Write837Benchmark -p claims=2000 -f 1 -wi 1 -i 1}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
public class Write837Benchmark {
    private static final String[][] STUDIES = {{"76700"}, {"76705"}, {"76856", "76830"}, {"93970"},
            {"76536"}, {"76700", "76775"}, {"76801", "76802"}, {"93880"}};
    private static final Interchange INTERCHANGE = new Interchange("SONOBILLBENCH", "CLEARINGHOUSE", false,
            new Interchange.Submitter("BENCH IMAGING", "SUB1", "BILLER", "5551234567"),
            new Interchange.Receiver("CLEARINGHOUSE", "CH1"));

    @Param({"100000"})
    int claims;

    private List<ClaimSubmission> batch;
    private Claim837Writer writer;

    @Setup
    public void setUp() {
        AtomicLong control = new AtomicLong();
        writer = new Claim837Writer(control::incrementAndGet, Clock.systemUTC());
        BillingProvider billing = new BillingProvider(Name.organisation("BENCH IMAGING LLC"), "1245319599",
                "123456789", "2085R0202X", new Address("100 MAIN ST", null, "COLUMBUS", "OH", "432150001"));
        Payer medicare = new Payer("MEDICARE", "15202", null);
        Provider rendering = new Provider(Name.person("RADIANT", "RITA"), "1234567893", null);
        batch = new ArrayList<>(claims);
        for (int i = 0; i < claims; i++) {
            String id = "B" + i;
            String[] codes = STUDIES[i % STUDIES.length];
            List<ClaimLine> lines = new ArrayList<>();
            for (int l = 0; l < codes.length; l++) {
                lines.add(new ClaimLine(l + 1, codes[l], List.of("26"), 1, new BigDecimal("180.00"), List.of(1),
                        LocalDate.of(2026, 2, 1 + i % 27), id + "-" + (l + 1)));
            }
            Claim c = new Claim(id, ClaimType.PROFESSIONAL, "medicare", "P" + i, new Patient(Sex.F,
                    LocalDate.of(1950 + i % 50, 1 + i % 12, 1 + i % 28)), "1245319599", "1234567893", null, "22", "1",
                    null, null, "OH", null, List.of("R10.11"), lines, List.of());
            Subscriber self = new Subscriber(Name.person("DOE" + i % 100, "JANE"), "MBI" + i,
                    new Address((10 + i % 900) + " ELM ST", null, "COLUMBUS", "OH", "43215"),
                    c.patient().birthDate(), Sex.F, null, "P", "MB", "18");
            batch.add(new ClaimSubmission(c, billing, self, medicare, null, rendering, null, null, List.of()));
        }
    }

    @Benchmark
    public WriteResult write() {
        WriteResult r = writer.write(INTERCHANGE, ClaimKind.PROFESSIONAL, batch, OutputStream.nullOutputStream());
        if (r.written() != claims) {
            throw new IllegalStateException("benchmark claims were refused: " + r.refusals().get(0));
        }
        return r;
    }
}

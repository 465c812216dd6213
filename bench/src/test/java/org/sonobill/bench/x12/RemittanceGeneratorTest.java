package org.sonobill.bench.x12;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated 835 files are what the benchmark needs: deterministic, balanced as 005010X221A1 section 1.10.2.1
 * requires, with correct control counts, and holding exactly the counts the generator reports. Correctness only;
 * nothing is timed. Skipped, saying so, when the shared samples are absent.
 */
class RemittanceGeneratorTest {
    private static final long BYTES = 400_000;
    private static RemittanceSamples samples;
    private static String file;
    private static RemitCounts reported;

    @BeforeAll
    static void generate() throws IOException {
        Path x12 = Path.of(System.getProperty("sonobill.shared.dir", "../../shared"), "data", "x12");
        assumeTrue(Files.isRegularFile(x12.resolve("INDEX.csv")),
                "shared X12 samples absent (" + x12 + "): the 835 generator is not tested");
        samples = RemittanceSamples.load(x12);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        reported = new RemittanceGenerator(samples, GenerateRemittances.DEFAULT_SEED).write(out, BYTES);
        file = out.toString(StandardCharsets.US_ASCII);
    }

    private static List<String[]> segments(String text) {
        List<String[]> out = new ArrayList<>();
        for (String s : text.split("~")) {
            out.add(s.split("\\*", -1));
        }
        return out;
    }

    private static BigDecimal amount(String[] seg, int i) {
        return i < seg.length && !seg[i].isEmpty() ? new BigDecimal(seg[i]) : BigDecimal.ZERO;
    }

    private static BigDecimal casTotal(String[] cas) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 3; i < cas.length; i += 3) {
            sum = sum.add(amount(cas, i));
        }
        return sum;
    }

    @Test
    void theSameSamplesAndSeedAlwaysGiveTheSameBytesAndAnotherSeedOthers() throws IOException {
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        new RemittanceGenerator(samples, GenerateRemittances.DEFAULT_SEED).write(again, BYTES);
        ByteArrayOutputStream other = new ByteArrayOutputStream();
        new RemittanceGenerator(samples, 7).write(other, BYTES);

        assertThat(again.toString(StandardCharsets.US_ASCII)).isEqualTo(file);
        assertThat(other.toString(StandardCharsets.US_ASCII)).isNotEqualTo(file);
    }

    @Test
    void theFileEndsJustPastTheRequestedSizeWithOneWellFormedInterchange() {
        assertThat((long) file.length()).isBetween(BYTES, BYTES + 100_000);
        assertThat(file).startsWith("ISA*").endsWith("IEA*1*000000001~").doesNotContain("\n");
        assertThat(file.substring(0, 106)).endsWith(":~"); // X12.5: fixed-length ISA, ISA16 then the terminator
        List<String[]> segs = segments(file);
        long transactions = segs.stream().filter(s -> s[0].equals("ST")).count();
        assertThat(segs.get(segs.size() - 2)).containsExactly("GE", String.valueOf(transactions), "1");
        assertThat(segs.get(1)[8]).isEqualTo("005010X221A1");
    }

    @Test
    void theCountsItReportsAreWhatTheFileHolds() {
        long claims = 0;
        long lines = 0;
        long cas = 0;
        BigDecimal paid = BigDecimal.ZERO;
        for (String[] s : segments(file)) {
            switch (s[0]) {
                case "CLP" -> {
                    claims++;
                    paid = paid.add(amount(s, 4));
                }
                case "SVC" -> lines++;
                case "CAS" -> {
                    for (int i = 2; i < s.length; i += 3) {
                        cas += s[i].isEmpty() ? 0 : 1;
                    }
                }
                default -> {
                }
            }
        }
        assertThat(reported).isEqualTo(new RemitCounts(claims, lines, cas, paid));
        assertThat(claims).isGreaterThan(500);
    }

    @Test
    void everySeCountsTheSegmentsOfItsTransactionAndEveryBprPaysTheClaimsLessTheProviderAdjustments() {
        int count = 0;
        BigDecimal claimsPaid = BigDecimal.ZERO;
        BigDecimal plb = BigDecimal.ZERO;
        BigDecimal bpr = null;
        int checked = 0;
        for (String[] s : segments(file)) {
            switch (s[0]) {
                case "ST" -> {
                    count = 0;
                    claimsPaid = BigDecimal.ZERO;
                    plb = BigDecimal.ZERO;
                }
                case "BPR" -> bpr = amount(s, 2);
                case "CLP" -> claimsPaid = claimsPaid.add(amount(s, 4));
                case "PLB" -> {
                    for (int i = 4; i < s.length; i += 2) {
                        plb = plb.add(amount(s, i));
                    }
                }
                default -> {
                }
            }
            count++;
            if (s[0].equals("SE")) {
                assertThat(s[1]).isEqualTo(String.valueOf(count));
                assertThat(bpr).isEqualByComparingTo(claimsPaid.subtract(plb));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(1);
    }

    @Test
    void everyClaimAndServiceLineBalances() {
        String[] clp = null;
        BigDecimal claimAdjustments = BigDecimal.ZERO;
        BigDecimal lineCharges = BigDecimal.ZERO;
        String[] svc = null;
        BigDecimal lineAdjustments = BigDecimal.ZERO;
        List<String[]> segs = segments(file);
        segs.add(new String[] {"CLP"}); // closes the last claim
        for (String[] s : segs) {
            if (s[0].equals("CLP") || s[0].equals("SVC") || s[0].equals("SE") || s[0].equals("LX")) {
                if (svc != null) { // X221A1 1.10.2.1: SVC03 = SVC02 − the line's CAS amounts
                    assertThat(amount(svc, 3)).as(String.join("*", svc))
                            .isEqualByComparingTo(amount(svc, 2).subtract(lineAdjustments));
                    lineCharges = lineCharges.add(amount(svc, 2));
                }
                svc = s[0].equals("SVC") ? s : null;
                lineAdjustments = BigDecimal.ZERO;
            }
            if ((s[0].equals("CLP") || s[0].equals("SE") || s[0].equals("LX")) && clp != null) {
                // CLP04 = CLP03 − every CAS amount of the claim; CLP03 = the lines' charges when it has lines
                assertThat(amount(clp, 4)).as(String.join("*", clp))
                        .isEqualByComparingTo(amount(clp, 3).subtract(claimAdjustments));
                if (lineCharges.signum() != 0) {
                    assertThat(amount(clp, 3)).isEqualByComparingTo(lineCharges);
                }
                clp = null;
            }
            if (s[0].equals("CLP") && s.length > 1) {
                clp = s;
                claimAdjustments = BigDecimal.ZERO;
                lineCharges = BigDecimal.ZERO;
            } else if (s[0].equals("CAS")) {
                claimAdjustments = claimAdjustments.add(casTotal(s));
                lineAdjustments = lineAdjustments.add(casTotal(s));
            }
        }
    }

    @Test
    void everyJavaReaderOfTheHarnessFindsWhatTheGeneratorReportsAndSonoBillsReaderFindsNothingUnbalanced(
            @TempDir Path dir) throws Exception {
        Path f = dir.resolve("remit.835");
        Files.writeString(f, file, StandardCharsets.US_ASCII);
        for (PeerReader reader : PeerReaders.ALL) {
            PeerReader.Result result = reader.read(f);
            assertThat(result.counts()).as(reader.label()).isEqualTo(reported);
            if (reader instanceof SonoBillReader) {
                // RemittanceReader checks X221A1 1.10.2.1 balancing and the SE counts, and reports any miss
                assertThat(result.errors()).as(result.firstError()).isZero();
            }
        }
    }

    @Test
    void someClaimsAreReversedAndCorrectedWithTheirAmountsNegated() {
        List<String[]> clps = segments(file).stream().filter(s -> s[0].equals("CLP")).toList();
        int reversals = 0;
        for (int i = 1; i + 1 < clps.size(); i++) {
            if (clps.get(i)[2].equals("22")) {
                reversals++;
                assertThat(clps.get(i)[1]).isEqualTo(clps.get(i - 1)[1]).isEqualTo(clps.get(i + 1)[1]);
                assertThat(clps.get(i)[7]).isEqualTo(clps.get(i - 1)[7]).isNotEqualTo(clps.get(i + 1)[7]);
                assertThat(amount(clps.get(i), 4)).isEqualByComparingTo(amount(clps.get(i - 1), 4).negate());
            }
        }
        assertThat(reversals).isPositive();
    }

    @Test
    void mostButNotAllServiceLinesCarryALineItemControlNumberUniqueExceptInTheirReversal() {
        long lines = 0;
        List<String> controls = new ArrayList<>();
        boolean reversal = false;
        for (String[] s : segments(file)) {
            if (s[0].equals("CLP")) {
                reversal = s[2].equals("22"); // a reversal repeats the lines of the claim it reverses
            } else if (s[0].equals("SVC") && !reversal) {
                lines++;
            } else if (s[0].equals("REF") && s[1].equals("6R") && !reversal) {
                controls.add(s[2]);
            }
        }
        assertThat(Set.copyOf(controls)).hasSameSizeAs(controls);
        assertThat((double) controls.size() / lines).isBetween(0.75, 0.95);
    }

    @Test
    void claimsComeFromManySamplesAndKeepTheirRemarksAndProviderAdjustmentsOccur() {
        Set<String> tags = new HashSet<>();
        segments(file).forEach(s -> tags.add(s[0]));
        assertThat(samples.claims()).hasSizeGreaterThan(20);
        assertThat(tags).contains("LQ", "PLB", "MOA", "AMT", "NM1", "DTM")
                .allMatch(t -> t.matches("[A-Z][A-Z0-9]{1,2}"));
        assertThat(file).doesNotContain("SVC*XX:"); // anonymised samples' masked qualifiers are restored to HC
        assertThat(segments(file)).filteredOn(s -> s[0].equals("SVC")).allMatch(s -> s[1].matches("[A-Z0-9]{2}:.+"),
                "SVC01 is a composite of qualifier and code");
    }
}

package org.sonobill.bench.x12;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.sonobill.bench.x12.RemittanceSamples.ClaimTemplate;
import org.sonobill.bench.x12.RemittanceSamples.Parties;

/**
 * Writes large, valid 005010X221A1 835 files by replicating the claim payments of the real samples, for the peer
 * reader benchmark. The same samples, seed and size always give the same bytes.
 *
 * <p>Each claim is a sample claim loop with a new patient control number (CLP01), payer claim control number
 * (CLP07) and line item control numbers (REF*6R, loop 2110; kept on 85 % of lines, since payers drop some), and its
 * amounts scaled by a factor of 0.50–3.00. Amounts are then made to balance as X221A1 section 1.10.2.1 requires:
 * line paid SVC03 = SVC02 − the line's CAS amounts; claim charge CLP03 = the lines' SVC02; claim paid CLP04 = CLP03 −
 * every CAS amount of the claim; patient responsibility CLP05 = the PR-group adjustments. About 2 % of claims are
 * reversed (CLP02 = 22, every amount negated) and corrected in the same file. A third of the transactions carry a
 * provider-level adjustment (PLB: WO overpayment recovery, L6 interest, FB forwarding balance), and BPR02 = Σ CLP04 −
 * Σ PLB amounts. SE01 counts the transaction's segments; GE01 the transactions.
 */
final class RemittanceGenerator {
    private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;
    private static final LocalDate PRODUCTION = LocalDate.of(2026, 11, 2);
    /** Average bytes of a generated claim, to size the last transaction so the file ends near the target. */
    private static final int CLAIM_BYTES = 330;
    private static final int CLAIMS_PER_LX = 250;

    private final List<ClaimTemplate> templates;
    private final List<Parties> parties;
    private final SplittableRandom random;

    private long claimNumber;
    private long payerClaims;
    private long claims;
    private long lines;
    private long adjustments;
    private BigDecimal paid = BigDecimal.ZERO;

    RemittanceGenerator(RemittanceSamples samples, long seed) {
        this.templates = samples.claims().stream().filter(RemittanceGenerator::balancesWhenScaled).toList();
        this.parties = samples.parties();
        this.random = new SplittableRandom(seed);
        if (templates.isEmpty()) {
            throw new IllegalArgumentException("none of the sample claim loops can be balanced (every one has more "
                    + "adjustments than charges); expected at least one usable CLP loop");
        }
    }

    /** How many distinct sample claim loops the generator replicates. */
    int templateCount() {
        return templates.size();
    }

    /** Writes one interchange of at least {@code targetBytes} (it ends after the transaction that reaches them). */
    RemitCounts write(OutputStream sink, long targetBytes) throws IOException {
        Out out = new Out(sink);
        String date = PRODUCTION.format(CCYYMMDD);
        out.segment(new Segment("ISA", "00", "          ", "00", "          ", "ZZ", "SONOBILLPAYER  ", "ZZ",
                "SONOBILLPROV   ", date.substring(2), "1200", String.valueOf(Segment.REPETITION), "00501", "000000001",
                "0", "P", String.valueOf(Segment.COMPONENT)));
        out.segment(new Segment("GS", "HP", "SONOBILLPAYER", "SONOBILLPROV", date, "1200", "1", "X",
                RemittanceSamples.VERSION));
        int transactions = 0;
        while (out.bytes < targetBytes) {
            transactions++;
            long remainingClaims = Math.max(1, (targetBytes - out.bytes) / CLAIM_BYTES);
            out.transaction(transaction(transactions, remainingClaims));
        }
        out.segment(new Segment("GE", String.valueOf(transactions), "1"));
        out.segment(new Segment("IEA", "1", "000000001"));
        out.flush();
        return new RemitCounts(claims, lines, adjustments, paid);
    }

    private List<Segment> transaction(int number, long remainingClaims) {
        Parties party = parties.get(random.nextInt(parties.size()));
        int partyIndex = parties.indexOf(party);
        List<Segment> claimLoops = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        int want = (int) Math.min(claimsPerTransaction(), remainingClaims);
        int inLx = 0;
        int lx = 0;
        for (int made = 0; made < want; ) {
            if (inLx == 0) {
                claimLoops.add(new Segment("LX", String.valueOf(++lx)));
            }
            for (Claim c : claimsOfOneTemplate()) {
                claimLoops.addAll(c.segments);
                total = total.add(c.paid);
                made++;
            }
            inLx = (inLx + 1) % CLAIMS_PER_LX;
        }
        String payeeId = party.payee().get(0).get(4).isEmpty() ? "1234567893" : party.payee().get(0).get(4);
        List<Segment> plb = random.nextInt(3) == 0 ? providerAdjustment(payeeId, total) : List.of();
        BigDecimal plbTotal = BigDecimal.ZERO;
        for (Segment s : plb) {
            for (int i = 4; i < s.fields.length; i += 2) {
                plbTotal = plbTotal.add(new BigDecimal(s.get(i)));
            }
        }
        BigDecimal payment = total.subtract(plbTotal);
        String tin = String.valueOf(100_000_000 + partyIndex * 7_919L);
        String day = PRODUCTION.plusDays(number % 28).format(CCYYMMDD);
        String control = String.format("%09d", number);
        List<Segment> st = new ArrayList<>();
        st.add(new Segment("ST", "835", control));
        st.add(payment.signum() > 0
                ? new Segment("BPR", "I", amount(payment), "C", "ACH", "CCP", "01", "011000015", "DA",
                        String.valueOf(200_000_000L + partyIndex), "1" + tin, "", "01", "021000021", "DA",
                        String.valueOf(300_000_000L + number), day)
                : new Segment("BPR", "H", "0", "C", "NON", "", "", "", "", "", "", "", "", "", "", "", day));
        st.add(new Segment("TRN", "1", String.format("EFT%012d", number), "1" + tin));
        st.add(new Segment("DTM", "405", day));
        st.addAll(payerLoop(party.payer()));
        st.addAll(party.payee());
        st.addAll(claimLoops);
        st.addAll(plb);
        st.add(new Segment("SE", String.valueOf(st.size() + 1), control));
        return st;
    }

    /** Mostly small remittances, some large ones, a few of thousands of claims, as payers send them. */
    private int claimsPerTransaction() {
        int r = random.nextInt(10);
        return r < 6 ? 5 + random.nextInt(55) : r < 9 ? 60 + random.nextInt(540) : 600 + random.nextInt(2400);
    }

    /** X221A1 1000A requires the payer technical contact (PER*BL); a few samples leave it out. */
    private static List<Segment> payerLoop(List<Segment> payer) {
        boolean hasBl = payer.stream().anyMatch(s -> s.tag().equals("PER") && s.get(1).equals("BL"));
        if (hasBl) {
            return payer;
        }
        List<Segment> out = new ArrayList<>(payer);
        out.add(new Segment("PER", "BL", "TECHNICAL SUPPORT", "TE", "8005550100"));
        return out;
    }

    /** One claim, or (2 % of the time) a claim, its reversal and its correction. */
    private List<Claim> claimsOfOneTemplate() {
        ClaimTemplate t = templates.get(random.nextInt(templates.size()));
        String pcn = String.format("SB%010d", ++claimNumber);
        Claim first = claim(t, pcn, scale());
        count(first);
        if (random.nextInt(50) != 0) {
            return List.of(first);
        }
        Claim reversal = first.reversed();
        Claim correction = claim(t, pcn, scale());
        count(reversal);
        count(correction);
        return List.of(first, reversal, correction);
    }

    private BigDecimal scale() {
        return BigDecimal.valueOf(50 + random.nextInt(251), 2);
    }

    private void count(Claim c) {
        claims++;
        lines += c.lines;
        adjustments += c.adjustments;
        paid = paid.add(c.paid);
    }

    private Claim claim(ClaimTemplate t, String pcn, BigDecimal k) {
        long n = ++payerClaims;
        return new ClaimBuilder(k, pcn, String.format("%014d", 26_000_000_000_000L + n), n * 1_000, random)
                .build(t.segments());
    }

    private static boolean balancesWhenScaled(ClaimTemplate t) {
        Claim c = new ClaimBuilder(BigDecimal.ONE, "CHECK", "CHECK", 1, new SplittableRandom(0)).build(t.segments());
        return c.paid.signum() >= 0 && c.segments.stream().filter(s -> s.tag().equals("SVC"))
                .allMatch(s -> s.get(3).isEmpty() || new BigDecimal(s.get(3)).signum() >= 0);
    }

    private List<Segment> providerAdjustment(String payeeId, BigDecimal claimsPaid) {
        String fiscalYearEnd = PRODUCTION.getYear() + "1231";
        List<String> f = new ArrayList<>(List.of("PLB", payeeId, fiscalYearEnd));
        // X221A1 PLB: a positive amount reduces the payment (WO overpayment recovery, FB forwarding balance), a
        // negative one increases it (L6 interest). Recoveries stay under 5 % so BPR02 never goes negative.
        BigDecimal recovery = claimsPaid.multiply(BigDecimal.valueOf(1 + random.nextInt(5), 2))
                .setScale(2, RoundingMode.DOWN);
        if (recovery.signum() > 0) {
            f.add("WO:" + String.format("%015d", 700_000_000L + random.nextInt(1_000_000)));
            f.add(amount(recovery));
        }
        f.add("L6:INTEREST");
        f.add(amount(BigDecimal.valueOf(-(1 + random.nextInt(2_000)), 2)));
        if (random.nextBoolean()) {
            f.add("FB:" + String.format("FB%08d", random.nextInt(100_000_000)));
            f.add(amount(BigDecimal.valueOf(random.nextInt(100), 2)));
        }
        return List.of(new Segment(f.toArray(String[]::new)));
    }

    /** An X12 R (decimal) value: no trailing zeros, no exponent. */
    static String amount(BigDecimal v) {
        return v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString();
    }

    /** A generated claim payment loop and what it adds to the file's counts. */
    record Claim(List<Segment> segments, BigDecimal paid, int lines, int adjustments) {
        /** The reversal of this claim (CLP02 = 22, X221A1 1.10.2.8): the same loop with every amount negated. */
        Claim reversed() {
            List<Segment> out = new ArrayList<>(segments.size());
            for (Segment s : segments) {
                Segment n = s.copy();
                for (int i : ClaimBuilder.moneyPositions(s.tag())) {
                    if (i < n.fields.length && !n.fields[i].isEmpty()) {
                        n.fields[i] = amount(new BigDecimal(n.fields[i]).negate());
                    }
                }
                if (n.tag().equals("CLP")) {
                    n.fields[2] = "22";
                }
                out.add(n);
            }
            return new Claim(out, paid.negate(), lines, adjustments);
        }
    }

    /** Counts bytes as it writes; segments are ASCII and end with the terminator, without newlines. */
    private static final class Out {
        private final OutputStream sink;
        private long bytes;

        Out(OutputStream sink) {
            this.sink = sink;
        }

        void segment(Segment s) throws IOException {
            byte[] b = s.text().getBytes(StandardCharsets.US_ASCII);
            sink.write(b);
            bytes += b.length;
        }

        void transaction(List<Segment> segments) throws IOException {
            for (Segment s : segments) {
                segment(s);
            }
        }

        void flush() throws IOException {
            sink.flush();
        }
    }
}

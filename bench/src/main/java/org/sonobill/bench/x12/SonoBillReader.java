package org.sonobill.bench.x12;

import java.math.BigDecimal;
import java.nio.file.Path;
import org.sonobill.x12.input.X12Input;
import org.sonobill.x12.remit.ClaimPayment;
import org.sonobill.x12.remit.RemitFinding;
import org.sonobill.x12.remit.RemittanceListener;
import org.sonobill.x12.remit.RemittanceReader;
import org.sonobill.x12.remit.ServicePayment;

/**
 * SonoBill's 835 reader ({@link RemittanceReader}), building the full remittance records (payments, claim payments
 * with their service lines, adjustments, remarks and findings) and streaming them to a listener; the counts are
 * taken from those records, not from the segments.
 */
final class SonoBillReader implements PeerReader {
    @Override
    public String id() {
        return "sonobill";
    }

    @Override
    public String label() {
        return "SonoBill (full records)";
    }

    @Override
    public boolean wholeFile() {
        return false;
    }

    @Override
    public Result read(Path file) throws Exception {
        Counter counter = new Counter();
        try (X12Input input = X12Input.open(file)) {
            RemittanceReader.read(input, counter);
        }
        return new Result(new RemitCounts(counter.claims, counter.lines, counter.adjustments, counter.paid),
                counter.findings, counter.firstFinding);
    }

    /** Counts what the records hold; keeps none of them, as a posting run would not. */
    private static final class Counter implements RemittanceListener {
        long claims;
        long lines;
        long adjustments;
        long findings;
        String firstFinding = "";
        BigDecimal paid = BigDecimal.ZERO;

        @Override
        public void claim(ClaimPayment claim) {
            claims++;
            paid = paid.add(claim.paid());
            adjustments += claim.adjustments().size();
            for (ServicePayment line : claim.lines()) {
                lines++;
                adjustments += line.adjustments().size();
            }
        }

        @Override
        public void finding(RemitFinding finding) {
            if (findings++ == 0) {
                firstFinding = finding.toString();
            }
        }
    }
}

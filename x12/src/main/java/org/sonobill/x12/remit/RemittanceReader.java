package org.sonobill.x12.remit;

import java.util.ArrayList;
import java.util.List;
import org.sonobill.x12.input.X12Input;
import org.sonobill.x12.segment.SegmentScanner;
import org.sonobill.x12.segment.SegmentSource;

/**
 * Reads 835 remittances (005010X221A1) in one streaming pass: claims reach the listener as soon as they are
 * complete and only the current payment header is kept, so a file of any size reads in constant memory.
 *
 * <p>The reader checks what a biller relies on (numbers, dates, envelope structure, the 5010 version of every
 * group) and reports balancing problems as {@link RemitFinding findings}; validating the file against the
 * implementation guide is StAEDI's job, with SonoBill's schema for 005010X221A1.
 */
public final class RemittanceReader {
    private RemittanceReader() {
    }

    /**
     * Reads every 835 transaction set of the input, calling the listener as it goes.
     *
     * @throws org.sonobill.x12.input.X12InputException when the file cannot be read as an 835, naming where
     */
    public static ReadSummary read(X12Input input, RemittanceListener listener) {
        return new RemittanceParser(input, listener).parse(SegmentScanner.of(input));
    }

    /**
     * Reads 835 transaction sets from another segment source over the same input, such as StAEDI's validating
     * tokeniser ({@code X12Validator.readRemittance}); the records are the same as from {@link #read(X12Input,
     * RemittanceListener)}.
     */
    public static ReadSummary read(X12Input input, SegmentSource segments, RemittanceListener listener) {
        return new RemittanceParser(input, listener).parse(segments);
    }

    /** Reads a whole file into memory, one {@link Remittance} per transaction set (for small files). */
    public static List<Remittance> readAll(X12Input input) {
        Collector collector = new Collector();
        read(input, collector);
        return collector.remittances;
    }

    /** Builds whole remittances from the streamed records. */
    private static final class Collector implements RemittanceListener {
        final List<Remittance> remittances = new ArrayList<>();
        private List<ClaimPayment> claims = new ArrayList<>();
        private List<RemitFinding> findings = new ArrayList<>();

        @Override
        public void claim(ClaimPayment claim) {
            claims.add(claim);
        }

        @Override
        public void finding(RemitFinding finding) {
            findings.add(finding);
        }

        @Override
        public void paymentEnd(PaymentEnd end) {
            remittances.add(new Remittance(end.payment(), claims, end.providerAdjustments(), findings));
            claims = new ArrayList<>();
            findings = new ArrayList<>();
        }
    }
}

package org.sonobill.x12.remit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sonobill.x12.input.X12Input;
import org.sonobill.x12.input.X12InputException;
import org.sonobill.x12.input.X12Location;
import org.sonobill.x12.input.X12Versions;
import org.sonobill.x12.segment.Segment;
import org.sonobill.x12.segment.SegmentSource;

/**
 * The state of one streaming read: envelope (ISA/GS/ST), the current payment header, the current claim. Segments
 * the reader does not use (TS3, TS2, CUR, RDM, ...) are passed over; validation reports them if misplaced.
 */
final class RemittanceParser {
    private final String source;
    private final RemittanceListener listener;
    private final Balancing balancing;
    private String interchangeControlNumber;
    private String groupControlNumber = "";
    private String version = "";
    private PaymentHeader header;
    private Payment payment;
    private long bprSegment;
    private ClaimAssembler claim;
    private String headerNumber = "";
    private List<ProviderAdjustment> providerAdjustments = new ArrayList<>();
    private int claimCount;
    private BigDecimal claimsPaid = BigDecimal.ZERO;
    private int transactionSets;
    private long claims;
    private long lines;
    private long casSegments;
    private long plbPairs;

    RemittanceParser(X12Input input, RemittanceListener listener) {
        this.source = input.source();
        this.listener = listener;
        this.balancing = new Balancing(listener, source);
        this.interchangeControlNumber = input.interchange().map(h -> h.controlNumber()).orElse("");
        this.version = input.version();
    }

    ReadSummary parse(SegmentSource scanner) {
        Segment segment;
        long segments = 0;
        String last = "";
        while ((segment = scanner.next()) != null) {
            segments++;
            accept(segment);
            last = segment.id();
        }
        if (header != null) {
            throw new X12InputException(X12Location.atSegment(source, segments, last), "the file ends after this "
                    + "segment, inside the 835 transaction set " + header.transactionControlNumber() + " that "
                    + "starts at segment " + header.stSegment() + ": no SE trailer, so the file is truncated");
        }
        return new ReadSummary(transactionSets, claims, lines, casSegments, plbPairs, balancing.findings(),
                segments);
    }

    private void accept(Segment segment) {
        switch (segment.id()) {
            case "ISA" -> interchangeControlNumber = segment.text(13);
            case "GS" -> group(segment);
            case "ST" -> start(segment);
            case "SE" -> end(segment);
            case "GE", "IEA", "TA1" -> {
                // envelope trailers: counts are checked by validation
            }
            default -> body(segment);
        }
    }

    /** Every functional group states its own version (GS08): each must be 5010, not only the first. */
    private void group(Segment gs) {
        groupControlNumber = gs.text(6);
        version = gs.text(8);
        X12Versions.requireSupported(version, gs.location(8));
    }

    private void start(Segment st) {
        if (header != null) {
            throw st.refuse(0, "transaction set " + st.text(2) + " starts before transaction set "
                    + header.transactionControlNumber() + " (segment " + header.stSegment() + ") ended with SE");
        }
        if (!st.is(1, "835")) {
            throw st.refuse(1, "transaction set " + st.text(2) + " is a " + st.text(1) + " (ST01), not an 835 "
                    + "health care claim payment/advice; read it with 'sonobill x12 read', which chooses the "
                    + "reader by transaction type");
        }
        if (st.has(3)) {
            X12Versions.requireSupported(st.text(3), st.location(3));
        }
        header = new PaymentHeader(source, interchangeControlNumber, groupControlNumber, version, st);
        transactionSets++;
    }

    private void body(Segment segment) {
        if (header == null) {
            throw segment.refuse(0, "segment " + segment.id() + " is outside a transaction set (no ST before it)");
        }
        if (payment == null) {
            if ("BPR".equals(segment.id())) {
                bprSegment = segment.number();
            }
            if (header.accept(segment)) {
                return;
            }
            if (!"LX".equals(segment.id()) && !"CLP".equals(segment.id()) && !"PLB".equals(segment.id())) {
                return;
            }
            beginClaims(segment);
        }
        switch (segment.id()) {
            case "LX" -> {
                finishClaim();
                headerNumber = segment.text(1);
            }
            case "CLP" -> {
                finishClaim();
                claim = new ClaimAssembler(payment, headerNumber, segment, balancing);
                claims++;
            }
            case "PLB" -> {
                finishClaim();
                providerAdjustments(segment);
            }
            default -> inClaim(segment);
        }
    }

    private void inClaim(Segment segment) {
        if (claim == null) {
            return;
        }
        if (!claim.accept(segment)) {
            return;
        }
        switch (segment.id()) {
            case "SVC" -> lines++;
            case "CAS" -> casSegments++;
            default -> {
                // other loop 2100/2110 segments are not counted
            }
        }
    }

    private void beginClaims(Segment at) {
        payment = header.build(at);
        listener.payment(payment);
    }

    private void finishClaim() {
        if (claim == null) {
            return;
        }
        ClaimPayment done = claim.build();
        claim = null;
        claimCount++;
        claimsPaid = claimsPaid.add(done.paid());
        balancing.checkClaim(done);
        listener.claim(done);
    }

    /** PLB: provider ID, fiscal period date, then up to six reason:reference / amount pairs (PLB03-PLB14). */
    private void providerAdjustments(Segment plb) {
        String provider = plb.text(1);
        LocalDate fiscalPeriod = plb.dateOrNull(2, "PLB02 (fiscal period date)");
        for (int pair = 3; pair <= 13; pair += 2) {
            if (!plb.has(pair) && !plb.has(pair + 1)) {
                continue;
            }
            List<String> identifier = plb.components(pair);
            if (identifier.isEmpty() || identifier.get(0).isEmpty()) {
                throw plb.refuse(pair, "PLB" + String.format("%02d", pair) + " (adjustment identifier) is missing "
                        + "although PLB" + String.format("%02d", pair + 1) + " carries an amount");
            }
            providerAdjustments.add(new ProviderAdjustment(provider, fiscalPeriod, identifier.get(0),
                    identifier.size() > 1 ? identifier.get(1) : "",
                    plb.decimal(pair + 1, "PLB" + String.format("%02d", pair + 1) + " (provider adjustment amount)"),
                    plb.number()));
            plbPairs++;
        }
    }

    /** SE closes the transaction set: its count (SE01) and control number (SE02) are checked, then the totals. */
    private void end(Segment se) {
        if (header == null) {
            throw se.refuse(0, "SE without a transaction set header (ST) before it");
        }
        if (payment == null) {
            beginClaims(se);
        }
        finishClaim();
        checkTrailer(se);
        PaymentEnd end = new PaymentEnd(payment, claimCount, claimsPaid, providerAdjustments);
        balancing.checkPayment(end, bprSegment);
        listener.paymentEnd(end);
        header = null;
        payment = null;
        headerNumber = "";
        providerAdjustments = new ArrayList<>();
        claimCount = 0;
        claimsPaid = BigDecimal.ZERO;
    }

    private void checkTrailer(Segment se) {
        String count = se.text(1);
        String expected = String.valueOf(se.positionInTransaction());
        boolean countMatches = count.replaceFirst("^0+(?=.)", "").equals(expected);
        boolean controlMatches = se.is(2, header.transactionControlNumber());
        if (!countMatches || !controlMatches) {
            balancing.report(new RemitFinding(RemitFindingCode.TRANSACTION_TRAILER_MISMATCH, "the SE trailer of "
                    + "transaction set " + header.transactionControlNumber() + " says " + count + " segments and "
                    + "control number " + se.text(2) + "; the transaction set has " + expected + " segments and "
                    + "control number " + header.transactionControlNumber() + " (ST02). The file may have been "
                    + "edited or cut: check it is complete", se.location(countMatches ? 2 : 1), ""));
        }
    }
}

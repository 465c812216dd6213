package org.sonobill.x12.ack;

import java.util.ArrayList;
import java.util.List;
import org.sonobill.x12.input.X12Input;
import org.sonobill.x12.input.X12InputException;
import org.sonobill.x12.input.X12Location;
import org.sonobill.x12.input.X12Versions;
import org.sonobill.x12.segment.Segment;
import org.sonobill.x12.segment.SegmentScanner;

/**
 * Reads the acknowledgments of a file: TA1 segments, 999 and 277 (277CA) transaction sets. Acknowledgment files
 * are small (one line per claim or transaction set sent), so they are read whole.
 */
public final class AcknowledgmentReader {
    private final String source;
    private final List<InterchangeAcknowledgment> interchanges = new ArrayList<>();
    private final List<ImplementationAcknowledgment> implementation = new ArrayList<>();
    private final List<ClaimStatusReport> claimStatus = new ArrayList<>();
    private String interchangeControlNumber;
    private ImplementationAckParser ack999;
    private ClaimStatusParser ack277;
    private long stSegment;
    private String stControl = "";

    private AcknowledgmentReader(X12Input input) {
        this.source = input.source();
        this.interchangeControlNumber = input.interchange().map(h -> h.controlNumber()).orElse("");
    }

    /**
     * Reads every acknowledgment of the input.
     *
     * @throws X12InputException when the file holds another transaction type, a version other than 5010, or a
     *     malformed envelope, naming where
     */
    public static Acknowledgments read(X12Input input) {
        AcknowledgmentReader reader = new AcknowledgmentReader(input);
        SegmentScanner scanner = SegmentScanner.of(input);
        Segment segment;
        String last = "";
        long count = 0;
        while ((segment = scanner.next()) != null) {
            reader.accept(segment);
            last = segment.id();
            count++;
        }
        if (reader.ack999 != null || reader.ack277 != null) {
            throw new X12InputException(X12Location.atSegment(reader.source, count, last), "the file ends after "
                    + "this segment, inside the transaction set " + reader.stControl + " that starts at segment "
                    + reader.stSegment + ": no SE trailer, so the file is truncated");
        }
        return new Acknowledgments(reader.interchanges, reader.implementation, reader.claimStatus);
    }

    private void accept(Segment segment) {
        switch (segment.id()) {
            case "ISA" -> interchangeControlNumber = segment.text(13);
            case "TA1" -> interchanges.add(new InterchangeAcknowledgment(segment.text(1), segment.text(2),
                    segment.text(3), CodedText.of("TA104", segment.text(4)), CodedText.of("TA105", segment.text(5))));
            case "GS" -> X12Versions.requireSupported(segment.text(8), segment.location(8));
            case "ST" -> start(segment);
            case "SE" -> end(segment);
            case "GE", "IEA" -> {
                // envelope trailers: counts are checked by validation
            }
            default -> body(segment);
        }
    }

    private void start(Segment st) {
        if (ack999 != null || ack277 != null) {
            throw st.refuse(0, "transaction set " + st.text(2) + " starts before transaction set " + stControl
                    + " (segment " + stSegment + ") ended with SE");
        }
        if (st.has(3)) {
            X12Versions.requireSupported(st.text(3), st.location(3));
        }
        stSegment = st.number();
        stControl = st.text(2);
        if (st.is(1, "999")) {
            ack999 = new ImplementationAckParser(source, interchangeControlNumber, st);
        } else if (st.is(1, "277")) {
            ack277 = new ClaimStatusParser(source, st);
        } else {
            throw st.refuse(1, "transaction set " + st.text(2) + " is a " + st.text(1) + " (ST01), not an "
                    + "acknowledgment: this reader reads 999 and 277CA (and TA1)");
        }
    }

    private void body(Segment segment) {
        if (ack999 != null) {
            ack999.accept(segment);
        } else if (ack277 != null) {
            ack277.accept(segment);
        } else {
            throw segment.refuse(0, "segment " + segment.id() + " is outside a transaction set (no ST before it)");
        }
    }

    private void end(Segment se) {
        if (ack999 != null) {
            implementation.add(ack999.build());
            ack999 = null;
        } else if (ack277 != null) {
            claimStatus.add(ack277.build());
            ack277 = null;
        } else {
            throw se.refuse(0, "SE without a transaction set header (ST) before it");
        }
    }
}

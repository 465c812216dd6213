package org.sonobill.x12.claim;

import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Writes segments through StAEDI and remembers where it is (implementation loop, segment position in the
 * transaction set) so that a validation error can name them.
 */
final class SegmentOut {
    static final DateTimeFormatter D8 = DateTimeFormatter.BASIC_ISO_DATE;
    private final EDIStreamWriter writer;
    private final ClaimShape shape;
    private String loop = "";
    private int position;
    private int owner = -1;
    private int nextOwner = -1;

    SegmentOut(EDIStreamWriter writer) {
        this.writer = writer;
        this.shape = null;
    }

    /** Segments recorded into a claim's shape instead of written. */
    SegmentOut(ClaimShape shape) {
        this.writer = null;
        this.shape = shape;
    }

    EDIStreamWriter writer() {
        return writer;
    }

    /** Enters an implementation loop (for messages only; StAEDI finds loops itself). */
    void loop(String code) {
        loop = code;
    }

    String loop() {
        return loop;
    }

    /** The position of the segment being written within its transaction set (ST = 1). */
    int position() {
        return position;
    }

    /**
     * Claim {@code index} starts with the next segment. Problems reported while that segment is written still belong
     * to the claim before it (StAEDI reports a missing segment when it sees the segment that follows the gap).
     */
    void startClaim(int index) {
        nextOwner = index;
    }

    /** The claims of this transaction set are written; problems at SE belong to the last claim. */
    void endClaims() {
        nextOwner = -1;
    }

    /** Envelope segments follow: problems belong to no claim. */
    void noClaim() {
        owner = -1;
        nextOwner = -1;
    }

    /** The index of the claim a problem reported now belongs to, or -1 for the envelope. */
    int owner() {
        return owner;
    }

    void startTransaction() {
        position = 0;
        loop = "";
    }

    /**
     * One segment. Each element is a String (null or empty: an empty element) or a String[] (a composite; null
     * components are empty). Trailing empty elements are dropped by the writer.
     */
    void seg(String tag, Object... elements) {
        position++;
        if (shape != null) {
            shape.segment(tag, elements);
            return;
        }
        try {
            writer.writeStartSegment(tag);
            for (Object e : elements) {
                if (e == null) {
                    writer.writeEmptyElement();
                } else if (e instanceof String[] parts) {
                    composite(parts);
                } else {
                    String s = e.toString();
                    if (s.isEmpty()) {
                        writer.writeEmptyElement();
                    } else {
                        writer.writeElement(s);
                    }
                }
            }
            writer.writeEndSegment();
            if (nextOwner >= 0) {
                owner = nextOwner;
                nextOwner = -1;
            }
        } catch (EDIStreamException e) {
            throw new IllegalStateException("cannot write segment " + tag + ": " + e.getMessage(), e);
        }
    }

    private void composite(String[] parts) throws EDIStreamException {
        int last = parts.length - 1;
        while (last > 0 && (parts[last] == null || parts[last].isEmpty())) {
            last--;
        }
        writer.writeStartElement();
        for (int i = 0; i <= last; i++) {
            if (parts[i] == null || parts[i].isEmpty()) {
                writer.writeEmptyComponent();
            } else {
                writer.writeComponent(parts[i]);
            }
        }
        writer.endElement();
    }

    static String amount(BigDecimal a) {
        if (a == null) {
            return null;
        }
        BigDecimal s = a.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    static String date(LocalDate d) {
        return d == null ? null : D8.format(d);
    }
}

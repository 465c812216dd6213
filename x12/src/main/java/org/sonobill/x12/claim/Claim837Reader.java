package org.sonobill.x12.claim;

import io.xlate.edi.schema.EDIReference;
import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.sonobill.x12.input.InputOptions;
import org.sonobill.x12.input.X12Input;
import org.sonobill.x12.input.X12InputException;
import org.sonobill.x12.input.X12Location;
import org.sonobill.x12.input.X12Versions;

/**
 * Reads 837P and 837I files into SonoBill claims with their parties, validating every transaction set against our
 * implementation schema (005010X222A1 for 837P, 005010X223A2 for 837I). A transaction set with any problem is refused
 * as a whole, as a 999 would; the file itself is refused ({@link X12InputException}) when it cannot be parsed at all
 * (no ISA, broken delimiters, a version other than 5010).
 */
public final class Claim837Reader {
    private static final Set<String> PROFESSIONAL = Set.of("005010X222A1", "005010X222A2", "005010X222");
    private static final Set<String> INSTITUTIONAL = Set.of("005010X223A2", "005010X223A3", "005010X223A1",
            "005010X223");
    private final Function<String, String> payerPack;

    /** A reader that picks the payer rule pack from the claim filing indicator (SBR09) with {@link #defaultPack}. */
    public Claim837Reader() {
        this(Claim837Reader::defaultPack);
    }

    /** A reader with its own choice of payer rule pack by claim filing indicator (SBR09, may be null). */
    public Claim837Reader(Function<String, String> payerPack) {
        this.payerPack = payerPack;
    }

    /** Medicare (SBR09 MA, MB) to the medicare pack, HMO (HM) to commercial-hmo, everything else to commercial. */
    public static String defaultPack(String filingIndicator) {
        if ("MA".equals(filingIndicator) || "MB".equals(filingIndicator)) {
            return "medicare";
        }
        return "HM".equals(filingIndicator) ? "commercial-hmo" : "commercial";
    }

    /**
     * Whether a file holds X12 (by content, not name): its first characters, after any byte-order mark and with
     * UTF-16 zero bytes and leading white space skipped, are ISA, GS* or ST*.
     */
    public static boolean looksLikeX12(Path file) {
        byte[] head = new byte[256];
        int n;
        try (InputStream in = java.nio.file.Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            return false;
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < n && text.length() < 3; i++) {
            int b = head[i] & 0xff;
            if (b == 0 || b == 0xEF || b == 0xBB || b == 0xBF || b == 0xFE || b == 0xFF
                    || text.length() == 0 && Character.isWhitespace(b)) {
                continue;
            }
            text.append((char) b);
        }
        String start = text.toString();
        return start.equals("ISA") || start.equals("GS*") || start.equals("ST*");
    }

    /** Reads a file. */
    public ReadResult read(Path file) {
        try (X12Input in = X12Input.open(file)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a stream named {@code source} in messages. */
    public ReadResult read(InputStream stream, String source) {
        try (X12Input in = X12Input.of(stream, source, InputOptions.strict())) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ReadResult read(X12Input in) {
        String source = in.source();
        if (!in.transactionType().isEmpty() && !"837".equals(in.transactionType())) {
            throw new X12InputException(X12Location.atSegment(source, 0, "ST"), "the first transaction set is a "
                    + in.transactionType() + ", not an 837 health care claim");
        }
        Schemas.control();
        EDIInputFactory factory = EDIInputFactory.newFactory();
        factory.setProperty(EDIInputFactory.EDI_NEST_HIERARCHICAL_LOOPS, false);
        List<ReadTransaction> sets = new ArrayList<>();
        List<X12Problem> envelope = new ArrayList<>();
        try (EDIStreamReader r = factory.createEDIStreamReader(in.utf8Stream())) {
            new Pass(source, r, sets, envelope).run();
        } catch (EDIStreamException e) {
            throw new X12InputException(X12Location.of(source), "cannot be parsed as X12: " + plain(e.getMessage()), e);
        } catch (IOException e) {
            throw new X12InputException(X12Location.of(source), "cannot be read: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            if (e instanceof X12InputException) {
                throw e;
            }
            throw new X12InputException(X12Location.of(source), "cannot be parsed as X12: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        }
        return new ReadResult(source, sets, envelope, in.notices());
    }

    /** StAEDI's message without its internal error code, e.g. "EDIE005 - ". */
    private static String plain(String message) {
        if (message == null) {
            return "unexpected content";
        }
        String m = message.replaceFirst("^EDIE\\d+ - ", "");
        if (m.startsWith("Unexpected end of stream")) {
            return "the file ends inside a segment (" + m + "); its last segment terminator is missing";
        }
        return m;
    }

    /** One pass over the events of a file. */
    private final class Pass {
        private final String source;
        private final EDIStreamReader r;
        private final List<ReadTransaction> sets;
        private final List<X12Problem> envelope;
        private final Deque<String> loops = new ArrayDeque<>();
        private String version = "";
        private String control = "";
        private ClaimKind kind;
        private ClaimAssembler assembler;
        private List<X12Problem> problems;
        private Seg seg;
        private int stPosition;
        private int element;
        private boolean inComposite;
        private boolean inTransaction;

        Pass(String source, EDIStreamReader r, List<ReadTransaction> sets, List<X12Problem> envelope) {
            this.source = source;
            this.r = r;
            this.sets = sets;
            this.envelope = envelope;
        }

        void run() throws EDIStreamException {
            while (r.hasNext()) {
                EDIStreamEvent e = r.next();
                switch (e) {
                    case START_GROUP -> version = "";
                    case START_TRANSACTION -> startTransaction();
                    case START_LOOP -> loops.push(loopName(r.getReferenceCode()));
                    case END_LOOP -> {
                        if (!loops.isEmpty()) {
                            loops.pop();
                        }
                    }
                    case START_SEGMENT -> startSegment();
                    case START_COMPOSITE -> {
                        inComposite = true;
                        element = r.getLocation().getElementPosition();
                    }
                    case END_COMPOSITE -> inComposite = false;
                    case ELEMENT_DATA -> data();
                    case END_SEGMENT -> endSegment();
                    case SEGMENT_ERROR, ELEMENT_DATA_ERROR, ELEMENT_OCCURRENCE_ERROR -> error();
                    case END_TRANSACTION -> endTransaction();
                    default -> {
                        // interchange and group boundaries need nothing more
                    }
                }
            }
        }

        /** Our implementation loop codes (2010AA); a standard code (L2010) means no implementation loop matched. */
        private String loopName(String code) {
            if (code != null && code.length() == 5 && code.charAt(0) == 'L' && Character.isDigit(code.charAt(1))) {
                return code.substring(1) + " (not one of the guide's " + code.substring(1) + " loops)";
            }
            return code == null ? "" : code;
        }

        private void startTransaction() {
            inTransaction = true;
            loops.clear();
            problems = new ArrayList<>();
            kind = PROFESSIONAL.contains(version) ? ClaimKind.PROFESSIONAL
                    : INSTITUTIONAL.contains(version) ? ClaimKind.INSTITUTIONAL : null;
            if (kind != null) {
                r.setTransactionSchema(Schemas.of(kind));
            } else if (!X12Versions.isSupported(version)) {
                problems.add(new X12Problem(source, 0, "", "GS", 0, 8, 0, "version " + (version.isEmpty() ? "(none)"
                        : version) + " is not supported: SonoBill reads 5010 837s (005010X222A1 for 837P, "
                        + "005010X223A2 for 837I); ask the sender for the 5010 version of this file"));
            } else {
                problems.add(new X12Problem(source, 0, "", "GS", 0, 8, 0, "\"" + version + "\" is not an 837 "
                        + "implementation SonoBill reads; expected 005010X222A1 (837P) or 005010X223A2 (837I)"));
            }
            assembler = new ClaimAssembler(kind == null ? ClaimKind.PROFESSIONAL : kind, payerPack);
        }

        private void startSegment() {
            String tag = r.getText();
            int pos = r.getLocation().getSegmentPosition();
            if ("ST".equals(tag)) {
                stPosition = pos;
            }
            seg = new Seg(tag, inTransaction ? pos - stPosition + 1 : 0);
        }

        private void data() {
            Location loc = r.getLocation();
            int e = inComposite ? element : loc.getElementPosition();
            int c = inComposite ? loc.getComponentPosition() : 0;
            if (seg != null && e > 0) {
                seg.add(e, c, r.getText());
            }
        }

        private void endSegment() {
            if (seg == null) {
                return;
            }
            switch (seg.tag) {
                case "GS" -> version = seg.get(8) == null ? "" : seg.get(8);
                case "ST" -> control = seg.get(2) == null ? "" : seg.get(2);
                case "SE", "ISA", "IEA", "GE" -> {
                    // envelope segments: StAEDI's control schema checks their counts and control numbers
                }
                default -> {
                    if (inTransaction) {
                        assembler.segment(seg);
                    }
                }
            }
            seg = null;
        }

        private void error() {
            Location loc = r.getLocation();
            EDIReference ref = r.getSchemaTypeReference();
            String tag = loc.getSegmentTag() == null ? "" : loc.getSegmentTag();
            int position = inTransaction ? loc.getSegmentPosition() - stPosition + 1 : 0;
            int e = Math.max(0, loc.getElementPosition());
            int c = Math.max(0, loc.getComponentPosition());
            String loop = loops.isEmpty() ? "" : loops.peek();
            java.util.Set<String> allowed = kind == null ? java.util.Set.of() : CodeLists.of(kind).at(loop, tag, e, c);
            X12Problem p = new X12Problem(source, 0, loop, tag, position, e, c,
                    Problems.message(r.getErrorType(), ref, r.getText(), allowed));
            if (problems != null && inTransaction) {
                problems.add(p);
            } else {
                envelope.add(new X12Problem(source, 0, "", tag, 0, e, c, p.message() + " (segment "
                        + loc.getSegmentPosition() + " of the file)"));
            }
        }

        private void endTransaction() {
            List<ClaimSubmission> claims = assembler.claims();
            if (problems.isEmpty()) {
                for (String m : assembler.conversionProblems()) {
                    problems.add(new X12Problem(source, 0, "2400", "SV1", 0, 0, 0, m));
                }
            }
            sets.add(new ReadTransaction(control, version, kind, claims, assembler.claimSegments(), assembler.lines(),
                    problems));
            inTransaction = false;
            problems = null;
        }
    }
}

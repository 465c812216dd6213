package org.sonobill.x12.claim;

import io.xlate.edi.schema.EDIReference;
import io.xlate.edi.stream.EDIOutputFactory;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamValidationError;
import io.xlate.edi.stream.EDIStreamWriter;
import io.xlate.edi.stream.Location;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sonobill.x12.control.ControlNumbers;

/**
 * Writes 837P or 837I batches. Each claim is first written alone, with StAEDI validating against our implementation
 * schema, into a scratch buffer; a claim with any problem is refused (with loop, segment and element named) and the
 * others are written. One interchange per batch with a control number from {@link ControlNumbers}; one transaction
 * set per {@value #CLAIMS_PER_TRANSACTION} claims (the guides' recommended maximum of CLM segments per ST).
 */
public final class Claim837Writer {
    /** 005010X222A1 section 1.4.3.1.1: no more than 5000 CLM segments per transaction set. */
    static final int CLAIMS_PER_TRANSACTION = 5000;
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");
    private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HHmm");
    private final ControlNumbers numbers;
    private final Clock clock;

    public Claim837Writer(ControlNumbers numbers, Clock clock) {
        this.numbers = Objects.requireNonNull(numbers);
        this.clock = Objects.requireNonNull(clock);
    }

    /** Progress callback: called once per claim handled (written or refused). */
    public interface Progress {
        void claimDone();
    }

    /** Writes the batch; refused claims are listed in the result and left out. Nothing is written when all fail. */
    public WriteResult write(Interchange ix, ClaimKind kind, List<ClaimSubmission> claims, OutputStream out) {
        return write(ix, kind, claims, out, () -> { });
    }

    public WriteResult write(Interchange ix, ClaimKind kind, List<ClaimSubmission> claims, OutputStream out,
                             Progress progress) {
        List<Refusal> refusals = new ArrayList<>();
        List<ClaimSubmission> good = new ArrayList<>(claims.size());
        Validation scratch = new Validation(kind);
        for (int i = 0; i < claims.size(); i++) {
            ClaimSubmission s = claims.get(i);
            List<X12Problem> problems = scratch.check(ix, s);
            if (problems.isEmpty()) {
                good.add(s);
            } else {
                refusals.add(new Refusal(i, s.claim().id(), problems));
            }
            progress.claimDone();
        }
        if (good.isEmpty()) {
            return new WriteResult(0, 0, 0, refusals);
        }
        long control = numbers.next();
        List<X12Problem> problems = new ArrayList<>();
        int sets = emit(ix, kind, good, out, control, problems);
        if (!problems.isEmpty()) {
            // each claim passed alone, so an error here is ours (envelope or grouping), never the user's
            throw new IllegalStateException("837 batch failed validation after every claim passed: "
                    + problems.get(0).describe());
        }
        return new WriteResult(good.size(), sets, control, refusals);
    }

    /** The problems that would refuse this claim (checks the schema cannot express, then the schema). */
    public List<X12Problem> validate(Interchange ix, ClaimKind kind, ClaimSubmission s) {
        return new Validation(kind).check(ix, s);
    }

    private final class Validation {
        private final ClaimKind kind;
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(8192);

        Validation(ClaimKind kind) {
            this.kind = kind;
        }

        List<X12Problem> check(Interchange ix, ClaimSubmission s) {
            List<X12Problem> problems = new ArrayList<>(SubmissionChecks.check(kind, s));
            if (!problems.isEmpty()) {
                return problems;
            }
            buffer.reset();
            try {
                emit(ix, kind, List.of(s), buffer, 1, problems);
            } catch (RuntimeException e) {
                problems.add(new X12Problem("claim " + s.claim().id(), 0, "", "", 0, 0, 0,
                        "cannot be written: " + e.getMessage()));
            }
            List<X12Problem> named = new ArrayList<>(problems.size());
            for (X12Problem p : problems) {
                named.add(new X12Problem("claim " + s.claim().id(), 0, p.loop(), p.segment(), p.segmentPosition(),
                        p.element(), p.component(), p.message()));
            }
            return named;
        }
    }

    private int emit(Interchange ix, ClaimKind kind, List<ClaimSubmission> claims, OutputStream out, long control,
                     List<X12Problem> problems) {
        SegmentOut[] current = new SegmentOut[1];
        EDIOutputFactory factory = EDIOutputFactory.newFactory();
        factory.setProperty(EDIOutputFactory.TRUNCATE_EMPTY_ELEMENTS, true);
        factory.setErrorReporter((EDIStreamValidationError error, EDIStreamWriter w, Location loc, CharSequence data,
                                  EDIReference ref) -> problems.add(problem(current[0], error, loc, data, ref)));
        LocalDateTime now = LocalDateTime.now(clock);
        int sets = 0;
        try (EDIStreamWriter writer = factory.createEDIStreamWriter(out)) {
            SegmentOut seg = new SegmentOut(writer);
            current[0] = seg;
            writer.setControlSchema(Schemas.control());
            writer.startInterchange();
            String ctl = String.format("%09d", control);
            seg.seg("ISA", "00", "          ", "00", "          ", "ZZ", pad(ix.senderId()), "ZZ", pad(ix.receiverId()),
                    YYMMDD.format(now), HHMM.format(now), "^", "00501", ctl, "0", ix.production() ? "P" : "T", ":");
            seg.seg("GS", "HC", ix.senderId(), ix.receiverId(), CCYYMMDD.format(now), HHMM.format(now),
                    Long.toString(control), "X", kind.version());
            ClaimSegments claimSegments = new ClaimSegments(seg, kind);
            for (int from = 0; from < claims.size(); from += CLAIMS_PER_TRANSACTION) {
                sets++;
                String st = String.format("%04d", sets);
                seg.startTransaction();
                seg.seg("ST", "837", st, kind.version());
                writer.setTransactionSchema(Schemas.of(kind));
                // BHT03: the originator's batch reference; the interchange control number with the set number
                seg.seg("BHT", "0019", "00", control + "-" + sets, CCYYMMDD.format(now), HHMM.format(now), "CH");
                header(seg, ix);
                int hl = 1;
                BillingProvider billing = null;
                int billingHl = 0;
                for (ClaimSubmission s : claims.subList(from, Math.min(claims.size(), from + CLAIMS_PER_TRANSACTION))) {
                    if (!s.billing().equals(billing)) {
                        billing = s.billing();
                        billingHl = hl;
                        claimSegments.billing(billing, hl++);
                    }
                    hl = claimSegments.claim(s, billingHl, hl);
                }
                seg.loop("");
                seg.seg("SE", Integer.toString(seg.position() + 1), st);
            }
            seg.seg("GE", Integer.toString(sets), Long.toString(control));
            seg.seg("IEA", "1", ctl);
            writer.endInterchange();
        } catch (EDIStreamException e) {
            throw new IllegalStateException("cannot write the 837: " + e.getMessage(), e);
        }
        return sets;
    }

    private static void header(SegmentOut seg, Interchange ix) {
        seg.loop("1000A");
        Interchange.Submitter sub = ix.submitter();
        seg.seg("NM1", "41", "2", sub.name(), null, null, null, null, "46", sub.id());
        seg.seg("PER", "IC", sub.contact(), "TE", sub.phone());
        seg.loop("1000B");
        seg.seg("NM1", "40", "2", ix.receiver().name(), null, null, null, null, "46", ix.receiver().id());
    }

    private static X12Problem problem(SegmentOut seg, EDIStreamValidationError error, Location loc, CharSequence data,
                                      EDIReference ref) {
        String tag = loc == null || loc.getSegmentTag() == null ? "" : loc.getSegmentTag();
        int element = loc == null ? 0 : Math.max(0, loc.getElementPosition());
        int component = loc == null ? 0 : Math.max(0, loc.getComponentPosition());
        return new X12Problem("", 0, seg == null ? "" : seg.loop(), tag, seg == null ? 0 : seg.position(), element,
                component, Problems.message(error, ref, data));
    }

    private static String pad(String id) {
        return String.format("%-15s", id);
    }
}

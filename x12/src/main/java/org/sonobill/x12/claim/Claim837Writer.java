package org.sonobill.x12.claim;

import io.xlate.edi.schema.EDIReference;
import io.xlate.edi.stream.EDIOutputFactory;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamValidationError;
import io.xlate.edi.stream.EDIStreamWriter;
import io.xlate.edi.stream.Location;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.sonobill.x12.control.ControlNumbers;

/**
 * Writes 837P or 837I batches. Each claim is validated before anything is written: the first claim of each
 * {@link ClaimShape shape} is written alone, with StAEDI validating against our implementation schema, into nothing;
 * the other claims of a shape StAEDI accepted have their remaining values checked by type ({@link ElementRules}). A
 * claim with any problem is refused (with loop, segment and element named) and the others are written. One
 * interchange per batch with a control number from {@link ControlNumbers}; one transaction set per
 * {@value #CLAIMS_PER_TRANSACTION} claims (the guides' recommended maximum of CLM segments per ST).
 */
public final class Claim837Writer {
    /** 005010X222A1 section 1.4.3.1.1: no more than 5000 CLM segments per transaction set. */
    public static final int CLAIMS_PER_TRANSACTION = 5000;
    /** Below this many claims per core, validating on one core is as fast. */
    private static final int MIN_CHUNK = 500;
    private final int minChunk;
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");
    private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HHmm");
    private final ControlNumbers numbers;
    private final Clock clock;

    public Claim837Writer(ControlNumbers numbers, Clock clock) {
        this(numbers, clock, MIN_CHUNK);
    }

    /** A writer that validates in chunks of at least {@code minChunk} claims (tests use small chunks). */
    Claim837Writer(ControlNumbers numbers, Clock clock, int minChunk) {
        this.numbers = Objects.requireNonNull(numbers);
        this.clock = Objects.requireNonNull(clock);
        this.minChunk = minChunk;
    }

    /** Progress callback: called once per claim handled (refused after validation, or written), on one thread. */
    public interface Progress {
        void claimDone();
    }

    /** Writes the batch; refused claims are listed in the result and left out. Nothing is written when all fail. */
    public WriteResult write(Interchange ix, ClaimKind kind, List<ClaimSubmission> claims, OutputStream out) {
        return write(ix, kind, claims, out, () -> { });
    }

    public WriteResult write(Interchange ix, ClaimKind kind, List<ClaimSubmission> claims, OutputStream out,
                             Progress progress) {
        checkEnvelope(ix);
        // Shapes StAEDI accepted in this batch; the first claim of each shape (at least one claim: the envelope too)
        // is validated by StAEDI, the others by their values alone (see ClaimShape).
        Set<String> accepted = ConcurrentHashMap.newKeySet();
        Map<Integer, List<X12Problem>> found = new TreeMap<>();
        for (Map<Integer, List<X12Problem>> part : validate(ix, kind, claims, accepted)) {
            found.putAll(part);
        }
        List<Integer> candidates = new ArrayList<>(claims.size());
        for (int i = 0; i < claims.size(); i++) {
            if (!found.containsKey(i)) {
                candidates.add(i);
            }
        }
        List<Refusal> refusals = new ArrayList<>();
        found.forEach((i, p) -> refusals.add(new Refusal(i, claims.get(i).claim().id(), p)));
        List<ClaimSubmission> good = candidates.stream().map(claims::get).toList();
        for (int i = 0; i < refusals.size(); i++) {
            progress.claimDone();
        }
        if (good.isEmpty()) {
            return new WriteResult(0, 0, 0, refusals);
        }
        long control = numbers.next();
        // every claim was validated alone (or its shape and values vouched for); a claim's validity does not depend on
        // its neighbours, as each starts a new hierarchical level (HL) and the billing provider level (2000A) is
        // written only once for a run of claims of the same billing provider
        int sets = emit(ix, kind, good, out, control, new TreeMap<>(), false, progress);
        return new WriteResult(good.size(), sets, control, refusals);
    }

    /**
     * The interchange fields every claim shares; refused before any claim is looked at.
     *
     * @throws IllegalArgumentException naming the field and what X12 expects
     */
    static void checkEnvelope(Interchange ix) {
        List<String> problems = new ArrayList<>();
        id(problems, "senderId (ISA06, GS02)", ix.senderId());
        id(problems, "receiverId (ISA08, GS03)", ix.receiverId());
        if (ix.submitter() == null || ix.submitter().name() == null || ix.submitter().id() == null) {
            problems.add("submitter (loop 1000A): name and id are required");
        } else if (ix.submitter().phone() == null || !ix.submitter().phone().matches("\\d{10,}")) {
            problems.add("submitter phone (1000A PER04): expected at least ten digits, found \""
                    + ix.submitter().phone() + "\"");
        }
        if (ix.receiver() == null || ix.receiver().name() == null || ix.receiver().id() == null) {
            problems.add("receiver (loop 1000B): name and id are required");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("interchange: " + String.join("; ", problems));
        }
    }

    private static void id(List<String> problems, String field, String value) {
        if (value == null || value.length() < 2 || value.length() > 15 || !value.equals(value.strip())) {
            problems.add(field + ": expected 2 to 15 characters without leading or trailing spaces, found "
                    + (value == null ? "nothing" : "\"" + value + "\""));
        }
    }

    /**
     * The problems of every claim with any, by batch index: the claims split into chunks validated on several cores
     * (StAEDI writers are independent; the schemas are immutable and shared).
     */
    private List<Map<Integer, List<X12Problem>>> validate(Interchange ix, ClaimKind kind, List<ClaimSubmission> claims,
                                                          Set<String> accepted) {
        int cores = Runtime.getRuntime().availableProcessors();
        int chunks = Math.max(1, Math.min(cores, claims.size() / minChunk));
        int size = Math.max(1, (claims.size() + chunks - 1) / chunks);
        List<int[]> parts = new ArrayList<>();
        for (int from = 0; from < claims.size(); from += size) {
            parts.add(new int[] {from, Math.min(claims.size(), from + size)});
        }
        return parts.parallelStream().map(part -> {
            Map<Integer, List<X12Problem>> problems = new TreeMap<>();
            for (int i = part[0]; i < part[1]; i++) {
                List<X12Problem> p = check(ix, kind, claims.get(i), accepted);
                if (!p.isEmpty()) {
                    problems.put(i, p);
                }
            }
            return problems;
        }).toList();
    }

    /**
     * The problems that refuse this claim: the checks the schema cannot express, then the implementation schema. A
     * claim whose shape StAEDI has accepted in this batch and whose other values pass their type checks is valid;
     * any other is written alone through StAEDI's validating writer (the shape is remembered when it passes), so a
     * refusal always names the loop, segment and element StAEDI found wrong.
     */
    private List<X12Problem> check(Interchange ix, ClaimKind kind, ClaimSubmission s, Set<String> accepted) {
        List<X12Problem> checks = SubmissionChecks.check(kind, s);
        if (!checks.isEmpty()) {
            return checks;
        }
        ClaimShape shape = ClaimShape.of(kind, s);
        if (shape.valuesAccepted() && accepted.contains(shape.key())) {
            return List.of();
        }
        Map<Integer, List<X12Problem>> problems = new TreeMap<>();
        emit(ix, kind, List.of(s), OutputStream.nullOutputStream(), 1, problems, true, null);
        List<X12Problem> unattributed = problems.remove(-1);
        if (unattributed != null) {
            throw new IllegalStateException("837 envelope failed validation: " + unattributed.get(0).describe());
        }
        if (problems.isEmpty()) {
            accepted.add(shape.key());
            return List.of();
        }
        List<X12Problem> out = new ArrayList<>();
        problems.values().forEach(out::addAll);
        return named(s, out);
    }

    /** The problems that would refuse this claim (checks the schema cannot express, then the schema). */
    public List<X12Problem> validate(Interchange ix, ClaimKind kind, ClaimSubmission s) {
        List<X12Problem> checks = SubmissionChecks.check(kind, s);
        if (!checks.isEmpty()) {
            return checks;
        }
        Map<Integer, List<X12Problem>> problems = new TreeMap<>();
        emit(ix, kind, List.of(s), OutputStream.nullOutputStream(), 1, problems, true, null);
        List<X12Problem> out = new ArrayList<>();
        problems.values().forEach(out::addAll);
        return named(s, out);
    }

    private static List<X12Problem> named(ClaimSubmission s, List<X12Problem> problems) {
        List<X12Problem> named = new ArrayList<>(problems.size());
        for (X12Problem p : problems) {
            named.add(new X12Problem("claim " + s.claim().id(), 0, p.loop(), p.segment(), p.segmentPosition(),
                    p.element(), p.component(), p.message()));
        }
        return named;
    }

    private int emit(Interchange ix, ClaimKind kind, List<ClaimSubmission> claims, OutputStream out, long control,
                     Map<Integer, List<X12Problem>> problems, boolean validate, Progress progress) {
        SegmentOut[] current = new SegmentOut[1];
        EDIOutputFactory factory = EDIOutputFactory.newFactory();
        factory.setProperty(EDIOutputFactory.TRUNCATE_EMPTY_ELEMENTS, true);
        factory.setErrorReporter((EDIStreamValidationError error, EDIStreamWriter w, Location loc, CharSequence data,
                                  EDIReference ref) -> problems.computeIfAbsent(current[0].owner(),
                                          k -> new ArrayList<>()).add(problem(kind, current[0], error, loc, data, ref)));
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
                if (validate) {
                    writer.setTransactionSchema(Schemas.forWriting(kind));
                }
                // BHT03: the originator's batch reference; the interchange control number with the set number
                seg.seg("BHT", "0019", "00", control + "-" + sets, CCYYMMDD.format(now), HHMM.format(now), "CH");
                header(seg, ix);
                int hl = 1;
                BillingProvider billing = null;
                int billingHl = 0;
                for (int i = from; i < Math.min(claims.size(), from + CLAIMS_PER_TRANSACTION); i++) {
                    ClaimSubmission s = claims.get(i);
                    seg.startClaim(i);
                    if (!s.billing().equals(billing)) {
                        billing = s.billing();
                        billingHl = hl;
                        claimSegments.billing(billing, hl++);
                    }
                    hl = claimSegments.claim(s, billingHl, hl);
                    if (progress != null) {
                        progress.claimDone();
                    }
                }
                seg.loop("");
                seg.endClaims();
                seg.seg("SE", Integer.toString(seg.position() + 1), st);
            }
            seg.noClaim();
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

    private static X12Problem problem(ClaimKind kind, SegmentOut seg, EDIStreamValidationError error, Location loc,
                                      CharSequence data, EDIReference ref) {
        String tag = loc == null || loc.getSegmentTag() == null ? "" : loc.getSegmentTag();
        int element = loc == null ? 0 : Math.max(0, loc.getElementPosition());
        int component = loc == null ? 0 : Math.max(0, loc.getComponentPosition());
        String loop = seg == null ? "" : seg.loop();
        return new X12Problem("", 0, loop, tag, seg == null ? 0 : seg.position(), element, component,
                Problems.message(error, ref, data, CodeLists.of(kind).at(loop, tag, element, component)));
    }

    private static String pad(String id) {
        return String.format("%-15s", id);
    }
}

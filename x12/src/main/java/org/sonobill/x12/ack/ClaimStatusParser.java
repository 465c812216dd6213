package org.sonobill.x12.ack;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sonobill.x12.segment.Segment;

/**
 * Collects one 277 transaction set by its HL levels (005010X214): 20 information source (who answers), 21
 * information receiver (our batch), 19 billing provider, PT patient (22 subscriber and 23 dependent in the
 * 005010X212 status response), each claim starting at the TRN of a patient level.
 */
final class ClaimStatusParser {
    private final String source;
    private final String controlNumber;
    private final String implementationReference;
    private final long segmentNumber;
    private String originatorTransactionId = "";
    private Responder responder = Responder.UNKNOWN;
    private final List<StatusCode> receiverStatuses = new ArrayList<>();
    private final List<StatusCode> providerStatuses = new ArrayList<>();
    private final List<ClaimAcknowledgment> claims = new ArrayList<>();
    private String level = "";
    private String batchTrace = "";
    private String billingProvider = "";
    private String patientName = "";
    private String patientMemberId = "";
    private ClaimInProgress claim;

    ClaimStatusParser(String source, Segment st) {
        this.source = source;
        this.controlNumber = st.text(2);
        this.implementationReference = st.text(3);
        this.segmentNumber = st.number();
    }

    void accept(Segment segment) {
        switch (segment.id()) {
            case "BHT" -> originatorTransactionId = segment.text(3);
            case "HL" -> {
                closeClaim();
                level = segment.text(3);
            }
            case "NM1" -> name(segment);
            case "TRN" -> trace(segment);
            case "STC" -> status(segment);
            case "REF" -> {
                if (claim != null) {
                    claim.reference(segment);
                }
            }
            case "DTP" -> {
                if (claim != null && segment.is(1, "472")) {
                    claim.serviceDate(segment.text(3));
                }
            }
            case "SVC" -> {
                if (claim != null) {
                    claim.line(segment);
                }
            }
            default -> {
                // QTY, AMT, PER and other segments: counts and contacts are not kept
            }
        }
    }

    private boolean patientLevel() {
        return "PT".equals(level) || "22".equals(level) || "23".equals(level);
    }

    private void name(Segment nm1) {
        switch (level) {
            case "20" -> responder = new Responder(Responder.Kind.of(nm1.text(1)), nm1.text(1), nm1.text(3),
                    nm1.text(8), nm1.text(9));
            case "19" -> billingProvider = nm1.text(3) + (nm1.has(4) ? ", " + nm1.text(4) : "")
                    + (nm1.has(9) ? " (" + nm1.text(8) + " " + nm1.text(9) + ")" : "");
            default -> {
                if (patientLevel()) {
                    patientName = nm1.text(3) + (nm1.has(4) ? ", " + nm1.text(4) : "");
                    patientMemberId = nm1.text(9);
                }
            }
        }
    }

    /** 2200B TRN02 is the batch (our 837 BHT03); 2200D TRN02 is the claim (our CLM01). */
    private void trace(Segment trn) {
        if ("21".equals(level)) {
            batchTrace = trn.text(2);
        } else if (patientLevel()) {
            closeClaim();
            claim = new ClaimInProgress(trn.text(2), trn.number());
        }
    }

    private void status(Segment stc) {
        List<StatusCode> statuses = statuses(stc);
        switch (level) {
            case "21" -> receiverStatuses.addAll(statuses);
            case "19" -> providerStatuses.addAll(statuses);
            default -> {
                if (claim != null) {
                    claim.statuses(statuses);
                }
            }
        }
    }

    /** STC01, STC10 and STC11 are each a C043 composite (category, status, entity); STC02-04 and 12 are shared. */
    private static List<StatusCode> statuses(Segment stc) {
        LocalDate date = stc.dateOrNull(2, "STC02 (status information effective date)");
        BigDecimal amount = stc.decimalOrNull(4, "STC04 (total claim charge amount)");
        List<StatusCode> statuses = new ArrayList<>(1);
        for (int position : new int[] {1, 10, 11}) {
            List<String> parts = stc.components(position);
            if (parts.isEmpty()) {
                if (position == 1) {
                    throw stc.refuse(1, "STC01 (health care claim status) is missing; 005010X214 requires the "
                            + "status category code");
                }
                continue;
            }
            statuses.add(new StatusCode(CodedText.of("STC", parts.get(0)), parts.size() > 1 ? parts.get(1) : "",
                    parts.size() > 2 ? parts.get(2) : "", date, position == 1 ? stc.text(3) : "",
                    position == 1 ? amount : null, stc.text(12)));
        }
        return statuses;
    }

    private void closeClaim() {
        if (claim != null) {
            claims.add(claim.build());
            claim = null;
        }
    }

    ClaimStatusReport build() {
        closeClaim();
        return new ClaimStatusReport(source, controlNumber, implementationReference, originatorTransactionId,
                responder, receiverStatuses, providerStatuses, claims, segmentNumber);
    }

    /** Loop 2200D and its 2220D lines in progress. */
    private final class ClaimInProgress {
        private final String patientControlNumber;
        private final long trnSegment;
        private final List<StatusCode> statuses = new ArrayList<>(2);
        private final List<LineAcknowledgment> lines = new ArrayList<>(0);
        private String payerClaimNumber = "";
        private String clearinghouseTrace = "";
        private String billType = "";
        private String serviceDate = "";
        private LineInProgress line;

        ClaimInProgress(String patientControlNumber, long trnSegment) {
            this.patientControlNumber = patientControlNumber;
            this.trnSegment = trnSegment;
        }

        void statuses(List<StatusCode> found) {
            (line != null ? line.statuses : statuses).addAll(found);
        }

        void reference(Segment ref) {
            String value = ref.text(2);
            if (line != null) {
                if (ref.is(1, "FJ")) {
                    line.lineControlNumber = value;
                }
                return;
            }
            switch (ref.text(1)) {
                case "1K" -> payerClaimNumber = value;
                case "D9" -> clearinghouseTrace = value;
                case "BLT" -> billType = value;
                default -> {
                    // EJ patient account, XZ prescription and other references are not kept
                }
            }
        }

        void serviceDate(String date) {
            if (line != null) {
                line.serviceDate = date;
            } else {
                serviceDate = date;
            }
        }

        void line(Segment svc) {
            closeLine();
            line = new LineInProgress(String.join(":", svc.components(1)),
                    svc.decimalOrNull(2, "SVC02 (line item charge amount)"));
        }

        private void closeLine() {
            if (line != null) {
                lines.add(new LineAcknowledgment(line.procedure, line.charge, line.statuses, line.lineControlNumber,
                        line.serviceDate));
                line = null;
            }
        }

        ClaimAcknowledgment build() {
            closeLine();
            AckOutcome outcome = outcome(statuses);
            BigDecimal charge = statuses.isEmpty() ? null : statuses.get(0).amount();
            return new ClaimAcknowledgment(responder, batchTrace, billingProvider, patientName, patientMemberId,
                    patientControlNumber, outcome, statuses, payerClaimNumber, clearinghouseTrace, billType,
                    serviceDate, charge, lines, trnSegment);
        }
    }

    /** Any rejecting category rejects the claim; otherwise any accepting one accepts it. */
    private static AckOutcome outcome(List<StatusCode> statuses) {
        AckOutcome outcome = AckOutcome.OTHER;
        for (StatusCode status : statuses) {
            if (status.outcome() == AckOutcome.REJECTED) {
                return AckOutcome.REJECTED;
            }
            if (status.outcome() == AckOutcome.ACCEPTED) {
                outcome = AckOutcome.ACCEPTED;
            }
        }
        return outcome;
    }

    /** Loop 2220D in progress. */
    private static final class LineInProgress {
        final String procedure;
        final BigDecimal charge;
        final List<StatusCode> statuses = new ArrayList<>(1);
        String lineControlNumber = "";
        String serviceDate = "";

        LineInProgress(String procedure, BigDecimal charge) {
            this.procedure = procedure;
            this.charge = charge;
        }
    }
}

package org.sonobill.x12.remit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.sonobill.x12.segment.Segment;

/** Collects the segments of one claim payment (loop 2100) and its service lines (loop 2110). */
final class ClaimAssembler {
    private final Payment payment;
    private final String headerNumber;
    private final String patientControlNumber;
    private final String status;
    private final BigDecimal charge;
    private final BigDecimal paid;
    private final BigDecimal patientResponsibility;
    private final String filingIndicator;
    private final String payerClaimNumber;
    private final String facilityCode;
    private final String frequencyCode;
    private final String drgCode;
    private final long segmentNumber;
    private final List<Adjustment> adjustments = new ArrayList<>(4);
    private final List<NamedEntity> names = new ArrayList<>(3);
    private final List<Remark> remarks = new ArrayList<>(2);
    private final List<QualifiedDate> dates = new ArrayList<>(2);
    private final List<Reference> references = new ArrayList<>(2);
    private final List<QualifiedAmount> amounts = new ArrayList<>(2);
    private final List<QualifiedAmount> quantities = new ArrayList<>(1);
    private final List<ServicePayment> lines = new ArrayList<>(4);
    private final Balancing findings;
    private LineAssembler line;

    /** Starts a claim at its CLP segment (005010X221A1 loop 2100 CLP). */
    ClaimAssembler(Payment payment, String headerNumber, Segment clp, Balancing findings) {
        this.payment = payment;
        this.findings = findings;
        this.headerNumber = headerNumber;
        this.patientControlNumber = clp.text(1);
        if (patientControlNumber.isEmpty()) {
            throw clp.refuse(1, "CLP01 (patient control number) is missing; the guide requires the claim "
                    + "submitter's identifier sent in 837 CLM01");
        }
        this.status = clp.text(2);
        if (status.isEmpty()) {
            throw clp.refuse(2, "CLP02 (claim status code) is missing for claim " + patientControlNumber);
        }
        this.charge = clp.decimal(3, "CLP03 (total claim charge amount)");
        this.paid = clp.decimal(4, "CLP04 (claim payment amount)");
        BigDecimal responsibility = clp.decimalOrNull(5, "CLP05 (patient responsibility amount)");
        this.patientResponsibility = responsibility == null ? BigDecimal.ZERO : responsibility;
        this.filingIndicator = clp.text(6);
        this.payerClaimNumber = clp.text(7);
        this.facilityCode = clp.text(8);
        this.frequencyCode = clp.text(9);
        this.drgCode = clp.text(11);
        this.segmentNumber = clp.number();
    }

    String patientControlNumber() {
        return patientControlNumber;
    }

    /** Takes a segment of loop 2100 or 2110; false when the segment belongs to neither. */
    boolean accept(Segment segment) {
        String id = segment.id();
        if ("SVC".equals(id)) {
            closeLine();
            line = new LineAssembler(lines.size() + 1, segment, findings, patientControlNumber);
            return true;
        }
        if (line != null && line.accept(segment)) {
            return true;
        }
        switch (id) {
            case "CAS" -> Elements.adjustments(segment, adjustments);
            case "NM1" -> names.add(Elements.name(segment));
            case "MIA" -> remarks(segment, "MIA", 5, 20, 21, 22, 23);
            case "MOA" -> remarks(segment, "MOA", 3, 4, 5, 6, 7);
            case "DTM" -> dates.add(Elements.date(segment));
            case "REF" -> references.add(Elements.reference(segment));
            case "AMT" -> amounts.add(Elements.amount(segment));
            case "QTY" -> quantities.add(Elements.quantity(segment));
            case "PER" -> {
                // loop 2100 PER (claim contact) names a payer contact for this claim only: not kept
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private void remarks(Segment segment, String source, int... positions) {
        for (int position : positions) {
            if (segment.has(position)) {
                remarks.add(new Remark("HE", segment.text(position), source));
            }
        }
    }

    private void closeLine() {
        if (line != null) {
            lines.add(line.build());
            line = null;
        }
    }

    /** The finished claim payment. */
    ClaimPayment build() {
        closeLine();
        return new ClaimPayment(payment, headerNumber, patientControlNumber, status, charge, paid,
                patientResponsibility, filingIndicator, payerClaimNumber, facilityCode, frequencyCode, drgCode,
                adjustments, names, remarks, dates, references, amounts, quantities, lines, segmentNumber);
    }
}

package org.sonobill.x12.remit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.sonobill.x12.segment.Segment;

/** Collects the segments of one service payment (005010X221A1 loop 2110). */
final class LineAssembler {
    private final int number;
    private final ServiceCode procedure;
    private final BigDecimal charge;
    private final BigDecimal paid;
    private final String revenueCode;
    private final BigDecimal units;
    private final ServiceCode originalProcedure;
    private final BigDecimal originalUnits;
    private final long segmentNumber;
    private final List<QualifiedDate> dates = new ArrayList<>(2);
    private final List<Adjustment> adjustments = new ArrayList<>(2);
    private final List<Reference> references = new ArrayList<>(2);
    private final List<QualifiedAmount> amounts = new ArrayList<>(1);
    private final List<QualifiedAmount> quantities = new ArrayList<>(0);
    private final List<Remark> remarks = new ArrayList<>(1);
    private String lineControlNumber = "";

    /** Starts a line at its SVC segment. SVC05 defaults to 1 unit (005010X221A1 loop 2110 SVC05 note). */
    LineAssembler(int number, Segment svc, Balancing findings, String patientControlNumber) {
        this.number = number;
        this.procedure = Elements.serviceCode(svc, 1, findings, patientControlNumber);
        this.charge = svc.decimal(2, "SVC02 (line item charge amount)");
        this.paid = svc.decimal(3, "SVC03 (line item provider payment amount)");
        this.revenueCode = svc.text(4);
        BigDecimal paidUnits = svc.decimalOrNull(5, "SVC05 (units of service paid count)");
        this.units = paidUnits == null ? BigDecimal.ONE : paidUnits;
        this.originalProcedure = svc.has(6) ? Elements.serviceCode(svc, 6, findings, patientControlNumber) : null;
        this.originalUnits = svc.decimalOrNull(7, "SVC07 (original units of service count)");
        this.segmentNumber = svc.number();
    }

    /** Takes a segment of loop 2110; false when it is not one. */
    boolean accept(Segment segment) {
        switch (segment.id()) {
            case "DTM" -> dates.add(Elements.date(segment));
            case "CAS" -> Elements.adjustments(segment, adjustments);
            case "REF" -> reference(segment);
            case "AMT" -> amounts.add(Elements.amount(segment));
            case "QTY" -> quantities.add(Elements.quantity(segment));
            case "LQ" -> remarks.add(new Remark(segment.text(1), segment.text(2), "LQ"));
            default -> {
                return false;
            }
        }
        return true;
    }

    /** REF*6R is the line item control number the 837 sent in loop 2400 REF*6R; posting matches lines by it. */
    private void reference(Segment ref) {
        if (ref.is(1, "6R") && lineControlNumber.isEmpty()) {
            lineControlNumber = ref.text(2);
        } else {
            references.add(Elements.reference(ref));
        }
    }

    ServicePayment build() {
        return new ServicePayment(number, procedure, charge, paid, revenueCode, units, originalProcedure,
                originalUnits, dates, adjustments, lineControlNumber, references, amounts, quantities, remarks,
                segmentNumber);
    }
}

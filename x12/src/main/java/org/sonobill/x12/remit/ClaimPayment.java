package org.sonobill.x12.remit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One claim of a payment (005010X221A1 loop 2100 with its 2110 service lines): how the payer adjudicated it. A
 * reversal (CLP02 = 22) carries the negated amounts of an earlier payment; it is usually followed by the corrected
 * claim under the same patient control number.
 *
 * @param payment the payment (transaction set) the claim belongs to
 * @param headerNumber LX01 of the enclosing loop 2000, or "" when the payer sent no LX
 * @param patientControlNumber CLP01, the claim submitter's identifier (837 CLM01)
 * @param status CLP02 claim status code ({@link ClaimStatus})
 * @param charge CLP03 total claim charge amount
 * @param paid CLP04 claim payment amount
 * @param patientResponsibility CLP05 patient responsibility amount (zero when absent)
 * @param filingIndicator CLP06 claim filing indicator code (MB Medicare part B, MC Medicaid, 12 PPO, ...)
 * @param payerClaimNumber CLP07 payer claim control number, sent back as REF*F8 on a corrected claim
 * @param facilityCode CLP08 facility type or place of service code, or ""
 * @param frequencyCode CLP09 claim frequency type code, or ""
 * @param drgCode CLP11 diagnosis related group code, or ""
 * @param adjustments the claim-level CAS adjustments, triplet by triplet
 * @param names NM1 segments: patient (QC), insured (IL), corrected patient (74), rendering provider (82), ...
 * @param remarks the remark codes of MIA (inpatient) and MOA (outpatient) adjudication information
 * @param dates DTM*232/233 statement period, 036 coverage expiration, 050 received
 * @param references REF segments of loop 2100 (EA medical record, F8 original reference, 1L group, ...)
 * @param amounts AMT segments (AU coverage amount, D8 discount, I interest, ...)
 * @param quantities QTY segments (CA covered days, ...)
 * @param lines the service lines, in file order
 * @param segmentNumber ordinal of the CLP segment in the file
 */
public record ClaimPayment(Payment payment, String headerNumber, String patientControlNumber, String status,
                           BigDecimal charge, BigDecimal paid, BigDecimal patientResponsibility,
                           String filingIndicator, String payerClaimNumber, String facilityCode,
                           String frequencyCode, String drgCode, List<Adjustment> adjustments,
                           List<NamedEntity> names, List<Remark> remarks, List<QualifiedDate> dates,
                           List<Reference> references, List<QualifiedAmount> amounts,
                           List<QualifiedAmount> quantities, List<ServicePayment> lines, long segmentNumber) {
    public ClaimPayment {
        adjustments = List.copyOf(adjustments);
        names = List.copyOf(names);
        remarks = List.copyOf(remarks);
        dates = List.copyOf(dates);
        references = List.copyOf(references);
        amounts = List.copyOf(amounts);
        quantities = List.copyOf(quantities);
        lines = List.copyOf(lines);
    }

    /** Whether this claim reverses an earlier payment (CLP02 = 22). */
    public boolean isReversal() {
        return ClaimStatus.REVERSAL.code().equals(status);
    }

    /** Whether the payer denied the claim (CLP02 = 4). */
    public boolean isDenied() {
        return ClaimStatus.DENIED.code().equals(status);
    }

    /** The status as a known code, or empty when the payer sent a code the guide does not list. */
    public Optional<ClaimStatus> knownStatus() {
        return Optional.ofNullable(ClaimStatus.ofCode(status));
    }

    /** The patient (NM1*QC, required by the guide). */
    public Optional<NamedEntity> patient() {
        return name("QC");
    }

    /** The NM1 with an entity code. */
    public Optional<NamedEntity> name(String entityCode) {
        return names.stream().filter(n -> n.entityCode().equals(entityCode)).findFirst();
    }

    /** The date with a qualifier, or null. */
    public LocalDate date(String qualifier) {
        return dates.stream().filter(d -> d.qualifier().equals(qualifier)).map(QualifiedDate::date).findFirst()
                .orElse(null);
    }

    /** Sum of claim-level and line-level adjustment amounts (CLP03 - CLP04 when the claim balances). */
    public BigDecimal adjustmentTotal() {
        BigDecimal total = Elements.sum(adjustments);
        for (ServicePayment line : lines) {
            total = total.add(line.adjustmentTotal());
        }
        return total;
    }
}

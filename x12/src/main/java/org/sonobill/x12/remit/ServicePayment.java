package org.sonobill.x12.remit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One service line of a claim payment (005010X221A1 loop 2110): what was billed and paid, its dates, adjustments,
 * line control number and remarks.
 *
 * @param number 1-based ordinal of the line within the claim payment
 * @param procedure SVC01 adjudicated procedure
 * @param charge SVC02 line item charge amount
 * @param paid SVC03 line item provider payment amount
 * @param revenueCode SVC04 national uniform billing committee revenue code, or ""
 * @param units SVC05 units of service paid (1 when absent, as the guide defines)
 * @param originalProcedure SVC06 the procedure as submitted, when the payer changed it; otherwise null
 * @param originalUnits SVC07 units as submitted, or null
 * @param dates DTM*472 service date, DTM*150/151 service period
 * @param adjustments the line's CAS adjustments, triplet by triplet
 * @param lineControlNumber REF*6R, the line item control number sent in the 837 (loop 2400 REF*6R), or ""
 * @param references the other REF segments (LU location, 1S APG, RB rate code, HPI/SY/0K/... provider IDs)
 * @param amounts AMT segments (B6 allowed, KH late filing reduction, T/T2 tax, ZL, ...)
 * @param quantities QTY segments (ZK, ZL, ZM, ZN, ZO)
 * @param remarks LQ segments (HE remark codes, RX NCPDP reject codes)
 * @param segmentNumber ordinal of the SVC segment in the file
 */
public record ServicePayment(int number, ServiceCode procedure, BigDecimal charge, BigDecimal paid,
                             String revenueCode, BigDecimal units, ServiceCode originalProcedure,
                             BigDecimal originalUnits, List<QualifiedDate> dates, List<Adjustment> adjustments,
                             String lineControlNumber, List<Reference> references, List<QualifiedAmount> amounts,
                             List<QualifiedAmount> quantities, List<Remark> remarks, long segmentNumber) {
    public ServicePayment {
        dates = List.copyOf(dates);
        adjustments = List.copyOf(adjustments);
        references = List.copyOf(references);
        amounts = List.copyOf(amounts);
        quantities = List.copyOf(quantities);
        remarks = List.copyOf(remarks);
    }

    /** The allowed amount (AMT*B6), or null when the payer did not send it. */
    public BigDecimal allowed() {
        return amounts.stream().filter(a -> "B6".equals(a.qualifier())).map(QualifiedAmount::value).findFirst()
                .orElse(null);
    }

    /** The date of service: DTM*472, else the start of the DTM*150 period, else null (the claim's dates apply). */
    public LocalDate serviceDate() {
        return date("472") != null ? date("472") : date("150");
    }

    /** The date with a qualifier, or null. */
    public LocalDate date(String qualifier) {
        return dates.stream().filter(d -> d.qualifier().equals(qualifier)).map(QualifiedDate::date).findFirst()
                .orElse(null);
    }

    /** Sum of the line's adjustment amounts (SVC02 - SVC03 when the line balances). */
    public BigDecimal adjustmentTotal() {
        return Elements.sum(adjustments);
    }

    /** The remark codes (RARC) of the line's LQ*HE segments. */
    public List<String> remarkCodes() {
        return remarks.stream().filter(r -> "HE".equals(r.qualifier())).map(Remark::code).toList();
    }
}

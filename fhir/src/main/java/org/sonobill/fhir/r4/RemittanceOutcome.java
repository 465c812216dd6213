package org.sonobill.fhir.r4;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.sonobill.engine.study.ClaimType;

/**
 * What a payer decided about one claim (835 loop 2100 CLP and its lines), as the ExplanationOfBenefit writer takes it.
 *
 * @param claimId SonoBill's claim id (CLP01, the patient control number)
 * @param payer the payer's name
 * @param paidDate the payment or decision date (BPR16 / DTM*405)
 * @param paymentNumber the check or EFT trace number (TRN02)
 * @param status paid, partially paid or denied
 * @param claimType professional or institutional; null is professional
 * @param charge the total billed (CLP03)
 * @param paid the total paid (CLP04)
 * @param patientResponsibility what the patient owes (CLP05)
 * @param lines the service lines
 */
public record RemittanceOutcome(String claimId, String payer, LocalDate paidDate, String paymentNumber,
                                Status status, ClaimType claimType, BigDecimal charge, BigDecimal paid,
                                BigDecimal patientResponsibility, List<RemittanceLine> lines) {

    /** The payer's decision about the claim as a whole. */
    public enum Status {
        /** Paid as billed or as allowed. */
        PAID,
        /** Some lines paid, others reduced or denied. */
        PARTIAL,
        /** Nothing paid. */
        DENIED
    }

    public RemittanceOutcome {
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(payer, "payer");
        Objects.requireNonNull(paidDate, "paidDate");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(charge, "charge");
        Objects.requireNonNull(paid, "paid");
        claimType = claimType == null ? ClaimType.PROFESSIONAL : claimType;
        patientResponsibility = patientResponsibility == null ? BigDecimal.ZERO : patientResponsibility;
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}

package org.sonobill.x12.claim;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What an earlier payer did with the claim, for a secondary or tertiary claim (837 loops 2320, 2330A, 2330B and 2430,
 * 005010X222A1 section 1.4.1 coordination of benefits). The server maps the earlier payer's 835 onto it.
 *
 * @param payer the earlier payer (2330B)
 * @param responsibility that payer's responsibility sequence (2320 SBR01: P, S, T)
 * @param filingIndicator that payer's claim filing indicator (2320 SBR09)
 * @param subscriber the subscriber of that coverage (2330A name and member id), with the patient's relationship to
 *     that subscriber (2320 SBR02)
 * @param claimAdjustments claim-level adjustments (2320 CAS)
 * @param paid the amount that payer paid (2320 AMT*D)
 * @param remainingPatientLiability what the patient still owes after that payer (2320 AMT*EAF), or null when unknown
 * @param adjudicated the payer's adjudication or payment date (2330B DTP*573)
 * @param payerClaimNumber that payer's claim control number (2330B REF*F8), or null
 * @param lines line-level adjudication (2430), empty when the payer adjudicated the claim as a whole
 */
public record PriorPayerAdjudication(Payer payer, String responsibility, String filingIndicator, Subscriber subscriber,
                                     List<Adjustment> claimAdjustments, BigDecimal paid,
                                     BigDecimal remainingPatientLiability, LocalDate adjudicated,
                                     String payerClaimNumber, List<LineAdjudication> lines) {
    public PriorPayerAdjudication {
        responsibility = responsibility == null ? "P" : responsibility;
        claimAdjustments = List.copyOf(claimAdjustments);
        lines = List.copyOf(lines);
    }
}

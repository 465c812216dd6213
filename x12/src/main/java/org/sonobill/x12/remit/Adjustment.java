package org.sonobill.x12.remit;

import java.math.BigDecimal;

/**
 * One adjustment of a CAS segment, which carries up to six reason/amount/quantity triplets under one group code
 * (005010X221A1 loops 2100 and 2110 CAS). A positive amount lowers the payment, a negative one raises it.
 *
 * @param group CAS01 claim adjustment group code: CO contractual obligation, PR patient responsibility, OA other
 *     adjustment, PI payer initiated reduction, CR correction and reversal
 * @param reason the claim adjustment reason code (CARC), CAS02/05/08/11/14/17
 * @param amount CAS03/06/...
 * @param quantity CAS04/07/..., or null when absent
 */
public record Adjustment(String group, String reason, BigDecimal amount, BigDecimal quantity) {

    /** Whether the patient owes this amount (group PR). */
    public boolean isPatientResponsibility() {
        return "PR".equals(group);
    }
}

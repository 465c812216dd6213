package org.sonobill.x12.remit;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The header of one 835 transaction set: the payment (BPR), its trace number (TRN), the payer (loop 1000A) and the
 * payee (loop 1000B), with the envelope control numbers that identify where it came from. A payment is idempotent
 * by payer and trace number: re-reading the same file yields the same {@link #key()}.
 *
 * @param source the file it was read from
 * @param interchangeControlNumber ISA13 ("" when the file has no envelope)
 * @param groupControlNumber GS06
 * @param transactionControlNumber ST02
 * @param version GS08 (005010X221A1)
 * @param handlingCode BPR01 transaction handling code (I remittance and payment, H notification only, ...)
 * @param amount BPR02 total actual provider payment amount
 * @param creditDebit BPR03 (C credit to the payee, D debit)
 * @param method BPR04 payment method (ACH, CHK, BOP, FWT, NON)
 * @param format BPR05 payment format (CCP, CTX), or ""
 * @param paymentDate BPR16 check issue or EFT effective date, or null
 * @param traceType TRN01 (1 current transaction trace numbers)
 * @param traceNumber TRN02 check or EFT trace number
 * @param originatingCompanyId TRN03 payer identifier (1 followed by the tax ID)
 * @param receiverId REF*EV receiver identifier, or ""
 * @param productionDate DTM*405 production date, or null
 * @param payer loop 1000A
 * @param payee loop 1000B
 */
public record Payment(String source, String interchangeControlNumber, String groupControlNumber,
                      String transactionControlNumber, String version, String handlingCode, BigDecimal amount,
                      String creditDebit, String method, String format, LocalDate paymentDate, String traceType,
                      String traceNumber, String originatingCompanyId, String receiverId, LocalDate productionDate,
                      Party payer, Party payee) {

    /** The amount with its direction: negative when BPR03 is D (the payee owes the payer). */
    public BigDecimal signedAmount() {
        return "D".equals(creditDebit) ? amount.negate() : amount;
    }

    /** Payer and trace number: what makes a payment unique across files (X221A1 1.10.2.3, "reassociation"). */
    public String key() {
        return originatingCompanyId + "/" + traceNumber;
    }
}

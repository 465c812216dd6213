/**
 * Reading 835 health care claim payment/advice (005010X221A1) into immutable records: a {@link
 * org.sonobill.x12.remit.Payment} per transaction set (BPR, TRN, payer and payee), a {@link
 * org.sonobill.x12.remit.ClaimPayment} per CLP loop with its {@link org.sonobill.x12.remit.ServicePayment service
 * lines}, adjustments and remarks, {@link org.sonobill.x12.remit.ProviderAdjustment provider-level adjustments}
 * (PLB), and {@link org.sonobill.x12.remit.RemitFinding findings} when the payer's figures do not balance.
 * {@link org.sonobill.x12.remit.RemittanceReader} streams: each claim goes to the listener as soon as it is
 * complete, so memory does not grow with the file.
 */
package org.sonobill.x12.remit;

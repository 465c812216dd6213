package org.sonobill.server.remit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** What the remittance endpoints answer. */
public final class RemittanceViews {
    private RemittanceViews() {
    }

    /** A remittance (one 835 payment) in a list. */
    public record RemittanceSummary(long id, String payer, String traceNumber, BigDecimal paymentAmount,
                                    LocalDate paidOn, String method, int claims, BigDecimal claimsPaid,
                                    int findings, String sourceName, OffsetDateTime receivedAt) {
    }

    /** A remittance with everything it posted. */
    public record RemittanceDetail(RemittanceSummary remittance, String payerIdentifier, String postedBy,
                                   JsonNode findings, List<ClaimPaymentView> claims,
                                   List<ProviderAdjustmentView> providerAdjustments) {
    }

    /** A claim payment (CLP): our claim (null when unmatched), what the payer said and paid. */
    public record ClaimPaymentView(int position, Long claimId, String patientControlNumber, String statusCode,
                                   String payerClaimNumber, BigDecimal charge, BigDecimal paid,
                                   BigDecimal patientResponsibility, List<String> remarks, List<LineView> lines,
                                   List<AdjustmentView> adjustments) {
    }

    /** A service line payment (SVC) and the line of ours it was matched to. */
    public record LineView(int position, Integer lineNumber, String matchedBy, String code, List<String> modifiers,
                           BigDecimal charge, BigDecimal paid, BigDecimal allowed, BigDecimal units,
                           String controlNumber, LocalDate dateOfService, List<String> remarks,
                           List<AdjustmentView> adjustments) {
    }

    /** A CAS adjustment. */
    public record AdjustmentView(String groupCode, String carc, List<String> rarcs, BigDecimal amount,
                                 BigDecimal quantity) {
    }

    /** A PLB provider-level adjustment. */
    public record ProviderAdjustmentView(String providerId, LocalDate fiscalPeriodEnd, String reason, String reference,
                                         BigDecimal amount) {
    }
}

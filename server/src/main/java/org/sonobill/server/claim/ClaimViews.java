package org.sonobill.server.claim;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.sonobill.server.audit.AuditTrail;
import tools.jackson.databind.JsonNode;

/** What the claim endpoints accept and answer. */
public final class ClaimViews {
    private ClaimViews() {
    }

    /**
     * A claim from coded studies of one patient and date.
     *
     * @param studyIds the studies to bill (coded and ready, or accepted by a coder)
     * @param payer the payer's code in your organisation (default: the payer whose rule pack the documentation names)
     * @param billingNpi the billing provider (default: your organisation's billing provider)
     * @param priorAuthorization the payer's authorisation number, when one was obtained
     * @param state the two-letter state where the service was furnished
     * @param pricingLocality the Medicare locality as MAC-locality (e.g. 10112-00) for expected payment
     */
    public record CreateClaim(List<Long> studyIds, String payer, String billingNpi, String priorAuthorization,
                              String state, String pricingLocality) {
    }

    /** A finding a person lets pass: its code, the line's CPT/HCPCS code (none for the whole claim), and why. */
    public record OverrideRequest(String findingCode, String lineCode, String reason) {
    }

    /** A claim in a list. */
    public record ClaimSummary(long id, String claimNumber, String status, int version, String payer,
                               String patientMrn, LocalDate dateOfService, int ageDays, String claimType,
                               BigDecimal totalCharge, BigDecimal expectedPayment, BigDecimal revenueAtRisk,
                               BigDecimal paid, String scrubStatus, OffsetDateTime updatedAt) {
    }

    /** One service line. */
    public record LineView(int lineNumber, String code, List<String> modifiers, int units, BigDecimal charge,
                           List<Integer> pointers, LocalDate dateOfService, String controlNumber, BigDecimal paid) {
    }

    /** The latest scrub: status, money figures, and the engine's findings (docs/claim-format.md). */
    public record ScrubView(String status, int claimVersion, String scrubbedBy, OffsetDateTime at, JsonNode result) {
    }

    /** An override on the claim. */
    public record OverrideView(String findingCode, String lineCode, String reason, String by, OffsetDateTime at) {
    }

    /** A remittance of the claim (835 CLP) with its adjustments. */
    public record RemittanceView(String traceNumber, LocalDate paidOn, String statusCode, String payerClaimNumber,
                                 BigDecimal charge, BigDecimal paid, BigDecimal patientResponsibility,
                                 List<AdjustmentView> adjustments) {
    }

    /** One CAS adjustment. */
    public record AdjustmentView(Integer lineNumber, String groupCode, String carc, List<String> rarcs,
                                 BigDecimal amount) {
    }

    /** A denial of the claim. */
    public record DenialView(long id, String rootCause, String status, LocalDate nextDeadline, OffsetDateTime createdAt) {
    }

    /** A claim with everything about it. */
    public record ClaimDetail(ClaimSummary claim, String frequency, String originalClaimNumber,
                              String placeOfService, String billingNpi, String renderingNpi, String orderingNpi,
                              String priorAuthorization, String patientName, List<String> diagnoses,
                              List<LineView> lines, List<Long> studyIds, ScrubView scrub, List<OverrideView> overrides,
                              List<RemittanceView> remittances, List<DenialView> denials,
                              List<AuditTrail.Event> history) {
    }
}

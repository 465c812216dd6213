package org.sonobill.x12.ack;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One status of an STC segment (005010X214 STC01, STC10 or STC11 composite C043): category, status and entity.
 *
 * @param category component 1, the health care claim status category code (A1 received, A2 accepted into
 *     adjudication, A3/A6/A7/A8 rejected, ...), with its text
 * @param status component 2, the health care claim status code (external code source 508), or ""
 * @param entity component 3, the entity identifier code the status concerns (85 billing provider, IL subscriber,
 *     ...), or ""
 * @param effectiveDate STC02 status information effective date, or null
 * @param actionCode STC03 (WQ accepted, U reject), or ""
 * @param amount STC04 total submitted charge, or null
 * @param message STC12 free-form message text, or ""
 */
public record StatusCode(CodedText category, String status, String entity, LocalDate effectiveDate,
                         String actionCode, BigDecimal amount, String message) {

    /** The outcome this category means. */
    public AckOutcome outcome() {
        return AckOutcome.ofCategory(category.code());
    }

    /** "A7:562:85" as written. */
    public String display() {
        return category.code() + (status.isEmpty() && entity.isEmpty() ? "" : ":" + status)
                + (entity.isEmpty() ? "" : ":" + entity);
    }
}

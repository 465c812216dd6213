package org.sonobill.server.denial;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.sonobill.server.audit.AuditTrail;
import java.util.List;

/** What the denial API answers: queue entries, one denial in full, appeals, low-dollar batches. */
public final class DenialViews {
    private DenialViews() {
    }

    /**
     * One entry of the queue: a denied claim with its lines grouped, why it was denied, what to do, by when, and how
     * much it is worth working.
     *
     * @param urgency overdue, due-this-week, soon (30 days) or later; escalated entries were due within a week or
     *                overdue when the daily pass looked at them
     */
    public record QueueEntry(long id, long claimId, String claimNumber, String payer, LocalDate dateOfService,
                             LocalDate receivedOn, BigDecimal deniedAmount, String rootCause, String carc,
                             List<String> rarcs, String action, String ownerRole, Owner owner, String status,
                             int level, LocalDate nextDeadline, String deadlineWhat, Integer daysLeft, String urgency,
                             BigDecimal priority, BigDecimal expectedRecovery, BigDecimal chance, boolean lowDollar,
                             LocalDate escalatedOn, int ageDays, int version) {
    }

    /** The user who works an entry. */
    public record Owner(long id, String username, String name) {
    }

    /** A denial with everything a specialist needs to decide: classification, lines, appeals, the claim. */
    public record DenialDetail(QueueEntry entry, Classification classification, ClaimFacts claim,
                               List<LineView> lines, List<AppealView> appeals, Resolution resolution,
                               List<AuditTrail.Event> history) {
    }

    /** Why the entry has this root cause and action, in words, and where the rule comes from. */
    public record Classification(String rootCause, String team, String ownerRole, String action, boolean appealable,
                                 String reason, String fix, String source, String chanceBasis) {
    }

    /** The claim the denial is about. */
    public record ClaimFacts(long id, String number, String status, String frequency, String payerClaimNumber,
                             String placeOfService, BigDecimal totalCharge, BigDecimal paid, Long correctedClaimId) {
    }

    /** A denied (or partly denied) line with the adjustment that denied it. */
    public record LineView(Long claimLineId, String procedure, List<String> modifiers, LocalDate serviceDate,
                           boolean deniedInFull, String groupCode, String carc, String carcDescription,
                           List<String> rarcs, BigDecimal amount, String rootCause, String action) {
    }

    /** An appeal or reopening at one level. */
    public record AppealView(long id, int level, String kind, String status, LocalDate dueOn, LocalDate filedOn,
                             LocalDate decidedOn, BigDecimal amountRecovered, String letter, boolean letterFiled,
                             String note, int version) {
    }

    /** How the denial ended, once it has. */
    public record Resolution(String outcome, BigDecimal recovered, LocalDate resolvedOn, String note) {
    }

    /**
     * Low-dollar entries of one payer, root cause and action, worked together: each is small, together they are
     * money.
     */
    public record Batch(String payer, String rootCause, String action, int entries, BigDecimal deniedAmount,
                        BigDecimal expectedRecovery, LocalDate earliestDeadline, List<Long> ids) {
    }
}

package org.sonobill.server.demo;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the demo loader made, or found when the organisation was there already: studies and claims by status, and the
 * remittances, adjustments, denials and appeals. Counts only, so that it can go to the log.
 *
 * @param organisationCode the organisation's code
 * @param organisationId the organisation's id
 * @param created true when this load created the organisation, false when it existed and nothing was done
 * @param studiesByStatus studies per status
 * @param claimsByStatus claims per status, in the order of the claim lifecycle
 * @param remittances 835 remittances (one per payer and payment day)
 * @param adjustments CAS adjustments of their claim payments
 * @param denials denials in the queue, whatever their status
 * @param appeals appeals, all levels
 */
public record DemoSummary(String organisationCode, long organisationId, boolean created,
                          Map<String, Long> studiesByStatus, Map<String, Long> claimsByStatus, long remittances,
                          long adjustments, long denials, long appeals) {
    /** The claim statuses in lifecycle order (migration V2). */
    public static final List<String> CLAIM_STATUSES = List.of("draft", "scrubbed", "ready", "submitted", "accepted",
            "rejected", "paid", "partially-paid", "denied", "appealed", "corrected", "closed");

    public DemoSummary {
        studiesByStatus = Map.copyOf(studiesByStatus);
        claimsByStatus = Map.copyOf(claimsByStatus);
    }

    public long studies() {
        return studiesByStatus.values().stream().mapToLong(Long::longValue).sum();
    }

    public long claims() {
        return claimsByStatus.values().stream().mapToLong(Long::longValue).sum();
    }

    /** "331 studies, 293 claims (draft 2, scrubbed 4, …), 97 remittances, 45 denials, 21 appeals". */
    public String describe() {
        String byStatus = CLAIM_STATUSES.stream().filter(claimsByStatus::containsKey)
                .map(s -> s + " " + claimsByStatus.get(s)).collect(Collectors.joining(", "));
        return studies() + " studies, " + claims() + " claims (" + byStatus + "), " + remittances + " remittances, "
                + denials + " denials, " + appeals + " appeals";
    }
}

package org.sonobill.x12.remit;

/**
 * Counts of what one read of an 835 file found, as INDEX.csv counts them.
 *
 * @param transactionSets ST segments read
 * @param claims CLP segments
 * @param serviceLines SVC segments
 * @param adjustmentSegments CAS segments (claim and line level)
 * @param providerAdjustments PLB pairs
 * @param findings findings reported
 * @param segments segments read, envelope included
 */
public record ReadSummary(int transactionSets, long claims, long serviceLines, long adjustmentSegments,
                          long providerAdjustments, long findings, long segments) {
}

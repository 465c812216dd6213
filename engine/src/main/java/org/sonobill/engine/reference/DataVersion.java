package org.sonobill.engine.reference;

import java.time.LocalDate;

/**
 * One loaded file of a dataset: which dates of service it governs and where it came from.
 *
 * @param kind the dataset
 * @param effective the first date of service it governs
 * @param label a short name, e.g. "NCCI PTP practitioner 2024Q3"
 * @param origin "bundled" or the path of the imported file
 * @param provenance publisher, release and layout
 */
public record DataVersion(DatasetKind kind, LocalDate effective, String label, String origin, String provenance) {

    /**
     * The last date of service this release was published for, by the publisher's cadence: ICD-10-CM and the fee
     * schedule for a year, NCCI PTP, MUE and add-on edits for a quarter; null when the data does not lapse (place of
     * service, and the CARC/RARC lists, whose codes carry their own start and stop dates). A date of
     * service after it means a newer release should be loaded.
     */
    public LocalDate coveredThrough() {
        return switch (kind) {
            case ICD10CM, RVU, GPCI -> effective.plusYears(1).minusDays(1);
            case PTP_PRACTITIONER, PTP_HOSPITAL, MUE_PRACTITIONER, MUE_HOSPITAL, AOC -> effective.plusMonths(3).minusDays(1);
            case POS, CARC, RARC -> null;
        };
    }
}

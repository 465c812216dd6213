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
}

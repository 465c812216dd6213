package org.sonobill.fhir.hl7;

import java.util.List;
import java.util.Objects;

/**
 * One order of an ORM^O01 (an ORC with its OBR): what was ordered, by whom and why, before any report exists.
 *
 * @param messageControlId MSH-10
 * @param sendingFacility MSH-4.1, or null
 * @param orderControl ORC-1 (NW new, CA cancel, XO change...), or null
 * @param placerOrderNumber ORC-2, else OBR-2
 * @param fillerOrderNumber ORC-3, else OBR-3 (the accession once the department assigns one), or null
 * @param orderedCode OBR-4.1 when it is a CPT code (five digits), or null
 * @param orderedText OBR-4.2, or null
 * @param orderingNpi OBR-16 (else ORC-12) when it is an NPI, or null
 * @param patient PID and PV1
 * @param reasonForStudy the text of OBR-31, repetitions joined with "; ", or null
 * @param diagnoses coded reasons: DG1-3 in DG1 order, then OBR-31 codes not already listed
 */
public record Hl7Order(String messageControlId, String sendingFacility, String orderControl,
                       String placerOrderNumber, String fillerOrderNumber, String orderedCode, String orderedText,
                       String orderingNpi, Hl7Patient patient, String reasonForStudy, List<Hl7Diagnosis> diagnoses) {
    public Hl7Order {
        Objects.requireNonNull(placerOrderNumber, "placerOrderNumber");
        Objects.requireNonNull(patient, "patient");
        diagnoses = List.copyOf(diagnoses);
    }
}

package org.sonobill.fhir.hl7;

import java.util.Objects;

/**
 * A coded reason for the study, from DG1-3 or OBR-31.
 *
 * @param code the code as sent (an ICD-10-CM code such as R10.11)
 * @param text the code's text, or null
 * @param codingSystem the coding system as sent (I10, ICD10CM...), or null
 */
public record Hl7Diagnosis(String code, String text, String codingSystem) {
    public Hl7Diagnosis {
        Objects.requireNonNull(code, "code");
    }
}

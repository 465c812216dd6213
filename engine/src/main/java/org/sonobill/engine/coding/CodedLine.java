package org.sonobill.engine.coding;

import java.util.List;

/**
 * One line to bill.
 *
 * @param code CPT/HCPCS code
 * @param modifiers modifiers in billing order (pricing modifiers first)
 * @param units units of service
 * @param diagnoses ICD-10-CM codes (dotted) this line points to, first-listed first, at most four
 * @param description our description of the code
 * @param rationale why this code, these modifiers and these units
 * @param source the guideline or policy followed
 */
public record CodedLine(String code, List<String> modifiers, int units, List<String> diagnoses, String description,
                        String rationale, String source) {
    public CodedLine {
        modifiers = List.copyOf(modifiers);
        diagnoses = List.copyOf(diagnoses);
    }
}

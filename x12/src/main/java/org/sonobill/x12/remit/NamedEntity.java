package org.sonobill.x12.remit;

/**
 * An NM1 segment of a claim payment: the patient (QC), insured (IL), corrected patient or insured (74), rendering
 * provider (82), crossover carrier (TT), corrected priority payer (PR) or other subscriber (GB).
 *
 * @param entityCode NM101
 * @param entityType NM102 (1 person, 2 organisation)
 * @param lastOrOrganizationName NM103
 * @param firstName NM104, or ""
 * @param middleName NM105, or ""
 * @param suffix NM107, or ""
 * @param idQualifier NM108 (MI member ID, XX NPI, ...), or ""
 * @param id NM109, or ""
 */
public record NamedEntity(String entityCode, String entityType, String lastOrOrganizationName, String firstName,
                          String middleName, String suffix, String idQualifier, String id) {

    /** "DOE, JANE Q" or the organisation name. */
    public String displayName() {
        StringBuilder name = new StringBuilder(lastOrOrganizationName);
        if (!firstName.isEmpty()) {
            name.append(", ").append(firstName);
        }
        if (!middleName.isEmpty()) {
            name.append(' ').append(middleName);
        }
        if (!suffix.isEmpty()) {
            name.append(' ').append(suffix);
        }
        return name.toString();
    }
}

package org.sonobill.x12.claim;

import java.time.LocalDate;
import java.util.List;

/**
 * What an institutional claim (837I, 005010X223A2) needs beyond the engine's claim.
 *
 * @param facilityType the first two digits of the type of bill (CLM05-1, e.g. 13 hospital outpatient); the claim's
 *     frequency code is the third
 * @param statementFrom the statement period start (DTP*434)
 * @param statementTo the statement period end (DTP*434)
 * @param admissionType CL101 (1 emergency, 2 urgent, 3 elective, 4 newborn, 5 trauma, 9 unknown), or null for an
 *     outpatient claim (005010X223A2 requires CL101 on inpatient claims only)
 * @param patientStatus CL103 patient discharge status, required on every 837I (CL1 is a required segment); 01
 *     (discharged to home or self care) when null, the status of an outpatient study
 * @param revenueCodes one revenue code (SV201, four digits) per service line, in line order
 */
public record Institutional(String facilityType, LocalDate statementFrom, LocalDate statementTo, String admissionType,
                            String patientStatus, List<String> revenueCodes) {
    public Institutional {
        revenueCodes = List.copyOf(revenueCodes);
        patientStatus = patientStatus == null ? "01" : patientStatus;
    }
}

package org.sonobill.fhir.hl7;

import java.util.Map;

/**
 * The CMS place of service a PV1-2 patient class suggests (HL7 table 0004 to the CMS Place of Service Code Set):
 * E emergency to 23 (emergency room, hospital), I inpatient to 21 (inpatient hospital), O outpatient to 22
 * (on-campus outpatient hospital). Other classes (P preadmit, R recurring, B obstetrics, C commercial, N not
 * applicable, U unknown) suggest nothing: the study's own place of service or the engine's default applies.
 */
public final class PlaceOfService {
    private static final Map<String, String> BY_PATIENT_CLASS = Map.of("E", "23", "I", "21", "O", "22");

    private PlaceOfService() {
    }

    /** The suggested two-digit code, or null when the class suggests none. */
    public static String forPatientClass(String patientClass) {
        if (patientClass == null) {
            return null;
        }
        return BY_PATIENT_CLASS.get(patientClass.trim().toUpperCase(java.util.Locale.ROOT));
    }
}

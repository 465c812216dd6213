package org.sonobill.fhir.r4;

import java.time.LocalDate;
import org.sonobill.engine.study.Patient;
import org.sonobill.engine.study.Sex;

/**
 * The patient of a DiagnosticReport and where the study was done. {@link #toString()} masks identifiers and
 * names, so a record printed to a log never leaks them.
 *
 * @param mrn Patient.identifier with type MR (else the first identifier), or null
 * @param lastName Patient.name.family (the official name, else the first), or null
 * @param firstName Patient.name.given, the first, or null
 * @param sex Patient.gender: female F, male M, anything else U
 * @param birthDate Patient.birthDate, or null
 * @param encounterClass Encounter.class code (EMER, IMP, AMB...), or null
 * @param placeOfService the CMS place of service suggested by the encounter class, or null
 */
public record FhirPatient(String mrn, String lastName, String firstName, Sex sex, LocalDate birthDate,
                          String encounterClass, String placeOfService) {
    public FhirPatient {
        sex = sex == null ? Sex.U : sex;
    }

    /** What coding may know of the patient: sex and birth date only. */
    public Patient codingPatient() {
        return new Patient(sex, birthDate);
    }

    @Override
    public String toString() {
        return "FhirPatient[mrn=***, name=***, sex=" + sex + ", encounterClass=" + encounterClass
                + ", placeOfService=" + placeOfService + "]";
    }
}

package org.sonobill.fhir.hl7;

import java.time.LocalDate;
import java.util.Objects;
import org.sonobill.engine.study.Patient;
import org.sonobill.engine.study.Sex;

/**
 * The patient and visit of an HL7 v2 message: who the study belongs to (PID) and where it was done (PV1).
 * {@link #toString()} masks the identifiers and names, so a record printed to a log never leaks them.
 *
 * @param mrn medical record number, PID-3.1 (the MR-typed repetition when there are several)
 * @param lastName PID-5.1 family name, or null
 * @param firstName PID-5.2 given name, or null
 * @param sex PID-8 administrative sex (F, M; anything else is U)
 * @param birthDate PID-7 date of birth, or null
 * @param patientClass PV1-2 (E emergency, I inpatient, O outpatient...), or null
 * @param location PV1-3.1 point of care (unit or department), or null
 * @param placeOfService the CMS place of service suggested by the patient class ({@link PlaceOfService}), or null
 */
public record Hl7Patient(String mrn, String lastName, String firstName, Sex sex, LocalDate birthDate,
                         String patientClass, String location, String placeOfService) {
    public Hl7Patient {
        Objects.requireNonNull(mrn, "mrn");
        sex = sex == null ? Sex.U : sex;
    }

    /** What coding may know of the patient: sex and birth date only. */
    public Patient codingPatient() {
        return new Patient(sex, birthDate);
    }

    @Override
    public String toString() {
        return "Hl7Patient[mrn=***, name=***, sex=" + sex + ", patientClass=" + patientClass
                + ", placeOfService=" + placeOfService + "]";
    }
}

package org.sonobill.fhir.hl7;

import ca.uhn.hl7v2.model.v251.datatype.CX;
import ca.uhn.hl7v2.model.v251.datatype.XPN;
import ca.uhn.hl7v2.model.v251.segment.PID;
import ca.uhn.hl7v2.model.v251.segment.PV1;
import java.time.LocalDate;
import java.util.Locale;
import org.sonobill.engine.study.Sex;

/** PID and PV1 into an {@link Hl7Patient}. */
final class PatientSegments {
    private PatientSegments() {
    }

    /** The patient; PID-3 is required, everything else may be empty. */
    static Hl7Patient read(PID pid, PV1 pv1, String controlId) {
        String mrn = mrn(pid.getPid3_PatientIdentifierList());
        if (mrn == null) {
            throw Hl7Exception.missing(Hl7Location.of("PID", 3), controlId,
                    "expected the patient identifier (medical record number)");
        }
        XPN name = pid.getPid5_PatientName(0);
        LocalDate birthDate = Hl7Text.date(pid.getPid7_DateTimeOfBirth().getTs1_Time().getValue(),
                Hl7Location.of("PID", 7), "the date of birth", controlId);
        String patientClass = Hl7Text.blankToNull(pv1.getPv12_PatientClass().getValue());
        String location = Hl7Text.blankToNull(pv1.getPv13_AssignedPatientLocation().getPl1_PointOfCare().getValue());
        return new Hl7Patient(mrn, Hl7Text.blankToNull(name.getXpn1_FamilyName().getFn1_Surname().getValue()),
                Hl7Text.blankToNull(name.getXpn2_GivenName().getValue()),
                sex(pid.getPid8_AdministrativeSex().getValue()), birthDate, patientClass, location,
                PlaceOfService.forPatientClass(patientClass));
    }

    /** The MR-typed identifier (CX-5), else the first non-empty one. */
    private static String mrn(CX[] ids) {
        String first = null;
        for (CX id : ids) {
            String value = Hl7Text.blankToNull(id.getCx1_IDNumber().getValue());
            if (value == null) {
                continue;
            }
            if ("MR".equalsIgnoreCase(Hl7Text.blankToNull(id.getCx5_IdentifierTypeCode().getValue()))) {
                return value;
            }
            if (first == null) {
                first = value;
            }
        }
        return first;
    }

    private static Sex sex(String value) {
        String v = value == null ? "" : value.trim().toUpperCase(Locale.ROOT);
        return switch (v) {
            case "F" -> Sex.F;
            case "M" -> Sex.M;
            default -> Sex.U;
        };
    }
}

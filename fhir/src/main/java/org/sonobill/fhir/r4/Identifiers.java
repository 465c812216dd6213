package org.sonobill.fhir.r4;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.PrimitiveType;

/** Identifier, coding and date rules shared by the reader and the writers. */
final class Identifiers {
    static final String NPI_SYSTEM = "http://hl7.org/fhir/sid/us-npi";
    static final String CPT_SYSTEM = "http://www.ama-assn.org/go/cpt";
    static final String HCPCS_SYSTEM = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets";
    static final String ICD10CM_SYSTEM = "http://hl7.org/fhir/sid/icd-10-cm";
    static final String POS_SYSTEM =
            "https://www.cms.gov/Medicare/Coding/place-of-service-codes/Place_of_Service_Code_Set";
    static final String V2_0203 = "http://terminology.hl7.org/CodeSystem/v2-0203";
    static final String DICOM_UID = "urn:dicom:uid";

    private Identifiers() {
    }

    /** The value of the first identifier typed with the v2-0203 code (ACSN, MR...), or null. */
    static String typed(List<Identifier> ids, String typeCode) {
        for (Identifier id : ids) {
            if (id.hasValue() && hasCode(id.getType(), typeCode)) {
                return id.getValue();
            }
        }
        return null;
    }

    /** The value of the first identifier of the system, or null. */
    static String ofSystem(List<Identifier> ids, String system) {
        for (Identifier id : ids) {
            if (id.hasValue() && system.equals(id.getSystem())) {
                return id.getValue();
            }
        }
        return null;
    }

    /** The first identifier value that is not a DICOM UID, or null. */
    static String firstUsable(List<Identifier> ids) {
        for (Identifier id : ids) {
            if (id.hasValue() && !DICOM_UID.equals(id.getSystem()) && !id.getValue().startsWith("urn:oid:")) {
                return id.getValue();
            }
        }
        return null;
    }

    /** The code of the first coding of the system, or null. */
    static String code(CodeableConcept concept, String system) {
        for (Coding c : concept.getCoding()) {
            if (system.equals(c.getSystem()) && c.hasCode()) {
                return c.getCode();
            }
        }
        return null;
    }

    private static boolean hasCode(CodeableConcept concept, String code) {
        return concept.getCoding().stream().anyMatch(c -> code.equals(c.getCode()));
    }

    /** The calendar date a FHIR date or dateTime states, as written (no time-zone shift); null below day precision. */
    static LocalDate date(PrimitiveType<?> value) {
        if (value == null || !value.hasValue()) {
            return null;
        }
        String s = value.getValueAsString();
        if (s.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(s.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A CPT code (five digits, or four digits and F/T for categories II and III) or a HCPCS Level II code. */
    static String codeSystemOf(String code) {
        return code.matches("\\d{4}[0-9FT]") ? CPT_SYSTEM : HCPCS_SYSTEM;
    }

    /** CPT modifiers are two digits (26, 59, 76); HCPCS Level II modifiers hold a letter (TC, RT, XU, GA). */
    static String modifierSystemOf(String modifier) {
        return modifier.matches("\\d{2}") ? CPT_SYSTEM : HCPCS_SYSTEM;
    }
}

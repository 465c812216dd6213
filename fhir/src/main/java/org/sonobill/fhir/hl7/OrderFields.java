package org.sonobill.fhir.hl7;

import ca.uhn.hl7v2.model.v251.datatype.CE;
import ca.uhn.hl7v2.model.v251.datatype.CNN;
import ca.uhn.hl7v2.model.v251.datatype.XCN;
import java.util.Locale;
import org.sonobill.engine.provider.Npi;

/** Field rules shared by results and orders: the CPT code of OBR-4 and the NPIs of OBR-16, ORC-12 and OBR-32. */
final class OrderFields {
    private static final String NPI = "NPI";
    /** The OID of the NPI namespace (HL7 OID registry), sent as an assigning authority's universal id. */
    private static final String NPI_OID = "2.16.840.1.113883.4.6";

    private OrderFields() {
    }

    /** OBR-4.1 when it looks like a CPT code (five digits), else null: local order codes are not CPT codes. */
    static String cptCode(CE service) {
        String code = Hl7Text.blankToNull(service.getCe1_Identifier().getValue());
        return code != null && code.matches("\\d{5}") ? code : null;
    }

    /** OBR-4.2, the order's title, or null. */
    static String serviceText(CE service) {
        return Hl7Text.blankToNull(service.getCe2_Text().getValue());
    }

    /**
     * The NPI among the repetitions of an XCN field: the first whose identifier type (XCN-13) or assigning authority
     * (XCN-9, by namespace or by the NPI OID 2.16.840.1.113883.4.6) says NPI, else the first whose id is a ten-digit
     * number with a valid NPI check digit; null when none.
     */
    static String npi(XCN[] providers) {
        String checked = null;
        for (XCN p : providers) {
            String id = Hl7Text.blankToNull(p.getXcn1_IDNumber().getValue());
            if (id == null) {
                continue;
            }
            if (says(p.getXcn13_IdentifierTypeCode().getValue()) || authority(
                    p.getXcn9_AssigningAuthority().getHd1_NamespaceID().getValue(),
                    p.getXcn9_AssigningAuthority().getHd2_UniversalID().getValue())) {
                return id;
            }
            if (checked == null && Npi.valid(id)) {
                checked = id;
            }
        }
        return checked;
    }

    /**
     * The NPI of a CNN (OBR-32.1, the principal result interpreter): its assigning authority says NPI (CNN-9, or the
     * NPI OID in CNN-10), or it is a valid NPI.
     */
    static String npi(CNN interpreter) {
        String id = Hl7Text.blankToNull(interpreter.getCnn1_IDNumber().getValue());
        if (id == null) {
            return null;
        }
        return authority(interpreter.getCnn9_AssigningAuthorityNamespaceID().getValue(),
                interpreter.getCnn10_AssigningAuthorityUniversalID().getValue()) || Npi.valid(id) ? id : null;
    }

    /** An assigning authority named NPI, or identified by the NPI OID. */
    private static boolean authority(String namespace, String universalId) {
        return says(namespace) || NPI_OID.equals(Hl7Text.blankToNull(universalId));
    }

    private static boolean says(String value) {
        return value != null && value.trim().toUpperCase(Locale.ROOT).equals(NPI);
    }
}

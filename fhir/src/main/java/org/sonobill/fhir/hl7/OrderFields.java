package org.sonobill.fhir.hl7;

import ca.uhn.hl7v2.model.v251.datatype.CE;
import ca.uhn.hl7v2.model.v251.datatype.CNN;
import ca.uhn.hl7v2.model.v251.datatype.XCN;
import java.util.Locale;
import org.sonobill.engine.provider.Npi;

/** Field rules shared by results and orders: the CPT code of OBR-4 and the NPIs of OBR-16, ORC-12 and OBR-32. */
final class OrderFields {
    private static final String NPI = "NPI";

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
     * (XCN-9) says NPI, else the first whose id is a ten-digit number with a valid NPI check digit; null when none.
     */
    static String npi(XCN[] providers) {
        String checked = null;
        for (XCN p : providers) {
            String id = Hl7Text.blankToNull(p.getXcn1_IDNumber().getValue());
            if (id == null) {
                continue;
            }
            if (says(p.getXcn13_IdentifierTypeCode().getValue()) || says(p.getXcn9_AssigningAuthority()
                    .getHd1_NamespaceID().getValue())) {
                return id;
            }
            if (checked == null && Npi.valid(id)) {
                checked = id;
            }
        }
        return checked;
    }

    /** The NPI of a CNN (OBR-32.1, the principal result interpreter): assigning authority NPI or a valid NPI. */
    static String npi(CNN interpreter) {
        String id = Hl7Text.blankToNull(interpreter.getCnn1_IDNumber().getValue());
        if (id == null) {
            return null;
        }
        return says(interpreter.getCnn9_AssigningAuthorityNamespaceID().getValue()) || Npi.valid(id) ? id : null;
    }

    private static boolean says(String value) {
        return value != null && value.trim().toUpperCase(Locale.ROOT).equals(NPI);
    }
}

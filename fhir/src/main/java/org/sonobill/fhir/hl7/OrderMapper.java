package org.sonobill.fhir.hl7;

import ca.uhn.hl7v2.model.v251.datatype.CE;
import ca.uhn.hl7v2.model.v251.group.ORM_O01_ORDER;
import ca.uhn.hl7v2.model.v251.group.ORM_O01_ORDER_DETAIL;
import ca.uhn.hl7v2.model.v251.message.ORM_O01;
import ca.uhn.hl7v2.model.v251.segment.OBR;
import ca.uhn.hl7v2.model.v251.segment.ORC;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An ORM^O01 into one {@link Hl7Order} per ORC/OBR pair (HL7 v2.5.1 ch. 4.4.1). */
final class OrderMapper {
    private final String controlId;
    private final String sendingFacility;

    OrderMapper(MessageHeader header) {
        this.controlId = header.controlId();
        this.sendingFacility = header.sendingFacility();
    }

    List<Hl7Order> map(ORM_O01 message) {
        List<Hl7Order> orders = new ArrayList<>();
        Hl7Patient patient = null;
        for (int i = 0; i < message.getORDERReps(); i++) {
            ORM_O01_ORDER order = message.getORDER(i);
            if (Hl7Text.absent(order.getORDER_DETAIL().getOBR())) {
                continue;
            }
            if (patient == null) {
                patient = PatientSegments.read(message.getPATIENT().getPID(),
                        message.getPATIENT().getPATIENT_VISIT().getPV1(), controlId);
            }
            orders.add(order(order.getORC(), order.getORDER_DETAIL(), patient, orders.size() + 1));
        }
        if (orders.isEmpty()) {
            throw Hl7Exception.missing(Hl7Location.of("OBR", 0), controlId,
                    "expected an observation request (OBR) segment with the ordered study");
        }
        return orders;
    }

    private Hl7Order order(ORC orc, ORM_O01_ORDER_DETAIL detail, Hl7Patient patient, int sequence) {
        OBR obr = detail.getOBR();
        String placer = first(orc.getOrc2_PlacerOrderNumber().getEi1_EntityIdentifier().getValue(),
                obr.getObr2_PlacerOrderNumber().getEi1_EntityIdentifier().getValue());
        if (placer == null) {
            throw Hl7Exception.missing(new Hl7Location("ORC", sequence, 2), controlId,
                    "expected the placer order number (in ORC-2 or OBR-2)");
        }
        String filler = first(orc.getOrc3_FillerOrderNumber().getEi1_EntityIdentifier().getValue(),
                obr.getObr3_FillerOrderNumber().getEi1_EntityIdentifier().getValue());
        String npi = OrderFields.npi(obr.getObr16_OrderingProvider());
        if (npi == null) {
            npi = OrderFields.npi(orc.getOrc12_OrderingProvider());
        }
        return new Hl7Order(controlId, sendingFacility, Hl7Text.blankToNull(orc.getOrc1_OrderControl().getValue()),
                placer, filler, OrderFields.cptCode(obr.getObr4_UniversalServiceIdentifier()),
                OrderFields.serviceText(obr.getObr4_UniversalServiceIdentifier()), npi, patient,
                reason(obr.getObr31_ReasonForStudy()), diagnoses(detail, obr.getObr31_ReasonForStudy()));
    }

    /** The text of OBR-31's repetitions (CE-2, else CE-1), joined with "; ". */
    private static String reason(CE[] reasons) {
        List<String> texts = new ArrayList<>();
        for (CE r : reasons) {
            String text = first(r.getCe2_Text().getValue(), r.getCe1_Identifier().getValue());
            if (text != null) {
                texts.add(text);
            }
        }
        return texts.isEmpty() ? null : String.join("; ", texts);
    }

    /** DG1-3 codes in DG1 order, then OBR-31 codes (CE-1 with a coding system in CE-3) not already listed. */
    private static List<Hl7Diagnosis> diagnoses(ORM_O01_ORDER_DETAIL detail, CE[] reasons) {
        Map<String, Hl7Diagnosis> byCode = new LinkedHashMap<>();
        for (int i = 0; i < detail.getDG1Reps(); i++) {
            add(byCode, detail.getDG1(i).getDg13_DiagnosisCodeDG1(), false);
        }
        for (CE r : reasons) {
            add(byCode, r, true);
        }
        return List.copyOf(byCode.values());
    }

    private static void add(Map<String, Hl7Diagnosis> byCode, CE ce, boolean needsSystem) {
        String code = Hl7Text.blankToNull(ce.getCe1_Identifier().getValue());
        String system = Hl7Text.blankToNull(ce.getCe3_NameOfCodingSystem().getValue());
        if (code != null && (system != null || !needsSystem)) {
            byCode.putIfAbsent(code, new Hl7Diagnosis(code, Hl7Text.blankToNull(ce.getCe2_Text().getValue()), system));
        }
    }

    private static String first(String a, String b) {
        String v = Hl7Text.blankToNull(a);
        return v != null ? v : Hl7Text.blankToNull(b);
    }
}

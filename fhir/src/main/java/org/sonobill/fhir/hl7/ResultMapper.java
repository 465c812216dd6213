package org.sonobill.fhir.hl7;

import ca.uhn.hl7v2.model.Primitive;
import ca.uhn.hl7v2.model.Type;
import ca.uhn.hl7v2.model.Varies;
import ca.uhn.hl7v2.model.v251.group.ORU_R01_ORDER_OBSERVATION;
import ca.uhn.hl7v2.model.v251.group.ORU_R01_PATIENT_RESULT;
import ca.uhn.hl7v2.model.v251.message.ORU_R01;
import ca.uhn.hl7v2.model.v251.segment.OBR;
import ca.uhn.hl7v2.model.v251.segment.OBX;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sonobill.report.IncomingReport;

/** An ORU^R01 into one {@link Hl7Result} per OBR (HL7 v2.5.1 ch. 7.3.1). */
final class ResultMapper {
    private static final Set<String> TEXT_TYPES = Set.of("TX", "FT", "ST");
    /** OBX-11 statuses whose value must not be billed: D deleted, W wrong (post original as wrong). */
    private static final Set<String> WITHDRAWN = Set.of("D", "W");

    private final String controlId;
    private final String sendingFacility;
    private int obrSequence;

    ResultMapper(MessageHeader header) {
        this.controlId = header.controlId();
        this.sendingFacility = header.sendingFacility();
    }

    List<Hl7Result> map(ORU_R01 message) {
        List<Hl7Result> results = new ArrayList<>();
        for (int g = 0; g < message.getPATIENT_RESULTReps(); g++) {
            ORU_R01_PATIENT_RESULT group = message.getPATIENT_RESULT(g);
            Hl7Patient patient = null;
            for (int o = 0; o < group.getORDER_OBSERVATIONReps(); o++) {
                ORU_R01_ORDER_OBSERVATION order = group.getORDER_OBSERVATION(o);
                if (Hl7Text.absent(order.getOBR())) {
                    continue;
                }
                obrSequence++;
                if (patient == null) {
                    patient = PatientSegments.read(group.getPATIENT().getPID(), group.getPATIENT().getVISIT().getPV1(),
                            controlId);
                }
                results.add(new Hl7Result(controlId, sendingFacility, report(order, patient), patient));
            }
        }
        if (results.isEmpty()) {
            throw Hl7Exception.missing(Hl7Location.of("OBR", 0), controlId,
                    "expected an observation request (OBR) segment with the study's report");
        }
        return results;
    }

    private IncomingReport report(ORU_R01_ORDER_OBSERVATION order, Hl7Patient patient) {
        OBR obr = order.getOBR();
        String accession = Hl7Text.blankToNull(obr.getObr3_FillerOrderNumber().getEi1_EntityIdentifier().getValue());
        if (accession == null) {
            accession = Hl7Text.blankToNull(obr.getObr2_PlacerOrderNumber().getEi1_EntityIdentifier().getValue());
        }
        if (accession == null) {
            throw Hl7Exception.missing(at("OBR", 3), controlId, "expected the filler order number (accession)");
        }
        return new IncomingReport(accession, text(order), patient.placeOfService(), null, null, null,
                Hl7Text.date(obr.getObr7_ObservationDateTime().getTs1_Time().getValue(), at("OBR", 7),
                        "the observation date and time", controlId),
                patient.codingPatient(), OrderFields.cptCode(obr.getObr4_UniversalServiceIdentifier()),
                OrderFields.serviceText(obr.getObr4_UniversalServiceIdentifier()),
                OrderFields.npi(obr.getObr16_OrderingProvider()),
                OrderFields.npi(obr.getObr32_PrincipalResultInterpreter().getNdl1_Name()),
                signed(obr.getObr25_ResultStatus().getValue()));
    }

    /** Every text OBX-5 of the OBR, repetitions and segments joined by newlines in message order. */
    private String text(ORU_R01_ORDER_OBSERVATION order) {
        List<String> lines = new ArrayList<>();
        boolean any = false;
        for (int i = 0; i < order.getOBSERVATIONReps(); i++) {
            OBX obx = order.getOBSERVATION(i).getOBX();
            String type = Hl7Text.blankToNull(obx.getObx2_ValueType().getValue());
            String status = Hl7Text.blankToNull(obx.getObx11_ObservationResultStatus().getValue());
            if (type == null || !TEXT_TYPES.contains(type) || (status != null && WITHDRAWN.contains(status))) {
                continue;
            }
            for (Varies value : obx.getObx5_ObservationValue()) {
                String line = value(value.getData());
                lines.add(line);
                any |= !line.isBlank();
            }
        }
        if (!any) {
            throw Hl7Exception.missing(Hl7Location.of("OBX", 5), controlId,
                    "expected the report text in an OBX of value type TX, FT or ST under OBR " + obrSequence);
        }
        return String.join("\n", lines);
    }

    private static String value(Type data) {
        if (data instanceof Primitive p && p.getValue() != null) {
            return Hl7Text.decodeFormatted(p.getValue());
        }
        return "";
    }

    /** OBR-25 F (final) or C (corrected) is signed; any other status is not; empty says nothing. */
    private static Boolean signed(String status) {
        String s = Hl7Text.blankToNull(status);
        return s == null ? null : s.equals("F") || s.equals("C");
    }

    private Hl7Location at(String segment, int field) {
        return new Hl7Location(segment, Math.max(obrSequence, 1), field);
    }
}

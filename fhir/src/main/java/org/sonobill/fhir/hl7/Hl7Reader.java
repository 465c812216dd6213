package org.sonobill.fhir.hl7;

import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.model.v251.message.ORM_O01;
import ca.uhn.hl7v2.model.v251.message.ORU_R01;
import java.util.List;

/**
 * Reads HL7 v2 results (ORU^R01) and orders (ORM^O01) of any version from 2.1 to 2.5.1 into SonoBill records.
 * Segments may end in {@code \r} (the standard), {@code \n} or {@code \r\n}, as files often do. Thread-safe: build
 * one and share it, since the HAPI parser behind it is costly to set up.
 */
public final class Hl7Reader {
    private final Hl7Parsing parsing = new Hl7Parsing();

    /**
     * MSH-9.1 and MSH-9.2 joined by a caret ("ORU^R01", "ORM^O01", "ADT^A08"), read without parsing the rest, so a
     * listener can route a message before reading it; null when the text does not start with an MSH segment.
     */
    public static String messageType(String message) {
        MessageHeader header = MessageHeader.read(message);
        if (header.messageType() == null) {
            return null;
        }
        return header.triggerEvent() == null ? header.messageType()
                : header.messageType() + "^" + header.triggerEvent();
    }

    /**
     * The results of an ORU^R01, one per OBR in message order.
     *
     * @throws Hl7Exception when the message cannot be parsed, is not an ORU^R01, or lacks the PID-3 identifier, an
     *     OBR, the accession (OBR-3, else OBR-2) or report text (OBX-5 of type TX, FT or ST)
     */
    public List<Hl7Result> results(String message) {
        MessageHeader header = MessageHeader.read(message);
        Message parsed = parsing.parse(message, header, "ORU", "R01");
        if (!(parsed instanceof ORU_R01 oru)) {
            throw Hl7Exception.unsupported(Hl7Location.of("MSH", 9), "200", header.controlId(),
                    "expected the ORU_R01 message structure");
        }
        return List.copyOf(new ResultMapper(header).map(oru));
    }

    /**
     * The orders of an ORM^O01, one per ORC/OBR pair in message order.
     *
     * @throws Hl7Exception when the message cannot be parsed, is not an ORM^O01, or lacks PID-3, an OBR or the
     *     placer order number (ORC-2, else OBR-2)
     */
    public List<Hl7Order> orders(String message) {
        MessageHeader header = MessageHeader.read(message);
        Message parsed = parsing.parse(message, header, "ORM", "O01");
        if (!(parsed instanceof ORM_O01 orm)) {
            throw Hl7Exception.unsupported(Hl7Location.of("MSH", 9), "200", header.controlId(),
                    "expected the ORM_O01 message structure");
        }
        return List.copyOf(new OrderMapper(header).map(orm));
    }
}

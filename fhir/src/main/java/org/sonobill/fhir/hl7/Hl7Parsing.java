package org.sonobill.fhir.hl7;

import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.parser.CanonicalModelClassFactory;
import ca.uhn.hl7v2.parser.PipeParser;
import ca.uhn.hl7v2.validation.impl.ValidationContextFactory;

/**
 * HAPI's pipe parser with every version from 2.1 to 2.5.1 read into the 2.5.1 structures (a canonical model), and
 * without HAPI's validation: SonoBill checks what it needs itself and names the field. HAPI's exceptions are turned
 * into {@link Hl7Exception}s here and go no further.
 */
final class Hl7Parsing {
    static final String CANONICAL_VERSION = "2.5.1";

    private final PipeParser parser;

    Hl7Parsing() {
        @SuppressWarnings("resource") // the context owns no resources until LLP services are used, which we never do
        HapiContext context = new DefaultHapiContext();
        context.setModelClassFactory(new CanonicalModelClassFactory(CANONICAL_VERSION));
        context.setValidationContext(ValidationContextFactory.noValidation());
        this.parser = context.getPipeParser();
    }

    /** The message parsed into 2.5.1 structures; the header is read first so errors can echo MSH-10. */
    Message parse(String text, MessageHeader header, String expectedType, String expectedTrigger) {
        if (text == null || text.isBlank()) {
            throw unparseable(Hl7Location.of("MSH", 0), header, "the message is empty");
        }
        String message = Hl7Text.normaliseSegments(text);
        if (!message.startsWith("MSH") || message.length() < 8) {
            throw unparseable(Hl7Location.of("MSH", 0), header, "expected the message to start with an MSH segment");
        }
        if (header.messageType() == null || !header.messageType().equals(expectedType)
                || header.triggerEvent() == null || !header.triggerEvent().equals(expectedTrigger)) {
            String got = header.messageType() == null ? "nothing"
                    : header.messageType() + (header.triggerEvent() == null ? "" : "^" + header.triggerEvent());
            throw Hl7Exception.unsupported(Hl7Location.of("MSH", 9), "200", header.controlId(),
                    "expected message type " + expectedType + "^" + expectedTrigger + ", got " + got);
        }
        if (header.version() == null || !header.version().matches("2\\.[1-5](\\.1)?")) {
            throw Hl7Exception.unsupported(Hl7Location.of("MSH", 12), "203", header.controlId(),
                    "expected an HL7 version from 2.1 to 2.5.1, got " + (header.version() == null ? "nothing"
                            : "\"" + header.version() + "\""));
        }
        try {
            return parser.parse(message);
        } catch (HL7Exception | RuntimeException e) {
            // HAPI's message may quote the message text, which can hold patient data: it is not passed on
            throw unparseable(Hl7Location.of("MSH", 0), header,
                    "the message cannot be parsed as HL7 v2 pipe-delimited text (check the encoding characters in "
                            + "MSH-1 and MSH-2 and the segment order)");
        }
    }

    private static Hl7Exception unparseable(Hl7Location where, MessageHeader header, String problem) {
        return Hl7Exception.unreadable(where, header.controlId(), problem);
    }
}

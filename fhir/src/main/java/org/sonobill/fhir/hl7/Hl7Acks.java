package org.sonobill.fhir.hl7;

import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.DataTypeException;
import ca.uhn.hl7v2.model.v251.message.ACK;
import ca.uhn.hl7v2.model.v251.segment.ERR;
import ca.uhn.hl7v2.model.v251.segment.MSA;
import ca.uhn.hl7v2.model.v251.segment.MSH;
import ca.uhn.hl7v2.parser.PipeParser;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Original-mode acknowledgements (HL7 v2.5.1 ch. 2.9.2): MSA-1 AA when a message was taken, AE when its content is
 * wrong, AR when it could not be read or is a type or version SonoBill does not take. A negative acknowledgement
 * names the problem in MSA-3 and in ERR (ERR-1 for 2.3 receivers; ERR-2, -3, -4 and -8 for 2.5 and later), and
 * MSA-2 echoes the sender's MSH-10 whenever it could be read. The acknowledgement is in the sender's HL7 version.
 * Thread-safe.
 */
public final class Hl7Acks {
    private static final Map<String, String> CONDITION_TEXT = Map.of("100", "Segment sequence error",
            "101", "Required field missing", "102", "Data type error", "200", "Unsupported message type",
            "203", "Unsupported version id", "207", "Application internal error");
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmssZ");

    private final String application;
    private final String facility;
    private final Clock clock;
    private final Supplier<String> controlIds;
    private final PipeParser parser = PipeParser.getInstanceWithNoValidation();

    /**
     * Acknowledgements sent as this application and facility (MSH-3, MSH-4), stamped by the clock, with MSH-10
     * control ids from the supplier (at most 20 characters each, as v2.5.1 allows).
     */
    public Hl7Acks(String application, String facility, Clock clock, Supplier<String> controlIds) {
        this.application = Objects.requireNonNull(application, "application");
        this.facility = facility;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.controlIds = Objects.requireNonNull(controlIds, "controlIds");
    }

    /** Acknowledgements stamped with the system clock and numbered from the start time (unique per process). */
    public static Hl7Acks standard(String application, String facility) {
        Clock clock = Clock.systemUTC();
        AtomicLong next = new AtomicLong(clock.millis() % 10_000_000_000L * 100);
        return new Hl7Acks(application, facility, clock, () -> "SB" + next.getAndIncrement());
    }

    /** MSA-1 AA: the message was taken. */
    public String accept(String inbound) {
        MessageHeader header = MessageHeader.read(inbound);
        return encode(build(header, "AA", header.controlId(), null));
    }

    /** MSA-1 AE or AR, as the problem says, with MSA-3 and ERR naming the segment and field. */
    public String reject(String inbound, Hl7Exception problem) {
        MessageHeader header = MessageHeader.read(inbound);
        String controlId = problem.messageControlId() != null ? problem.messageControlId() : header.controlId();
        ACK ack = build(header, problem.rejection().ackCode(), controlId, problem.getMessage());
        try {
            error(ack.getERR(), problem);
        } catch (HL7Exception e) {
            throw new IllegalStateException("cannot fill the ERR segment", e);
        }
        return encode(ack);
    }

    /**
     * MSA-1 AE with condition 207 (application internal error): the message was valid but SonoBill could not take it
     * (storage unavailable, for example), so the sender should send it again later.
     */
    public String applicationError(String inbound, String problem) {
        MessageHeader header = MessageHeader.read(inbound);
        return reject(inbound, new Hl7Exception(Hl7Location.of("MSH", 0), Hl7Exception.Rejection.CONTENT, "207",
                header.controlId(), problem));
    }

    private ACK build(MessageHeader in, String code, String controlId, String text) {
        ACK ack = new ACK();
        try {
            MSH msh = ack.getMSH();
            msh.getMsh1_FieldSeparator().setValue("|");
            msh.getMsh2_EncodingCharacters().setValue("^~\\&");
            msh.getMsh3_SendingApplication().getHd1_NamespaceID().setValue(application);
            msh.getMsh4_SendingFacility().getHd1_NamespaceID().setValue(facility);
            msh.getMsh5_ReceivingApplication().getHd1_NamespaceID().setValue(in.sendingApplication());
            msh.getMsh6_ReceivingFacility().getHd1_NamespaceID().setValue(in.sendingFacility());
            msh.getMsh7_DateTimeOfMessage().getTs1_Time().setValue(TIMESTAMP.format(ZonedDateTime.now(clock)));
            msh.getMsh9_MessageType().getMsg1_MessageCode().setValue("ACK");
            msh.getMsh9_MessageType().getMsg2_TriggerEvent().setValue(in.triggerEvent());
            msh.getMsh9_MessageType().getMsg3_MessageStructure().setValue("ACK");
            msh.getMsh10_MessageControlID().setValue(controlIds.get());
            msh.getMsh11_ProcessingID().getPt1_ProcessingID().setValue(
                    in.processingId() == null ? "P" : in.processingId());
            msh.getMsh12_VersionID().getVid1_VersionID().setValue(
                    in.version() == null ? Hl7Parsing.CANONICAL_VERSION : in.version());
            MSA msa = ack.getMSA();
            msa.getMsa1_AcknowledgmentCode().setValue(code);
            msa.getMsa2_MessageControlID().setValue(controlId);
            msa.getMsa3_TextMessage().setValue(text);
        } catch (DataTypeException e) {
            throw new IllegalStateException("cannot fill the acknowledgement header", e);
        }
        return ack;
    }

    private static void error(ERR err, Hl7Exception problem) throws HL7Exception {
        Hl7Location at = problem.location();
        String condition = problem.errorCode();
        String conditionText = CONDITION_TEXT.getOrDefault(condition, "Application error");
        err.getErr1_ErrorCodeAndLocation(0).getEld1_SegmentID().setValue(at.segment());
        err.getErr1_ErrorCodeAndLocation(0).getEld2_SegmentSequence().setValue(String.valueOf(at.sequence()));
        if (at.field() > 0) {
            err.getErr1_ErrorCodeAndLocation(0).getEld3_FieldPosition().setValue(String.valueOf(at.field()));
            err.getErr2_ErrorLocation(0).getErl3_FieldPosition().setValue(String.valueOf(at.field()));
        }
        err.getErr1_ErrorCodeAndLocation(0).getEld4_CodeIdentifyingError().getCe1_Identifier().setValue(condition);
        err.getErr1_ErrorCodeAndLocation(0).getEld4_CodeIdentifyingError().getCe2_Text().setValue(conditionText);
        err.getErr1_ErrorCodeAndLocation(0).getEld4_CodeIdentifyingError().getCe3_NameOfCodingSystem()
                .setValue("HL70357");
        err.getErr2_ErrorLocation(0).getErl1_SegmentID().setValue(at.segment());
        err.getErr2_ErrorLocation(0).getErl2_SegmentSequence().setValue(String.valueOf(at.sequence()));
        err.getErr3_HL7ErrorCode().getCwe1_Identifier().setValue(condition);
        err.getErr3_HL7ErrorCode().getCwe2_Text().setValue(conditionText);
        err.getErr3_HL7ErrorCode().getCwe3_NameOfCodingSystem().setValue("HL70357");
        err.getErr4_Severity().setValue("E");
        err.getErr8_UserMessage().setValue(problem.getMessage());
    }

    private String encode(ACK ack) {
        try {
            return parser.encode(ack);
        } catch (HL7Exception e) {
            throw new IllegalStateException("cannot encode the acknowledgement", e);
        }
    }
}

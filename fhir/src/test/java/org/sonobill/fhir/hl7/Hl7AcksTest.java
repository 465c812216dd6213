package org.sonobill.fhir.hl7;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class Hl7AcksTest {
    private static final Hl7Reader READER = new Hl7Reader();
    private final Hl7Acks acks = new Hl7Acks("SONOBILL", "BILLING",
            Clock.fixed(Instant.parse("2025-03-14T15:16:17Z"), ZoneOffset.UTC), () -> "ACK0001");

    private static String[] segments(String ack) {
        return ack.split("\r");
    }

    @Test
    void acceptsWithAaEchoingTheControlIdInTheSendersVersion() {
        String inbound = Hl7Samples.read("oru-r01-v251-abdomen.hl7");

        String[] ack = segments(acks.accept(inbound));

        assertThat(ack).containsExactly(
                "MSH|^~\\&|SONOBILL|BILLING|RADIS|MERCY|20250314151617+0000||ACK^R01^ACK|ACK0001|P|2.5.1",
                "MSA|AA|MSG00001");
    }

    @Test
    void answersAVersion23MessageInVersion23() {
        String[] ack = segments(acks.accept(Hl7Samples.read("oru-r01-v23-ruq-formatted.hl7")));

        assertThat(ack[0]).endsWith("|ACK^R01^ACK|ACK0001|P|2.3");
        assertThat(ack[1]).isEqualTo("MSA|AA|ER-778");
    }

    @Test
    void answersAContentErrorWithAeNamingTheFieldInMsaAndErr() {
        String inbound = Hl7Samples.read("bad-no-accession.hl7");
        Hl7Exception problem = catchThrowableOfType(Hl7Exception.class, () -> READER.results(inbound));

        String[] ack = segments(acks.reject(inbound, problem));

        assertThat(ack).hasSize(3);
        assertThat(ack[1]).isEqualTo("MSA|AE|BAD-ACC|OBR-3: expected the filler order number (accession)");
        assertThat(ack[2]).isEqualTo("ERR|OBR^1^3^101&Required field missing&HL70357|OBR^1^3"
                + "|101^Required field missing^HL70357|E||||OBR-3: expected the filler order number (accession)");
    }

    @Test
    void answersUnreadableTextWithArAndNoControlId() {
        String inbound = Hl7Samples.read("bad-garbage.hl7");
        Hl7Exception problem = catchThrowableOfType(Hl7Exception.class, () -> READER.results(inbound));

        String[] ack = segments(acks.reject(inbound, problem));

        assertThat(ack[0]).isEqualTo("MSH|^~\\&|SONOBILL|BILLING|||20250314151617+0000||ACK^^ACK|ACK0001|P|2.5.1");
        assertThat(ack[1]).isEqualTo("MSA|AR||MSH: expected the message to start with an MSH segment");
        assertThat(ack[2]).startsWith("ERR|MSH^1^^100&Segment sequence error&HL70357|MSH^1|100^");
    }

    @Test
    void answersAnUnsupportedMessageTypeWithArAndCondition200() {
        String inbound = Hl7Samples.read("bad-adt.hl7");
        Hl7Exception problem = catchThrowableOfType(Hl7Exception.class, () -> READER.results(inbound));

        String[] ack = segments(acks.reject(inbound, problem));

        assertThat(ack[0]).contains("|ACK^A01^ACK|");
        assertThat(ack[1]).as("the component separator in the text is escaped")
                .isEqualTo("MSA|AR|ADT-1|MSH-9: expected message type ORU\\S\\R01, got ADT\\S\\A01");
        assertThat(ack[2]).contains("|200^Unsupported message type^HL70357|E|");
    }

    @Test
    void answersAFailureToStoreWithAeAndCondition207() {
        String inbound = Hl7Samples.read("oru-r01-v251-abdomen.hl7");

        String[] ack = segments(acks.applicationError(inbound, "storage unavailable, send again later"));

        assertThat(ack[1]).isEqualTo("MSA|AE|MSG00001|MSH: storage unavailable, send again later");
        assertThat(ack[2]).contains("|207^Application internal error^HL70357|E|");
    }

    @Test
    void readsItsOwnAcknowledgementBackAsHl7() {
        String ack = acks.accept(Hl7Samples.read("oru-r01-v251-abdomen.hl7"));

        assertThat(MessageHeader.read(ack).messageType()).isEqualTo("ACK");
        assertThat(MessageHeader.read(ack).controlId()).isEqualTo("ACK0001");
    }

    @Test
    void numbersStandardAcknowledgementsUniquely() {
        Hl7Acks standard = Hl7Acks.standard("SONOBILL", null);
        String inbound = Hl7Samples.read("oru-r01-v251-abdomen.hl7");

        String first = MessageHeader.read(standard.accept(inbound)).controlId();
        String second = MessageHeader.read(standard.accept(inbound)).controlId();

        assertThat(first).isNotEqualTo(second).hasSizeLessThanOrEqualTo(20);
    }
}

package org.sonobill.fhir.hl7;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

class Hl7ReaderErrorTest {
    private static final Hl7Reader READER = new Hl7Reader();

    private static Hl7Exception resultsOf(String sample) {
        return catchThrowableOfType(Hl7Exception.class, () -> READER.results(Hl7Samples.read(sample)));
    }

    @Test
    void namesObr3WhenNeitherFillerNorPlacerNumberIsSent() {
        Hl7Exception e = resultsOf("bad-no-accession.hl7");

        assertThat(e).hasMessage("OBR-3: expected the filler order number (accession)");
        assertThat(e.location()).isEqualTo(new Hl7Location("OBR", 1, 3));
        assertThat(e.rejection()).isEqualTo(Hl7Exception.Rejection.CONTENT);
        assertThat(e.errorCode()).isEqualTo("101");
        assertThat(e.messageControlId()).isEqualTo("BAD-ACC");
    }

    @Test
    void namesObx5WhenNoObservationCarriesText() {
        assertThat(resultsOf("bad-no-obx.hl7"))
                .hasMessage("OBX-5: expected the report text in an OBX of value type TX, FT or ST under OBR 1");
    }

    @Test
    void namesPid3WhenThePatientHasNoIdentifier() {
        assertThat(resultsOf("bad-no-mrn.hl7"))
                .hasMessage("PID-3: expected the patient identifier (medical record number)");
    }

    @Test
    void namesObrWhenTheResultHasNoOrder() {
        assertThat(resultsOf("bad-no-obr.hl7"))
                .hasMessage("OBR: expected an observation request (OBR) segment with the study's report");
    }

    @Test
    void namesObr7WhenTheDateIsImpossible() {
        Hl7Exception e = resultsOf("bad-date.hl7");

        assertThat(e).hasMessage("OBR-7: expected the observation date and time as YYYYMMDD[HHMM[SS]]");
        assertThat(e.errorCode()).isEqualTo("102");
    }

    @Test
    void rejectsTextThatIsNotHl7WithoutHapisWords() {
        Hl7Exception e = resultsOf("bad-garbage.hl7");

        assertThat(e).hasMessage("MSH: expected the message to start with an MSH segment");
        assertThat(e.rejection()).isEqualTo(Hl7Exception.Rejection.REJECTED);
        assertThat(e.messageControlId()).isNull();
        assertThat(e.getCause()).isNull();
    }

    @Test
    void rejectsAnotherMessageTypeNamingMsh9() {
        Hl7Exception e = resultsOf("bad-adt.hl7");

        assertThat(e).hasMessage("MSH-9: expected message type ORU^R01, got ADT^A01");
        assertThat(e.rejection()).isEqualTo(Hl7Exception.Rejection.REJECTED);
        assertThat(e.errorCode()).isEqualTo("200");
        assertThat(e.messageControlId()).isEqualTo("ADT-1");
    }

    @Test
    void rejectsAnUnknownVersionNamingMsh12() {
        String message = Hl7Samples.read("oru-r01-v251-abdomen.hl7").replace("|P|2.5.1|", "|P|3.0|");

        Hl7Exception e = catchThrowableOfType(Hl7Exception.class, () -> READER.results(message));

        assertThat(e).hasMessage("MSH-12: expected an HL7 version from 2.1 to 2.5.1, got \"3.0\"");
        assertThat(e.errorCode()).isEqualTo("203");
    }

    @Test
    void rejectsAMessageWhoseEncodingCharactersAreBroken() {
        String message = "MSH|^~\\&|RIS|MERCY|SONOBILL|BILLING|20250314||ORU^R01|X-9|P|2.5.1\rPID|1||\rOBR|1||A\r"
                .replace("^~\\&", "");

        Hl7Exception e = catchThrowableOfType(Hl7Exception.class, () -> READER.results(message));

        assertThat(e.rejection()).isEqualTo(Hl7Exception.Rejection.REJECTED);
        assertThat(e.getMessage()).startsWith("MSH").doesNotContain("ca.uhn", "HL7Exception");
    }

    @Test
    void refusesAnOrderWithoutPlacerNumberNamingOrc2() {
        String message = Hl7Samples.read("orm-o01-abdomen.hl7").replace("PL-2025-0001", "");

        Hl7Exception e = catchThrowableOfType(Hl7Exception.class, () -> READER.orders(message));

        assertThat(e).hasMessage("ORC-2: expected the placer order number (in ORC-2 or OBR-2)");
    }

    @Test
    void refusesAResultWhenAnOrderIsExpected() {
        Hl7Exception e = catchThrowableOfType(Hl7Exception.class,
                () -> READER.orders(Hl7Samples.read("oru-r01-v251-abdomen.hl7")));

        assertThat(e).hasMessage("MSH-9: expected message type ORM^O01, got ORU^R01");
    }
}

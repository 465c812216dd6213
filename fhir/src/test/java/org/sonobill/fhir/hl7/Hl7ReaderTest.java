package org.sonobill.fhir.hl7;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sonobill.engine.study.Patient;
import org.sonobill.engine.study.Sex;
import org.sonobill.report.IncomingReport;

class Hl7ReaderTest {
    private static final Hl7Reader READER = new Hl7Reader();

    @Test
    void readsAVersion251ResultWithOneTextOBXPerLine() {
        List<Hl7Result> results = READER.results(Hl7Samples.read("oru-r01-v251-abdomen.hl7"));

        assertThat(results).hasSize(1);
        Hl7Result result = results.get(0);
        assertThat(result.messageControlId()).isEqualTo("MSG00001");
        assertThat(result.sendingFacility()).isEqualTo("MERCY");
        IncomingReport report = result.report();
        assertThat(report.id()).isEqualTo("ACC-2025-0001");
        assertThat(report.text())
                .startsWith("EXAM: US ABDOMEN COMPLETE\nINDICATION: Right upper quadrant pain. R10.11\n")
                .contains("\nSPLEEN: 10.1 cm, normal.\n")
                .endsWith("IMPRESSION: Normal abdominal ultrasound.");
        assertThat(report.text().lines()).hasSize(14);
        assertThat(report.dateOfService()).isEqualTo(LocalDate.of(2025, 3, 14));
        assertThat(report.orderedCode()).isEqualTo("76700");
        assertThat(report.orderedText()).isEqualTo("US ABDOMEN COMPLETE");
        assertThat(report.orderingNpi()).isEqualTo("1245319599");
        assertThat(report.interpretingNpi()).isEqualTo("1234567893");
        assertThat(report.signed()).isTrue();
        assertThat(report.placeOfService()).isEqualTo("22");
        assertThat(report.patient()).isEqualTo(new Patient(Sex.F, LocalDate.of(1960, 5, 1)));
    }

    @Test
    void readsThePatientAndVisitFromPidAndPv1() {
        Hl7Patient patient = READER.results(Hl7Samples.read("oru-r01-v251-abdomen.hl7")).get(0).patient();

        assertThat(patient.mrn()).isEqualTo("MRN00012345");
        assertThat(patient.lastName()).isEqualTo("DOE");
        assertThat(patient.firstName()).isEqualTo("JANE");
        assertThat(patient.sex()).isEqualTo(Sex.F);
        assertThat(patient.birthDate()).isEqualTo(LocalDate.of(1960, 5, 1));
        assertThat(patient.patientClass()).isEqualTo("O");
        assertThat(patient.location()).isEqualTo("RADUS");
        assertThat(patient.placeOfService()).isEqualTo("22");
    }

    @Test
    void neverPrintsThePatientsIdentifiersOrNameOrTheReportText() {
        Hl7Result result = READER.results(Hl7Samples.read("oru-r01-v251-abdomen.hl7")).get(0);

        assertThat(result.patient().toString()).doesNotContain("MRN00012345", "DOE", "JANE", "1960");
        assertThat(result.toString()).doesNotContain("MRN00012345", "DOE", "JANE", "1960", "LIVER")
                .contains("ACC-2025-0001");
    }

    @Test
    void readsAVersion23ResultWithNewlineSeparatorsAndFormattedText() {
        Hl7Result result = READER.results(Hl7Samples.read("oru-r01-v23-ruq-formatted.hl7")).get(0);

        IncomingReport report = result.report();
        assertThat(report.id()).isEqualTo("ER-ACC-42");
        assertThat(report.text()).isEqualTo("""
                EXAM: US ABDOMEN LIMITED (RUQ)
                INDICATION: RUQ pain & fever.
                FINDINGS: Gallbladder distended with a 12 mm stone at the neck| wall 4 mm.
                Sonographic Murphy sign positive. CBD 5 mm.


                IMPRESSION: Acute calculous cholecystitis.""");
        assertThat(report.dateOfService()).isEqualTo(LocalDate.of(2025, 4, 2));
        assertThat(report.orderedCode()).isEqualTo("76705");
        assertThat(report.orderingNpi()).as("untyped, but a valid NPI").isEqualTo("1245319599");
        assertThat(report.interpretingNpi()).isEqualTo("1234567893");
        assertThat(report.signed()).as("OBR-25 P is preliminary").isFalse();
        assertThat(report.placeOfService()).as("PV1-2 E is the emergency room").isEqualTo("23");
        assertThat(result.patient().sex()).isEqualTo(Sex.M);
    }

    @Test
    void givesOneResultPerObrInOrder() {
        List<Hl7Result> results = READER.results(Hl7Samples.read("oru-r01-v24-two-studies.hl7"));

        assertThat(results).extracting(r -> r.report().id()).containsExactly("ACC-7001", "ACC-7002");
        IncomingReport renal = results.get(0).report();
        assertThat(renal.text()).isEqualTo("Both kidneys normal in size without hydronephrosis.\n"
                + "Aorta normal caliber; IVC patent; common iliac origins visualized.");
        assertThat(renal.orderingNpi()).as("the repetition with a valid NPI, not the local id").isEqualTo("1245319599");
        assertThat(renal.placeOfService()).as("PV1-2 I is inpatient").isEqualTo("21");
        IncomingReport bladder = results.get(1).report();
        assertThat(bladder.text()).as("ST values count; an OBX marked W (wrong) does not")
                .isEqualTo("Post-void residual 45 mL.\nBladder wall normal.");
        assertThat(bladder.orderedCode()).as("a local code is not a CPT code").isNull();
        assertThat(bladder.orderedText()).isEqualTo("BLADDER SCAN");
        assertThat(bladder.signed()).as("OBR-25 C is a corrected final result").isTrue();
        assertThat(results.get(1).patient()).isSameAs(results.get(0).patient());
    }

    @Test
    void readsAFileSavedWithAByteOrderMark() {
        String message = "\uFEFF" + Hl7Samples.read("oru-r01-v24-two-studies.hl7");

        assertThat(READER.results(message)).hasSize(2);
    }

    @Test
    void takesThePlacerNumberWhenTheFillerNumberIsEmpty() {
        String message = Hl7Samples.read("oru-r01-v251-abdomen.hl7")
                .replace("|PL-2025-0001|ACC-2025-0001^RADIS|", "|PL-2025-0001||");

        assertThat(READER.results(message).get(0).report().id()).isEqualTo("PL-2025-0001");
    }

    @Test
    void keepsEachPatientWithTheirOwnResults() {
        String first = Hl7Samples.read("oru-r01-v251-abdomen.hl7");
        String second = "PID|1||MRN00077777^^^MERCY^MR||ROE^ANN||19900101|F\r"
                + "PV1|1|E|ED^^^MERCY\r"
                + "OBR|1||ACC-2025-0099|76856^US PELVIS COMPLETE^C4|||20250314110000\r"
                + "OBX|1|TX|76856||Uterus and ovaries normal.||||||F\r";

        List<Hl7Result> results = READER.results(first + second);

        assertThat(results).extracting(r -> r.patient().mrn()).containsExactly("MRN00012345", "MRN00077777");
        assertThat(results.get(1).report().placeOfService()).isEqualTo("23");
        assertThat(results.get(1).report().signed()).as("no OBR-25").isNull();
        assertThat(results.get(1).report().text()).isEqualTo("Uterus and ovaries normal.");
    }

    @Test
    void readsAnOrderWithItsReasonAndDiagnoses() {
        List<Hl7Order> orders = READER.orders(Hl7Samples.read("orm-o01-abdomen.hl7"));

        assertThat(orders).hasSize(1);
        Hl7Order order = orders.get(0);
        assertThat(order.messageControlId()).isEqualTo("ORM-5521");
        assertThat(order.orderControl()).isEqualTo("NW");
        assertThat(order.placerOrderNumber()).isEqualTo("PL-2025-0001");
        assertThat(order.fillerOrderNumber()).isNull();
        assertThat(order.orderedCode()).isEqualTo("76700");
        assertThat(order.orderedText()).isEqualTo("US ABDOMEN COMPLETE");
        assertThat(order.orderingNpi()).as("from ORC-12 when OBR-16 is empty").isEqualTo("1245319599");
        assertThat(order.patient().mrn()).isEqualTo("MRN00012345");
        assertThat(order.reasonForStudy()).isEqualTo("Right upper quadrant pain; Abnormal liver enzymes");
        assertThat(order.diagnoses()).containsExactly(
                new Hl7Diagnosis("R74.01", "Elevation of liver transaminase levels", "I10"),
                new Hl7Diagnosis("R10.11", "Right upper quadrant pain", "I10"));
    }

    @Test
    void takesAnNpiByItsTypeOrAuthorityEvenWithoutAValidCheckDigit() {
        String v23 = Hl7Samples.read("oru-r01-v23-ruq-formatted.hl7");
        String byOid = v23.replace("|1245319599^SMITH^JOHN|",
                "|1111111111^SMITH^JOHN^^^^^^&2.16.840.1.113883.4.6&ISO|");
        String untyped = v23.replace("|1245319599^SMITH^JOHN|", "|1111111111^SMITH^JOHN|");

        assertThat(READER.results(byOid).get(0).report().orderingNpi()).isEqualTo("1111111111");
        assertThat(READER.results(untyped).get(0).report().orderingNpi()).as("a local id is not an NPI").isNull();
    }

    @Test
    void tellsTheMessageTypeWithoutReadingTheMessage() {
        assertThat(Hl7Reader.messageType(Hl7Samples.read("oru-r01-v23-ruq-formatted.hl7"))).isEqualTo("ORU^R01");
        assertThat(Hl7Reader.messageType(Hl7Samples.read("orm-o01-abdomen.hl7"))).isEqualTo("ORM^O01");
        assertThat(Hl7Reader.messageType(Hl7Samples.read("bad-adt.hl7"))).isEqualTo("ADT^A01");
        assertThat(Hl7Reader.messageType(Hl7Samples.read("bad-garbage.hl7"))).isNull();
    }

    @Test
    void mapsPatientClassesToPlacesOfService() {
        assertThat(PlaceOfService.forPatientClass("E")).isEqualTo("23");
        assertThat(PlaceOfService.forPatientClass("I")).isEqualTo("21");
        assertThat(PlaceOfService.forPatientClass("o")).isEqualTo("22");
        assertThat(PlaceOfService.forPatientClass("R")).isNull();
        assertThat(PlaceOfService.forPatientClass(null)).isNull();
    }
}

package org.sonobill.fhir.r4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sonobill.engine.study.Patient;
import org.sonobill.engine.study.Sex;
import org.sonobill.report.IncomingReport;

class DiagnosticReportReaderTest {
    private static final DiagnosticReportReader READER = new DiagnosticReportReader();

    @Test
    void readsAStandaloneJsonReportWithItsContainedOrder() {
        FhirReportInput input = READER.read(FhirSamples.read("diagnostic-report-pelvis.json"));

        IncomingReport report = input.report();
        assertThat(report.id()).as("the ACSN-typed identifier").isEqualTo("ACC-2025-0420");
        assertThat(report.text())
                .startsWith("EXAM: US PELVIS TRANSABDOMINAL AND TRANSVAGINAL\nINDICATION: Pelvic pain.")
                .endsWith("IMPRESSION: Normal pelvic ultrasound.");
        assertThat(report.dateOfService()).as("the date as written, not shifted to UTC")
                .isEqualTo(LocalDate.of(2025, 4, 20));
        assertThat(report.orderedCode()).isEqualTo("76856");
        assertThat(report.orderedText()).isEqualTo("US PELVIS COMPLETE WITH TRANSVAGINAL");
        assertThat(report.orderingNpi()).isEqualTo("1245319599");
        assertThat(report.interpretingNpi()).isEqualTo("1234567893");
        assertThat(report.signed()).isTrue();
        assertThat(report.patient()).as("the Patient is not included").isNull();
        assertThat(input.patient()).isNull();
    }

    @Test
    void readsTheSameReportFromXmlAndJson() {
        IncomingReport json = READER.read(FhirSamples.read("diagnostic-report-pelvis.json")).report();
        IncomingReport xml = READER.read(FhirSamples.read("diagnostic-report-pelvis.xml")).report();

        assertThat(xml).isEqualTo(json);
    }

    @Test
    void resolvesEveryReferenceOfABundle() {
        FhirReportInput input = READER.read(FhirSamples.read("bundle-carotid.json"));

        IncomingReport report = input.report();
        assertThat(report.id()).as("the ImagingStudy's accession, not its DICOM UID").isEqualTo("ACC-2025-0506");
        assertThat(report.text()).isEqualTo("""
                CAROTID DUPLEX BILATERAL
                INDICATION: Carotid bruit. R09.89
                FINDINGS:
                Right ICA PSV 95 cm/s, EDV 25 cm/s; < 50% stenosis.
                Left ICA PSV 88 cm/s. Vertebral flow antegrade bilaterally.
                IMPRESSION: Mild plaque & no significant stenosis.""");
        assertThat(report.dateOfService()).as("effectivePeriod.start").isEqualTo(LocalDate.of(2025, 5, 6));
        assertThat(report.orderedCode()).isEqualTo("93880");
        assertThat(report.orderedText()).as("the order's text when the report's code has none")
                .isEqualTo("CAROTID DUPLEX BILATERAL");
        assertThat(report.orderingNpi()).as("requester by absolute URL").isEqualTo("1245319599");
        assertThat(report.interpretingNpi()).as("through the PractitionerRole").isEqualTo("1234567893");
        assertThat(report.signed()).as("amended").isTrue();
        assertThat(report.placeOfService()).as("Encounter.class AMB").isEqualTo("22");
        assertThat(report.patient()).isEqualTo(new Patient(Sex.M, LocalDate.of(1948, 11, 2)));
        FhirPatient patient = input.patient();
        assertThat(patient.mrn()).isEqualTo("MRN00055501");
        assertThat(patient.lastName()).isEqualTo("Stone");
        assertThat(patient.firstName()).isEqualTo("Robert");
        assertThat(patient.encounterClass()).isEqualTo("AMB");
        assertThat(patient.toString()).doesNotContain("MRN00055501", "Stone", "Robert", "1948");
        assertThat(input.toString()).doesNotContain("MRN00055501", "Stone", "Robert", "1948", "ICA PSV");
    }

    @Test
    void fallsBackToTheConclusionWithoutAPresentedForm() {
        String json = """
                {"resourceType": "DiagnosticReport", "id": "r-9", "status": "preliminary",
                 "code": {"text": "US RENAL"}, "conclusion": "No hydronephrosis."}""";

        IncomingReport report = READER.read(json).report();

        assertThat(report.text()).isEqualTo("No hydronephrosis.");
        assertThat(report.id()).as("the resource id as a last resort").isEqualTo("r-9");
        assertThat(report.signed()).isFalse();
        assertThat(report.dateOfService()).isNull();
    }

    @Test
    void readsEveryReportOfABundleWithReadAll() {
        String bundle = """
                {"resourceType": "Bundle", "type": "collection", "entry": [
                  {"resource": {"resourceType": "DiagnosticReport", "id": "a", "status": "final",
                    "code": {"text": "US A"}, "conclusion": "First."}},
                  {"resource": {"resourceType": "DiagnosticReport", "id": "b", "status": "final",
                    "code": {"text": "US B"}, "conclusion": "Second."}}]}""";

        assertThat(READER.readAll(bundle)).extracting(i -> i.report().id()).containsExactly("a", "b");
        assertThatThrownBy(() -> READER.read(bundle)).isInstanceOf(FhirException.class)
                .hasMessage("Bundle.entry: expected one DiagnosticReport, found 2 (read them with readAll)");
    }

    @Test
    void namesPresentedFormWhenThereIsNoText() {
        String json = """
                {"resourceType": "DiagnosticReport", "id": "r-1", "status": "final", "code": {"text": "US"},
                 "presentedForm": [{"contentType": "application/pdf", "data": "JVBERi0="}]}""";

        assertThatThrownBy(() -> READER.read(json)).isInstanceOf(FhirException.class)
                .hasMessage("DiagnosticReport.presentedForm: expected text/plain or a conclusion")
                .extracting(e -> ((FhirException) e).path()).isEqualTo("DiagnosticReport.presentedForm");
    }

    @Test
    void namesIdentifierWhenTheReportCannotBeIdentified() {
        String json = """
                {"resourceType": "DiagnosticReport", "status": "final", "code": {"text": "US"},
                 "conclusion": "Normal."}""";

        assertThatThrownBy(() -> READER.read(json)).isInstanceOf(FhirException.class)
                .hasMessage("DiagnosticReport.identifier: expected an accession, an ImagingStudy identifier or a "
                        + "resource id");
    }

    @Test
    void refusesAnotherResourceType() {
        String json = """
                {"resourceType": "Patient", "id": "p", "name": [{"family": "Doe"}]}""";

        assertThatThrownBy(() -> READER.read(json)).isInstanceOf(FhirException.class)
                .hasMessage("DiagnosticReport: expected a DiagnosticReport or a Bundle holding one, got Patient");
    }

    @Test
    void refusesABundleWithoutAReport() {
        String json = """
                {"resourceType": "Bundle", "type": "collection", "entry": [
                  {"resource": {"resourceType": "Patient", "id": "p"}}]}""";

        assertThatThrownBy(() -> READER.read(json)).isInstanceOf(FhirException.class)
                .hasMessage("Bundle.entry: expected a DiagnosticReport entry");
    }

    @Test
    void refusesContentThatIsNotFhirWithoutQuotingIt() {
        assertThatThrownBy(() -> READER.read("{\"resourceType\": \"DiagnosticReport\", \"status\": DOE-JANE"))
                .isInstanceOf(FhirException.class)
                .hasMessage("DiagnosticReport: expected a FHIR R4 resource in JSON; the content cannot be parsed "
                        + "as one")
                .hasNoCause();
        assertThatThrownBy(() -> READER.read("<DiagnosticReport><broken"))
                .hasMessage("DiagnosticReport: expected a FHIR R4 resource in XML; the content cannot be parsed "
                        + "as one");
        assertThatThrownBy(() -> READER.read("MSH|^~\\&|not fhir"))
                .hasMessageStartingWith("DiagnosticReport: expected a FHIR R4 resource in JSON");
    }

    @Test
    void takesTheAccessionOfTheBundlesOnlyImagingStudyWhenTheReportNamesNone() {
        String bundle = FhirSamples.read("bundle-carotid.json")
                .replace("\"imagingStudy\": [{ \"reference\": \"ImagingStudy/study-4\" }],", "");

        assertThat(READER.read(bundle).report().id()).isEqualTo("ACC-2025-0506");
    }

    @Test
    void followsAContainedOrderToAPractitionerContainedBesideIt() {
        String json = """
                {"resourceType": "DiagnosticReport", "id": "r-2",
                 "contained": [
                   {"resourceType": "Practitioner", "id": "doc",
                    "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": "1245319599"}]},
                   {"resourceType": "ServiceRequest", "id": "order", "status": "completed", "intent": "order",
                    "subject": {"reference": "Patient/p"}, "requester": {"reference": "#doc"},
                    "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "76536"}]}}],
                 "basedOn": [{"reference": "#order"}], "status": "final", "code": {"text": "US NECK"},
                 "encounter": {"reference": "#enc"}, "conclusion": "Normal thyroid."}""";

        IncomingReport report = READER.read(json).report();

        assertThat(report.orderedCode()).isEqualTo("76536");
        assertThat(report.orderingNpi()).isEqualTo("1245319599");
        assertThat(report.placeOfService()).as("the Encounter is not at hand").isNull();
    }

    @Test
    void takesThePlaceOfServiceFromTheEncounterEvenWithoutThePatient() {
        String bundle = """
                {"resourceType": "Bundle", "type": "collection", "entry": [
                  {"fullUrl": "urn:uuid:r", "resource": {"resourceType": "DiagnosticReport", "id": "r-3",
                    "status": "final", "code": {"text": "US"}, "conclusion": "Normal.",
                    "subject": {"reference": "Patient/elsewhere"}, "encounter": {"reference": "urn:uuid:e"}}},
                  {"fullUrl": "urn:uuid:e", "resource": {"resourceType": "Encounter", "status": "finished",
                    "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "EMER"}}}]}""";

        FhirReportInput input = READER.read(bundle);

        assertThat(input.report().placeOfService()).isEqualTo("23");
        assertThat(input.patient()).isNull();
    }

    @Test
    void refusesXmlThatDeclaresExternalEntities() {
        String xml = """
                <?xml version="1.0"?>
                <!DOCTYPE DiagnosticReport [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <DiagnosticReport xmlns="http://hl7.org/fhir"><id value="x"/><status value="final"/>
                <code><text value="US"/></code><conclusion value="&secret;"/></DiagnosticReport>""";

        assertThatThrownBy(() -> READER.read(xml)).isInstanceOf(FhirException.class)
                .hasMessage("DiagnosticReport: expected a FHIR R4 resource in XML; the content cannot be parsed "
                        + "as one");
    }

    @Test
    void reducesHtmlToText() {
        assertThat(ReportText.htmlToText("<div><p>Liver&nbsp;normal.</p>\n  <p>Spleen 10&#160;cm &#x2013; ok</p>"
                + "<script>x()</script><!-- note --></div>"))
                .isEqualTo("Liver normal.\nSpleen 10 cm \u2013 ok");
    }
}

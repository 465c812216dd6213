package org.sonobill.server.fhir;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** FHIR R4 Bundles for the tests: a DiagnosticReport with its Patient, Encounter, order and physicians. */
final class FhirResources {
    static final String COMPLETE_ABDOMEN = org.sonobill.server.report.SampleReports.COMPLETE_ABDOMEN
            + "\nElectronically signed by Amy Jones, MD.";

    private FhirResources() {
    }

    /** A Bundle with one final DiagnosticReport of the accession, for the patient of the MRN. */
    static String bundle(String accession, String mrn) {
        return bundle(accession, mrn, COMPLETE_ABDOMEN);
    }

    static String bundle(String accession, String mrn, String text) {
        String data = Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
        return """
                {"resourceType": "Bundle", "type": "collection", "entry": [
                  {"fullUrl": "urn:uuid:patient-1", "resource": {"resourceType": "Patient",
                    "identifier": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR"}]},
                                    "value": "%2$s"}],
                    "name": [{"use": "official", "family": "Rivera", "given": ["Ana"]}],
                    "gender": "female", "birthDate": "1971-04-02"}},
                  {"fullUrl": "urn:uuid:encounter-1", "resource": {"resourceType": "Encounter", "status": "finished",
                    "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "AMB"},
                    "subject": {"reference": "urn:uuid:patient-1"}}},
                  {"fullUrl": "urn:uuid:order-1", "resource": {"resourceType": "ServiceRequest", "status": "completed",
                    "intent": "order", "subject": {"reference": "urn:uuid:patient-1"},
                    "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "76700"}],
                             "text": "US ABDOMEN COMPLETE"},
                    "requester": {"reference": "urn:uuid:orderer-1"}}},
                  {"fullUrl": "urn:uuid:orderer-1", "resource": {"resourceType": "Practitioner",
                    "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": "1245319599"}]}},
                  {"fullUrl": "urn:uuid:reader-1", "resource": {"resourceType": "Practitioner",
                    "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": "1234567893"}]}},
                  {"fullUrl": "urn:uuid:report-1", "resource": {"resourceType": "DiagnosticReport", "status": "final",
                    "identifier": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "ACSN"}]},
                                    "value": "%1$s"}],
                    "basedOn": [{"reference": "urn:uuid:order-1"}],
                    "code": {"text": "US ABDOMEN COMPLETE"},
                    "subject": {"reference": "urn:uuid:patient-1"},
                    "encounter": {"reference": "urn:uuid:encounter-1"},
                    "effectiveDateTime": "2026-03-02T09:30:00-05:00",
                    "resultsInterpreter": [{"reference": "urn:uuid:reader-1"}],
                    "presentedForm": [{"contentType": "text/plain; charset=utf-8", "data": "%3$s"}]}}]}
                """.formatted(accession, mrn, data);
    }
}

package org.sonobill.server.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sonobill.server.Api;
import org.sonobill.server.Api.Response;
import org.sonobill.server.TestServer;
import org.sonobill.server.TestServer.TestOrg;
import org.sonobill.server.security.Role;
import tools.jackson.databind.JsonNode;

/**
 * POST /api/fhir/DiagnosticReport: a FHIR R4 Bundle becomes a study exactly as a report posted as text does; a
 * resource SonoBill cannot use is refused as problem+json naming the FHIRPath.
 */
class FhirApiTest {
    private static final Map<String, String> FHIR_JSON = Map.of("Content-Type", "application/fhir+json");
    private static TestOrg org;
    private static Api coder;

    @BeforeAll
    static void organisation() {
        org = TestServer.get().newOrganisation("fhir");
        coder = Api.as(org.token(Role.CODER));
    }

    @Test
    void aDiagnosticReportInABundleBecomesAStudyWithItsEvidence() {
        Response r = coder.post("/api/fhir/DiagnosticReport", FhirResources.bundle("FHIR-1", "MRN-F1"), FHIR_JSON);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        JsonNode study = r.json().path("studies").get(0);
        assertThat(study.path("study").path("accession").asString()).isEqualTo("FHIR-1");
        assertThat(study.path("patient").path("mrn").asString()).isEqualTo("MRN-F1");
        assertThat(study.path("patient").path("lastName").asString()).isEqualTo("Rivera");
        assertThat(study.path("documentation").path("exam").asString()).isEqualTo("abdomen");
        assertThat(study.path("documentation").path("placeOfService").asString()).isEqualTo("22");
        assertThat(study.path("documentation").path("orderingNpi").asString()).isEqualTo("1245319599");
        assertThat(study.path("reading").path("source").asString()).isEqualTo("fhir");
        assertThat(study.path("reading").path("evidence").size()).isPositive();
        assertThat(study.path("coding").path("version").asInt()).isEqualTo(1);
        assertThat(study.path("reading").path("confidence").asString()).isEqualTo("ready");
        assertThat(study.path("study").path("status").asString()).isEqualTo("coded");

        Response twice = coder.post("/api/fhir/DiagnosticReport", FhirResources.bundle("FHIR-1", "MRN-F1"), FHIR_JSON);
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aResourceThatIsNotADiagnosticReportIsRefusedNamingThePath() {
        Response r = coder.post("/api/fhir/DiagnosticReport", "{\"resourceType\": \"Observation\", \"status\": "
                + "\"final\", \"code\": {\"text\": \"x\"}}", FHIR_JSON);
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().path("errors").get(0).path("field").asString()).isEqualTo("DiagnosticReport");
        assertThat(r.json().path("detail").asString()).contains("Observation");
    }

    @Test
    void aReportWithoutTextIsRefusedNamingPresentedForm() {
        String bundle = FhirResources.bundle("FHIR-3", "MRN-F3").replaceAll(
                ",\\s*\"presentedForm\": \\[[^]]*]", "");
        Response r = coder.post("/api/fhir/DiagnosticReport", bundle, FHIR_JSON);
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.json().path("errors").get(0).path("field").asString()).isEqualTo("DiagnosticReport.presentedForm");
    }

    @Test
    void aPatientWithoutANameIsRefusedNamingPatientName() {
        String bundle = FhirResources.bundle("FHIR-4", "MRN-F4").replace(
                "\"name\": [{\"use\": \"official\", \"family\": \"Rivera\", \"given\": [\"Ana\"]}],", "");
        Response r = coder.post("/api/fhir/DiagnosticReport", bundle, FHIR_JSON);
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.json().path("errors").get(0).path("field").asString()).isEqualTo("Patient.name");
        assertThat(coder.get("/api/studies?source=fhir").json().path("items").findValuesAsString("accession"))
                .doesNotContain("FHIR-4");
    }

    @Test
    void malformedJsonIsRefused() {
        Response r = coder.post("/api/fhir/DiagnosticReport", "{\"resourceType\": ", FHIR_JSON);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).doesNotContain("at org.").doesNotContain("Exception");
    }
}

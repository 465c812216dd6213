package org.sonobill.server.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sonobill.server.Api;
import org.sonobill.server.TestServer;
import org.sonobill.server.security.Role;
import tools.jackson.databind.JsonNode;

class ReferenceApiTest {
    private static Api auditor;

    @BeforeAll
    static void organisation() {
        auditor = Api.as(TestServer.get().newOrganisation("reference").token(Role.AUDITOR));
    }

    @Test
    void ultrasoundCodesAreFoundByWordsWithOurOwnDescriptions() {
        JsonNode codes = auditor.get("/api/codes?q=retroperitoneal").json();
        assertThat(codes.findValuesAsString("code")).contains("76770", "76775");
        assertThat(codes.get(0).path("description").asString()).isNotBlank();
    }

    @Test
    void icd10IsSearchedByCodeOrWordsInTheReleaseOfTheDate() {
        JsonNode byCode = auditor.get("/api/icd10?q=R10.1&date=2026-03-01").json();
        assertThat(byCode.path("release").asString()).isEqualTo("ICD-10-CM FY2026");
        assertThat(byCode.path("items").findValuesAsString("code")).contains("R1011");
        JsonNode byWords = auditor.get("/api/icd10?q=gallbladder%20calculus&limit=5").json();
        assertThat(byWords.path("items")).hasSizeLessThanOrEqualTo(5).isNotEmpty();
        assertThat(auditor.get("/api/icd10?q=%20").status()).isEqualTo(400);
    }

    @Test
    void payersComeWithTheirRulePacksAndProvidersWithTheirRoles() {
        assertThat(auditor.get("/api/payers").json().findValuesAsString("rulePack"))
                .containsExactly("commercial", "commercial-hmo", "medicare");
        JsonNode billing = auditor.get("/api/providers?role=billing").json();
        assertThat(billing.get(0).path("npi").asString()).isEqualTo("1245319599");
    }
}

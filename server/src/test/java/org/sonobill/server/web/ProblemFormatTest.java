package org.sonobill.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sonobill.server.Api;
import org.sonobill.server.Api.Response;
import org.sonobill.server.Examples;
import org.sonobill.server.TestServer;
import org.sonobill.server.security.Role;
import tools.jackson.databind.node.ObjectNode;

/** Every error is application/problem+json that names the field and what was expected, never a stack trace. */
class ProblemFormatTest {
    private static Api coder;

    @BeforeAll
    static void organisation() {
        coder = Api.as(TestServer.get().newOrganisation("problems").token(Role.CODER));
    }

    private static void isProblem(Response r, int status) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().path("status").asInt()).isEqualTo(status);
        assertThat(r.json().path("title").asString()).isNotBlank();
        assertThat(r.body()).doesNotContain("\tat ", "Exception", "org.springframework");
    }

    @Test
    void malformedJsonNamesTheLineAndColumn() {
        Response r = coder.post("/api/studies", "{\n  \"accession\": \"X-1\",\n  \"patient\": {\"mrn\": }\n}");
        isProblem(r, 400);
        assertThat(r.json().path("detail").asString()).contains("line 3, column");
    }

    @Test
    void invalidDocumentationNamesEachFieldWithItsPointer() {
        ObjectNode body = (ObjectNode) Api.JSON.readTree(Examples.createStudy(
                "01-abdomen-complete-outpatient-hospital.json", "PF-1", "MRN-PF-1"));
        ((ObjectNode) body.get("documentation")).put("placeOfService", "ward 5");
        ((ObjectNode) body.get("documentation")).put("exam", "brain");
        Response r = coder.post("/api/studies", body.toString());
        isProblem(r, 400);
        assertThat(r.json().path("errors").findValuesAsString("field"))
                .contains("/documentation/placeOfService", "/documentation/exam");
        assertThat(r.json().path("errors").findValuesAsString("problem").toString()).contains("expected");
        assertThat(coder.get("/api/studies").json().path("items").findValuesAsString("accession"))
                .as("nothing was saved").doesNotContain("PF-1");
    }

    @Test
    void missingFieldsAreNamed() {
        Response r = coder.post("/api/studies", "{\"accession\": \"PF-2\"}");
        isProblem(r, 400);
        assertThat(r.json().path("errors").findValuesAsString("field")).contains("patient", "documentation");
    }

    @Test
    void aWrongParameterTypeNamesTheParameter() {
        Response r = coder.get("/api/studies?limit=many");
        isProblem(r, 400);
        assertThat(r.json().path("errors").get(0).path("field").asString()).isEqualTo("limit");
        isProblem(coder.get("/api/studies?from=yesterday"), 400);
        isProblem(coder.get("/api/studies?limit=100000"), 400);
    }

    @Test
    void unknownRecordsMethodsAndMediaTypesAreProblemsToo() {
        isProblem(coder.get("/api/studies/123456789"), 404);
        isProblem(coder.get("/api/studies/not-a-number"), 400);
        isProblem(coder.send("PUT", "/api/studies", "{}", Map.of()), 405);
        isProblem(coder.send("POST", "/api/studies", null, Map.of("Content-Type", "text/plain")), 415);
        isProblem(coder.get("/api/no-such-thing"), 404);
    }

    @Test
    void aDuplicateAccessionIsAConflictAndNothingIsSavedTwice() {
        String body = Examples.createStudy("03-renal-hematuria-kidneys-and-bladder.json", "PF-DUP", "MRN-PF-DUP");
        assertThat(coder.post("/api/studies", body).status()).isEqualTo(201);
        Response again = coder.post("/api/studies", body);
        isProblem(again, 409);
        assertThat(coder.get("/api/studies").json().path("items").findValuesAsString("accession"))
                .containsOnlyOnce("PF-DUP");
    }
}

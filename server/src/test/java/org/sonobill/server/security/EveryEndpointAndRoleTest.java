package org.sonobill.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sonobill.server.security.Role.ADMIN;
import static org.sonobill.server.security.Role.AUDITOR;
import static org.sonobill.server.security.Role.BILLER;
import static org.sonobill.server.security.Role.CODER;
import static org.sonobill.server.security.Role.DENIAL_SPECIALIST;
import static org.sonobill.server.security.Role.MANAGER;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sonobill.server.Api;
import org.sonobill.server.Api.Response;
import org.sonobill.server.TestServer;
import org.sonobill.server.TestServer.TestOrg;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Each endpoint, called by a user holding each role alone: the roles that need it get through (whatever the answer
 * to the request itself), every other role gets 403, and nobody signed out gets in. The table below is written out
 * by hand on purpose, and a test checks that it names every endpoint the server has.
 */
class EveryEndpointAndRoleTest {
    private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
    private static final Set<Role> CODING = EnumSet.of(CODER, MANAGER, ADMIN);
    private static final Set<Role> BILLING = EnumSet.of(BILLER, MANAGER, ADMIN);
    private static final Set<Role> CLAIM_READERS = EnumSet.of(BILLER, DENIAL_SPECIALIST, MANAGER, AUDITOR, ADMIN);
    private static final Set<Role> DENIALS = EnumSet.of(BILLER, DENIAL_SPECIALIST, MANAGER, ADMIN);

    /** method, path (with {id} filled by an id that does not exist), body, roles allowed, and headers if any. */
    static final List<Object[]> TABLE = List.of(
            new Object[] {"GET", "/api/studies", null, EVERYONE},
            new Object[] {"POST", "/api/studies", "{}", CODING},
            new Object[] {"GET", "/api/studies/{id}", null, EVERYONE},
            new Object[] {"POST", "/api/studies/{id}/code", null, CODING},
            new Object[] {"POST", "/api/studies/{id}/coding", "{\"action\": \"accept\"}", CODING},
            new Object[] {"POST", "/api/reports", "{}", CODING},
            new Object[] {"POST", "/api/fhir/DiagnosticReport", "{}", CODING, Map.of("Content-Type", "application/fhir+json")},
            new Object[] {"GET", "/api/fhir/Claim/{id}", null, CLAIM_READERS},
            new Object[] {"GET", "/api/hl7/inbox", null, CODING},
            new Object[] {"GET", "/api/hl7/inbox/{id}", null, CODING},
            new Object[] {"GET", "/api/fhir/ExplanationOfBenefit/{id}", null, CLAIM_READERS},
            new Object[] {"GET", "/api/claims", null, CLAIM_READERS},
            new Object[] {"POST", "/api/claims", "{}", BILLING},
            new Object[] {"GET", "/api/claims/{id}", null, CLAIM_READERS},
            new Object[] {"POST", "/api/claims/{id}/scrub", null, BILLING},
            new Object[] {"POST", "/api/claims/{id}/overrides", "{}", BILLING},
            new Object[] {"POST", "/api/claims/{id}/ready", null, BILLING},
            new Object[] {"GET", "/api/payers", null, EVERYONE},
            new Object[] {"GET", "/api/providers", null, EVERYONE},
            new Object[] {"GET", "/api/codes", null, EVERYONE},
            new Object[] {"GET", "/api/icd10", null, EVERYONE},
            new Object[] {"GET", "/api/audit", null, EnumSet.of(AUDITOR, MANAGER, ADMIN)},
            new Object[] {"GET", "/api/users", null, EnumSet.of(ADMIN)},
            new Object[] {"POST", "/api/users", "{}", EnumSet.of(ADMIN)},
            new Object[] {"POST", "/api/tokens", "{}", EnumSet.of(ADMIN)},
            new Object[] {"DELETE", "/api/tokens/{id}", null, EnumSet.of(ADMIN)},
            new Object[] {"GET", "/api/session", null, EVERYONE},
            new Object[] {"POST", "/api/remittances", "ISA*", BILLING, Map.of("Content-Type", "application/edi-x12")},
            new Object[] {"GET", "/api/remittances", null, CLAIM_READERS},
            new Object[] {"GET", "/api/remittances/{id}", null, CLAIM_READERS},
            new Object[] {"POST", "/api/batches", "{}", BILLING},
            new Object[] {"GET", "/api/batches", null, CLAIM_READERS},
            new Object[] {"GET", "/api/batches/{id}", null, CLAIM_READERS},
            new Object[] {"GET", "/api/batches/{id}/837", null, CLAIM_READERS},
            new Object[] {"POST", "/api/acknowledgements", "ISA*", BILLING, Map.of("Content-Type", "application/edi-x12")},
            new Object[] {"GET", "/api/denials", null, CLAIM_READERS},
            new Object[] {"GET", "/api/denials/batches", null, CLAIM_READERS},
            new Object[] {"GET", "/api/denials/{id}", null, CLAIM_READERS},
            new Object[] {"POST", "/api/denials/{id}/assign", "{}", DENIALS},
            new Object[] {"POST", "/api/denials/{id}/start", null, DENIALS},
            new Object[] {"POST", "/api/denials/{id}/resolve", "{}", DENIALS},
            new Object[] {"POST", "/api/denials/resolve", "{}", DENIALS},
            new Object[] {"POST", "/api/denials/{id}/appeals", "{}", DENIALS},
            new Object[] {"PUT", "/api/denials/{id}/appeals/{id}/letter", "{}", DENIALS},
            new Object[] {"GET", "/api/denials/{id}/appeals/{id}/letter.pdf", null, CLAIM_READERS},
            new Object[] {"POST", "/api/denials/{id}/appeals/{id}/file", "{}", DENIALS},
            new Object[] {"POST", "/api/denials/{id}/appeals/{id}/decision", "{}", DENIALS},
            new Object[] {"POST", "/api/denials/{id}/correct", "{}", DENIALS},
            new Object[] {"GET", "/api/denials/trends", null, CLAIM_READERS},
            new Object[] {"GET", "/api/denials/education", null, CLAIM_READERS},
            new Object[] {"GET", "/api/denials/assignment-rules", null, CLAIM_READERS},
            new Object[] {"POST", "/api/denials/assignment-rules", "{}", EnumSet.of(MANAGER, ADMIN)},
            new Object[] {"DELETE", "/api/denials/assignment-rules/{id}", null, EnumSet.of(MANAGER, ADMIN)},
            new Object[] {"GET", "/actuator/metrics", null, EnumSet.of(MANAGER, ADMIN)},
            new Object[] {"GET", "/actuator/prometheus", null, EnumSet.of(MANAGER, ADMIN)});

    private static TestOrg org;

    @BeforeAll
    static void organisation() {
        org = TestServer.get().newOrganisation("access");
    }

    static Stream<Arguments> endpointsAndRoles() {
        List<Arguments> out = new ArrayList<>();
        for (Object[] row : TABLE) {
            for (Role r : Role.values()) {
                out.add(Arguments.of(row[0], row[1], row[2], r, ((Set<?>) row[3]).contains(r), headers(row)));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1} as {3}: allowed={4}")
    @MethodSource("endpointsAndRoles")
    void eachRoleGetsThroughOnlyWhereItIsAllowed(String method, String path, String body, Role role, boolean allowed,
                                                 Map<String, String> headers) {
        Response r = Api.as(org.token(role)).send(method, path.replace("{id}", "987654321"), body, headers);
        if (allowed) {
            assertThat(r.status()).as(method + " " + path + " as " + role + ": " + r.body()).isNotIn(401, 403);
            assertThat(r.status()).as(r.body()).isLessThan(500);
        } else {
            assertThat(r.status()).as(method + " " + path + " as " + role + ": " + r.body()).isEqualTo(403);
            assertThat(r.contentType()).startsWith("application/problem+json");
        }
    }

    static Stream<Arguments> endpoints() {
        return TABLE.stream().map(row -> Arguments.of(row[0], row[1], row[2], headers(row)));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> headers(Object[] row) {
        return row.length > 4 ? (Map<String, String>) row[4] : Map.of();
    }

    @ParameterizedTest(name = "{0} {1} signed out")
    @MethodSource("endpoints")
    void nobodySignedOutGetsIn(String method, String path, String body, Map<String, String> headers) {
        Response r = Api.anonymous().send(method, path.replace("{id}", "987654321"), body, headers);
        assertThat(r.status()).as(r.body()).isIn(401, 403);
    }

    @Test
    void healthAndTheApiDocumentationAreOpenToEveryone() {
        assertThat(Api.anonymous().get("/actuator/health").status()).isEqualTo(200);
        assertThat(Api.anonymous().get("/api/openapi").status()).isEqualTo(200);
        assertThat(Api.anonymous().get("/api/docs").status()).isIn(200, 302);
        assertThat(Api.anonymous().get("/login").status()).isEqualTo(200);
    }

    @Test
    void theTableNamesEveryEndpointOfTheServer() {
        RequestMappingHandlerMapping mapping = TestServer.get().context()
                .getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        Set<String> served = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mapping.getHandlerMethods().entrySet()) {
            if (!e.getValue().getBeanType().getPackageName().startsWith("org.sonobill")) {
                continue; // springdoc's own document endpoints: open by design, checked above
            }
            for (String p : e.getKey().getPatternValues()) {
                if (!p.startsWith("/api/")) {
                    continue; // the sign-in and start pages
                }
                e.getKey().getMethodsCondition().getMethods()
                        .forEach(m -> served.add(m.name() + " " + p.replaceAll("\\{[^}]+}", "{id}")));
            }
        }
        Set<String> tabled = new TreeSet<>();
        TABLE.stream().filter(row -> ((String) row[1]).startsWith("/api/")).forEach(row -> tabled.add(row[0] + " " + row[1]));
        assertThat(tabled).isEqualTo(served);
    }

    @Test
    void aRevokedTokenIsRefused() {
        Api admin = Api.as(org.token(ADMIN));
        Response issued = admin.post("/api/tokens", "{\"userId\": " + org.userIds().get(BILLER) + ", \"name\": \"scripts\"}");
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        String token = issued.json().path("token").asString();
        assertThat(Api.as(token).get("/api/claims").status()).isEqualTo(200);

        assertThat(admin.delete("/api/tokens/" + issued.json().path("id").asLong()).status()).isEqualTo(204);
        Response refused = Api.as(token).get("/api/claims");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.json().path("title").asString()).isEqualTo("Invalid API token");
        assertThat(Api.as("sb_not-a-token").get("/api/claims").status()).isEqualTo(401);
    }
}

package org.sonobill.server;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.sonobill.server.TestServer.TestOrg;
import org.sonobill.server.security.Role;
import org.sonobill.server.security.SonoBillUser;
import org.sonobill.server.security.UserStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.node.ObjectNode;

/**
 * Patient identifiers never reach the logs: every log event of a session that stores, codes, bills, scrubs, searches
 * and fails on a patient's data — bad JSON quoting the name, a duplicate, a failed sign-in, a server error — is
 * searched for the patient's name, MRN and birth date.
 */
class NoPatientDataInLogsTest {
    private static final String LAST = "Quixotefield";
    private static final String FIRST = "Zebediah";
    private static final String MRN = "PHI-MRN-8675309";
    private static final String BIRTH = "1941-07-19";
    private static ListAppender<ILoggingEvent> captured;
    private static Logger root;

    @BeforeAll
    static void captureEveryLogEvent() {
        TestServer.get(); // started before capturing: its start-up lines hold no patient anyway
        root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        captured = new ListAppender<>();
        captured.start();
        root.addAppender(captured);
    }

    @AfterAll
    static void stopCapturing() {
        root.detachAppender(captured);
    }

    private static String study(String accession) {
        ObjectNode body = (ObjectNode) Api.JSON.readTree(Examples.createStudy(
                "01-abdomen-complete-outpatient-hospital.json", accession, MRN));
        ObjectNode patient = (ObjectNode) body.get("patient");
        patient.put("lastName", LAST);
        patient.put("firstName", FIRST);
        patient.put("birthDate", BIRTH);
        ((ObjectNode) body.get("documentation").get("patient")).put("birthDate", BIRTH);
        return body.toString();
    }

    @Test
    void aWholeWorkdayWithFailuresLogsNoPatientIdentifier() {
        TestOrg org = TestServer.get().newOrganisation("phi");
        Api coder = Api.as(org.token(Role.CODER));
        Api biller = Api.as(org.token(Role.BILLER));
        long id = coder.post("/api/studies", study("PHI-1")).json().path("study").path("id").asLong();
        coder.post("/api/studies/" + id + "/code", null);
        long claim = biller.post("/api/claims", "{\"studyIds\": [" + id + "]}").json().path("claim").path("id").asLong();
        biller.post("/api/claims/" + claim + "/scrub", null);
        biller.get("/api/claims/" + claim);
        coder.get("/api/studies?technologist=" + LAST);

        assertThat(coder.post("/api/studies", study("PHI-1")).status()).isEqualTo(409);
        assertThat(coder.post("/api/studies", "{\"patient\": {\"lastName\": \"" + LAST + "\", \"mrn\": " + MRN + "}}")
                .status()).isEqualTo(400);
        assertThat(Api.anonymous().send("POST", "/login", "username=" + MRN + "&password=" + LAST,
                Map.of("Content-Type", "application/x-www-form-urlencoded")).status()).isIn(302, 403);

        // a server error whose message quotes the patient's birth date, as a constraint's message quotes a value
        JdbcClient jdbc = TestServer.get().jdbc();
        jdbc.sql("CREATE OR REPLACE FUNCTION phi_test_trap() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                + "IF NEW.accession = 'PHI-2' THEN RAISE EXCEPTION 'refused %', NEW.documentation #>> '{patient,birthDate}'; END IF; RETURN NEW; END; $$")
                .update();
        jdbc.sql("CREATE TRIGGER phi_test_trap BEFORE INSERT ON studies FOR EACH ROW EXECUTE FUNCTION phi_test_trap()")
                .update();
        try {
            assertThat(coder.post("/api/studies", study("PHI-2")).status()).isEqualTo(500);
        } finally {
            jdbc.sql("DROP TRIGGER phi_test_trap ON studies").update();
            jdbc.sql("DROP FUNCTION phi_test_trap()").update();
        }

        List<String> lines = captured.list.stream().map(e -> e.getFormattedMessage()
                + (e.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(e.getThrowableProxy()))).toList();
        assertThat(lines).as("the session did log something (the server error)").isNotEmpty();
        for (String line : lines) {
            assertThat(line).doesNotContain(LAST, FIRST, MRN, BIRTH);
        }
    }

    @Test
    void reportsByEveryRouteWithFailuresLogNoPatientIdentifier() throws Exception {
        TestOrg org = TestServer.get().newOrganisation("phi-reports");
        Api coder = Api.as(org.token(Role.CODER));
        String report = "EXAM: US ABDOMEN LIMITED\nHISTORY: " + LAST + " has right upper quadrant pain.\n"
                + "FINDINGS: The liver and gallbladder are normal. The common bile duct measures 3 mm.\n"
                + "IMPRESSION: Normal right upper quadrant.";
        String body = "{\"accession\": \"PHI-R1\", \"patient\": {\"mrn\": \"" + MRN + "\", \"lastName\": \"" + LAST
                + "\", \"firstName\": \"" + FIRST + "\", \"sex\": \"F\", \"birthDate\": \"" + BIRTH + "\"}, "
                + "\"reportText\": " + Api.JSON.writeValueAsString(report) + ", \"context\": {\"placeOfService\": \"22\", "
                + "\"dateOfService\": \"2026-03-02\"}}";
        assertThat(coder.post("/api/reports", body).status()).isEqualTo(201);
        assertThat(coder.post("/api/reports", body).status()).isEqualTo(409);
        assertThat(coder.post("/api/fhir/DiagnosticReport", "{\"resourceType\": \"Patient\", \"name\": [{\"family\": \""
                + LAST + "\"}]}", Map.of("Content-Type", "application/fhir+json")).status()).isEqualTo(400);

        SonoBillUser feed = (SonoBillUser) TestServer.get().context().getBean(UserStore.class)
                .loadUserByUsername("coder@" + org.code());
        org.sonobill.server.hl7.Hl7Intake hl7 = TestServer.get().context()
                .getBean(org.sonobill.server.hl7.Hl7Intake.class);
        String message = "MSH|^~\\&|RIS|VALLEY|SONOBILL|BILLING|20260302101500||ORU^R01^ORU_R01|PHI-M1|P|2.5.1\r"
                + "PID|1||" + MRN + "^^^VALLEY^MR||" + LAST + "^" + FIRST + "||" + BIRTH.replace("-", "") + "|F\r"
                + "PV1|1|O\r"
                + "OBR|1|PL-PHI|PHI-H1|76705^US ABDOMEN LIMITED^C4|||20260302093000\r"
                + "OBX|1|TX|76705||" + report.replace("\n", "\rOBX|2|TX|76705||") + "||||||F\r";
        assertThat(hl7.take(feed, "mllp", message).ackCode()).isEqualTo("AA");
        assertThat(hl7.take(feed, "mllp", message.replace("OBR|1|PL-PHI|PHI-H1|", "OBR|1|||")).ackCode()).isEqualTo("AE");
        JdbcClient jdbc = TestServer.get().jdbc();
        jdbc.sql("CREATE OR REPLACE FUNCTION phi_report_trap() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                + "RAISE EXCEPTION 'refused %', (SELECT last_name FROM patients LIMIT 1); END; $$").update();
        jdbc.sql("CREATE TRIGGER phi_report_trap BEFORE INSERT ON report_readings FOR EACH ROW WHEN "
                + "(NEW.organisation_id = " + org.id() + ") EXECUTE FUNCTION phi_report_trap()").update();
        try {
            assertThat(hl7.take(feed, "mllp", message.replace("PHI-H1", "PHI-H2")).status()).isEqualTo("failed");
        } finally {
            jdbc.sql("DROP TRIGGER phi_report_trap ON report_readings").update();
            jdbc.sql("DROP FUNCTION phi_report_trap()").update();
        }

        List<String> lines = captured.list.stream().map(e -> e.getFormattedMessage()
                + (e.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(e.getThrowableProxy()))).toList();
        assertThat(lines).as("the session did log something (the failed intake)").isNotEmpty();
        for (String line : lines) {
            assertThat(line).doesNotContain(LAST, FIRST, MRN, BIRTH, BIRTH.replace("-", ""));
        }
    }
}

package org.sonobill.server.hl7;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sonobill.fhir.hl7.Mllp;
import org.sonobill.server.Api;
import org.sonobill.server.TestServer;
import org.sonobill.server.TestServer.TestOrg;
import org.sonobill.server.security.Role;
import org.sonobill.server.security.UserStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.env.MockEnvironment;
import tools.jackson.databind.JsonNode;

/**
 * The MLLP listener on a loopback port, as an interface engine uses it: a good result is answered AA and becomes a
 * study; the same again is answered AA as a duplicate and written once; a bad message is answered with a NAK naming
 * the segment and field and kept in the inbox; a result whose intake fails half-way is answered AE, kept as failed,
 * and leaves no study.
 */
class MllpListenerTest {
    private static final JdbcClient JDBC = TestServer.get().jdbc();
    private static TestOrg org;
    private static MllpListener listener;

    @BeforeAll
    static void listen() {
        org = TestServer.get().newOrganisation("mllp");
        listener = listener(Map.of("sonobill.hl7.port", "0", "sonobill.hl7.as", "coder@" + org.code()));
        listener.start();
    }

    @AfterAll
    static void stop() {
        listener.stop();
    }

    @AfterEach
    void removeTheTrap() {
        JDBC.sql("DROP TRIGGER IF EXISTS mllp_crash_trap ON report_readings").update();
        JDBC.sql("DROP FUNCTION IF EXISTS mllp_crash_trap()").update();
    }

    private static MllpListener listener(Map<String, String> properties) {
        MockEnvironment env = new MockEnvironment();
        properties.forEach(env::setProperty);
        var context = TestServer.get().context();
        return new MllpListener(context.getBean(Hl7Intake.class), context.getBean(UserStore.class), env);
    }

    @Test
    void listensOnLoopbackOnly() {
        assertThat(listener.isRunning()).isTrue();
        assertThat(listener.port()).isPositive();
        // bound to 127.0.0.1 itself: another address of the machine (even another loopback one) is refused
        assertThatThrownBy(() -> new Socket("127.0.0.2", listener.port()).close()).isInstanceOf(IOException.class);
    }

    @Test
    void aGoodResultIsAcknowledgedAndBecomesAStudyOnceEvenWhenSentTwice() throws IOException {
        String ack = send(Hl7Messages.oru("MSG-1", "HL7-ACC-1", "MRN-H1"));
        assertThat(msa(ack)).startsWith("MSA|AA|MSG-1|1 study received");
        assertThat(inbox("MSG-1")).containsEntry("status", "processed");
        JsonNode studies = Api.as(org.token(Role.CODER)).get("/api/studies?source=hl7").json();
        assertThat(studies.path("items").findValuesAsString("accession")).contains("HL7-ACC-1");
        long id = JDBC.sql("SELECT id FROM studies WHERE organisation_id = ? AND accession = 'HL7-ACC-1'")
                .params(org.id()).query(Long.class).single();
        JsonNode study = Api.as(org.token(Role.CODER)).get("/api/studies/" + id).json();
        assertThat(study.path("reading").path("source").asString()).isEqualTo("hl7");
        assertThat(study.path("documentation").path("exam").asString()).isEqualTo("abdomen");
        assertThat(study.path("patient").path("lastName").asString()).isEqualTo("RIVERA");
        assertThat(study.path("coding").path("version").asInt()).isEqualTo(1);
        assertThat(study.path("study").path("status").asString()).isEqualTo("coded");
        assertThat(study.path("documentation").path("placeOfService").asString()).as("PV1-2 O").isEqualTo("22");

        String again = send(Hl7Messages.oru("MSG-2", "HL7-ACC-1", "MRN-H1"));
        assertThat(msa(again)).startsWith("MSA|AA|MSG-2|duplicate: accession HL7-ACC-1 received before");
        assertThat(inbox("MSG-2")).containsEntry("status", "duplicate");
        assertThat(JDBC.sql("SELECT count(*) FROM studies WHERE organisation_id = ? AND accession = 'HL7-ACC-1'")
                .params(org.id()).query(Long.class).single()).isEqualTo(1);
        assertThat(JDBC.sql("SELECT count(*) FROM coding_results WHERE study_id = ?").params(id).query(Long.class)
                .single()).isEqualTo(1);
    }

    @Test
    void aResultWithoutItsAccessionIsRefusedNamingTheFieldAndKept() throws IOException {
        String message = Hl7Messages.withoutAccession("MSG-3", "MRN-H3");
        String nak = send(message);
        assertThat(msa(nak)).startsWith("MSA|AE|MSG-3|").contains("OBR-3");
        assertThat(nak).contains("\rERR|");
        Map<String, Object> kept = inbox("MSG-3");
        assertThat(kept).containsEntry("status", "refused").containsEntry("raw", message);
        assertThat((String) kept.get("error")).contains("OBR-3");

        // a coder finds it in the inbox's refused messages, and reads it as received
        Api coder = Api.as(org.token(Role.CODER));
        JsonNode refused = coder.get("/api/hl7/inbox?status=refused").json().path("items");
        JsonNode entry = null;
        for (JsonNode e : refused) {
            if ("MSG-3".equals(e.path("controlId").asString())) {
                entry = e;
            }
        }
        assertThat(entry).as("MSG-3 among the refused messages").isNotNull();
        assertThat(entry.path("messageType").asString()).isEqualTo("ORU^R01^ORU_R01");
        assertThat(entry.path("raw").isNull()).as("the list leaves the text out").isTrue();
        JsonNode detail = coder.get("/api/hl7/inbox/" + entry.path("id").asLong()).json();
        assertThat(detail.path("raw").asString()).isEqualTo(message);
        assertThat(detail.path("error").asString()).contains("OBR-3");
        assertThat(Api.as(org.token(Role.BILLER)).get("/api/hl7/inbox").status()).isEqualTo(403);
    }

    @Test
    void textThatIsNotHl7IsRejectedAndKept() throws IOException {
        String nak = send("Dear billing office, please find the report attached.");
        assertThat(msa(nak)).startsWith("MSA|AR|");
        assertThat(JDBC.sql("SELECT status FROM hl7_inbox WHERE organisation_id = ? AND raw LIKE 'Dear billing%'")
                .params(org.id()).query(String.class).single()).isEqualTo("refused");
    }

    @Test
    void anOrderIsKeptAndAcknowledgedSayingNoStudyWasWritten() throws IOException {
        String orm = "MSH|^~\\&|RIS|VALLEY|SONOBILL|BILLING|20260302101500||ORM^O01^ORM_O01|MSG-4|P|2.5.1\r"
                + "PID|1||MRN-H4^^^VALLEY^MR||RIVERA^ANA||19710402|F\r"
                + "ORC|NW|PL-4|||SC\r"
                + "OBR|1|PL-4||76700^US ABDOMEN COMPLETE^C4\r";
        String ack = send(orm);
        assertThat(msa(ack)).startsWith("MSA|AA|MSG-4|1 order received and kept").contains("no study was written");
        assertThat(inbox("MSG-4")).containsEntry("status", "processed").containsEntry("raw", orm);
        assertThat(JDBC.sql("SELECT count(*) FROM studies WHERE organisation_id = ? AND accession LIKE 'PL-4%'")
                .params(org.id()).query(Long.class).single()).isZero();

        String adt = orm.replace("ORM^O01^ORM_O01|MSG-4", "ADT^A08^ADT_A01|MSG-4A");
        assertThat(msa(send(adt))).startsWith("MSA|AR|MSG-4A|");
        assertThat(inbox("MSG-4A")).containsEntry("status", "refused");
    }

    @Test
    void aResultWhoseIntakeFailsHalfWayIsAnsweredAeKeptAsFailedAndLeavesNoStudy() throws IOException {
        JDBC.sql("CREATE FUNCTION mllp_crash_trap() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                + "RAISE EXCEPTION 'crash test'; END; $$").update();
        JDBC.sql("CREATE TRIGGER mllp_crash_trap BEFORE INSERT ON report_readings FOR EACH ROW "
                + "WHEN (NEW.organisation_id = " + org.id() + ") EXECUTE FUNCTION mllp_crash_trap()").update();
        String nak = send(Hl7Messages.oru("MSG-5", "HL7-ACC-5", "MRN-H5"));
        assertThat(msa(nak)).startsWith("MSA|AE|MSG-5|").contains("nothing of it was saved").doesNotContain("crash");
        assertThat(inbox("MSG-5")).containsEntry("status", "failed");
        assertThat(JDBC.sql("SELECT count(*) FROM studies WHERE organisation_id = ? AND accession = 'HL7-ACC-5'")
                .params(org.id()).query(Long.class).single()).isZero();

        removeTheTrap();
        assertThat(msa(send(Hl7Messages.oru("MSG-6", "HL7-ACC-5", "MRN-H5")))).startsWith("MSA|AA|MSG-6|1 study");
    }

    @Test
    void severalMessagesTravelOnOneConnection() throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), listener.port())) {
            InputStream in = new BufferedInputStream(s.getInputStream());
            for (int i = 7; i <= 8; i++) {
                Mllp.write(s.getOutputStream(), Hl7Messages.oru("MSG-" + i, "HL7-ACC-" + i, "MRN-H" + i)
                        .getBytes(StandardCharsets.UTF_8));
                assertThat(msa(new String(Mllp.read(in, 1 << 20), StandardCharsets.UTF_8)))
                        .startsWith("MSA|AA|MSG-" + i + "|");
            }
        }
    }

    @Test
    void aListenerWithoutItsUserDoesNotStart() {
        assertThatThrownBy(() -> listener(Map.of("sonobill.hl7.port", "0")).start())
                .hasMessageContaining("sonobill.hl7.as");
        assertThatThrownBy(() -> listener(Map.of("sonobill.hl7.port", "0", "sonobill.hl7.as",
                "biller@" + org.code())).start()).hasMessageContaining("may not create studies");
        MllpListener off = listener(Map.of());
        off.start();
        assertThat(off.port()).isEqualTo(-1);
    }

    private static String send(String message) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), listener.port())) {
            s.setSoTimeout(60_000);
            Mllp.write(s.getOutputStream(), message.getBytes(StandardCharsets.UTF_8));
            return new String(Mllp.read(new BufferedInputStream(s.getInputStream()), 1 << 20), StandardCharsets.UTF_8);
        }
    }

    private static String msa(String ack) {
        for (String segment : ack.split("\r")) {
            if (segment.startsWith("MSA|")) {
                return segment;
            }
        }
        throw new AssertionError("no MSA segment in " + ack);
    }

    private static Map<String, Object> inbox(String controlId) {
        return JDBC.sql("SELECT status, raw, error, channel FROM hl7_inbox WHERE organisation_id = ? AND control_id = ?")
                .params(org.id(), controlId).query().singleRow();
    }
}

package org.sonobill.server.hl7;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sonobill.fhir.hl7.Mllp;
import org.sonobill.server.Api;
import org.sonobill.server.CommandRun;
import org.sonobill.server.CommandRun.Run;
import org.sonobill.server.TestServer;
import org.sonobill.server.TestServer.TestOrg;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * {@code sonobill hl7 import}, as the launcher runs it (the server jar's entry, no web server), against the test
 * server's database: files of several messages, one after another or in MLLP frames, one line per message.
 */
class Hl7CommandTest {
    private static final JdbcClient JDBC = TestServer.get().jdbc();
    private static TestOrg org;

    @TempDir
    static Path dir;

    @BeforeAll
    static void database() {
        org = TestServer.get().newOrganisation("hl7-cli");
        CommandRun.useTestDatabase();
    }

    @AfterAll
    static void forget() {
        CommandRun.forget();
    }

    private static Run run(String... args) {
        return CommandRun.run(Hl7Command::run, args);
    }

    @Test
    void importsEveryMessageOfAFileAndSaysWhatBecameOfEach() throws Exception {
        Path file = dir.resolve("results.hl7");
        Files.writeString(file, Hl7Messages.oru("CLI-1", "CLI-TWO-1", "MRN-C1").replace("\r", "\n")
                + Hl7Messages.oru("CLI-2", "CLI-TWO-2", "MRN-C2").replace("\r", "\r\n"));
        Run r = run("import", file.toString(), "--as", "coder@" + org.code());
        assertThat(r.status()).as(r.err() + r.out()).isZero();
        assertThat(r.out()).contains("results.hl7 #1: processed: 1 study received")
                .contains("results.hl7 #2: processed").contains("2 of 2 imported");
        assertThat(studies("CLI-TWO-%")).isEqualTo(2);

        Run again = run("import", file.toString(), "--as", "coder@" + org.code(), "--format", "json");
        assertThat(again.status()).as(again.err()).isZero();
        JsonNode items = Api.JSON.readTree(again.out());
        assertThat(items.findValuesAsString("status")).containsExactly("duplicate", "duplicate");
        assertThat(studies("CLI-TWO-%")).isEqualTo(2);
        assertThat(JDBC.sql("SELECT count(*) FROM hl7_inbox WHERE organisation_id = ? AND channel = 'file' "
                + "AND control_id IN ('CLI-1', 'CLI-2')").params(org.id()).query(Long.class).single()).isEqualTo(4);
    }

    @Test
    void aFileWithOneBadMessageImportsTheOthersAndExitsTwo() throws Exception {
        ByteArrayOutputStream framed = new ByteArrayOutputStream();
        Mllp.write(framed, Hl7Messages.oru("CLI-3", "CLI-ACC-3", "MRN-C3").getBytes(StandardCharsets.UTF_8));
        Mllp.write(framed, Hl7Messages.withoutAccession("CLI-4", "MRN-C4").getBytes(StandardCharsets.UTF_8));
        Path file = dir.resolve("framed.hl7");
        Files.write(file, framed.toByteArray());
        Run r = run("import", file.toString(), "--as", "coder@" + org.code());
        assertThat(r.status()).as(r.err() + r.out()).isEqualTo(2);
        assertThat(r.out()).contains("framed.hl7 #1: processed").contains("framed.hl7 #2: refused: AE OBR-3")
                .contains("1 of 2 imported; 1 refused");
        assertThat(studies("CLI-ACC-3")).isEqualTo(1);
        assertThat(JDBC.sql("SELECT status FROM hl7_inbox WHERE organisation_id = ? AND control_id = 'CLI-4'")
                .params(org.id()).query(String.class).single()).isEqualTo("refused");
    }

    @Test
    void refusesAWrongCommandLineAndAUserWhoMayNotCreateStudies() throws Exception {
        Path file = dir.resolve("one.hl7");
        Files.writeString(file, Hl7Messages.oru("CLI-9", "CLI-ACC-9", "MRN-C9"));
        assertThat(run("import", file.toString()).err()).contains("expected --as USER@ORG");
        assertThat(run("import", file.toString()).status()).isEqualTo(2);
        assertThat(run("export", file.toString()).status()).isEqualTo(2);
        Run biller = run("import", file.toString(), "--as", "biller@" + org.code());
        assertThat(biller.status()).isEqualTo(2);
        assertThat(biller.err()).contains("may not create studies");
        assertThat(run("--help").out()).contains("Usage: sonobill hl7 import");
        assertThat(studies("CLI-ACC-9")).isZero();
    }

    private static long studies(String accessionLike) {
        return JDBC.sql("SELECT count(*) FROM studies WHERE organisation_id = ? AND accession LIKE ?")
                .params(org.id(), accessionLike).query(Long.class).single();
    }
}

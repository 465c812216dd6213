package org.sonobill.server.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sonobill.server.Api;
import org.sonobill.server.CommandRun;
import org.sonobill.server.CommandRun.Run;
import org.sonobill.server.TestServer;
import org.sonobill.server.TestServer.TestOrg;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** {@code sonobill fhir import}, as the launcher runs it, against the test server's database. */
class FhirCommandTest {
    private static final JdbcClient JDBC = TestServer.get().jdbc();
    private static TestOrg org;

    @TempDir
    static Path dir;

    @BeforeAll
    static void database() {
        org = TestServer.get().newOrganisation("fhir-cli");
        CommandRun.useTestDatabase();
    }

    @AfterAll
    static void forget() {
        CommandRun.forget();
    }

    private static Run run(String... args) {
        return CommandRun.run(FhirCommand::run, args);
    }

    @Test
    void importsEachFileOnceAndRefusesWhatItCannotUseNamingThePath() throws Exception {
        Path good = dir.resolve("good.json");
        Files.writeString(good, FhirResources.bundle("FCLI-1", "MRN-FC1"));
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"resourceType\": \"Patient\"}");
        Run r = run("import", good.toString(), bad.toString(), "--as", "coder@" + org.code());
        assertThat(r.status()).as(r.err() + r.out()).isEqualTo(2);
        assertThat(r.out()).contains("good.json #1: processed: 1 study received")
                .contains("bad.json #1: refused: DiagnosticReport: ").contains("1 of 2 imported");

        Run again = run("import", good.toString(), "--as", "coder@" + org.code(), "--format", "json");
        assertThat(again.status()).as(again.err()).isZero();
        JsonNode items = Api.JSON.readTree(again.out());
        assertThat(items.get(0).path("status").asString()).isEqualTo("duplicate");
        assertThat(JDBC.sql("SELECT count(*) FROM studies WHERE organisation_id = ? AND accession = 'FCLI-1'")
                .params(org.id()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void refusesAWrongCommandLine() {
        assertThat(run().status()).isEqualTo(2);
        assertThat(run("--help").out()).contains("Usage: sonobill fhir import");
        assertThat(run("import", "--as", "coder@" + org.code()).err()).contains("expected one or more files");
        assertThat(run("import", dir.resolve("missing.json").toString(), "--as", "coder@" + org.code()).err())
                .contains("no such file");
    }
}

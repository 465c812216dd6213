package org.sonobill.server.denial;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sonobill.server.Api;
import org.sonobill.server.CommandRun;
import org.sonobill.server.CommandRun.Run;
import org.sonobill.server.TestClaims;
import org.sonobill.server.TestServer;
import org.sonobill.server.TestServer.TestOrg;
import org.sonobill.server.remit.Remit835;
import org.sonobill.server.security.Role;
import tools.jackson.databind.JsonNode;

/**
 * {@code sonobill denials}, as the launcher runs it (the server jar's entry, no web server), against the test
 * server's database by JDBC URL, acting as a user of the organisation.
 */
class DenialsCommandTest {
    private static TestOrg org;
    private static long denial;
    private static String claimNumber;

    @TempDir
    static Path dir;

    @BeforeAll
    static void database() {
        org = TestServer.get().newOrganisation("denials-cli");
        CommandRun.useTestDatabase();
        JsonNode claim = TestClaims.made(org, "01-abdomen-complete-outpatient-hospital.json", "DC-1", true,
                "scrubbed", "ready", "submitted");
        claimNumber = claim.path("claim").path("claimNumber").asString();
        List<Remit835.Svc> lines = new ArrayList<>();
        for (JsonNode l : claim.path("lines")) {
            String charge = l.path("charge").decimalValue().toPlainString();
            List<String> mods = new ArrayList<>();
            l.path("modifiers").forEach(m -> mods.add(m.asString()));
            lines.add(new Remit835.Svc(l.path("code").asString(), mods, charge, "0", l.path("controlNumber").asString(),
                    LocalDate.parse(l.path("dateOfService").asString()),
                    List.of(new Remit835.Cas("CO", "50", charge)), List.of("N115")));
        }
        String x12 = Remit835.of("TRC-DC-1", LocalDate.now().minusDays(3), List.of(new Remit835.Clp(claimNumber, "4",
                claim.path("claim").path("totalCharge").decimalValue().toPlainString(), "0", "0", "ICN-CLI-1",
                lines)), List.of());
        Api.Response r = Api.as(org.token(Role.BILLER)).send("POST", "/api/remittances", x12,
                Map.of("Content-Type", "application/edi-x12"));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        denial = TestServer.get().jdbc().sql("SELECT id FROM denials WHERE organisation_id = ?").params(org.id())
                .query(Long.class).single();
    }

    @AfterAll
    static void forget() {
        CommandRun.forget();
    }

    private static Run run(String... args) {
        return CommandRun.run(DenialsCommand::run, args);
    }

    private static String as(Role role) {
        return role.key() + "@" + org.code();
    }

    @Test
    void listsTheQueueAndShowsAnEntryAsTextAndAsJson() {
        Run list = run("list", "--as", as(Role.DENIAL_SPECIALIST));
        assertThat(list.status()).as(list.err()).isZero();
        assertThat(list.out()).contains("1 entries").contains(claimNumber).contains("medical-necessity")
                .contains("CO-50");

        Run json = run("list", "--as", as(Role.AUDITOR), "--format", "json");
        assertThat(json.status()).as(json.err()).isZero();
        JsonNode page = Api.JSON.readTree(json.out());
        assertThat(page.path("total").asLong()).isEqualTo(1);

        Run show = run("show", String.valueOf(denial), "--as", as(Role.DENIAL_SPECIALIST));
        assertThat(show.status()).as(show.err()).isZero();
        assertThat(show.out()).contains("why:").contains("fix:").contains("source:").contains("N115");
    }

    @Test
    void draftsTheAppealLetterAsAPdf() throws Exception {
        Path pdf = dir.resolve("letter.pdf");
        Run r = run("appeal", String.valueOf(denial), "--as", as(Role.DENIAL_SPECIALIST), "--pdf", pdf.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("level 1").contains("draft");
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
            assertThat(new PDFTextStripper().getText(doc)).contains(claimNumber).contains("ICN-CLI-1");
        }
    }

    @Test
    void trendsComeAsCsv() {
        Run r = run("trends", "--as", as(Role.MANAGER), "--by", "carc", "--format", "csv");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("carc,label,").contains("CO-50");
    }

    @Test
    void refusesWhoMayNotActAndSaysWhatIsWrong() {
        Run auditor = run("appeal", String.valueOf(denial), "--as", as(Role.AUDITOR));
        assertThat(auditor.status()).isEqualTo(2);
        assertThat(auditor.err()).contains("may not work denials");
        Run coder = run("list", "--as", as(Role.CODER));
        assertThat(coder.status()).isEqualTo(2);
        Run nobody = run("list", "--as", "nobody@" + org.code());
        assertThat(nobody.status()).isEqualTo(2);
        assertThat(nobody.err()).contains("no user");
        Run missing = run("show", "987654321", "--as", as(Role.DENIAL_SPECIALIST));
        assertThat(missing.status()).isEqualTo(1);
        Run wrong = run("list", "--as", as(Role.MANAGER), "--sort", "colour");
        assertThat(wrong.status()).isEqualTo(2);
        assertThat(wrong.err()).contains("sort");
        Run noId = run("show", "--as", as(Role.MANAGER));
        assertThat(noId.status()).isEqualTo(2);
        assertThat(run("--help").out()).contains("Usage: sonobill denials");
    }
}

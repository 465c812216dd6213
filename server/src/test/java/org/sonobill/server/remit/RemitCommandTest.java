package org.sonobill.server.remit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.sonobill.server.remit.Remit835.Cas;
import org.sonobill.server.remit.Remit835.Clp;
import org.sonobill.server.remit.Remit835.Svc;
import org.sonobill.server.security.Role;
import tools.jackson.databind.JsonNode;

/**
 * {@code sonobill remit post}, as the launcher runs it (the server jar's entry, no web server), against the test
 * server's database reached by JDBC URL as a production installation would be.
 */
class RemitCommandTest {
    private static TestOrg org;

    @TempDir
    static Path dir;

    @BeforeAll
    static void database() {
        org = TestServer.get().newOrganisation("remit-cli");
        CommandRun.useTestDatabase();
    }

    @AfterAll
    static void forget() {
        CommandRun.forget();
    }

    private static Run run(String... args) {
        return CommandRun.run(RemitCommand::run, args);
    }

    @Test
    void postsAFileOnceSaysWhatItDidAndRefusesWhatItCannotRead() throws Exception {
        JsonNode claim = TestClaims.made(org, "01-abdomen-complete-outpatient-hospital.json", "RC-1", false,
                "scrubbed", "ready", "submitted");
        List<Svc> lines = new ArrayList<>();
        BigDecimal paid = BigDecimal.ZERO;
        for (JsonNode l : claim.path("lines")) {
            BigDecimal charge = l.path("charge").decimalValue();
            List<String> mods = new ArrayList<>();
            l.path("modifiers").forEach(m -> mods.add(m.asString()));
            lines.add(new Svc(l.path("code").asString(), mods, charge.toPlainString(), "75.00",
                    l.path("controlNumber").asString(), LocalDate.parse(l.path("dateOfService").asString()),
                    List.of(new Cas("CO", "45", charge.subtract(new BigDecimal("75.00")).toPlainString())), List.of()));
            paid = paid.add(new BigDecimal("75.00"));
        }
        Path file = dir.resolve("payer-1.835");
        Files.writeString(file, Remit835.of("TRC-CLI", LocalDate.of(2026, 11, 21), List.of(new Clp(
                claim.path("claim").path("claimNumber").asString(), "1",
                claim.path("claim").path("totalCharge").decimalValue().toPlainString(), paid.toPlainString(), "0",
                "PCN-CLI", lines)), List.of()));

        Run dry = run("post", file.toString(), "--org", org.code(), "--dry-run");
        assertThat(dry.status()).as(dry.err()).isZero();
        assertThat(dry.out()).contains("dry run: nothing kept").contains("1 posted");

        Run first = run("post", file.toString(), "--org", org.code(), "--format", "json");
        assertThat(first.status()).as(first.err()).isZero();
        JsonNode report = Api.JSON.readTree(first.out());
        assertThat(report.get(0).path("payments").get(0).path("claimsPosted").asInt()).isEqualTo(1);
        JsonNode after = Api.as(org.token(Role.BILLER)).get("/api/claims/" + claim.path("claim").path("id").asLong())
                .json();
        assertThat(after.path("claim").path("paid").decimalValue()).isEqualByComparingTo(paid);
        assertThat(after.path("history").findValuesAsString("actor").toString()).contains("sonobill remit post");

        Path broken = dir.resolve("broken.835");
        Files.writeString(broken, "ISA*00*not an interchange header");
        Run again = run("post", file.toString(), broken.toString(), "--org", org.code());
        assertThat(again.status()).isEqualTo(1);
        assertThat(again.out()).contains("posted before").contains("0 posted, 1 posted before")
                .contains("broken.835").contains("NOT READ");
    }

    @Test
    void saysWhatIsWrongWithTheCommandLine() {
        assertThat(run("--help").out()).contains("Usage: sonobill remit post");
        Run noOrg = run("post", "x.835");
        assertThat(noOrg.status()).isEqualTo(2);
        assertThat(noOrg.err()).contains("--org");
        Run missing = run("post", dir.resolve("nowhere.835").toString(), "--org", org.code());
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).contains("nowhere.835").contains("no such file");
        Run unknown = run("post", "x.835", "--org", org.code(), "--frobnicate");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).contains("--frobnicate");
    }
}

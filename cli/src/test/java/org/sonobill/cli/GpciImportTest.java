package org.sonobill.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sonobill.cli.Cli.entriesUnder;
import static org.sonobill.cli.Cli.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sonobill.cli.Cli.Run;

/** {@code sonobill data import gpci FILE --effective D}, and the locality prices it gives {@code scrub}. */
class GpciImportTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HEADER = "Medicare Administrative Contractor (MAC),State,Locality Number,Locality Name,"
            + "2025 PW GPCI (with 1.0 Floor),2025 PE GPCI,2025 MP GPCI\n";
    /**
     * CMS's GPCIyyyy.csv layout: a title line, a blank line, the header, data rows and a footnote. Locality 99999-01
     * is not in the bundled CY2024 file, so a claim priced there proves the imported file was used.
     */
    private static final String GPCI_CSV = "ADDENDUM E. TEST GEOGRAPHIC PRACTICE COST INDICES (GPCIs) BY STATE AND MEDICARE LOCALITY\n"
            + "\n" + HEADER
            + "99999,ZZ,01,TEST LOCALITY,1.500,1.200,1.100\n"
            + "10112,AL,00,ALABAMA,1.000,0.869,0.575\n"
            + "*Payment locality is serviced by two carriers.\n";
    /** The same localities in the fixed-width GPCIyyyy.txt layout. */
    private static final String GPCI_TXT = "ADDENDUM E. TEST GEOGRAPHIC PRACTICE COST INDICES\n"
            + "  MAC    State  Locality  Locality Name                 PW GPCI  PE GPCI  MP GPCI\n"
            + "99999    ZZ     01        TEST LOCALITY                 1.500    1.200    1.100\n"
            + "10112    AL     00        ALABAMA                       1.000    0.869    0.575\n";

    /** 76700-26 in a facility (POS 22), 2024-08-15; {@code %s} is an optional pricingLocality field. */
    private static final String CLAIM = """
            {"id": "C1", "payer": "medicare", "patient": {"id": "P1", "sex": "F"}, %s
             "billingNpi": "1245319599", "orderingNpi": "1245319599", "placeOfService": "22", "diagnoses": ["R10.11"],
             "lines": [{"code": "76700", "modifiers": ["26"], "pointers": [1], "dateOfService": "2024-08-15"}]}
            """;

    @TempDir
    Path tmp;

    private Path dataDir() {
        return tmp.resolve("data");
    }

    /** Scrubs one claim as of 2024-09-01 and returns its {@code expectedPayment}. */
    private JsonNode expectedPayment(String claimJson) throws IOException {
        Path claim = Files.writeString(tmp.resolve("claim.json"), claimJson);
        Path out = tmp.resolve("out.jsonl");
        Run r = run("scrub", "--as-of", "2024-09-01", "--data-dir", dataDir().toString(), "-o", out.toString(), claim.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        return JSON.readTree(Files.readString(out)).get("expectedPayment");
    }

    @Test
    void importsACmsGpciCsvAndScrubPricesTheClaimsLocalityWithIt() throws IOException {
        Path file = Files.writeString(tmp.resolve("GPCI2025.csv"), GPCI_CSV);

        Run r = run("data", "import", "gpci", file.toString(), "--effective", "2024-06-01", "--data-dir", dataDir().toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("imported gpci: 2 rows, effective 2024-06-01");
        assertThat(r.err()).isEmpty();

        JsonNode national = expectedPayment(CLAIM.formatted(""));
        JsonNode local = expectedPayment(CLAIM.formatted("\"pricingLocality\": \"99999-01\","));

        assertThat(national.get("locality").asText()).isEqualTo("national");
        assertThat(national.get("total").decimalValue()).isEqualByComparingTo("37.61");
        assertThat(local.get("priced").asBoolean()).isTrue();
        assertThat(local.get("locality").asText()).contains("99999-01").contains("TEST LOCALITY");
        // 76700-26 facility: (0.81 work x 1.500 + 0.28 PE x 1.200 + 0.04 MP x 1.100) x 33.2875 = 1.595 x 33.2875 = $53.09
        assertThat(local.get("total").decimalValue()).isEqualByComparingTo("53.09");
        assertThat(local.get("total").decimalValue()).isNotEqualByComparingTo(national.get("total").decimalValue());
    }

    @Test
    void withoutTheImportTheUnknownLocalityIsPricedNationallyWithANote() throws IOException {
        JsonNode local = expectedPayment(CLAIM.formatted("\"pricingLocality\": \"99999-01\","));

        assertThat(local.get("locality").asText()).isEqualTo("national");
        assertThat(local.get("total").decimalValue()).isEqualByComparingTo("37.61");
        assertThat(local.get("notes").toString()).contains("99999-01").contains("not in the GPCI file");
    }

    @Test
    void importsTheFixedWidthLayoutToo() throws IOException {
        Path file = Files.writeString(tmp.resolve("GPCI2025.txt"), GPCI_TXT);

        Run r = run("data", "import", "gpci", file.toString(), "--effective", "2024-06-01", "--data-dir", dataDir().toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("imported gpci: 2 rows");
        JsonNode local = expectedPayment(CLAIM.formatted("\"pricingLocality\": \"99999-01\","));
        assertThat(local.get("locality").asText()).contains("99999-01").contains("TEST LOCALITY");
        assertThat(local.get("total").decimalValue()).isEqualByComparingTo("53.09");
    }

    @Test
    void aMalformedGpciFileIsRefusedNamingFileAndLineAndNothingIsStored() throws IOException {
        Path file = Files.writeString(tmp.resolve("GPCI2025.csv"), "ADDENDUM E. TEST\n" + HEADER
                + "99999,ZZ,01,TEST LOCALITY,1.500,1.200,1.100\n"
                + "10112,AL,00,ALABAMA,1.000,n/a,0.575\n");

        Run r = run("data", "import", "gpci", file.toString(), "--effective", "2024-06-01", "--data-dir", dataDir().toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains(file + ":4:").contains("PE GPCI").contains("\"n/a\"")
                .contains("expected: CMS GPCIyyyy.csv");
        assertThat(entriesUnder(dataDir())).isEmpty();
    }

    @Test
    void aRowWithTooFewColumnsIsRefusedNamingTheLine() throws IOException {
        Path file = Files.writeString(tmp.resolve("GPCI2025.csv"), "ADDENDUM E. TEST\n" + HEADER
                + "99999,ZZ,01,TEST LOCALITY,1.500\n");

        Run r = run("data", "import", "gpci", file.toString(), "--effective", "2024-06-01", "--data-dir", dataDir().toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains(file + ":3:").contains("columns");
        assertThat(entriesUnder(dataDir())).isEmpty();
    }

    @Test
    void aFileWithNoLocalitiesIsRefused() throws IOException {
        Path file = Files.writeString(tmp.resolve("GPCI2025.csv"), "ADDENDUM E. TEST\nnothing here\n");

        Run r = run("data", "import", "gpci", file.toString(), "--effective", "2024-06-01", "--data-dir", dataDir().toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains(file.toString()).contains("no localities");
        assertThat(entriesUnder(dataDir())).isEmpty();
    }

    @Test
    void dataImportHelpListsGpci() {
        Run r = run("data", "import", "--help");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("gpci").contains("sonobill data import gpci");
    }
}

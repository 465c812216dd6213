package org.sonobill.fhir.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sonobill.fhir.hl7.Hl7Reader;
import org.sonobill.fhir.hl7.PlaceOfService;
import org.sonobill.fhir.r4.DiagnosticReportReader;

/** docs/integration.md says what the code does: its error messages, its mapping and its golden files. */
class IntegrationDocTest {
    private static Path root;
    private static String doc;

    @BeforeAll
    static void readTheDoc() throws IOException {
        Path p = Paths.get("").toAbsolutePath();
        while (p != null && !Files.isRegularFile(p.resolve("docs/integration.md"))) {
            p = p.getParent();
        }
        assertThat(p).as("docs/integration.md above the working directory").isNotNull();
        root = p;
        doc = Files.readString(p.resolve("docs/integration.md"));
    }

    private static String sample(String name) {
        try (InputStream in = IntegrationDocTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String hl7Error(String sample) {
        return catchThrowable(() -> new Hl7Reader().results(sample("/hl7/" + sample))).getMessage();
    }

    @Test
    void quotesTheHl7ErrorsAsTheReaderWordsThem() {
        for (String sample : new String[] {"bad-garbage.hl7", "bad-adt.hl7", "bad-no-obr.hl7", "bad-no-accession.hl7",
                "bad-no-obx.hl7", "bad-no-mrn.hl7", "bad-date.hl7"}) {
            assertThat(doc).as(sample).contains("`" + hl7Error(sample) + "`");
        }
    }

    @Test
    void quotesTheFhirErrorsAsTheReaderWordsThem() {
        DiagnosticReportReader reader = new DiagnosticReportReader();
        String noText = "{\"resourceType\": \"DiagnosticReport\", \"id\": \"r\", \"status\": \"final\", "
                + "\"code\": {\"text\": \"US\"}}";
        String noId = "{\"resourceType\": \"DiagnosticReport\", \"status\": \"final\", \"code\": {\"text\": \"US\"}, "
                + "\"conclusion\": \"Normal.\"}";
        String patient = "{\"resourceType\": \"Patient\", \"id\": \"p\"}";
        String emptyBundle = "{\"resourceType\": \"Bundle\", \"type\": \"collection\", \"entry\": [{\"resource\": "
                + patient + "}]}";
        for (String content : new String[] {noText, noId, patient, emptyBundle, "{not json"}) {
            assertThat(doc).contains("`" + catchThrowable(() -> reader.read(content)).getMessage() + "`");
        }
    }

    @Test
    void tabulatesThePatientClassMappingTheCodeUses() {
        assertThat(doc)
                .contains("| E emergency | " + PlaceOfService.forPatientClass("E") + " emergency room, hospital |")
                .contains("| I inpatient | " + PlaceOfService.forPatientClass("I") + " inpatient hospital |")
                .contains("| O outpatient | " + PlaceOfService.forPatientClass("O")
                        + " on-campus outpatient hospital |");
    }

    @Test
    void pointsToGoldenFilesThatExist() {
        assertThat(root.resolve("fhir/src/test/resources/fhir/claim-professional.golden.json")).isRegularFile();
        assertThat(root.resolve("fhir/src/test/resources/fhir/eob-partial.golden.json")).isRegularFile();
        assertThat(doc).contains("fhir/src/test/resources/fhir/claim-professional.golden.json",
                "fhir/src/test/resources/fhir/eob-partial.golden.json");
    }
}

package org.sonobill.engine.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.sonobill.engine.coding.CodingEngine;
import org.sonobill.engine.study.Approach;
import org.sonobill.engine.study.BillingRole;
import org.sonobill.engine.study.ClaimType;
import org.sonobill.engine.study.Comparison;
import org.sonobill.engine.study.Doppler;
import org.sonobill.engine.study.Echo;
import org.sonobill.engine.study.EchoExtent;
import org.sonobill.engine.study.ElementStatus;
import org.sonobill.engine.study.Images;
import org.sonobill.engine.study.Indication;
import org.sonobill.engine.study.InvalidStudyException;
import org.sonobill.engine.study.Laterality;
import org.sonobill.engine.study.Measurement;
import org.sonobill.engine.study.Obstetric;
import org.sonobill.engine.study.ObstetricKind;
import org.sonobill.engine.study.Patient;
import org.sonobill.engine.study.PriorStudy;
import org.sonobill.engine.study.Procedure;
import org.sonobill.engine.study.Report;
import org.sonobill.engine.study.Sex;
import org.sonobill.engine.study.StudyDocumentation;
import org.sonobill.engine.study.StudyJsonReader;
import org.sonobill.engine.study.StudyJsonWriter;

/**
 * StudyJsonWriter writes what StudyJsonReader reads: every example and every golden scenario read, written and read
 * again gives an equal record, and what is written is valid against docs/study.schema.json.
 */
class StudyJsonWriterTest {
    private static final StudyJsonReader READER = new StudyJsonReader(CodingEngine.bundled().vocabulary());
    private static final StudyJsonWriter WRITER = new StudyJsonWriter();
    private static final JsonSchema SCHEMA = ProjectFiles.schema(ProjectFiles.studySchemaFile());

    @TestFactory
    Stream<DynamicTest> everyExampleStudyReadsBackEqualAfterWriting() {
        return ProjectFiles.examples().stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(),
                () -> roundTrip(ProjectFiles.read(p), p.getFileName().toString())));
    }

    @TestFactory
    Stream<DynamicTest> everyGoldenScenarioStudyReadsBackEqualAfterWriting() throws IOException {
        Path golden = ProjectFiles.root().resolve("engine/src/test/resources/golden");
        List<Path> files;
        try (Stream<Path> s = Files.walk(golden)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(80);
        return files.stream().map(p -> DynamicTest.dynamicTest(golden.relativize(p).toString(), () -> {
            JsonNode study = ProjectFiles.readJson(p).get("study");
            roundTrip(ProjectFiles.JSON.writeValueAsString(study), p.toString());
        }));
    }

    @Test
    void aStudyUsingEveryFieldReadsBackEqual() throws Exception {
        Map<String, ElementStatus> elements = new LinkedHashMap<>();
        elements.put("liver", ElementStatus.SEEN);
        elements.put("gallbladder", new ElementStatus(ElementStatus.State.ABSENT, "cholecystectomy 2019"));
        elements.put("spleen", ElementStatus.ABSENT);
        elements.put("pancreas", ElementStatus.notSeen("obscured by bowel gas"));
        elements.put("aorta", ElementStatus.notSeen(null));
        StudyDocumentation every = new StudyDocumentation("ACC-77", LocalDate.of(2026, 2, 10), "22",
                ClaimType.INSTITUTIONAL, BillingRole.TECHNICAL, "commercial-hmo",
                new Patient(Sex.F, LocalDate.of(1990, 5, 1)), "abdomen", Laterality.LEFT,
                Set.of(Approach.TRANSVAGINAL, Approach.TRANSABDOMINAL), true,
                new Indication("RUQ pain, \"sharp\"", List.of("R10.11", "R74.01")), elements, new Doppler(true, false),
                new Images(12, 2), List.of(new Measurement("CBD diameter", new BigDecimal("4.5"), "mm"),
                        new Measurement("Free fluid", null, null)),
                new Comparison(LocalDate.of(2025, 1, 3)),
                new Obstetric(new BigDecimal("13.86"), 2, ObstetricKind.NUCHAL_TRANSLUCENCY, true, true, false),
                new Echo(EchoExtent.LIMITED, true, true),
                List.of(new Procedure("needle-guidance", "10005", "breast", Laterality.RIGHT, true, true, false, false,
                        3, List.of("N63.10")), new Procedure("vascular-access", null, null, false, false, true, true, 1,
                        List.of())),
                new Report(true, "1234567893", true), "1245319599", "76700",
                List.of(new PriorStudy("abdomen", Laterality.RIGHT, true, "76705", 2),
                        new PriorStudy("breast", null, false)),
                "joint", "upper", true, "US ABDOMEN COMPLETE");
        String json = WRITER.write(every);
        assertThat(READER.read(json, "every", 1)).isEqualTo(every);
        assertThat(SCHEMA.validate(ProjectFiles.JSON.readTree(json))).isEmpty();
        assertThat(READER.read(WRITER.writePretty(every), "every", 1)).isEqualTo(every);
    }

    @Test
    void onlyTheRequiredFieldsAndTheDefaultsAreWrittenForAnEmptyStudy() throws Exception {
        StudyDocumentation bare = new StudyDocumentation("T-1", LocalDate.of(2026, 2, 10), "11", null, null, null,
                null, null, null, null, false, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, false, null);
        assertThat(ProjectFiles.JSON.readTree(WRITER.write(bare))).isEqualTo(ProjectFiles.JSON.readTree(
                "{\"id\": \"T-1\", \"dateOfService\": \"2026-02-10\", \"placeOfService\": \"11\", "
                        + "\"claimType\": \"professional\", \"payer\": \"medicare\"}"));
        assertThat(READER.read(WRITER.write(bare), "bare", 1)).isEqualTo(bare);
    }

    @Test
    void theSameStudyAlwaysGivesTheSameText() throws Exception {
        String json = ProjectFiles.read(ProjectFiles.examples().get(0));
        StudyDocumentation once = READER.read(json, "first", 1);
        assertThat(WRITER.write(READER.read(WRITER.write(once), "again", 1))).isEqualTo(WRITER.write(once));
    }

    @Test
    void aStudyWithoutItsDateOfServiceIsNotWritten() {
        StudyDocumentation undated = new StudyDocumentation("T-1", null, "11", null, null, null, null, null, null,
                null, false, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                false, null);
        assertThatThrownBy(() -> WRITER.write(undated)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dateOfService");
    }

    private static void roundTrip(String json, String name) {
        try {
            StudyDocumentation first = READER.read(json, name, 1);
            String written = WRITER.write(first);
            assertThat(SCHEMA.validate(ProjectFiles.JSON.readTree(written))).as(name + "\n" + written).isEmpty();
            assertThat(READER.read(written, name + " (written)", 1)).as(name + "\n" + written).isEqualTo(first);
        } catch (InvalidStudyException e) {
            throw new AssertionError(name + ": " + e.problems(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

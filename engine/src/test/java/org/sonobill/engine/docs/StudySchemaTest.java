package org.sonobill.engine.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sonobill.engine.coding.CodingEngine;
import org.sonobill.engine.study.Approach;
import org.sonobill.engine.study.BillingRole;
import org.sonobill.engine.study.ClaimType;
import org.sonobill.engine.study.EchoExtent;
import org.sonobill.engine.study.InputProblem;
import org.sonobill.engine.study.InvalidStudyException;
import org.sonobill.engine.study.Laterality;
import org.sonobill.engine.study.ObstetricKind;
import org.sonobill.engine.study.Sex;
import org.sonobill.engine.study.StudyJsonReader;
import org.sonobill.engine.study.Vocabulary;

/**
 * docs/study.schema.json says exactly what StudyJsonReader accepts: every example is valid against it, documents the
 * reader rejects are rejected by the schema too (and edge cases it accepts are accepted), and its enums and field
 * lists are the engine's own vocabulary.
 */
class StudySchemaTest {
    private static final Vocabulary VOCABULARY = CodingEngine.bundled().vocabulary();
    private static final StudyJsonReader READER = new StudyJsonReader(VOCABULARY);
    private static final JsonSchema SCHEMA = ProjectFiles.schema(ProjectFiles.studySchemaFile());
    private static final JsonNode SCHEMA_JSON = ProjectFiles.readJson(ProjectFiles.studySchemaFile());
    private static final String BASE = "{\"id\": \"T-1\", \"dateOfService\": \"2026-02-10\", \"placeOfService\": \"22\"";

    // ------------------------------------------------------------------ the examples

    static Stream<Arguments> exampleFiles() {
        return ProjectFiles.examples().stream().map(p -> arguments(p.getFileName().toString(), p));
    }

    @ParameterizedTest(name = "{0} is valid against the study schema")
    @MethodSource("exampleFiles")
    void everyExampleStudyIsValidAgainstTheStudySchema(String name, Path file) {
        assertThat(SCHEMA.validate(ProjectFiles.readJson(file))).as(name).isEmpty();
    }

    @ParameterizedTest(name = "{0} is read by the engine without a problem")
    @MethodSource("exampleFiles")
    void everyExampleStudyIsReadByTheEngine(String name, Path file) throws InvalidStudyException {
        assertThat(READER.read(ProjectFiles.read(file), name, 1).id()).isNotBlank();
    }

    @Test
    void thereAreTwelveExampleStudiesEachWithItsOwnId() {
        List<Path> files = ProjectFiles.examples();
        assertThat(files).hasSize(12);
        assertThat(files.stream().map(f -> ProjectFiles.readJson(f).get("id").asText()).distinct()).hasSize(12);
    }

    @Test
    void theBatchFileHoldsTheSameTwelveStudiesOnePerLine() throws IOException {
        List<String> lines = ProjectFiles.read(ProjectFiles.batch()).lines().filter(l -> !l.isBlank()).toList();
        List<JsonNode> files = ProjectFiles.examples().stream().map(ProjectFiles::readJson).toList();
        assertThat(lines).hasSize(files.size());
        for (int i = 0; i < lines.size(); i++) {
            JsonNode line = ProjectFiles.JSON.readTree(lines.get(i));
            ObjectNode file = files.get(i).deepCopy();
            file.remove("$schema");
            assertThat(line).as("batch.jsonl line %d", i + 1).isEqualTo(file);
            assertThat(SCHEMA.validate(line)).as("batch.jsonl line %d", i + 1).isEmpty();
        }
    }

    // ------------------------------------------------------------------ same verdict as the reader

    static Stream<Arguments> invalidDocuments() {
        return Stream.of(
                arguments("a document that is not an object", "[1, 2]"),
                arguments("no id", "{\"dateOfService\": \"2026-02-10\", \"placeOfService\": \"22\"}"),
                arguments("a blank id", "{\"id\": \"  \", \"dateOfService\": \"2026-02-10\", \"placeOfService\": \"22\"}"),
                arguments("no date of service", "{\"id\": \"T-1\", \"placeOfService\": \"22\"}"),
                arguments("no place of service", "{\"id\": \"T-1\", \"dateOfService\": \"2026-02-10\"}"),
                arguments("a US-style date", "{\"id\": \"T-1\", \"dateOfService\": \"02/10/2026\", \"placeOfService\": \"22\"}"),
                arguments("a date that does not exist", "{\"id\": \"T-1\", \"dateOfService\": \"2026-02-30\", \"placeOfService\": \"22\"}"),
                arguments("a one-digit place of service", "{\"id\": \"T-1\", \"dateOfService\": \"2026-02-10\", \"placeOfService\": \"2\"}"),
                arguments("a place of service as a number", "{\"id\": \"T-1\", \"dateOfService\": \"2026-02-10\", \"placeOfService\": 22}"),
                arguments("a misspelt top-level field", doc("\"exam\": \"abdomen\", \"elments\": {\"liver\": \"seen\"}")),
                arguments("an unknown exam family", doc("\"exam\": \"nek\"")),
                arguments("an unknown payer", doc("\"payer\": \"aetna\"")),
                arguments("an unknown claim type", doc("\"claimType\": \"dental\"")),
                arguments("an unknown billing role", doc("\"billingRole\": \"split\"")),
                arguments("laterality \"both\"", doc("\"laterality\": \"both\"")),
                arguments("an unknown approach in a list", doc("\"approach\": [\"transabdominal\", \"oral\"]")),
                arguments("an element status that is not one of the three", doc("\"elements\": {\"liver\": \"visible\"}")),
                arguments("an element object without a status", doc("\"elements\": {\"pancreas\": {\"reason\": \"bowel gas\"}}")),
                arguments("an element marked true", doc("\"elements\": {\"liver\": true}")),
                arguments("an unknown field in the patient", doc("\"patient\": {\"sex\": \"F\", \"age\": 54}")),
                arguments("patient sex \"female\"", doc("\"patient\": {\"sex\": \"female\"}")),
                arguments("ICD-10 codes as one string", doc("\"indication\": {\"icd10\": \"R10.11\"}")),
                arguments("a Doppler flag as text", doc("\"doppler\": {\"color\": \"yes\"}")),
                arguments("a negative image count", doc("\"images\": {\"stored\": -1}")),
                arguments("a fractional image count", doc("\"images\": {\"stored\": 2.5}")),
                arguments("a measurement without a name", doc("\"measurements\": [{\"value\": 4, \"unit\": \"mm\"}]")),
                arguments("a measurement value as text", doc("\"measurements\": [{\"name\": \"CBD\", \"value\": \"4 mm\"}]")),
                arguments("zero fetuses", doc("\"obstetric\": {\"kind\": \"standard\", \"fetuses\": 0}")),
                arguments("fifty weeks of gestation", doc("\"obstetric\": {\"kind\": \"standard\", \"gestationalWeeks\": 50}")),
                arguments("an unknown obstetric kind", doc("\"obstetric\": {\"kind\": \"anatomy\"}")),
                arguments("an unknown echo extent", doc("\"echo\": {\"extent\": \"full\"}")),
                arguments("a procedure without a kind", doc("\"procedures\": [{\"primaryCode\": \"10021\"}]")),
                arguments("an unknown procedure kind", doc("\"procedures\": [{\"kind\": \"needle\"}]")),
                arguments("an unknown procedure region", doc("\"procedures\": [{\"kind\": \"needle-guidance\", \"region\": \"thigh\"}]")),
                arguments("a four-digit primary code", doc("\"procedures\": [{\"kind\": \"needle-guidance\", \"primaryCode\": \"1002\"}]")),
                arguments("a nine-digit interpreting NPI", doc("\"report\": {\"signed\": true, \"interpretingNpi\": \"123456789\"}")),
                arguments("an ordering NPI with letters", doc("\"orderingNpi\": \"12345A7893\"")),
                arguments("an ordered code that is not a CPT code", doc("\"ordered\": {\"code\": \"US ABD\"}")),
                arguments("a prior study without its exam", doc("\"priorSameDay\": [{\"sameProvider\": true}]")),
                arguments("an extremity target \"knee\"", doc("\"target\": \"knee\"")),
                arguments("a limb \"leg\"", doc("\"limb\": \"leg\"")),
                arguments("point of care as text", doc("\"pointOfCare\": \"yes\"")),
                arguments("a comparison given as a date string", doc("\"comparison\": \"2025-01-10\"")));
    }

    @ParameterizedTest(name = "{0} is rejected by both the schema and the reader")
    @MethodSource("invalidDocuments")
    void documentsTheReaderRejectsAreRejectedByTheSchemaToo(String why, String json) throws IOException {
        assertThat(readerProblems(json)).as("reader problems for " + why).isNotEmpty();
        assertThat(SCHEMA.validate(ProjectFiles.JSON.readTree(json))).as("schema errors for " + why).isNotEmpty();
    }

    static Stream<Arguments> edgeCaseDocuments() {
        return Stream.of(
                arguments("only the three required fields", BASE + "}"),
                arguments("a numeric id", "{\"id\": 100234, \"dateOfService\": \"2026-02-10\", \"placeOfService\": \"11\"}"),
                arguments("every optional field null", doc(Stream.of("claimType", "billingRole", "payer", "patient", "exam",
                        "laterality", "approach", "pointOfCare", "indication", "elements", "doppler", "images", "measurements",
                        "comparison", "obstetric", "echo", "procedures", "report", "orderingNpi", "ordered", "priorSameDay",
                        "target", "limb", "dynamic", "title").map(f -> "\"" + f + "\": null").collect(Collectors.joining(", ")))),
                arguments("NPIs written as numbers", doc("\"orderingNpi\": 1245319599, \"report\": {\"interpretingNpi\": 1234567893}")),
                arguments("one approach as a plain string", doc("\"exam\": \"pelvis\", \"approach\": \"transvaginal\"")),
                arguments("an empty approach list", doc("\"approach\": []")),
                arguments("the three element forms", doc("\"exam\": \"abdomen\", \"elements\": {\"liver\": \"seen\", "
                        + "\"spleen\": \"not-seen\", \"gallbladder\": {\"status\": \"absent\", \"reason\": \"cholecystectomy 2019\"}, "
                        + "\"pancreas\": {\"status\": \"not-seen\", \"reason\": \"bowel gas\"}}")),
                arguments("the British spelling colour", doc("\"doppler\": {\"colour\": true, \"spectral\": true}")),
                arguments("zero images and a count of one",
                        doc("\"images\": {\"stored\": 0, \"cine\": 0}, \"procedures\": [{\"kind\": \"vascular-access\", \"count\": 1}]")),
                arguments("a gestational age with decimals", doc("\"exam\": \"ob\", \"obstetric\": {\"kind\": \"standard\", "
                        + "\"gestationalWeeks\": 13.86, \"fetuses\": 3, \"umbilicalDoppler\": false}")),
                arguments("$schema and notes", doc("\"$schema\": \"../../docs/study.schema.json\", \"notes\": [\"anything\", 1]")),
                arguments("a comparison that names no prior date", doc("\"comparison\": {\"text\": \"No prior studies available\"}")),
                arguments("a HCPCS primary code", doc("\"procedures\": [{\"kind\": \"needle-guidance\", \"primaryCode\": \"G0389\", "
                        + "\"region\": \"retroperitoneum\", \"icd10\": [\"N28.1\"]}]")),
                arguments("a same-day prior study",
                        doc("\"exam\": \"breast\", \"priorSameDay\": [{\"exam\": \"breast\", \"laterality\": \"left\", \"sameProvider\": true}]")));
    }

    @ParameterizedTest(name = "{0} is accepted by both the schema and the reader")
    @MethodSource("edgeCaseDocuments")
    void edgeCasesTheReaderAcceptsAreAcceptedByTheSchemaToo(String why, String json) throws IOException {
        assertThat(readerProblems(json)).as("reader problems for " + why).isEmpty();
        assertThat(SCHEMA.validate(ProjectFiles.JSON.readTree(json))).as("schema errors for " + why).isEmpty();
    }

    // ------------------------------------------------------------------ the engine's vocabulary

    @Test
    void theSchemaListsExactlyTheEnginesExamFamilies() throws IOException {
        Set<String> catalogueKeys = new TreeSet<>();
        try (InputStream in = StudySchemaTest.class.getResourceAsStream("/catalogue/exam-families.json")) {
            ProjectFiles.JSON.readTree(in).fieldNames().forEachRemaining(catalogueKeys::add);
        }
        catalogueKeys.removeIf(k -> k.startsWith("_"));
        assertThat(enumAt("/properties/exam")).isEqualTo(new TreeSet<>(VOCABULARY.exams())).isEqualTo(catalogueKeys);
        assertThat(enumAt("/properties/priorSameDay/items/properties/exam")).isEqualTo(new TreeSet<>(VOCABULARY.exams()));
    }

    @Test
    void theSchemaListsExactlyTheEnginesGuidanceKindsRegionsAndPayers() {
        assertThat(enumAt("/$defs/procedure/properties/kind")).isEqualTo(new TreeSet<>(VOCABULARY.procedureKinds()));
        assertThat(enumAt("/$defs/procedure/properties/region")).isEqualTo(new TreeSet<>(VOCABULARY.regions()));
        assertThat(enumAt("/properties/payer")).isEqualTo(new TreeSet<>(VOCABULARY.payers()));
    }

    @Test
    void theSchemaSpellsEveryEnumAsTheReaderDoes() {
        assertThat(enumAt("/properties/claimType")).isEqualTo(keys(ClaimType.values(), ClaimType::key));
        assertThat(enumAt("/properties/billingRole")).isEqualTo(keys(BillingRole.values(), BillingRole::key));
        assertThat(enumAt("/properties/laterality")).isEqualTo(keys(Laterality.values(), Laterality::key));
        assertThat(enumAt("/properties/priorSameDay/items/properties/laterality")).isEqualTo(keys(Laterality.values(), Laterality::key));
        assertThat(enumAt("/properties/approach")).isEqualTo(keys(Approach.values(), Approach::key));
        assertThat(enumAt("/properties/patient/properties/sex")).isEqualTo(keys(Sex.values(), Sex::name));
        assertThat(enumAt("/properties/obstetric/properties/kind")).isEqualTo(keys(ObstetricKind.values(), ObstetricKind::key));
        assertThat(enumAt("/properties/echo/properties/extent")).isEqualTo(keys(EchoExtent.values(), EchoExtent::key));
    }

    /**
     * The reader names the fields it allows when it meets an unknown one; at every level of the document those must be
     * the schema's properties, and the schema must refuse other fields as the reader does.
     */
    @Test
    void theSchemaAllowsExactlyTheFieldsTheReaderAllowsAtEveryLevel() throws IOException {
        Map<String, String> levels = new LinkedHashMap<>();
        levels.put("", "/properties");
        levels.put("/patient", "/properties/patient/properties");
        levels.put("/indication", "/properties/indication/properties");
        levels.put("/doppler", "/properties/doppler/properties");
        levels.put("/images", "/properties/images/properties");
        levels.put("/comparison", "/properties/comparison/properties");
        levels.put("/obstetric", "/properties/obstetric/properties");
        levels.put("/echo", "/properties/echo/properties");
        levels.put("/report", "/properties/report/properties");
        levels.put("/ordered", "/properties/ordered/properties");
        levels.put("/measurements/0", "/properties/measurements/items/properties");
        levels.put("/procedures/0", "/$defs/procedure/properties");
        levels.put("/priorSameDay/0", "/properties/priorSameDay/items/properties");
        levels.put("/elements/liver", "/$defs/elementStatus/anyOf/1/properties");
        for (Map.Entry<String, String> level : levels.entrySet()) {
            String json = withUnknownFieldAt(level.getKey());
            Set<String> readerFields = readerProblems(json).stream()
                    .filter(p -> p.field().equals(level.getKey() + "/zzUnknown"))
                    .map(p -> allowedFields(p.message()))
                    .findFirst().orElseThrow(() -> new AssertionError("the reader accepted an unknown field at " + level.getKey()));
            Set<String> schemaFields = new TreeSet<>();
            SCHEMA_JSON.at(level.getValue()).fieldNames().forEachRemaining(schemaFields::add);
            assertThat(schemaFields).as("fields at %s", level.getKey().isEmpty() ? "top level" : level.getKey())
                    .isEqualTo(readerFields);
            assertThat(SCHEMA.validate(ProjectFiles.JSON.readTree(json))).as("schema errors for an unknown field at " + level.getKey())
                    .isNotEmpty();
        }
    }

    @Test
    void theStudyAndOutputSchemasAreValidDraft202012Schemas() {
        JsonSchema meta = ProjectFiles.metaSchema();
        assertThat(meta.validate(SCHEMA_JSON)).isEmpty();
        assertThat(meta.validate(ProjectFiles.readJson(ProjectFiles.outputSchemaFile()))).isEmpty();
    }

    @Test
    void theFormatGuideHasARowForEveryExamFamilyAndGuidanceKind() {
        String guide = ProjectFiles.read(ProjectFiles.root().resolve("docs/study-format.md"));
        for (String exam : new TreeSet<>(VOCABULARY.exams())) {
            assertThat(guide).as("docs/study-format.md row for exam " + exam).contains("| `" + exam + "` |");
        }
        for (String kind : new TreeSet<>(VOCABULARY.procedureKinds())) {
            assertThat(guide).as("docs/study-format.md row for guidance kind " + kind).contains("| `" + kind + "` |");
        }
    }

    @Test
    void everyPropertyOfTheStudySchemaIsDescribed() {
        List<String> undescribed = new ArrayList<>();
        collectUndescribed(SCHEMA_JSON.get("properties"), "", undescribed);
        collectUndescribed(SCHEMA_JSON.at("/$defs/procedure/properties"), "/procedures/*", undescribed);
        collectUndescribed(SCHEMA_JSON.at("/$defs/elementStatus/anyOf/1/properties"), "/elements/*", undescribed);
        assertThat(undescribed).isEmpty();
    }

    // ------------------------------------------------------------------ helpers

    private static String doc(String fields) {
        return BASE + ", " + fields + "}";
    }

    private static List<InputProblem> readerProblems(String json) {
        try {
            READER.read(json, "test.json", 1);
            return List.of();
        } catch (InvalidStudyException e) {
            return e.problems();
        }
    }

    private static String withUnknownFieldAt(String pointer) {
        return switch (pointer) {
            case "" -> doc("\"zzUnknown\": 1");
            case "/measurements/0" -> doc("\"measurements\": [{\"name\": \"CBD\", \"zzUnknown\": 1}]");
            case "/procedures/0" -> doc("\"procedures\": [{\"kind\": \"needle-guidance\", \"zzUnknown\": 1}]");
            case "/priorSameDay/0" -> doc("\"priorSameDay\": [{\"exam\": \"abdomen\", \"zzUnknown\": 1}]");
            case "/elements/liver" -> doc("\"elements\": {\"liver\": {\"status\": \"seen\", \"zzUnknown\": 1}}");
            default -> doc("\"" + pointer.substring(1) + "\": {\"zzUnknown\": 1}");
        };
    }

    /** The list in "unknown field "x"; expected one of [a, b, c]". */
    private static Set<String> allowedFields(String message) {
        int open = message.indexOf("expected one of [");
        int close = message.lastIndexOf(']');
        assertThat(open).as("reader message: " + message).isNotNegative();
        return Arrays.stream(message.substring(open + "expected one of [".length(), close).split(", "))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The non-null values of every enum under the node at the pointer (including anyOf branches and array items). */
    private static Set<String> enumAt(String pointer) {
        Set<String> out = new TreeSet<>();
        collectEnums(SCHEMA_JSON.at(pointer), out);
        assertThat(out).as("enum at " + pointer).isNotEmpty();
        return out;
    }

    private static void collectEnums(JsonNode n, Set<String> out) {
        if (n.has("enum")) {
            n.get("enum").forEach(v -> {
                if (!v.isNull()) {
                    out.add(v.asText());
                }
            });
        }
        n.path("anyOf").forEach(b -> collectEnums(b, out));
        if (n.has("items")) {
            collectEnums(n.get("items"), out);
        }
    }

    private static void collectUndescribed(JsonNode properties, String prefix, List<String> out) {
        for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String path = prefix + "/" + e.getKey();
            JsonNode p = e.getValue();
            if (p.path("description").asText().isBlank()) {
                out.add(path);
            }
            if (p.has("properties")) {
                collectUndescribed(p.get("properties"), path, out);
            }
            if (p.path("items").has("properties")) {
                collectUndescribed(p.get("items").get("properties"), path + "/*", out);
            }
        }
    }

    private static <E> Set<String> keys(E[] values, Function<E, String> key) {
        return Arrays.stream(values).map(key).collect(Collectors.toCollection(TreeSet::new));
    }
}

package org.sonobill.engine.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

/**
 * The published documentation files the docs tests check: {@code docs/*.schema.json} and {@code examples/studies}.
 * Maven runs tests with the module directory as working directory, so the project root is found by walking up.
 */
final class ProjectFiles {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    /** Formats are annotations only in draft 2020-12 unless asserted; the reader rejects impossible dates, so do we. */
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).build();

    private ProjectFiles() {
    }

    /** The project root: the first directory up from the working directory with docs/ and examples/studies/. */
    static Path root() {
        Path p = Paths.get("").toAbsolutePath();
        for (int i = 0; i < 4 && p != null; i++, p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("docs/study.schema.json")) && Files.isDirectory(p.resolve("examples/studies"))) {
                return p;
            }
        }
        throw new IllegalStateException("no docs/study.schema.json and examples/studies above " + Paths.get("").toAbsolutePath());
    }

    static Path studySchemaFile() {
        return root().resolve("docs/study.schema.json");
    }

    static Path outputSchemaFile() {
        return root().resolve("docs/output.schema.json");
    }

    /** The example study files (*.json), sorted by name. */
    static List<Path> examples() {
        try (Stream<Path> s = Files.list(root().resolve("examples/studies"))) {
            return s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path example(String fileName) {
        return root().resolve("examples/studies").resolve(fileName);
    }

    static Path batch() {
        return root().resolve("examples/studies/batch.jsonl");
    }

    static JsonNode readJson(Path p) {
        try {
            return JSON.readTree(p.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonSchema schema(Path file) {
        return FACTORY.getSchema(readJson(file), CONFIG);
    }

    static JsonSchema metaSchema() {
        return FACTORY.getSchema(com.networknt.schema.SchemaLocation.of(com.networknt.schema.SchemaId.V202012), CONFIG);
    }
}

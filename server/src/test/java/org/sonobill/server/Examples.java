package org.sonobill.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.node.ObjectNode;

/** The example studies of the repository (examples/studies), as request bodies for POST /api/studies. */
public final class Examples {
    private Examples() {
    }

    /** The documentation of an example study. */
    public static ObjectNode documentation(String file) {
        Path p = Path.of("..", "examples", "studies", file);
        try {
            ObjectNode doc = (ObjectNode) Api.JSON.readTree(Files.readString(p));
            doc.remove("$schema");
            return doc;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A create-study request for an example, under a new accession and patient MRN. */
    public static String createStudy(String file, String accession, String mrn) {
        ObjectNode doc = documentation(file);
        doc.put("id", accession);
        ObjectNode body = Api.JSON.createObjectNode();
        body.put("accession", accession);
        ObjectNode patient = body.putObject("patient");
        patient.put("mrn", mrn);
        patient.put("lastName", "Testpatient");
        patient.put("firstName", "Alex");
        patient.put("sex", doc.path("patient").path("sex").asString("F"));
        if (doc.path("patient").has("birthDate")) {
            patient.put("birthDate", doc.path("patient").path("birthDate").asString());
        }
        body.put("technologist", "R. Lee, RDMS");
        body.set("documentation", doc);
        body.put("reportText", "EXAM: " + doc.path("title").asString("") + "\nFINDINGS: see structured documentation.");
        return body.toString();
    }
}

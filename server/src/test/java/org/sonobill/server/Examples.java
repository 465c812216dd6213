package org.sonobill.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sonobill.server.load.LoadTest;
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
        return LoadTest.createStudyBody(Api.JSON, documentation(file), accession, mrn, "Testpatient").toString();
    }
}

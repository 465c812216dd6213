package org.sonobill.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonLocation;
import java.io.IOException;
import java.util.function.Consumer;

/** Splits a JSON array of study objects into one document per element, keeping each element's first line. */
final class JsonArraySplitter {
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonArraySplitter() {
    }

    static void split(String text, String source, Consumer<StudyInputs.Document> out) throws IOException {
        if (!wellFormed(text)) {
            // the study reader reports the syntax error with its line and column
            out.accept(new StudyInputs.Document(text, source, 1, 0));
            return;
        }
        try (JsonParser p = FACTORY.createParser(text)) {
            p.nextToken();
            int index = 0;
            JsonToken t;
            while ((t = p.nextToken()) != null && t != JsonToken.END_ARRAY) {
                JsonLocation start = p.currentTokenLocation();
                p.skipChildren();
                JsonLocation end = p.currentLocation();
                int from = (int) start.getCharOffset();
                int to = (int) end.getCharOffset();
                out.accept(new StudyInputs.Document(text.substring(from, to), source, start.getLineNr(), index++));
            }
        }
    }

    private static boolean wellFormed(String text) {
        try (JsonParser p = FACTORY.createParser(text)) {
            while (p.nextToken() != null) {
                p.skipChildren();
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}

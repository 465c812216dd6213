package org.sonobill.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.function.Consumer;

/**
 * Splits a text into its top-level JSON values — objects one after another, or the elements of a top-level array —
 * keeping each value's line and column for messages. Text that is not well-formed is passed on from the first bad
 * value, so the study reader reports the syntax error where it is.
 */
final class JsonValues {
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonValues() {
    }

    /** True when the text is exactly one JSON value. */
    static boolean isSingleValue(String text) {
        try (JsonParser p = FACTORY.createParser(text)) {
            if (p.nextToken() == null) {
                return false;
            }
            p.skipChildren();
            return p.nextToken() == null;
        } catch (IOException e) {
            return false;
        }
    }

    static void split(String text, String source, Consumer<StudyInputs.Document> out) {
        int index = 0;
        int consumed = 0;
        int line = 1;
        int column = 1;
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken t = p.nextToken();
            boolean array = t == JsonToken.START_ARRAY;
            if (array) {
                t = p.nextToken();
            }
            while (t != null && !(array && t == JsonToken.END_ARRAY)) {
                JsonLocation start = p.currentTokenLocation();
                line = start.getLineNr();
                column = start.getColumnNr();
                consumed = (int) start.getCharOffset();
                p.skipChildren();
                p.finishToken(); // a scalar's end is known only once it is read
                int to = (int) p.currentLocation().getCharOffset();
                out.accept(document(text.substring(consumed, to), source, line, column, index++));
                consumed = to;
                t = p.nextToken();
            }
            if (array && t == JsonToken.END_ARRAY && p.nextToken() != null) {
                JsonLocation extra = p.currentTokenLocation();
                out.accept(document(text.substring((int) extra.getCharOffset()), source, extra.getLineNr(),
                        extra.getColumnNr(), index));
            }
        } catch (IOException e) {
            // the rest, from the value that failed, goes to the study reader, which names the line and column
            out.accept(document(text.substring(consumed), source, line, column, index));
        }
    }

    /** The value's text, indented to its column, so the reader's line and column are the file's own. */
    private static StudyInputs.Document document(String value, String source, int line, int column, int index) {
        return new StudyInputs.Document(" ".repeat(Math.max(column - 1, 0)) + value, source, line, index);
    }
}

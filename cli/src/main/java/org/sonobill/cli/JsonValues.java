package org.sonobill.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.function.Consumer;

/**
 * Splits a text into its top-level JSON values — objects one after another, or the objects of a top-level array —
 * keeping each value's first line for messages. A text that is not well-formed is passed on whole up to the first
 * bad value, so the study reader reports the syntax error with its line and column.
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
        Padding pad = new Padding(text);
        int index = 0;
        int consumed = 0;
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken t = p.nextToken();
            boolean array = t == JsonToken.START_ARRAY;
            if (array) {
                t = p.nextToken();
            }
            while (t != null && !(array && t == JsonToken.END_ARRAY)) {
                JsonLocation start = p.currentTokenLocation();
                p.skipChildren();
                int from = (int) start.getCharOffset();
                int to = (int) p.currentLocation().getCharOffset();
                out.accept(new StudyInputs.Document(pad.upTo(from) + text.substring(from, to), source, 1, index++));
                consumed = to;
                t = p.nextToken();
            }
            if (array && t == JsonToken.END_ARRAY && p.nextToken() != null) {
                out.accept(new StudyInputs.Document(pad.upTo(consumed) + text.substring(consumed), source, 1, index));
            }
        } catch (IOException e) {
            // hand the rest to the study reader, which names the line and column of the error
            out.accept(new StudyInputs.Document(pad.upTo(consumed) + text.substring(consumed), source, 1, index));
        }
    }

    /** Blank lines standing for the text before an offset, so reported line numbers are the file's own. */
    private static final class Padding {
        private final String text;
        private int offset;
        private int lines;

        Padding(String text) {
            this.text = text;
        }

        String upTo(int target) {
            if (target < offset) {
                offset = 0;
                lines = 0;
            }
            for (; offset < target; offset++) {
                if (text.charAt(offset) == '\n') {
                    lines++;
                }
            }
            return "\n".repeat(lines);
        }
    }
}

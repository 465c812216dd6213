package org.sonobill.engine.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonLocation;
import java.io.IOException;

/**
 * Finds where a field sits in a JSON text, so an error can name the line. Used only when something is wrong,
 * so the fast path never pays for location tracking.
 */
public final class JsonLocator {
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonLocator() {
    }

    /** The location of the value at {@code pointer}, or of the nearest enclosing value that exists; null if none. */
    public static JsonLocation locate(String json, String pointer) {
        JsonPointer target = JsonPointer.compile(pointer == null ? "" : pointer);
        JsonLocation best = null;
        try (JsonParser p = FACTORY.createParser(json)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.FIELD_NAME || t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    continue;
                }
                JsonPointer here = p.getParsingContext().pathAsPointer();
                if (here.equals(target)) {
                    return p.currentTokenLocation();
                }
                if (isPrefix(here, target)) {
                    best = p.currentTokenLocation();
                }
            }
        } catch (IOException e) {
            return best;
        }
        return best;
    }

    private static boolean isPrefix(JsonPointer prefix, JsonPointer full) {
        String a = prefix.toString();
        String b = full.toString();
        return b.equals(a) || b.startsWith(a + "/") || a.isEmpty();
    }
}

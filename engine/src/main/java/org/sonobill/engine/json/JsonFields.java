package org.sonobill.engine.json;

import com.fasterxml.jackson.core.JsonLocation;
import org.sonobill.engine.study.InputProblem;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reading typed values out of one JSON document while collecting every problem with its JSON pointer, line and
 * column, so that a document is refused with all that is wrong in it, not only the first thing.
 */
public class JsonFields {
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    protected final String json;
    protected final String source;
    protected final int firstLine;
    protected final List<InputProblem> problems = new ArrayList<>();

    /** The problems found so far, sorted by line and column. */
    public List<InputProblem> problems() {
        problems.sort(java.util.Comparator.comparingInt(InputProblem::line).thenComparingInt(InputProblem::column));
        return problems;
    }

    protected JsonFields(String json, String source, int firstLine) {
        this.json = json;
        this.source = source;
        this.firstLine = firstLine;
    }

    protected void problem(String pointer, String message) {
        JsonLocation loc = JsonLocator.locate(json, pointer);
        int line = loc == null ? firstLine : firstLine + loc.getLineNr() - 1;
        int col = loc == null ? 0 : loc.getColumnNr();
        problems.add(new InputProblem(source, line, col, pointer, message));
    }


    protected void unknownFields(JsonNode n, String pointer, Set<String> allowed) {
        Iterator<String> names = n.fieldNames();
        while (names.hasNext()) {
            String f = names.next();
            if (!allowed.contains(f)) {
                problem(pointer + "/" + escape(f), "unknown field \"" + f + "\"; expected one of " + sorted(allowed));
            }
        }
    }

    protected boolean objectOrAbsent(JsonNode n, String pointer) {
        if (n == null || n.isNull()) {
            return false;
        }
        if (!n.isObject()) {
            problem(pointer, "expected an object, found " + kind(n));
            return false;
        }
        return true;
    }

    protected String requiredText(JsonNode root, String name, String what) {
        JsonNode n = root.get(name);
        if (n == null || n.isNull() || (n.isTextual() && n.asText().isBlank())) {
            problem("/" + name, "required field is missing; expected " + what);
            return null;
        }
        if (n.isNumber() && name.equals("id")) {
            return n.asText();
        }
        return textAt(n, "/" + name);
    }

    protected String optionalText(JsonNode root, String name) {
        return textAt(root.get(name), "/" + name);
    }

    protected String textAt(JsonNode n, String pointer) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isTextual()) {
            problem(pointer, "expected a string, found " + kind(n));
            return null;
        }
        String s = n.asText().trim();
        return s.isEmpty() ? null : s;
    }

    /** An optional array of strings; anything else is a problem at the pointer. */
    protected List<String> strings(JsonNode n, String pointer) {
        List<String> out = new ArrayList<>();
        if (n == null || n.isNull()) {
            return out;
        }
        if (!n.isArray()) {
            problem(pointer, "expected an array of strings, found " + kind(n));
            return out;
        }
        for (int i = 0; i < n.size(); i++) {
            String s = textAt(n.get(i), pointer + "/" + i);
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    protected boolean bool(JsonNode root, String name) {
        return boolAt(root.get(name), "/" + name);
    }

    protected boolean boolAt(JsonNode n, String pointer) {
        if (n == null || n.isNull()) {
            return false;
        }
        if (!n.isBoolean()) {
            problem(pointer, "expected true or false, found " + kind(n));
            return false;
        }
        return n.booleanValue();
    }

    protected int count(JsonNode n, String pointer) {
        if (n == null || n.isNull()) {
            return 0;
        }
        if (!n.isIntegralNumber() || !n.canConvertToInt() || n.asInt() < 0) {
            problem(pointer, "expected a whole number of 0 or more, found " + kind(n));
            return 0;
        }
        return n.asInt();
    }

    /** A count of units or passes: a whole number from 1 to 999. */
    protected int units(JsonNode n, String pointer) {
        if (!n.isIntegralNumber() || !n.canConvertToInt() || n.asInt() < 1 || n.asInt() > 999) {
            problem(pointer, "expected a whole number from 1 to 999, found " + kind(n));
            return 1;
        }
        return n.asInt();
    }

    protected LocalDate date(JsonNode root, String name, boolean required) {
        JsonNode n = root.get(name);
        if (required && (n == null || n.isNull())) {
            problem("/" + name, "required field is missing; expected a date as YYYY-MM-DD");
            return null;
        }
        return dateAt(n, "/" + name);
    }

    protected LocalDate dateAt(JsonNode n, String pointer) {
        if (n == null || n.isNull()) {
            return null;
        }
        String s = textAt(n, pointer);
        if (s == null) {
            return null;
        }
        try {
            if (!DATE.matcher(s).matches()) {
                throw new DateTimeParseException("not YYYY-MM-DD", s, 0);
            }
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            problem(pointer, "expected a date as YYYY-MM-DD, found \"" + s + "\"");
            return null;
        }
    }

    protected <E extends Enum<E>> E enumOf(JsonNode root, String name, Class<E> type, java.util.function.Function<E, String> key) {
        JsonNode n = root.get(name);
        if (n == null || n.isNull()) {
            return null;
        }
        return match(n, "/" + name, type, key);
    }

    protected <E extends Enum<E>> E match(JsonNode n, String pointer, Class<E> type, java.util.function.Function<E, String> key) {
        List<String> keys = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            keys.add(key.apply(e));
            if (n.isTextual() && key.apply(e).equalsIgnoreCase(n.asText().trim())) {
                return e;
            }
        }
        problem(pointer, "expected one of " + keys + ", found " + (n.isTextual() ? "\"" + n.asText() + "\"" : kind(n)));
        return null;
    }

    protected static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    protected static String kind(JsonNode n) {
        if (n == null || n.isNull()) {
            return "null";
        }
        if (n.isObject()) {
            return "an object";
        }
        if (n.isArray()) {
            return "an array";
        }
        if (n.isTextual()) {
            return "the string \"" + n.asText() + "\"";
        }
        return n.toString();
    }

    protected static String sorted(Set<String> s) {
        return new TreeSet<>(s).toString();
    }

    protected static String escape(String field) {
        return field.replace("~", "~0").replace("/", "~1");
    }
}

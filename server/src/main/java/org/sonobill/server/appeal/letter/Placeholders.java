package org.sonobill.server.appeal.letter;

import org.sonobill.engine.denial.RootCause;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Placeholder paths over the facts: {@code claim.payerClaimNumber} names a record component (or a public no-argument
 * method of the record, such as {@code deniedCodes}) at each step. Paths are checked against types when a template is
 * read and resolved against values when it is rendered; values print in letter style (US dates, dollars).
 */
final class Placeholders {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US);
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("MMMM d, uuuu 'at' h:mm a", Locale.US);
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.US);
    private static final Set<String> NOT_PROPERTIES = Set.of("toString", "hashCode", "getClass");
    private static final Set<Class<?>> PRINTABLE = Set.of(
            String.class, Integer.class, int.class, Long.class, long.class,
            Boolean.class, boolean.class, BigDecimal.class, LocalDate.class, LocalDateTime.class, LocalTime.class,
            RootCause.class);

    private Placeholders() {}

    /** Dollars as a payer's letter writes them: {@code $1,234.50}. */
    static String money(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("$#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
        return amount == null ? "" : format.format(amount);
    }

    // ---- types (when a template is read)

    static Type typeOf(String template, int line, String path, Map<String, Type> bound, Class<?> root) {
        String[] steps = path.split("\\.");
        Type type = bound.containsKey(steps[0]) ? bound.get(steps[0]) : null;
        int from = type == null ? 0 : 1;
        type = type == null ? root : type;
        for (int i = from; i < steps.length; i++) {
            Class<?> owner = raw(type);
            Optional<Method> property = property(owner, steps[i]);
            if (property.isEmpty()) {
                throw new TemplateException(template, line, "unknown placeholder {{" + path + "}}: "
                        + (i == 0 ? "the facts have: " : owner.getSimpleName() + " has: ")
                        + String.join(", ", properties(owner))
                        + (bound.isEmpty() ? ""
                                : " (and, inside #each, " + String.join(", ", new TreeSet<>(bound.keySet())) + ")"));
            }
            type = property.get().getGenericReturnType();
        }
        return type;
    }

    static Type elementType(String template, int line, String path, Type listType) {
        if (listType instanceof ParameterizedType list && Collection.class.isAssignableFrom(raw(list))) {
            return list.getActualTypeArguments()[0];
        }
        throw new TemplateException(template, line, "{{#each " + path + "}} needs a list, and " + path + " is not one");
    }

    static void checkPrintable(String template, int line, String path, Type type) {
        if (PRINTABLE.contains(raw(type))) {
            return;
        }
        if (type instanceof ParameterizedType list && Collection.class.isAssignableFrom(raw(list))
                && list.getActualTypeArguments()[0] == String.class) {
            return;
        }
        throw new TemplateException(template, line, "{{" + path
                + "}} cannot be printed as it is; name one of its parts ("
                + String.join(", ", properties(raw(type))) + ") or use {{#each " + path + "}} for a list");
    }

    private static Class<?> raw(Type type) {
        return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    }

    private static Optional<Method> property(Class<?> owner, String name) {
        if (!owner.isRecord() || NOT_PROPERTIES.contains(name)) {
            return Optional.empty();
        }
        return Arrays.stream(owner.getMethods())
                .filter(m -> m.getName().equals(name) && m.getParameterCount() == 0)
                .filter(m -> !Modifier.isStatic(m.getModifiers()))
                .findFirst();
    }

    private static List<String> properties(Class<?> owner) {
        if (!owner.isRecord()) {
            return List.of("nothing");
        }
        return Arrays.stream(owner.getMethods())
                .filter(m -> m.getDeclaringClass() == owner && m.getParameterCount() == 0)
                .filter(m -> !Modifier.isStatic(m.getModifiers()) && !NOT_PROPERTIES.contains(m.getName())
                        && !m.getName().equals("equals"))
                .map(Method::getName)
                .sorted()
                .toList();
    }

    // ---- values (when a template is rendered)

    static Object valueOf(String path, TemplateText.Values values) {
        String[] steps = path.split("\\.");
        boolean isBound = values.names().containsKey(steps[0]);
        Object value = isBound ? values.names().get(steps[0]) : values.root();
        for (int i = isBound ? 1 : 0; i < steps.length && value != null; i++) {
            value = invoke(value, steps[i]);
        }
        return value;
    }

    private static Object invoke(Object owner, String name) {
        try {
            return property(owner.getClass(), name).orElseThrow().invoke(owner);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("reading " + name + " of " + owner.getClass().getSimpleName(), e);
        }
    }

    static String format(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDate date) {
            return DATE.format(date);
        }
        if (value instanceof LocalDateTime at) {
            return DATE_TIME.format(at);
        }
        if (value instanceof LocalTime time) {
            return TIME.format(time);
        }
        if (value instanceof BigDecimal amount) {
            return money(amount);
        }
        if (value instanceof Boolean b) {
            return b ? "yes" : "no";
        }
        if (value instanceof RootCause cause) {
            return cause.slug();
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(Placeholders::format).collect(Collectors.joining("; "));
        }
        return value.toString();
    }
}

package org.sonobill.x12.claim;

import io.xlate.edi.schema.EDIComplexType;
import io.xlate.edi.schema.EDIReference;
import io.xlate.edi.schema.EDISimpleType;
import io.xlate.edi.schema.EDIType;
import io.xlate.edi.schema.Schema;
import io.xlate.edi.schema.implementation.CompositeImplementation;
import io.xlate.edi.schema.implementation.EDITypeImplementation;
import io.xlate.edi.schema.implementation.LoopImplementation;
import io.xlate.edi.schema.implementation.PolymorphicImplementation;
import io.xlate.edi.schema.implementation.SegmentImplementation;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The X12 data element types of the segments SonoBill writes (005010 standard: base type and length), read from the
 * writer schema, with checks of a value that are at least as strict as StAEDI's element validation. Elements with a
 * code list in the schema (in the standard or anywhere in the implementation guide; every loop discriminator has
 * one) are <em>coded</em>: their values are not
 * checked here but made part of a claim's shape (see {@link ClaimShape}), so StAEDI checks each code once.
 */
final class ElementRules {
    private static final ElementRules PROFESSIONAL = new ElementRules(Schemas.forWriting(ClaimKind.PROFESSIONAL));
    private static final ElementRules INSTITUTIONAL = new ElementRules(Schemas.forWriting(ClaimKind.INSTITUTIONAL));
    /** No rule: a position the segment does not define, or a composite written as a simple element (or back). */
    private static final Rule[][] NONE = new Rule[0][];
    private final Schema schema;
    private final Set<String> enumerated = new HashSet<>();
    private final Map<String, Rule[][]> bySegment = new ConcurrentHashMap<>();

    /** One element or component: its base type and length, and whether it is coded. */
    record Rule(EDISimpleType.Base base, long min, long max, boolean coded) {
    }

    private ElementRules(Schema schema) {
        this.schema = schema;
        walk(schema.getImplementation());
    }

    static ElementRules of(ClaimKind kind) {
        return kind == ClaimKind.INSTITUTIONAL ? INSTITUTIONAL : PROFESSIONAL;
    }

    /**
     * The rule of element {@code element} (1-based), component {@code component} (1-based; 0 for a simple element),
     * or null when the segment has no such simple element or component.
     */
    Rule at(String segment, int element, int component) {
        Rule[][] rules = bySegment.computeIfAbsent(segment, this::rules);
        if (element < 1 || element > rules.length || rules[element - 1] == null) {
            return null;
        }
        Rule[] e = rules[element - 1];
        boolean composite = e.length > 1 || e[0] == null;
        if (component == 0) {
            return composite ? null : e[0];
        }
        return composite && component < e.length ? e[component] : null;
    }

    private Rule[][] rules(String segment) {
        EDIType type = schema.getType(segment);
        if (!(type instanceof EDIComplexType seg) || type.getType() != EDIType.Type.SEGMENT) {
            return NONE;
        }
        List<EDIReference> refs = seg.getReferences();
        Rule[][] rules = new Rule[refs.size()][];
        for (int i = 0; i < refs.size(); i++) {
            EDIType t = refs.get(i).getReferencedType();
            if (t instanceof EDISimpleType simple) {
                rules[i] = new Rule[] {rule(simple, segment, i + 1, 0)};
            } else if (t instanceof EDIComplexType composite) {
                // slot 0 empty: a composite's components are 1-based
                List<EDIReference> parts = composite.getReferences();
                rules[i] = new Rule[parts.size() + 1];
                for (int j = 0; j < parts.size(); j++) {
                    if (parts.get(j).getReferencedType() instanceof EDISimpleType simple) {
                        rules[i][j + 1] = rule(simple, segment, i + 1, j + 1);
                    }
                }
            }
        }
        return rules;
    }

    private Rule rule(EDISimpleType t, String segment, int element, int component) {
        // An identifier without a code list in the schema (a state, a postal code: external code sources) is checked
        // by StAEDI like text, length and characters; so is it here, which keeps such values out of the shape.
        boolean coded = !t.getValueSet().isEmpty() || enumerated.contains(segment + '|' + element + '|' + component);
        return new Rule(t.getBase(), t.getMinLength(), t.getMaxLength(), coded);
    }

    /** Every place the implementation gives a code list (or a loop discriminator, which always has one). */
    private void walk(PolymorphicImplementation parent) {
        for (EDITypeImplementation t : parent.getSequence()) {
            if (t instanceof LoopImplementation l) {
                walk(l);
            } else if (t instanceof SegmentImplementation s) {
                List<EDITypeImplementation> elements = s.getSequence();
                for (int i = 0; i < elements.size(); i++) {
                    EDITypeImplementation e = elements.get(i);
                    if (e instanceof CompositeImplementation c) {
                        for (int j = 0; j < c.getSequence().size(); j++) {
                            enumerate(s.getCode(), i + 1, j + 1, c.getSequence().get(j));
                        }
                    } else {
                        enumerate(s.getCode(), i + 1, 0, e);
                    }
                }
            }
        }
    }

    private void enumerate(String segment, int element, int component, EDITypeImplementation e) {
        if (e instanceof EDISimpleType simple && !simple.getValueSet().isEmpty()) {
            enumerated.add(segment + '|' + element + '|' + component);
        }
    }

    /**
     * True when StAEDI's element validation would accept this non-empty value of a non-coded element: the length of
     * the type (digits only for numbers, as X12 counts them), and characters of the X12 basic and extended sets
     * (005010 standard, appendix B) other than our delimiters. Stricter than StAEDI where that is simpler (dates of
     * eight digits, times of four): a value refused here is not refused outright but validated by StAEDI.
     */
    static boolean accepts(Rule rule, String value) {
        int n = value.length();
        return switch (rule.base()) {
            case STRING, IDENTIFIER -> n >= rule.min() && n <= rule.max() && safe(value);
            case NUMERIC -> number(value, false, rule);
            case DECIMAL -> number(value, true, rule);
            case DATE -> n == 8 && digits(value) && n >= rule.min() && n <= rule.max()
                    && date(Integer.parseInt(value.substring(0, 4)), Integer.parseInt(value.substring(4, 6)),
                            Integer.parseInt(value.substring(6)));
            case TIME -> n == 4 && digits(value) && n >= rule.min() && n <= rule.max()
                    && Integer.parseInt(value.substring(0, 2)) < 24 && Integer.parseInt(value.substring(2)) < 60;
            default -> false;
        };
    }

    /** Characters of the X12 basic and extended character sets, but not the delimiters {@code * : ~ ^} we write. */
    static boolean safe(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (!safe(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean safe(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
                || " !\"&'()+,-./;?=%@[]_{}\\|<>#$".indexOf(c) >= 0;
    }

    /** An optional leading minus, digits, and (for R) at most one decimal point between digits. */
    private static boolean number(String value, boolean decimal, Rule rule) {
        int digits = 0;
        boolean point = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '-' && i == 0) {
                continue;
            } else if (c == '.' && decimal && !point && digits > 0 && i < value.length() - 1) {
                point = true;
            } else {
                return false;
            }
        }
        return digits > 0 && digits >= rule.min() && digits <= rule.max();
    }

    private static boolean digits(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean date(int year, int month, int day) {
        return month >= 1 && month <= 12 && day >= 1 && day <= java.time.YearMonth.of(year, month).lengthOfMonth();
    }
}

package org.sonobill.x12.claim;

/**
 * The shape of one claim as {@link ClaimSegments} writes it (billing provider level included): its segments in order,
 * which elements and components are present, and the value of every coded element (qualifiers, entity and
 * hierarchical codes, the loop discriminators of 005010X222A1/X223A2). Two claims of one shape go through the same
 * loops, segments, usage, repeat counts, syntax rules and code lists of the implementation guide, so once StAEDI has
 * accepted one claim of a shape, another needs only its remaining values checked ({@link ElementRules#accepts}).
 */
final class ClaimShape {
    private final ElementRules rules;
    private final StringBuilder key = new StringBuilder(1024);
    private boolean valuesAccepted = true;

    ClaimShape(ClaimKind kind) {
        this.rules = ElementRules.of(kind);
    }

    /** The shape of a claim written alone: its billing provider level (HL 1), then its own levels (HL 2 on). */
    static ClaimShape of(ClaimKind kind, ClaimSubmission s) {
        ClaimShape shape = new ClaimShape(kind);
        ClaimSegments segments = new ClaimSegments(new SegmentOut(shape), kind);
        segments.billing(s.billing(), 1);
        segments.claim(s, 1, 2);
        return shape;
    }

    /**
     * The shape as text: per segment its id, then per element {@code *} followed by nothing (empty), {@code +} (a
     * value checked by its type), {@code =code} (a coded value) or {@code ?} (no rule), composites in braces with
     * components after {@code :}. Values never hold the delimiters (else they are not accepted), so keys are
     * unambiguous.
     */
    String key() {
        return key.toString();
    }

    /** True when every value not part of the key passes the checks of its element's type. */
    boolean valuesAccepted() {
        return valuesAccepted;
    }

    void segment(String tag, Object[] elements) {
        key.append(tag);
        for (int i = 0; i < elements.length; i++) {
            key.append('*');
            Object e = elements[i];
            if (e instanceof String[] parts) {
                key.append('{');
                for (int j = 0; j < parts.length; j++) {
                    if (j > 0) {
                        key.append(':');
                    }
                    value(rules.at(tag, i + 1, j + 1), parts[j]);
                }
                key.append('}');
            } else {
                value(rules.at(tag, i + 1, 0), e == null ? null : e.toString());
            }
        }
        key.append('~');
    }

    private void value(ElementRules.Rule rule, String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        if (rule == null) {
            key.append('?');
            valuesAccepted = false;
        } else if (rule.coded()) {
            key.append('=').append(value);
            valuesAccepted &= ElementRules.safe(value);
        } else {
            key.append('+');
            valuesAccepted &= ElementRules.accepts(rule, value);
        }
    }
}

package org.sonobill.x12.claim;

import io.xlate.edi.schema.EDISimpleType;
import io.xlate.edi.schema.Schema;
import io.xlate.edi.schema.implementation.CompositeImplementation;
import io.xlate.edi.schema.implementation.EDITypeImplementation;
import io.xlate.edi.schema.implementation.LoopImplementation;
import io.xlate.edi.schema.implementation.PolymorphicImplementation;
import io.xlate.edi.schema.implementation.SegmentImplementation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The codes our implementation schemas allow per loop, segment and element, so that a refused code can be answered
 * with the list the guide allows (StAEDI reports such an error against the standard element, without the list).
 * Where a segment repeats with different qualifiers in one loop (REF, DTP), the lists are merged.
 */
final class CodeLists {
    private static final CodeLists PROFESSIONAL = new CodeLists(Schemas.of(ClaimKind.PROFESSIONAL));
    private static final CodeLists INSTITUTIONAL = new CodeLists(Schemas.of(ClaimKind.INSTITUTIONAL));
    private final Map<String, Set<String>> codes = new HashMap<>();

    private CodeLists(Schema schema) {
        walk(schema.getImplementation(), "");
    }

    static CodeLists of(ClaimKind kind) {
        return kind == ClaimKind.INSTITUTIONAL ? INSTITUTIONAL : PROFESSIONAL;
    }

    /** The codes allowed at this place, or an empty set when the guide gives no list there. */
    Set<String> at(String loop, String segment, int element, int component) {
        return codes.getOrDefault(key(loop, segment, element, component), Set.of());
    }

    private void walk(PolymorphicImplementation parent, String loop) {
        for (EDITypeImplementation t : parent.getSequence()) {
            if (t instanceof LoopImplementation l) {
                walk(l, l.getCode());
            } else if (t instanceof SegmentImplementation s) {
                List<EDITypeImplementation> elements = s.getSequence();
                for (int i = 0; i < elements.size(); i++) {
                    EDITypeImplementation e = elements.get(i);
                    if (e instanceof CompositeImplementation c) {
                        for (int j = 0; j < c.getSequence().size(); j++) {
                            add(loop, s.getCode(), i + 1, j + 1, c.getSequence().get(j));
                        }
                    } else {
                        add(loop, s.getCode(), i + 1, 0, e);
                    }
                }
            }
        }
    }

    private void add(String loop, String segment, int element, int component, EDITypeImplementation e) {
        if (e instanceof EDISimpleType simple && !simple.getValueSet().isEmpty()) {
            codes.computeIfAbsent(key(loop, segment, element, component), k -> new TreeSet<>())
                    .addAll(simple.getValueSet());
        }
    }

    private static String key(String loop, String segment, int element, int component) {
        return loop + '|' + segment + '|' + element + '|' + component;
    }
}

package org.sonobill.report.evaluation;

import java.util.List;
import java.util.TreeSet;

/**
 * One line of a code set as a coder writes it: code, modifiers (order ignored) and units.
 *
 * @param code the CPT/HCPCS code
 * @param modifiers the modifiers, sorted
 * @param units the units
 */
public record CodeLine(String code, List<String> modifiers, int units) implements Comparable<CodeLine> {
    public CodeLine {
        modifiers = List.copyOf(new TreeSet<>(modifiers));
    }

    @Override
    public int compareTo(CodeLine o) {
        int c = code.compareTo(o.code);
        return c != 0 ? c : toString().compareTo(o.toString());
    }

    @Override
    public String toString() {
        return code + (modifiers.isEmpty() ? "" : "-" + String.join(",", modifiers)) + (units == 1 ? "" : " x" + units);
    }
}

package org.sonobill.engine.coding.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sonobill.engine.study.Laterality;

/** A line while the rules shape it; becomes an immutable {@code CodedLine} at the end. */
public final class WorkLine {
    /** Where a line came from. */
    public enum Origin { EXAM, GUIDANCE }

    final String code;
    int units;
    final Origin origin;
    final Set<String> modifiers = new LinkedHashSet<>();
    Laterality laterality;
    final boolean paired;
    final String regionGroup;
    final List<String> diagnoses = new ArrayList<>();
    final StringBuilder rationale = new StringBuilder();
    final String source;
    /** For per-fetus lines: 1 for the first fetus, 2 for the second... 0 otherwise. */
    int fetus;
    /**
     * The second line of a bilateral service that the payer wants as RT and LT lines although CMS prices it as one
     * bilateral unit (indicator 1): the pair counts as one unit against the MUE, as the 50 line would.
     */
    boolean secondSideOfBilateralUnit;
    /** For a guidance line: the procedure it guided. */
    org.sonobill.engine.study.Procedure procedure;

    /** The side of the service: the guided procedure's for guidance, else the line's own or the study's. */
    Laterality side(Laterality studySide) {
        if (procedure != null) {
            return procedure.laterality();
        }
        return laterality != null ? laterality : studySide;
    }

    WorkLine(String code, int units, Origin origin, Laterality laterality, boolean paired, String regionGroup,
             String rationale, String source) {
        this.code = code;
        this.units = units;
        this.origin = origin;
        this.laterality = laterality;
        this.paired = paired;
        this.regionGroup = regionGroup;
        this.rationale.append(rationale);
        this.source = source;
    }

    /** Appends a sentence to the rationale. */
    void explain(String sentence) {
        if (rationale.length() > 0) {
            rationale.append(' ');
        }
        rationale.append(sentence);
    }

    WorkLine copyFor(Laterality side) {
        WorkLine c = new WorkLine(code, units, origin, side, paired, regionGroup, rationale.toString(), source);
        c.modifiers.addAll(modifiers);
        c.diagnoses.addAll(diagnoses);
        c.fetus = fetus;
        c.procedure = procedure;
        return c;
    }

    /** The side modifier (RT/LT) if the line has one. */
    String sideModifier() {
        if (modifiers.contains("RT")) {
            return "RT";
        }
        if (modifiers.contains("LT")) {
            return "LT";
        }
        return null;
    }
}

package org.sonobill.report.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.sonobill.engine.coding.CodedLine;
import org.sonobill.engine.study.Procedure;
import org.sonobill.report.CodedReport;

/**
 * The code set of a coded report as a coder would write it: the engine's lines, and the guided procedures' own codes
 * (the engine codes the imaging; a procedure's code is billed on its own line, with its side on a paired region).
 */
public final class CodeSet {
    private static final Set<String> PAIRED = Set.of("breast", "extremity", "upper-extremity", "lower-extremity", "chest");

    private CodeSet() {
    }

    public static Set<CodeLine> of(CodedReport report) {
        Set<CodeLine> out = new TreeSet<>();
        for (CodedLine l : report.coded().lines()) {
            out.add(new CodeLine(l.code(), l.modifiers(), l.units()));
        }
        for (Procedure p : report.read().documentation().procedures()) {
            List<String> mods = new ArrayList<>();
            // a side is reported on a paired organ or joint; vascular access lines (365xx, 366xx) carry none
            if (p.laterality() != null && PAIRED.contains(p.region()) && !p.primaryCode().startsWith("36")) {
                mods.add(p.laterality().modifier());
            }
            // an each-additional-lesion add-on counts its lesions; a first-lesion code is one unit
            boolean perLesion = p.primaryCode().equals("10006") || p.primaryCode().equals("19084");
            out.add(new CodeLine(p.primaryCode(), mods, perLesion ? p.count() : 1));
        }
        return out;
    }
}

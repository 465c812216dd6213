package org.sonobill.engine.coding.internal;

import java.util.Map;
import org.sonobill.engine.catalogue.ExamFamily;

/** Chooses the exam's codes with the selector its family names in the catalogue. */
final class ExamSelectionRule implements CodingRule {
    private static final Map<String, ExamSelector> SELECTORS = Map.ofEntries(
            Map.entry("elements", new ElementsSelector()),
            Map.entry("pelvis", new PelvisSelector()),
            Map.entry("extremity", new ExtremitySelector()),
            Map.entry("single", new SingleCodeSelector()),
            Map.entry("mapping", new MappingSelector()),
            Map.entry("infant-hips", new InfantHipsSelector()),
            Map.entry("transplant-kidney", new TransplantKidneySelector()),
            Map.entry("echo", new EchoSelector()),
            Map.entry("echo-addons", new EchoAddOnsSelector()),
            Map.entry("ob", new ObstetricSelector()));

    /** True when the catalogue's selector name has an implementation (checked by a test for every family). */
    static boolean knows(String selector) {
        return SELECTORS.containsKey(selector);
    }

    @Override
    public void apply(Worksheet w) {
        ExamFamily f = w.family;
        if (f == null) {
            return;
        }
        ExamSelector s = SELECTORS.get(f.selector());
        if (s == null) {
            throw new IllegalStateException("exam family " + f.key() + " names unknown selector " + f.selector());
        }
        s.select(w, f);
    }
}

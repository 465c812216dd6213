package org.sonobill.engine.coding.internal;

import java.util.ArrayList;
import java.util.List;

/** The coding rules, in the order the engine applies them. */
final class Rules {
    private Rules() {
    }

    /** Selection first, then line shaping (laterality, bundling, add-ons, repeats, components, units), then documentation. */
    static List<CodingRule> all() {
        List<CodingRule> rules = new ArrayList<>(List.of(
                new ExamSelectionRule(),
                new GuidanceRule(),
                new PregnancyRule(),
                new PatientSexRule(),
                new BilateralRule(),
                new LateralityModifierRule(),
                new NcciPairRule(),
                new AddOnPrimaryRule(),
                new RepeatProcedureRule(),
                new ComponentModifierRule(),
                new MueRule(),
                new DiagnosisRule(),
                new ObstetricDiagnosisRule(),
                new ScreeningRule()));
        rules.addAll(DocumentationRules.all());
        rules.add(new NoBillableServiceRule());
        return List.copyOf(rules);
    }
}

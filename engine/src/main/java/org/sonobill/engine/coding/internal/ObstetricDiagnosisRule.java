package org.sonobill.engine.coding.internal;

import java.math.BigDecimal;
import java.util.Set;
import org.sonobill.engine.finding.FindingCode;
import org.sonobill.engine.study.Obstetric;
import org.sonobill.engine.study.ObstetricKind;

/**
 * Obstetric lines need a pregnancy diagnosis (ICD-10-CM chapter 15, Z34, Z3A, Z36; otherwise CO-11, reference g.1);
 * additional-gestation units need a multiple-gestation diagnosis (O30.-); and the service must fit the gestational
 * age: nuchal translucency in the first trimester (about 10 to 14 weeks), the detailed anatomic exam from the
 * second trimester (reference a.2, US-OB-003).
 */
final class ObstetricDiagnosisRule implements CodingRule {
    private static final Set<String> ADDITIONAL_GESTATION = Set.of("76802", "76810", "76812", "76814");
    private static final BigDecimal TEN = BigDecimal.TEN;
    private static final BigDecimal FOURTEEN = BigDecimal.valueOf(14);
    private static final String SOURCE = "ICD-10-CM Official Guidelines I.C.15; CPT obstetric ultrasound guidelines; "
            + "reference a.2, f, g.1 (CO-11)";

    @Override
    public void apply(Worksheet w) {
        if (w.family == null || !"ob".equals(w.family.selector()) || w.lines.isEmpty()) {
            return;
        }
        boolean pregnancyDx = w.dx.stream()
                .anyMatch(c -> c.startsWith("O") || c.startsWith("Z34") || c.startsWith("Z3A") || c.startsWith("Z36")
                        || c.startsWith("Z331"));
        if (!pregnancyDx) {
            w.add(FindingCode.OB_DIAGNOSIS_MISSING, name(),
                    "The obstetric study has no pregnancy diagnosis (chapter 15 O-code, Z34 supervision, Z3A weeks or "
                            + "Z36 antenatal screening): payers deny obstetric codes with other diagnoses (CO-11).",
                    "Add the pregnancy diagnosis that prompted the study (e.g. O09.- high-risk supervision, Z34.- normal "
                            + "pregnancy, an O-code for the complication) and the Z3A weeks.", SOURCE);
        }
        boolean addOns = w.lines.stream().anyMatch(l -> ADDITIONAL_GESTATION.contains(l.code));
        boolean multiple = w.dx.stream().anyMatch(c -> c.startsWith("O30"));
        if (addOns && !multiple) {
            w.add(FindingCode.MULTIPLE_GESTATION_DIAGNOSIS_MISSING, name(),
                    "Additional-gestation units are billed but no multiple-gestation diagnosis (O30.-) is coded.",
                    "Add the O30.- code for the twin or higher-order pregnancy (chorionicity and amnionicity).", SOURCE);
        }
        Obstetric ob = w.study.obstetric();
        if (ob == null || ob.gestationalWeeks() == null || ob.kind() == null) {
            return;
        }
        BigDecimal ga = ob.gestationalWeeks();
        String weeks = ga.stripTrailingZeros().toPlainString();
        if (ob.kind() == ObstetricKind.NUCHAL_TRANSLUCENCY && (ga.compareTo(TEN) < 0 || ga.compareTo(FOURTEEN) >= 0)) {
            w.add(FindingCode.OB_GESTATIONAL_AGE_INCONSISTENT, name(),
                    "A nuchal translucency measurement (76813) at " + weeks + " weeks: it is a first-trimester study "
                            + "(about 10 to 14 weeks).",
                    "Check the gestational age, or code the study that was done (76801/76805, 76815, 76816).", SOURCE);
        }
        if (ob.kind() == ObstetricKind.DETAILED && ga.compareTo(FOURTEEN) < 0) {
            w.add(FindingCode.OB_GESTATIONAL_AGE_INCONSISTENT, name(),
                    "A detailed fetal anatomic exam (76811) at " + weeks + " weeks: the detailed anatomic survey is done "
                            + "from the second trimester.",
                    "Check the gestational age, or code the first-trimester study that was done (76801, 76813).", SOURCE);
        }
    }
}

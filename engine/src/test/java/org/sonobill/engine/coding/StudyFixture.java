package org.sonobill.engine.coding;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sonobill.engine.study.Approach;
import org.sonobill.engine.study.BillingRole;
import org.sonobill.engine.study.ClaimType;
import org.sonobill.engine.study.Comparison;
import org.sonobill.engine.study.Doppler;
import org.sonobill.engine.study.Echo;
import org.sonobill.engine.study.EchoExtent;
import org.sonobill.engine.study.ElementStatus;
import org.sonobill.engine.study.Images;
import org.sonobill.engine.study.Indication;
import org.sonobill.engine.study.Laterality;
import org.sonobill.engine.study.Measurement;
import org.sonobill.engine.study.Patient;
import org.sonobill.engine.study.Procedure;
import org.sonobill.engine.study.Report;
import org.sonobill.engine.study.Sex;
import org.sonobill.engine.study.StudyDocumentation;

/** Builders of well-documented studies for tests: complete exams that a careful coder would bill as is. */
public final class StudyFixture {
    /** A complete study per family: the family, its complete code and its required elements. */
    public record CompleteCase(String exam, String completeCode, List<String> elements, Laterality laterality,
                               String limb, String target, Sex sex, boolean duplex, String icd10) {
    }

    /** Families whose complete code is decided by elements, with a complete documentation of each. */
    public static final List<CompleteCase> COMPLETE_CASES = List.of(
            new CompleteCase("abdomen", "76700", List.of("liver", "gallbladder", "common_bile_duct", "pancreas", "spleen",
                    "right_kidney", "left_kidney", "aorta", "ivc"), null, null, null, Sex.F, false, "R10.11"),
            new CompleteCase("retroperitoneum", "76770", List.of("right_kidney", "left_kidney", "aorta",
                    "common_iliac_origins", "ivc"), null, null, null, Sex.M, false, "I15.0"),
            new CompleteCase("pelvis", "76856", List.of("uterus", "endometrium", "right_ovary", "left_ovary", "bladder"),
                    null, null, null, Sex.F, false, "R10.2"),
            new CompleteCase("pelvis", "76856", List.of("bladder", "prostate", "seminal_vesicles"), null, null, null,
                    Sex.M, false, "R10.2"),
            new CompleteCase("breast", "76641", List.of("upper_outer", "upper_inner", "lower_outer", "lower_inner",
                    "retroareolar"), Laterality.RIGHT, null, null, Sex.F, false, "N64.4"),
            new CompleteCase("extremity", "76881", List.of("joint_space", "muscles", "tendons", "soft_tissue"),
                    Laterality.LEFT, null, "joint", Sex.M, false, "M25.562"),
            new CompleteCase("echo_tte", "93306", List.of("chambers", "valves", "pericardium", "aorta"), null, null, null,
                    Sex.M, true, "R01.1"),
            new CompleteCase("carotid_duplex", "93880", List.of("common_carotid", "internal_carotid", "external_carotid",
                    "vertebral"), Laterality.BILATERAL, null, null, Sex.M, true, "I65.23"),
            new CompleteCase("venous_duplex", "93970", List.of("common_femoral", "femoral", "popliteal"),
                    Laterality.BILATERAL, "lower", null, Sex.F, true, "M79.661"),
            new CompleteCase("arterial_duplex", "93925", List.of("common_femoral", "femoral", "popliteal", "tibial"),
                    Laterality.BILATERAL, "lower", null, Sex.M, true, "I70.213"),
            new CompleteCase("abdominal_duplex", "93975", List.of("arterial_inflow", "venous_outflow"), null, null, null,
                    Sex.F, true, "K76.6"),
            new CompleteCase("aortoiliac_duplex", "93978", List.of("aorta", "ivc", "common_iliac", "external_iliac"),
                    null, null, null, Sex.M, true, "I71.40"));

    private StudyFixture() {
    }

    /** A complete, signed, ordered, imaged study of the case at an outpatient hospital (POS 22). */
    public static StudyDocumentation complete(CompleteCase c, Map<String, ElementStatus> elements, List<Procedure> procs) {
        return new StudyDocumentation("FX-" + c.exam(), LocalDate.of(2025, 3, 14), "22", ClaimType.PROFESSIONAL, null,
                "medicare", new Patient(c.sex(), LocalDate.of(1960, 5, 1)), c.exam(), c.laterality(), Set.of(Approach.TRANSABDOMINAL),
                false, new Indication("clinical indication", List.of(c.icd10())), elements,
                c.duplex() ? new Doppler(true, true) : Doppler.NONE, new Images(14, 2),
                List.of(new Measurement("size", java.math.BigDecimal.TEN, "mm")), new Comparison(LocalDate.of(2024, 1, 10)),
                null, c.exam().equals("echo_tte") ? new Echo(EchoExtent.COMPLETE) : null, procs,
                new Report(true, "1234567893", false), "1245319599", null, List.of(), c.target(), c.limb(), false, null);
    }

    /** All of the case's elements seen, in the given order. */
    public static Map<String, ElementStatus> allSeen(List<String> keys) {
        Map<String, ElementStatus> m = new LinkedHashMap<>();
        keys.forEach(k -> m.put(k, ElementStatus.SEEN));
        return m;
    }

    /** A copy with another billing role. */
    public static StudyDocumentation withRole(StudyDocumentation s, BillingRole role) {
        return new StudyDocumentation(s.id(), s.dateOfService(), s.placeOfService(), s.claimType(), role, s.payer(),
                s.patient(), s.exam(), s.laterality(), s.approaches(), s.pointOfCare(), s.indication(), s.elements(),
                s.doppler(), s.images(), s.measurements(), s.comparison(), s.obstetric(), s.echo(), s.procedures(),
                s.report(), s.orderingNpi(), s.orderedCode(), s.priorSameDay(), s.target(), s.limb(), s.dynamic(), s.title());
    }
}

package org.sonobill.report.read;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sonobill.engine.catalogue.Catalogue;
import org.sonobill.engine.catalogue.ExamFamily;
import org.sonobill.engine.study.Approach;
import org.sonobill.engine.study.ClaimType;
import org.sonobill.engine.study.Doppler;
import org.sonobill.engine.study.Echo;
import org.sonobill.engine.study.ElementStatus;
import org.sonobill.engine.study.Images;
import org.sonobill.engine.study.Laterality;
import org.sonobill.engine.study.Obstetric;
import org.sonobill.engine.study.Patient;
import org.sonobill.engine.study.Procedure;
import org.sonobill.engine.study.Report;
import org.sonobill.engine.study.Sex;
import org.sonobill.engine.study.StudyDocumentation;
import org.sonobill.report.lexicon.PhraseMatcher;
import org.sonobill.report.text.SectionKind;

/** Puts the readings of one report together into the study documentation the engine codes. */
public final class StudyReading {
    /** When the message does not say, a dictated report is taken as a hospital outpatient study (POS 22). */
    public static final String DEFAULT_PLACE_OF_SERVICE = "22";
    private static final Set<String> SIDED = Set.of("carotid_duplex", "venous_duplex", "arterial_duplex",
            "vein_mapping");
    private static final Set<String> LOWER = Set.of("common_femoral", "femoral", "popliteal", "tibial");
    private static final Set<String> UPPER = Set.of("internal_jugular", "subclavian", "axillary", "brachial", "basilic",
            "cephalic", "radial", "ulnar");

    private final Catalogue catalogue;
    private final ExamReading exams;
    private final ElementReading elements;
    private final DopplerReading doppler = new DopplerReading();
    private final ObstetricReading obstetric = new ObstetricReading();
    private final EchoReading echo = new EchoReading();
    private final ProcedureReading procedures = new ProcedureReading();
    private final DiagnosisReading diagnoses = new DiagnosisReading();
    private final ContextReading context = new ContextReading();

    public StudyReading(Catalogue catalogue) {
        this.catalogue = catalogue;
        this.exams = new ExamReading(catalogue);
        this.elements = new ElementReading(catalogue.resectable());
    }

    public StudyDocumentation read(Reading r) {
        Exam exam = exams.read(r);
        String family = exam.family();
        ExamFamily f = family == null ? null : catalogue.family(family);
        Map<String, ElementStatus> found = new LinkedHashMap<>();
        Laterality side = null;
        String limb = null;
        Obstetric ob = null;
        Echo echoDetails = null;
        Set<Approach> approaches = approaches(r, exam);
        Sex sex = r.incoming.patient() != null && r.incoming.patient().sex() != Sex.U ? r.incoming.patient().sex()
                : context.sex(r);
        if (f != null) {
            if (family.equals("echo_tte")) {
                found.putAll(echo.elements(r, elements));
            } else if (family.equals("venous_duplex") || family.equals("arterial_duplex")) {
                limb = exam.attribute("limb");
                List<String> keys = new ArrayList<>(f.list("limbElements", "lower"));
                keys.addAll(f.list("limbElements", "upper"));
                Map<String, ElementStatus> all = elements.read(r, family, keys);
                if (limb == null) {
                    limb = limbOf(all.keySet());
                    if (limb != null) {
                        r.evidenceOutside("limb", limb, "the vessels named are of the " + limb + " limb", "elements");
                    }
                }
                if (limb == null) {
                    r.review("RPT-LIMB", "limb", "The report does not say whether the legs or the arms were studied.");
                } else {
                    List<String> limbKeys = f.list("limbElements", limb);
                    all.forEach((k, v) -> {
                        if (limbKeys.contains(k)) {
                            found.put(k, v);
                        }
                    });
                }
            } else if (!f.elementKeys().isEmpty()) {
                found.putAll(elements.read(r, family, f.elementKeys()));
            }
            if (family.equals("pelvis") && sex == Sex.U) {
                sex = found.containsKey("uterus") || found.containsKey("right_ovary") || found.containsKey("left_ovary")
                        || found.containsKey("endometrium") || approaches.contains(Approach.TRANSVAGINAL) ? Sex.F
                        : found.containsKey("prostate") || found.containsKey("seminal_vesicles") ? Sex.M : Sex.U;
                if (sex == Sex.U) {
                    r.review("RPT-SEX", "patient.sex", "The patient's sex decides the pelvic exam's elements and is "
                            + "not said: record it.");
                }
            }
            if (family.equals("ob") || family.equals("sonohysterography")) {
                sex = Sex.F;
            } else if (family.equals("scrotum")) {
                sex = Sex.M;
            }
            if (f.paired() || SIDED.contains(family)) {
                side = side(r, exam, family);
            }
            if (family.equals("ob")) {
                ob = obstetric.read(r, exam);
            }
            if (family.startsWith("echo_")) {
                echoDetails = echo.read(r, exam, family);
            }
        }
        Doppler modes = doppler.read(r);
        String region = f == null ? null : f.region();
        List<Procedure> procs = procedures.read(r, region, side);
        if (procs.stream().anyMatch(p -> p.laterality() != null) && side == null && f != null && f.paired()) {
            side = procs.get(0).laterality();
        }
        var indication = diagnoses.read(r);
        LocalDate dos = context.dateOfService(r);
        if (dos == null) {
            dos = LocalDate.now();
            r.evidenceOutside("dateOfService", dos.toString(), "no date of service in the message or the report; "
                    + "today's date was used", "default");
        }
        String pos = r.incoming.placeOfService();
        if (pos == null) {
            pos = DEFAULT_PLACE_OF_SERVICE;
            r.evidenceOutside("placeOfService", pos, "no place of service given; a dictated report is taken as a "
                    + "hospital outpatient study", "default");
        }
        boolean pocus = "yes".equals(exam.attribute("pocus"))
                || !r.find(r.lexicon.cues("pocus"), Reading.CONTENT).isEmpty();
        boolean separate = pocus && hasInterpretation(r);
        boolean signed = r.incoming.signed() != null ? r.incoming.signed()
                : !r.find(r.lexicon.cues("signed"), Set.of(SectionKind.values())).isEmpty();
        String target = null;
        if ("extremity".equals(family)) {
            target = exam.attribute("target");
            if (target == null) {
                target = found.containsKey("joint_space") ? "joint" : "non-joint";
                r.evidenceOutside("target", target, found.containsKey("joint_space") ? "a joint space is described"
                        : "no joint is named", "extremity target");
                if (!found.containsKey("joint_space")) {
                    r.review("RPT-TARGET", "target", "The title does not name a joint or a region: check whether the "
                            + "study was of a joint (76881/76882) or not (76882).");
                }
            }
        }
        boolean dynamic = "infant_hips".equals(family) && !r.find(r.lexicon.cues("dynamic"), Reading.CONTENT).isEmpty();
        Patient patient = new Patient(sex, r.incoming.patient() == null ? null : r.incoming.patient().birthDate());
        return new StudyDocumentation(r.incoming.id() == null ? "report" : r.incoming.id(), dos, pos,
                r.incoming.claimType() == null ? ClaimType.PROFESSIONAL : r.incoming.claimType(),
                r.incoming.billingRole(), r.incoming.payer(), patient, family, side, approaches, pocus, indication,
                found, modes, Images.NONE, context.measurements(r), context.comparison(r), ob, echoDetails, procs,
                new Report(signed, r.incoming.interpretingNpi(), separate), r.incoming.orderingNpi(),
                r.incoming.orderedCode(), List.of(), target, limb, dynamic, title(r));
    }

    private static String limbOf(Set<String> keys) {
        boolean lower = keys.stream().anyMatch(LOWER::contains);
        boolean upper = keys.stream().anyMatch(UPPER::contains);
        return lower == upper ? null : lower ? "lower" : "upper";
    }

    private static Set<Approach> approaches(Reading r, Exam exam) {
        Set<Approach> out = EnumSet.noneOf(Approach.class);
        String titled = exam.attribute("approach");
        if (titled != null) {
            out.add(Approach.valueOf(titled.toUpperCase(java.util.Locale.ROOT)));
        }
        if ("pelvis".equals(exam.family())) {
            String lower = r.text.text().toLowerCase(java.util.Locale.ROOT);
            if (lower.contains("transvaginal") || lower.contains("endovaginal")) {
                out.add(Approach.TRANSVAGINAL);
            }
            if (lower.contains("transabdominal")) {
                out.add(Approach.TRANSABDOMINAL);
            }
        }
        return out;
    }

    private static Laterality side(Reading r, Exam exam, String family) {
        String titled = exam.attribute("side");
        if (titled != null) {
            Laterality l = Laterality.valueOf(titled.toUpperCase(java.util.Locale.ROOT));
            r.evidenceOutside("laterality", l.key(), "the title names the side", "exams.tsv");
            return l;
        }
        boolean right = false;
        boolean left = false;
        int[] at = null;
        for (var t : r.tokens) {
            if (t.section() != SectionKind.FINDINGS && t.section() != SectionKind.IMPRESSION
                    && t.section() != SectionKind.TECHNIQUE) {
                continue;
            }
            switch (t.word()) {
                case "right", "rt" -> right = true;
                case "left", "lt" -> left = true;
                case "bilateral", "bilaterally" -> {
                    right = true;
                    left = true;
                }
                default -> {
                    continue;
                }
            }
            if (at == null) {
                int i = r.tokens.indexOf(t);
                at = new int[] {i, i + 1};
            }
        }
        Laterality l = right && left ? Laterality.BILATERAL : right ? Laterality.RIGHT : left ? Laterality.LEFT : null;
        if (l == null) {
            r.review("RPT-SIDE", "laterality", "The report does not say which side was studied.");
        } else {
            r.evidence("laterality", l.key(), at[0], at[1], "sides named in the findings");
        }
        return l;
    }

    private static boolean hasInterpretation(Reading r) {
        for (var s : r.text.sections()) {
            if (s.heading().toLowerCase(java.util.Locale.ROOT).contains("interpretation")) {
                return true;
            }
        }
        return !r.find(r.lexicon.cues("interpretation"), Set.of(SectionKind.values())).isEmpty();
    }

    private static String title(Reading r) {
        if (r.incoming.orderedText() != null && !r.incoming.orderedText().isBlank()) {
            return r.incoming.orderedText().strip();
        }
        for (var s : r.text.sections()) {
            if (s.kind() == SectionKind.TITLE) {
                String t = r.text.span(s.start(), s.end()).strip();
                if (!t.isEmpty()) {
                    return t.length() > 120 ? t.substring(0, 120) : t;
                }
            }
        }
        return null;
    }
}

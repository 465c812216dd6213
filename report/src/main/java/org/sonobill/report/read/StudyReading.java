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
import org.sonobill.engine.study.Laterality;
import org.sonobill.engine.study.Obstetric;
import org.sonobill.engine.study.Patient;
import org.sonobill.engine.study.PriorStudy;
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

    private final java.util.function.BiPredicate<String, LocalDate> billable;

    /**
     * @param billable whether an ICD-10-CM code is billable on a date of service (the code sets are effective-dated)
     */
    public StudyReading(Catalogue catalogue, java.util.function.BiPredicate<String, LocalDate> billable) {
        this.catalogue = catalogue;
        this.billable = billable;
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
            if (side == Laterality.BILATERAL && family.equals("breast")) {
                // one study documents one set of elements; breasts documented differently are two lines
                Map<Laterality, Set<String>> bySide = elements.bySide(r, family, f.elementKeys());
                if (!bySide.get(Laterality.RIGHT).equals(bySide.get(Laterality.LEFT))
                        && !(bySide.get(Laterality.RIGHT).isEmpty() && bySide.get(Laterality.LEFT).isEmpty())) {
                    r.review("RPT-SIDE-DIFFERS", "elements", "The right breast documents "
                            + bySide.get(Laterality.RIGHT) + " and the left " + bySide.get(Laterality.LEFT)
                            + ": code each side by its own elements (76641 or 76642 with RT and LT).");
                }
            }
            if (side == Laterality.BILATERAL && limb != null
                    && (family.equals("venous_duplex") || family.equals("arterial_duplex"))) {
                side = unilateralWithContralateralCheck(r, family, f.list("limbElements", limb), side);
            }
            if (family.equals("ob")) {
                ob = obstetric.read(r, exam);
            }
            if (family.startsWith("echo_")) {
                echoDetails = echo.read(r, exam, family);
            }
            if (family.equals("nerve")) {
                var course = r.find(r.lexicon.cues("nerve-course"), Reading.CONTENT);
                if (course.isEmpty()) {
                    // 76883 is the nerve throughout its course; a focal look (the carpal tunnel) is 76882
                    r.review("RPT-NERVE", "exam", "The report does not say the nerve was followed along its course "
                            + "(76883); a focal nerve study is 76882: check which.");
                } else {
                    r.evidence("exam", "nerve along its course", course.get(0).first(), course.get(0).end(),
                            "cues.tsv nerve-course");
                }
            }
        }
        Doppler modes = doppler.read(r);
        for (PhraseMatcher.Match<String> m : r.find(r.lexicon.cues("aborted"), Reading.CONTENT)) {
            if (!r.advice(m.first())) {
                // a study or procedure stopped before it was complete: 52/53 or no bill is a coder's decision
                r.review("RPT-ABORTED", "exam", "The report says the study or procedure was stopped (\""
                        + r.span(m.first(), m.end()) + "\"): decide whether it is billed reduced (52), discontinued "
                        + "(53) or not at all.", m.first(), m.end());
                break;
            }
        }
        if ("scrotum".equals(family) && modes.isDuplex()) {
            r.review("RPT-DUPLEX-EXTRA", "doppler", "Colour and spectral Doppler of the scrotum: a duplex of its arterial "
                    + "inflow and venous outflow (93975/93976) may be billable with 76870; code it by hand if both were "
                    + "evaluated.");
        }
        ExamFamily regionFamily = exam.regionFamily() == null ? null : catalogue.family(exam.regionFamily());
        String region = regionFamily == null ? null : regionFamily.region();
        if (exam.procedureNote() && side == null && regionFamily != null && regionFamily.paired()) {
            side = exam.attribute("side") == null ? null
                    : Laterality.valueOf(exam.attribute("side").toUpperCase(java.util.Locale.ROOT));
        }
        List<Procedure> procs = procedures.read(r, region, side);
        if (procs.stream().anyMatch(p -> p.laterality() != null) && side == null && f != null && f.paired()) {
            side = procs.get(0).laterality();
        }
        LocalDate dos = context.dateOfService(r);
        if (dos == null) {
            dos = LocalDate.now();
            r.evidenceOutside("dateOfService", dos.toString(), "no date of service in the message or the report; "
                    + "today's date was used", "default");
        }
        LocalDate on = dos;
        var indication = diagnoses.read(r, code -> billable.test(code, on));
        if (ob != null && ob.gestationalWeeks() != null
                && indication.icd10().stream().anyMatch(StudyReading::pregnancyCode)) {
            // ICD-10-CM Official Guidelines I.C.15 and the Z3A note: with a code of O09-O9A, the weeks of gestation
            // (not with an abortive outcome, O00-O08)
            String z3a = weeksCode(ob.gestationalWeeks().intValue());
            if (billable.test(z3a, on) && !indication.icd10().contains(z3a)) {
                List<String> codes = new ArrayList<>(indication.icd10());
                codes.add(z3a);
                indication = new org.sonobill.engine.study.Indication(indication.text(), codes);
                r.evidenceOutside("indication.icd10", z3a, "weeks of gestation from the gestational age read ("
                        + ob.gestationalWeeks().toPlainString() + " weeks)", "ICD-10-CM Z3A");
            }
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
        boolean dynamic = false;
        if ("infant_hips".equals(family)) {
            var stat = r.find(r.lexicon.cues("static"), Reading.CONTENT);
            var dyn = r.find(r.lexicon.cues("dynamic"), Reading.CONTENT).stream()
                    .filter(m -> !r.saidNotDone(m.first(), m.end())).toList();
            dynamic = stat.isEmpty() && !dyn.isEmpty();
            if (!stat.isEmpty()) {
                r.evidence("dynamic", "false (static)", stat.get(0).first(), stat.get(0).end(), "cues.tsv static");
            } else if (dynamic) {
                r.evidence("dynamic", "true", dyn.get(0).first(), dyn.get(0).end(), "cues.tsv dynamic");
            } else {
                r.review("RPT-HIPS", "dynamic", "The report does not say whether the hips were examined with "
                        + "manipulation (76885) or static (76886).");
            }
        }
        List<PriorStudy> priors = List.of();
        var repeat = r.find(r.lexicon.cues("repeat"), Set.of(SectionKind.TITLE, SectionKind.HISTORY,
                SectionKind.FINDINGS, SectionKind.IMPRESSION)).stream().filter(m -> !advice(r, m.first())).toList();
        if (family != null && !repeat.isEmpty()) {
            // a same-day repeat: 76 by the same clinician, 77 by another (CPT Appendix A); who did the first is
            // rarely in the report, so a coder confirms
            priors = List.of(new PriorStudy(family, side, true, null, 1));
            r.evidence("priorSameDay", family + " earlier today", repeat.get(0).first(), repeat.get(0).end(),
                    "cues.tsv repeat");
            r.review("RPT-REPEAT", "priorSameDay", "The report repeats a study done earlier today: confirm who did "
                    + "the first one (modifier 76 for the same clinician, 77 for another).", repeat.get(0).first(),
                    repeat.get(0).end());
        }
        Patient patient = new Patient(sex, r.incoming.patient() == null ? null : r.incoming.patient().birthDate());
        return new StudyDocumentation(r.incoming.id() == null ? "report" : r.incoming.id(), dos, pos,
                r.incoming.claimType() == null ? ClaimType.PROFESSIONAL : r.incoming.claimType(),
                r.incoming.billingRole(), r.incoming.payer(), patient, family, side, approaches, pocus, indication,
                found, modes, context.images(r), context.measurements(r), context.comparison(r), ob, echoDetails, procs,
                new Report(signed, r.incoming.interpretingNpi(), separate), r.incoming.orderingNpi(),
                r.incoming.orderedCode(), priors, target, limb, dynamic, title(r));
    }

    /**
     * A "bilateral" limb study whose other side shows only the common femoral vessel is a unilateral study: sampling
     * the contralateral common femoral for waveform symmetry is part of a unilateral duplex (CPT 93971 / 93926;
     * reference US-VAS-003).
     */
    private Laterality unilateralWithContralateralCheck(Reading r, String family, List<String> keys, Laterality side) {
        Map<Laterality, Set<String>> bySide = elements.bySide(r, family, keys);
        Set<String> right = bySide.get(Laterality.RIGHT);
        Set<String> left = bySide.get(Laterality.LEFT);
        Laterality full = null;
        if (right.size() <= 1 && right.stream().allMatch("common_femoral"::equals) && left.size() >= 2) {
            full = Laterality.LEFT;
        } else if (left.size() <= 1 && left.stream().allMatch("common_femoral"::equals) && right.size() >= 2) {
            full = Laterality.RIGHT;
        }
        if (full == null) {
            return side;
        }
        r.evidenceOutside("laterality", full.key(), "only the common femoral vessel of the "
                + (full == Laterality.LEFT ? "right" : "left") + " side is described (a contralateral check): a "
                + "unilateral study", "contralateral common femoral check");
        return full;
    }

    /** Words of a sentence that advises a future study ("recommend repeat ultrasound in 6 weeks"). */
    private static final Set<String> FUTURE = Set.of("recommend", "recommended", "recommendation", "suggest",
            "suggested", "consider", "advised", "weeks", "months", "week", "month", "year", "years", "if", "indicated");

    private static boolean advice(Reading r, int i) {
        return r.sentenceHas(i, FUTURE);
    }

    private static boolean pregnancyCode(String c) {
        return c.startsWith("O") && c.length() >= 3 && !(c.charAt(1) == '0' && c.charAt(2) <= '8');
    }

    /** Z3A.01 before 8 weeks, Z3A.08 to Z3A.42 by completed week, Z3A.49 after 42 weeks. */
    static String weeksCode(int weeks) {
        if (weeks < 8) {
            return "Z3A.01";
        }
        if (weeks > 42) {
            return "Z3A.49";
        }
        return String.format("Z3A.%02d", weeks);
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
            // "transvaginal imaging was declined" is no transvaginal study; "TRANSABDOMINAL ONLY" excludes the other
            boolean only = false;
            for (int i = 0; i < r.tokens.size(); i++) {
                String w = r.tokens.get(i).word();
                boolean title = r.tokens.get(i).section() == SectionKind.TITLE;
                // the abbreviations (TV, EV, TA) only in the title, where they name the approach
                Approach a = w.equals("transvaginal") || w.equals("endovaginal") || title && (w.equals("tv")
                        || w.equals("ev")) ? Approach.TRANSVAGINAL
                        : w.equals("transabdominal") || title && w.equals("ta") ? Approach.TRANSABDOMINAL : null;
                if (a == null || !Reading.CONTENT.contains(r.tokens.get(i).section()) || r.advice(i)) {
                    continue;
                }
                int[] c = r.clause(i);
                boolean notDone = false;
                for (int k = i + 1; k < Math.min(c[1], i + 6); k++) {
                    notDone |= r.at(r.lexicon.cues("not-done"), k, c[1]) != null;
                }
                for (int k = Math.max(c[0], i - 2); k < i; k++) {
                    // "no transvaginal", "without endovaginal", "patient declined endovaginal"
                    String w0 = r.tokens.get(k).word();
                    notDone |= w0.equals("no") || w0.equals("without") || w0.equals("declined") || w0.equals("refused");
                }
                if (notDone) {
                    r.evidence("approach", a.key() + " not done", i, i + 1, "cues.tsv not-done");
                    out.remove(a);
                    continue;
                }
                if (r.tokens.get(i).section() == SectionKind.TITLE && i + 1 < r.tokens.size()
                        && r.tokens.get(i + 1).word().equals("only")) {
                    out.clear();
                    out.add(a);
                    only = true;
                    r.evidence("approach", a.key() + " only", i, i + 2, "title");
                }
                if (!only && out.add(a)) {
                    r.evidence("approach", a.key(), i, i + 1, "approach named");
                }
            }
        }
        return out;
    }

    /**
     * The side the findings describe, from the sentences that name an element or a structure of the family: null when
     * they name none or both.
     */
    private Laterality findingsSide(Reading r, String family) {
        PhraseMatcher<org.sonobill.report.lexicon.Lexicon.ElementTerm> m = r.lexicon.elements(family);
        if (m == null) {
            m = new PhraseMatcher<>();
        }
        boolean right = false;
        boolean left = false;
        List<Integer> at = new ArrayList<>();
        r.find(m, Set.of(SectionKind.FINDINGS, SectionKind.IMPRESSION)).forEach(hit -> at.add(hit.first()));
        // the family's own words in the findings ("the left breast", "right knee") say the side as well
        r.find(r.lexicon.examTitles(), Set.of(SectionKind.FINDINGS, SectionKind.IMPRESSION)).stream()
                .filter(hit -> hit.value().family().equals(family)).forEach(hit -> at.add(hit.first()));
        for (int i : at) {
            Laterality s = Sides.at(r, i);
            right |= s == Laterality.RIGHT || s == Laterality.BILATERAL;
            left |= s == Laterality.LEFT || s == Laterality.BILATERAL;
        }
        return right && left || !right && !left ? null : right ? Laterality.RIGHT : Laterality.LEFT;
    }

    private Laterality side(Reading r, Exam exam, String family) {
        String titled = exam.attribute("side");
        Laterality inFindings = findingsSide(r, family);
        if (titled != null) {
            Laterality l = Laterality.valueOf(titled.toUpperCase(java.util.Locale.ROOT));
            r.evidenceOutside("laterality", l.key(), "the title names the side", "exams.tsv");
            if (inFindings != null && l != Laterality.BILATERAL && inFindings != l) {
                // the title says left, the findings describe the right: a dictation error a coder must settle
                r.review("RPT-SIDE-CONFLICT", "laterality", "The title names the " + l.key() + " side but the "
                        + "findings describe the " + inFindings.key() + ": check which side was studied.");
            }
            return l;
        }
        boolean right = false;
        boolean left = false;
        int[] at = null;
        for (int i = 0; i < r.tokens.size(); i++) {
            var t = r.tokens.get(i);
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
                at = new int[] {i, i + 1};
            }
        }
        Laterality l = right && left ? Laterality.BILATERAL : right ? Laterality.RIGHT : left ? Laterality.LEFT : null;
        if (l == null) {
            r.review("RPT-SIDE", "laterality", "The report does not say which side was studied.");
        } else {
            r.evidence("laterality", l.key(), at[0], at[1], "sides named in the findings");
            if (l == Laterality.BILATERAL && catalogue.family(family) != null && catalogue.family(family).paired()) {
                // "left thigh lipoma ... compared with the right side": both sides named is not both studied
                r.review("RPT-SIDE", "laterality", "No title names the side and the findings name both: confirm "
                        + "whether both sides were studied.");
            }
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

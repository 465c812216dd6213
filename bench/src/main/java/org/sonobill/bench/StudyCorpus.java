package org.sonobill.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.sonobill.engine.catalogue.Catalogue;
import org.sonobill.engine.catalogue.ExamFamily;

/**
 * A deterministic generator of realistic, varied study documents (the JSON of {@code docs/study.schema.json}, as
 * read by {@code StudyJsonReader}) for benchmarks and load tests.
 *
 * <p>Study {@code i} of seed {@code s} is always the same document, whatever the corpus size. The mix resembles an
 * outpatient imaging department: every exam family of the bundled catalogue, weighted by how common it is; complete
 * and limited exams; elements not seen with and without a reason, surgically absent or not mentioned; unilateral and
 * bilateral studies; singleton, twin and triplet pregnancies; guided procedures with and without a diagnostic study;
 * places of service 11, 22 and 23; professional and institutional claims; Medicare and commercial payers; and the
 * usual documentation gaps (unsigned reports, no stored images, missing ordering NPI, colour-only "duplex").
 *
 * <p>Dates of service fall in 2025-10-01..2026-09-30 (ICD-10-CM FY2026). Diagnoses are billable FY2026 ICD-10-CM
 * codes that fit the exam and the side; NPIs pass the Luhn check. Element lists come from the bundled catalogue, so
 * a complete study stays complete when the catalogue changes.
 */
public final class StudyCorpus {
    /** The seed the benchmarks and the CLI script use, so every run measures the same corpus. */
    public static final long DEFAULT_SEED = 20251001L;

    private static final LocalDate FIRST_DOS = LocalDate.of(2025, 10, 1);
    private static final int DOS_DAYS = 365; // through 2026-09-30
    private static final String[] NPIS = {"1234567893", "1245319599"};
    private static final String[] NOT_SEEN_REASONS = {"obscured by bowel gas", "limited by body habitus",
            "patient could not tolerate the exam", "acoustic shadowing", "overlying dressing"};
    /** Elements that can be surgically absent (cholecystectomy, nephrectomy, hysterectomy, oophorectomy). */
    private static final List<String> ABSENTABLE = List.of("gallbladder", "right_kidney", "left_kidney", "uterus",
            "endometrium", "right_ovary", "left_ovary", "spleen");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Exam families and how common they are (relative weights); "-" is a procedure-only encounter. */
    private static final Map<String, Integer> WEIGHTS = weights();

    private final long seed;
    private final Catalogue catalogue;
    private final String[] keys;
    private final int[] cumulative;

    /** A corpus over the bundled catalogue. */
    public StudyCorpus(long seed) {
        this(seed, Catalogue.bundled());
    }

    public StudyCorpus(long seed, Catalogue catalogue) {
        this.seed = seed;
        this.catalogue = catalogue;
        List<String> ks = new ArrayList<>();
        List<Integer> cs = new ArrayList<>();
        int total = 0;
        for (Map.Entry<String, Integer> e : WEIGHTS.entrySet()) {
            if (e.getKey().equals("-") || catalogue.families().containsKey(e.getKey())) {
                total += e.getValue();
                ks.add(e.getKey());
                cs.add(total);
            }
        }
        this.keys = ks.toArray(String[]::new);
        this.cumulative = cs.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The exam families this generator produces (catalogue keys), plus "-" for procedure-only encounters. */
    public static List<String> families() {
        return List.copyOf(WEIGHTS.keySet());
    }

    /**
     * The catalogue's exam families this generator does not produce (a family added to the catalogue after the
     * generator was written); {@code StudyCorpusTest} fails until it is added to {@code weights()} and {@code exam()}.
     */
    public List<String> missingFamilies() {
        List<String> out = new ArrayList<>();
        for (String k : catalogue.families().keySet()) {
            if (!WEIGHTS.containsKey(k)) {
                out.add(k);
            }
        }
        return out;
    }

    /** Study {@code index} as compact JSON (one line). */
    public String json(int index) {
        try {
            return JSON.writeValueAsString(node(index));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Studies 0..n-1 as compact JSON. */
    public List<String> jsons(int n) {
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(json(i));
        }
        return out;
    }

    /** Study {@code index} as a JSON tree. */
    public ObjectNode node(int index) {
        SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
        String family = pickFamily(r);
        return new Builder(r, index, family).build();
    }

    private String pickFamily(SplittableRandom r) {
        int x = r.nextInt(cumulative[cumulative.length - 1]);
        for (int i = 0; i < cumulative.length; i++) {
            if (x < cumulative[i]) {
                return keys[i];
            }
        }
        return keys[keys.length - 1];
    }

    private static Map<String, Integer> weights() {
        Map<String, Integer> w = new LinkedHashMap<>();
        w.put("abdomen", 130);
        w.put("retroperitoneum", 80);
        w.put("transplant_kidney", 10);
        w.put("pelvis", 80);
        w.put("breast", 70);
        w.put("extremity", 40);
        w.put("nerve", 10);
        w.put("neck", 60);
        w.put("chest", 10);
        w.put("scrotum", 20);
        w.put("transrectal", 10);
        w.put("infant_head", 10);
        w.put("spine", 8);
        w.put("aaa_screening", 15);
        w.put("sonohysterography", 8);
        w.put("infant_hips", 8);
        w.put("ob", 110);
        w.put("echo_tte", 80);
        w.put("echo_tee", 8);
        w.put("echo_stress", 15);
        w.put("carotid_duplex", 50);
        w.put("venous_duplex", 80);
        w.put("arterial_duplex", 30);
        w.put("abdominal_duplex", 20);
        w.put("aortoiliac_duplex", 10);
        w.put("dialysis_access_duplex", 10);
        w.put("vein_mapping", 8);
        w.put("transcranial_doppler", 8);
        w.put("-", 40);
        return w;
    }

    /** Builds one document. */
    private final class Builder {
        final SplittableRandom r;
        final int index;
        final String family;
        final ObjectNode doc = JSON.createObjectNode();
        final LocalDate dos;
        String sex;
        String laterality;
        /** The indication's codes and text, filled by the family. */
        final List<String> dx = new ArrayList<>();
        String indicationText;
        /** Whether the elements make a complete exam (for the order and the title). */
        String completeCode;
        String limitedCode;

        Builder(SplittableRandom r, int index, String family) {
            this.r = r;
            this.index = index;
            this.family = family;
            this.dos = FIRST_DOS.plusDays(r.nextInt(DOS_DAYS));
        }

        ObjectNode build() {
            doc.put("id", String.format("BENCH-%d-%07d", seed, index));
            doc.put("dateOfService", dos.toString());
            String pos = pick(new String[] {"11", "22", "23"}, new int[] {35, 45, 20});
            doc.put("placeOfService", pos);
            boolean facility = !pos.equals("11");
            if (facility && chance(12)) {
                doc.put("claimType", "institutional");
            } else {
                if (chance(5)) {
                    doc.put("claimType", "professional");
                }
                if (chance(30)) {
                    doc.put("billingRole", facility ? pick(new String[] {"professional", "global", "technical"},
                            new int[] {90, 6, 4}) : pick(new String[] {"global", "professional", "technical"},
                            new int[] {70, 15, 15}));
                }
            }
            doc.put("payer", chance(55) ? "medicare" : "commercial");
            ObjectNode patient = doc.putObject("patient");
            if (!family.equals("-")) {
                doc.put("exam", family);
            }
            exam();
            patient.put("sex", sex == null ? (chance(50) ? "F" : "M") : sex);
            patient.put("birthDate", birthDate().toString());
            if (pos.equals("23") && chance(30)) {
                doc.put("pointOfCare", true);
            }
            indication();
            images();
            if (chance(70)) {
                doc.putObject("comparison").put("priorDate", dos.minusDays(30 + r.nextInt(1500)).toString());
            }
            if (!family.equals("-") && chance(10)) {
                procedure(doc.putArray("procedures"));
            }
            ObjectNode report = JSON.createObjectNode();
            report.put("signed", chance(96));
            if (chance(98)) {
                report.put("interpretingNpi", NPIS[r.nextInt(NPIS.length)]);
            }
            if (doc.path("pointOfCare").asBoolean(false)) {
                report.put("separateInterpretation", chance(70));
            }
            doc.set("report", report);
            if (chance(93)) {
                doc.put("orderingNpi", NPIS[r.nextInt(NPIS.length)]);
            }
            order();
            if (!family.equals("-") && chance(2)) {
                ObjectNode prior = doc.putArray("priorSameDay").addObject();
                prior.put("exam", family);
                if (doc.has("laterality")) {
                    prior.put("laterality", doc.get("laterality").asText());
                }
                prior.put("sameProvider", chance(60));
            }
            return reorder();
        }

        /** The documents' fields in the schema's order, as a person would write them. */
        ObjectNode reorder() {
            String[] order = {"id", "dateOfService", "placeOfService", "claimType", "billingRole", "payer", "patient",
                    "exam", "laterality", "approach", "pointOfCare", "indication", "elements", "doppler", "images",
                    "measurements", "comparison", "obstetric", "echo", "procedures", "report", "orderingNpi", "ordered",
                    "priorSameDay", "target", "limb", "dynamic", "title"};
            ObjectNode out = JSON.createObjectNode();
            for (String k : order) {
                if (doc.has(k)) {
                    out.set(k, doc.get(k));
                }
            }
            if (out.size() != doc.size()) {
                throw new IllegalStateException("field order misses a field of " + doc);
            }
            return out;
        }

        // ------------------------------------------------------------ exam families

        void exam() {
            ExamFamily f = family.equals("-") ? null : catalogue.family(family);
            switch (family) {
                case "abdomen" -> {
                    dx("R10.11", "right upper quadrant pain", "R10.13", "epigastric pain", "K80.20", "cholelithiasis",
                            "R74.01", "elevated transaminases", "K76.0", "fatty liver", "R17", "jaundice",
                            "R16.0", "hepatomegaly", "R10.84", "generalized abdominal pain");
                    elements(f.list("elements"));
                    measurements("CBD diameter", 3, 8, "mm", "Liver span", 120, 180, "mm", "Spleen length", 80, 130, "mm");
                    codes(f.complete(), f.limited());
                    title("US ABDOMEN COMPLETE", "US ABDOMEN LIMITED RUQ");
                }
                case "retroperitoneum" -> {
                    if (chance(30)) {
                        // a urinary-tract history: kidneys and bladder make the complete study (76770)
                        dx("N20.0", "kidney stone", "R31.9", "hematuria", "N13.30", "hydronephrosis", "N39.0",
                                "urinary tract infection");
                        elements(f.list("urinaryElements"));
                    } else {
                        dx("N18.30", "chronic kidney disease stage 3", "I15.0", "renovascular hypertension",
                                "R94.4", "abnormal kidney function", "N20.0", "kidney stone");
                        elements(f.list("elements"));
                    }
                    measurements("Right kidney length", 95, 125, "mm", "Left kidney length", 95, 125, "mm");
                    codes(f.complete(), f.limited());
                    title("US RETROPERITONEUM COMPLETE", "US RENAL LIMITED");
                }
                case "transplant_kidney" -> {
                    dx("Z94.0", "kidney transplant status", "T86.11", "kidney transplant rejection", "R94.4",
                            "rising creatinine");
                    doppler(90, 5);
                    measurements("Resistive index", 60, 80, "%", "Transplant length", 100, 130, "mm");
                    codes(f.text("duplexCode"), f.text("plainCode"));
                }
                case "pelvis" -> pelvis(f);
                case "breast" -> {
                    sex = chance(99) ? "F" : "M";
                    side(40, 40, 20);
                    if (laterality.equals("bilateral")) {
                        dx("N64.4", "mastodynia", "R92.8", "abnormal mammogram");
                    } else if (laterality.equals("right")) {
                        dx("N63.10", "palpable lump right breast", "N64.4", "mastodynia", "R92.8", "abnormal mammogram");
                    } else {
                        dx("N63.20", "palpable lump left breast", "N64.4", "mastodynia", "R92.8", "abnormal mammogram");
                    }
                    elements(f.list("elements"));
                    measurements("Lesion size", 4, 30, "mm");
                    codes(f.complete(), f.limited());
                    title("US BREAST COMPLETE", "US BREAST LIMITED");
                }
                case "extremity" -> {
                    side(48, 48, 4);
                    boolean joint = chance(60);
                    doc.put("target", joint ? "joint" : "non-joint");
                    if (joint) {
                        switch (laterality) {
                            case "right" -> dx("M25.561", "right knee pain", "M25.511", "right shoulder pain");
                            case "left" -> dx("M25.562", "left knee pain", "M25.512", "left shoulder pain");
                            default -> {
                                dx.add("M25.561");
                                dx.add("M25.562");
                                indicationText = "bilateral knee pain";
                            }
                        }
                        elements(f.list("elements"));
                    } else {
                        switch (laterality) {
                            case "right" -> dx("R22.41", "right lower limb lump", "R22.31", "right upper limb lump");
                            case "left" -> dx("R22.42", "left lower limb lump", "R22.32", "left upper limb lump");
                            default -> {
                                dx.add("R22.41");
                                dx.add("R22.42");
                                indicationText = "lumps of both legs";
                            }
                        }
                    }
                    measurements("Effusion depth", 2, 15, "mm");
                    codes(f.complete(), f.limited());
                }
                case "nerve" -> {
                    side(47, 47, 6);
                    dx(switch (laterality) {
                        case "right" -> "G56.01";
                        case "left" -> "G56.02";
                        default -> "G56.03";
                    }, "carpal tunnel syndrome");
                    measurements("Median nerve CSA", 8, 16, "mm2");
                    codes(f.text("code"), null);
                }
                case "neck" -> {
                    dx("E04.1", "thyroid nodule", "E04.2", "multinodular goiter", "R22.1", "neck mass", "R59.0",
                            "enlarged lymph node");
                    measurements("Nodule size", 5, 40, "mm", "Right lobe volume", 4, 15, "ml");
                    codes(f.text("code"), null);
                }
                case "chest" -> {
                    dx("J90", "pleural effusion", "R91.8", "abnormal chest radiograph");
                    codes(f.text("code"), null);
                }
                case "scrotum" -> {
                    sex = chance(99) ? "M" : "F";
                    dx("N50.811", "right testicular pain", "N50.812", "left testicular pain", "N43.3", "hydrocele");
                    doppler(60, 10);
                    measurements("Right testis volume", 10, 25, "ml", "Left testis volume", 10, 25, "ml");
                    codes(f.text("code"), null);
                }
                case "transrectal" -> {
                    sex = "M";
                    doc.putArray("approach").add("transrectal");
                    dx("R97.20", "elevated PSA", "N40.0", "benign prostatic hyperplasia", "N46.9", "male infertility");
                    measurements("Prostate volume", 20, 90, "ml");
                    codes(f.text("code"), null);
                }
                case "infant_head" -> {
                    dx("P07.35", "preterm newborn, 32 weeks", "P52.0", "intraventricular hemorrhage grade 1");
                    codes(f.text("code"), null);
                }
                case "spine" -> {
                    dx("Q82.6", "sacral dimple", "Q76.0", "spina bifida occulta");
                    codes(f.text("code"), null);
                }
                case "aaa_screening" -> {
                    sex = chance(80) ? "M" : "F";
                    dx("Z13.6", "AAA screening", "Z87.891", "history of smoking");
                    dx.remove("Z13.6");
                    dx.add(0, "Z13.6"); // the screening code first-listed, as for a Medicare screening benefit
                    measurements("Aortic diameter", 16, 32, "mm");
                    codes(f.text("code"), null);
                }
                case "sonohysterography" -> {
                    sex = "F";
                    dx("N97.9", "infertility", "N84.0", "endometrial polyp", "N93.9", "abnormal uterine bleeding");
                    doc.putArray("approach").add("transvaginal");
                    codes(f.text("code"), null);
                }
                case "infant_hips" -> {
                    dx("R29.4", "clicking hip", "Q65.89", "hip dysplasia");
                    if (chance(60)) {
                        doc.put("dynamic", true);
                    }
                    measurements("Alpha angle", 50, 70, "deg");
                    codes(f.text("dynamicCode"), f.text("staticCode"));
                }
                case "ob" -> obstetric();
                case "echo_tte" -> {
                    dx("R01.1", "cardiac murmur", "I50.9", "heart failure", "R06.02", "shortness of breath",
                            "I48.91", "atrial fibrillation", "R00.2", "palpitations", "I35.0", "aortic stenosis");
                    boolean limited = chance(20);
                    doc.putObject("echo").put("extent", limited ? "limited" : "complete");
                    elements(f.list("elements"));
                    int d = r.nextInt(100);
                    if (d < 75) {
                        doc.putObject("doppler").put("color", true).put("spectral", true);
                    } else if (d < 85) {
                        doc.putObject("doppler").put("color", true).put("spectral", false);
                    } else if (d < 92) {
                        doc.putObject("doppler").put("color", false).put("spectral", true);
                    }
                    measurements("LVEF", 25, 70, "%", "LVIDd", 38, 62, "mm", "Aortic peak velocity", 1, 5, "m/s");
                    codes("93306", "93308");
                    title("TTE COMPLETE", "TTE LIMITED");
                }
                case "echo_tee" -> {
                    dx("I48.91", "atrial fibrillation before cardioversion", "I34.0", "mitral regurgitation",
                            "R78.81", "bacteremia, rule out endocarditis", "I63.9", "embolic stroke");
                    doppler(80, 15);
                    measurements("LVEF", 25, 70, "%", "Mitral regurgitant volume", 10, 80, "ml");
                    codes(f.text("code"), null);
                }
                case "echo_stress" -> {
                    dx("R07.9", "chest pain", "I25.10", "coronary artery disease", "R06.02", "shortness of breath",
                            "R94.31", "abnormal ECG");
                    ObjectNode echo = doc.putObject("echo");
                    echo.put("ecgMonitoring", chance(60));
                    if (chance(15)) {
                        echo.put("strain", true);
                    }
                    int d = r.nextInt(100);
                    if (d < 30) {
                        doc.putObject("doppler").put("color", true).put("spectral", true);
                    } else if (d < 40) {
                        doc.putObject("doppler").put("color", true).put("spectral", false);
                    }
                    measurements("Resting LVEF", 35, 70, "%", "Peak heart rate", 110, 180, "bpm");
                    codes(f.text("code"), null);
                }
                case "carotid_duplex" -> {
                    side(12, 12, 76);
                    switch (laterality) {
                        case "bilateral" -> dx("I65.23", "bilateral carotid stenosis", "R09.89", "carotid bruit",
                                "G45.9", "transient ischemic attack", "R42", "dizziness");
                        case "right" -> dx("I65.21", "right carotid stenosis", "R09.89", "carotid bruit");
                        default -> dx("I65.22", "left carotid stenosis", "R09.89", "carotid bruit");
                    }
                    doppler(92, 5);
                    elements(f.list("elements"));
                    measurements("ICA PSV", 60, 300, "cm/s", "ICA/CCA ratio", 1, 4, "");
                    codes(f.complete(), f.limited());
                    title("DUPLEX CAROTID BILATERAL COMPLETE", "DUPLEX CAROTID LIMITED");
                }
                case "venous_duplex" -> {
                    side(35, 35, 30);
                    String limb = chance(85) ? "lower" : "upper";
                    doc.put("limb", limb);
                    boolean left = laterality.equals("left");
                    if (limb.equals("lower")) {
                        switch (laterality) {
                            case "bilateral" -> dx("I82.403", "bilateral DVT follow-up", "R60.0", "leg swelling");
                            default -> dx(left ? "M79.662" : "M79.661", "calf pain", left ? "I82.402" : "I82.401",
                                    "suspected DVT", "R60.0", "leg swelling");
                        }
                    } else if (laterality.equals("bilateral")) {
                        dx("I82.A13", "bilateral axillary vein thrombosis");
                    } else {
                        dx(left ? "M79.602" : "M79.601", "arm pain", left ? "I82.A12" : "I82.A11",
                                "axillary vein thrombosis");
                    }
                    doppler(92, 5);
                    elements(f.list("limbElements", limb));
                    codes(f.complete(), f.limited());
                    title("DUPLEX VENOUS COMPLETE", "DUPLEX VENOUS LIMITED");
                }
                case "arterial_duplex" -> {
                    side(20, 20, 60);
                    String limb = chance(85) ? "lower" : "upper";
                    doc.put("limb", limb);
                    if (limb.equals("lower")) {
                        switch (laterality) {
                            case "bilateral" -> dx("I70.213", "bilateral claudication", "I73.9", "peripheral vascular disease");
                            case "right" -> dx("I70.211", "right leg claudication", "I73.9", "peripheral vascular disease");
                            default -> dx("I70.212", "left leg claudication", "I73.9", "peripheral vascular disease");
                        }
                    } else {
                        dx("I74.2", "upper extremity arterial embolism", "I73.9", "peripheral vascular disease");
                    }
                    doppler(92, 5);
                    elements(f.list("limbElements", limb));
                    List<String> lc = f.list("limbCodes", limb);
                    codes(lc.isEmpty() ? f.complete() : lc.get(0), lc.isEmpty() ? f.limited() : lc.get(1));
                }
                case "abdominal_duplex" -> {
                    dx("K76.6", "portal hypertension", "K74.60", "cirrhosis", "I70.1", "renal artery stenosis",
                            "K55.1", "chronic mesenteric ischemia");
                    doppler(92, 5);
                    elements(f.list("elements"));
                    measurements("Portal vein velocity", 15, 40, "cm/s");
                    codes(f.complete(), f.limited());
                }
                case "aortoiliac_duplex" -> {
                    if (chance(15)) {
                        laterality = chance(50) ? "right" : "left";
                        doc.put("laterality", laterality);
                    }
                    dx("I71.40", "abdominal aortic aneurysm", "I70.0", "aortic atherosclerosis", "Z95.828",
                            "aortic stent graft");
                    doppler(92, 5);
                    elements(f.list("elements"));
                    measurements("Aortic diameter", 25, 60, "mm");
                    codes(f.complete(), f.limited());
                }
                case "dialysis_access_duplex" -> {
                    dx("N18.6", "end stage renal disease", "Z99.2", "dialysis dependence", "T82.858A",
                            "access stenosis", "T82.868A", "access thrombosis");
                    doppler(92, 5);
                    elements(f.list("elements"));
                    measurements("Access flow volume", 400, 2000, "ml/min");
                    codes(f.text("code"), null);
                }
                case "vein_mapping" -> {
                    side(25, 25, 50);
                    dx("N18.5", "chronic kidney disease stage 5", "N18.4", "chronic kidney disease stage 4", "N18.6",
                            "end stage renal disease");
                    doppler(92, 5);
                    measurements("Cephalic vein diameter", 2, 5, "mm");
                    codes(f.text("bilateralCode"), f.text("unilateralCode"));
                }
                case "transcranial_doppler" -> {
                    dx("D57.1", "sickle cell disease", "I67.848", "vasospasm", "I60.9", "subarachnoid hemorrhage");
                    ObjectNode d = doc.putObject("doppler");
                    d.put("spectral", chance(95));
                    d.put("color", chance(40));
                    elements(f.list("elements"));
                    measurements("MCA mean velocity", 60, 200, "cm/s");
                    codes(f.complete(), f.limited());
                }
                case "-" -> procedureOnly();
                default -> throw new IllegalStateException("no generator for exam family " + family);
            }
        }

        void pelvis(ExamFamily f) {
            int s = r.nextInt(100);
            sex = s < 80 ? "F" : s < 98 ? "M" : "U";
            if (!sex.equals("M")) {
                int a = r.nextInt(100);
                boolean ta = a < 80;
                boolean tv = a >= 45;
                ArrayNode approach = doc.putArray("approach");
                if (ta) {
                    approach.add("transabdominal");
                }
                if (tv) {
                    approach.add("transvaginal");
                }
                dx("R10.20", "pelvic pain", "R10.21", "right pelvic pain", "N92.0", "menorrhagia", "N83.201",
                        "right ovarian cyst", "N83.202", "left ovarian cyst", "N95.0", "postmenopausal bleeding",
                        "D25.9", "uterine fibroids");
                elements(ta ? f.list("femaleElements") : f.list("transvaginalElements"));
                measurements("Uterus length", 60, 95, "mm", "Endometrial thickness", 2, 16, "mm",
                        "Right ovary volume", 3, 12, "ml");
                codes(f.complete(), f.limited());
                title("US PELVIS COMPLETE", "US PELVIS LIMITED");
            } else {
                if (chance(70)) {
                    doc.putArray("approach").add("transabdominal");
                }
                dx("R33.9", "urinary retention", "N40.1", "BPH with lower urinary tract symptoms", "R39.11",
                        "urinary hesitancy");
                elements(f.list("maleElements"));
                measurements("Post-void residual", 20, 400, "ml", "Prostate volume", 20, 90, "ml");
                codes(f.complete(), f.limited());
            }
        }

        void obstetric() {
            sex = "F";
            ObjectNode ob = JSON.createObjectNode();
            int k = r.nextInt(100);
            String kind = k < 35 ? "standard" : k < 50 ? "detailed" : k < 62 ? "limited" : k < 77 ? "follow-up"
                    : k < 83 ? "nuchal-translucency" : k < 93 ? "biophysical-profile" : "transvaginal";
            int weeks = switch (kind) {
                case "standard" -> 6 + r.nextInt(35);
                case "detailed" -> 18 + r.nextInt(5);
                case "nuchal-translucency" -> 11 + r.nextInt(3);
                case "biophysical-profile" -> 28 + r.nextInt(13);
                case "transvaginal" -> 5 + r.nextInt(8);
                default -> 8 + r.nextInt(33);
            };
            int days = r.nextInt(7);
            int f = r.nextInt(100);
            int fetuses = f < 90 ? 1 : f < 99 ? 2 : 3;
            ob.put("kind", kind);
            ob.put("gestationalWeeks", BigDecimal.valueOf(weeks * 7 + days).divide(BigDecimal.valueOf(7), 2,
                    RoundingMode.DOWN));
            ob.put("fetuses", fetuses);
            if (kind.equals("biophysical-profile")) {
                ob.put("nonStressTest", chance(50));
            }
            if (weeks >= 24 && chance(10)) {
                ob.put("umbilicalDoppler", true);
                if (chance(30)) {
                    ob.put("mcaDoppler", true);
                }
            }
            doc.set("obstetric", ob);
            doc.putArray("approach").add(kind.equals("transvaginal") ? "transvaginal" : "transabdominal");
            int trimester = weeks < 14 ? 1 : weeks < 28 ? 2 : 3;
            if (fetuses == 2) {
                dx.add("O30.04" + trimester); // dichorionic/diamniotic twins
                indicationText = "twin pregnancy";
            } else if (fetuses == 3) {
                dx.add("O30.10" + trimester); // triplets, unspecified placenta and sacs
                indicationText = "triplet pregnancy";
            } else if (chance(15)) {
                dx.add("O09.51" + trimester);
                indicationText = "elderly primigravida";
            } else if (trimester > 1 && chance(10)) {
                dx.add("O24.410");
                indicationText = "gestational diabetes";
            } else {
                dx.add("Z34.8" + trimester);
                indicationText = "routine prenatal care";
            }
            dx.add(weeks < 8 ? "Z3A.01" : "Z3A." + (weeks < 10 ? "0" : "") + weeks);
            if (weeks < 14) {
                measurements("CRL", Math.max(2, (weeks - 6) * 9), 10 + (weeks - 5) * 10, "mm", "Mean sac diameter", 10, 50, "mm");
            } else {
                measurements("BPD", weeks * 2 + 2, weeks * 2 + 20, "mm", "Femur length", weeks * 2 - 10, weeks * 2, "mm",
                        "Abdominal circumference", weeks * 8 - 20, weeks * 9 + 10, "mm");
            }
            codes(switch (kind) {
                case "standard" -> weeks < 14 ? "76801" : "76805";
                case "detailed" -> "76811";
                case "limited" -> "76815";
                case "follow-up" -> "76816";
                case "nuchal-translucency" -> "76813";
                case "biophysical-profile" -> ob.path("nonStressTest").asBoolean() ? "76818" : "76819";
                default -> "76817";
            }, null);
        }

        void procedureOnly() {
            // no diagnostic study: a guided procedure alone (biopsy, line placement, amniocentesis...)
            Guided g = GUIDED[r.nextInt(GUIDED.length)];
            procedure(doc.putArray("procedures"), g, false);
            dx.add(g.icd10());
            indicationText = g.indication();
            if (g.icd10().startsWith("O") || g.icd10().startsWith("N97")) {
                sex = "F";
            } else if (g.icd10().equals("C61")) {
                sex = "M";
            }
        }

        /** A procedure guided during the exam: one that goes with the family when there is one. */
        void procedure(ArrayNode procs) {
            List<Guided> fitting = new ArrayList<>();
            for (Guided g : GUIDED) {
                if (g.families().contains(family)) {
                    fitting.add(g);
                }
            }
            if (fitting.isEmpty() || chance(10)) {
                // a procedure elsewhere in the same encounter: a biopsy, aspiration or line
                for (Guided g : GUIDED) {
                    if (g.kind().equals("needle-guidance") || g.kind().equals("vascular-access")) {
                        fitting.add(g);
                    }
                }
            }
            Guided g = fitting.get(r.nextInt(fitting.size()));
            procedure(procs, g, chance(40));
        }

        void procedure(ArrayNode procs, Guided g, boolean ownDiagnosis) {
            ObjectNode p = procs.addObject();
            p.put("kind", g.kind());
            if (g.primaryCode() != null) {
                p.put("primaryCode", g.primaryCode());
            }
            if (chance(95)) {
                p.put("region", g.region());
            }
            p.put("realTimeNeedle", chance(92));
            p.put("imageRecorded", chance(92));
            if (g.kind().equals("vascular-access")) {
                p.put("sitesEvaluated", chance(90));
                p.put("vesselPatent", chance(90));
            }
            if (chance(12)) {
                p.put("count", 2 + r.nextInt(2));
            }
            if (ownDiagnosis) {
                p.putArray("icd10").add(g.icd10());
            }
        }

        // ------------------------------------------------------------ shared parts

        /** Picks one to three of the (code, words) pairs as the indication. */
        void dx(String... pairs) {
            int n = pairs.length / 2;
            int take = Math.min(n, 1 + (chance(35) ? 1 : 0) + (chance(10) ? 1 : 0));
            int start = r.nextInt(n);
            List<String> words = new ArrayList<>();
            for (int i = 0; i < take; i++) {
                int j = (start + i) % n;
                dx.add(pairs[2 * j]);
                words.add(pairs[2 * j + 1]);
            }
            indicationText = String.join(", ", words);
        }

        void indication() {
            int x = r.nextInt(100);
            if (x < 1) {
                return; // no indication at all
            }
            ObjectNode ind = doc.putObject("indication");
            ind.put("text", indicationText == null ? "clinical indication" : indicationText);
            if (x >= 3) {
                ArrayNode codes = ind.putArray("icd10");
                dx.forEach(codes::add);
            }
        }

        void side(int right, int left, int bilateral) {
            laterality = pick(new String[] {"right", "left", "bilateral"}, new int[] {right, left, bilateral});
            if (chance(1)) {
                return; // laterality not recorded (the diagnoses still name the side)
            }
            doc.put("laterality", laterality);
        }

        /** Colour and spectral Doppler: both {@code both}%, colour only {@code colorOnly}%, otherwise spectral only. */
        void doppler(int both, int colorOnly) {
            int x = r.nextInt(100);
            ObjectNode d = doc.putObject("doppler");
            d.put("color", x < both + colorOnly);
            d.put("spectral", x < both || x >= both + colorOnly);
        }

        /**
         * The required elements: usually all documented; sometimes one not seen with a reason (still complete), one
         * surgically absent, one not seen without a reason, or one or more not mentioned (limited).
         */
        void elements(List<String> required) {
            if (required.isEmpty()) {
                return;
            }
            ObjectNode el = doc.putObject("elements");
            int x = r.nextInt(100);
            int target = r.nextInt(required.size());
            int drop = x >= 78 && x < 90 ? 1 + (chance(40) ? r.nextInt(Math.max(1, required.size() - 1)) : 0) : 0;
            for (int i = 0; i < required.size(); i++) {
                String e = required.get(i);
                if (drop > 0 && i >= target && i < target + drop) {
                    continue; // not mentioned
                }
                if (i == target && x < 78 && x >= 60) {
                    el.putObject(e).put("status", "not-seen").put("reason",
                            NOT_SEEN_REASONS[r.nextInt(NOT_SEEN_REASONS.length)]);
                } else if (i == target && x < 60 && x >= 54 && ABSENTABLE.contains(e)) {
                    el.put(e, "absent");
                } else if (i == target && x >= 90) {
                    if (chance(50)) {
                        el.put(e, "not-seen");
                    } else {
                        el.putObject(e).put("status", "not-seen");
                    }
                } else {
                    el.put(e, "seen");
                }
            }
            // an incidental element beyond the exam's list, as reports often have
        }

        void measurements(Object... spec) {
            if (!chance(75)) {
                return;
            }
            ArrayNode m = doc.putArray("measurements");
            for (int i = 0; i + 3 < spec.length; i += 4) {
                if (i > 0 && !chance(60)) {
                    continue;
                }
                int lo = (Integer) spec[i + 1];
                int hi = (Integer) spec[i + 2];
                BigDecimal v = BigDecimal.valueOf(lo * 10L + r.nextInt((hi - lo) * 10 + 1), 1);
                ObjectNode o = m.addObject();
                o.put("name", (String) spec[i]);
                o.put("value", v);
                if (!((String) spec[i + 3]).isEmpty()) {
                    o.put("unit", (String) spec[i + 3]);
                }
            }
        }

        void images() {
            ObjectNode im = doc.putObject("images");
            im.put("stored", chance(97) ? 4 + r.nextInt(40) : 0);
            boolean cine = family.equals("nerve") ? chance(92) : chance(30);
            if (cine) {
                im.put("cine", 1 + r.nextInt(6));
            }
        }

        void codes(String complete, String limited) {
            completeCode = complete;
            limitedCode = limited;
        }

        /** The ordered exam: usually the complete code, sometimes the limited one, rarely another exam. */
        void order() {
            if (completeCode == null || !chance(85)) {
                return;
            }
            ObjectNode o = JSON.createObjectNode();
            int x = r.nextInt(100);
            String code = x < 80 || limitedCode == null ? completeCode : x < 97 ? limitedCode : "76700";
            o.put("code", code);
            doc.set("ordered", o);
        }

        void title(String complete, String limited) {
            if (chance(30)) {
                doc.put("title", chance(75) ? complete : limited);
            }
        }

        LocalDate birthDate() {
            return switch (family) {
                case "infant_head", "spine" -> dos.minusDays(1 + r.nextInt(120));
                case "infant_hips" -> dos.minusDays(40 + r.nextInt(140));
                case "ob", "sonohysterography" -> dos.minusDays(365L * 18 + r.nextInt(365 * 26));
                case "aaa_screening" -> dos.minusDays(365L * 65 + r.nextInt(365 * 10));
                default -> dos.minusDays(365L * 18 + r.nextInt(365 * 72));
            };
        }

        boolean chance(int percent) {
            return r.nextInt(100) < percent;
        }

        String pick(String[] values, int[] weights) {
            int total = 0;
            for (int w : weights) {
                total += w;
            }
            int x = r.nextInt(total);
            for (int i = 0; i < values.length; i++) {
                x -= weights[i];
                if (x < 0) {
                    return values[i];
                }
            }
            return values[values.length - 1];
        }
    }

    /** A guided procedure: guidance kind, primary code, region, diagnosis and the families it goes with. */
    private record Guided(String kind, String primaryCode, String region, String icd10, String indication,
                          List<String> families) {
    }

    private static final Guided[] GUIDED = {
        new Guided("needle-guidance", "10021", "neck", "E04.1", "thyroid nodule", List.of("neck")),
        new Guided("needle-guidance", "60100", "neck", "E04.1", "thyroid nodule", List.of("neck")),
        new Guided("needle-guidance", "10005", "neck", "R59.0", "enlarged lymph node", List.of("neck")),
        new Guided("needle-guidance", "19083", "breast", "N63.10", "right breast lump", List.of("breast")),
        new Guided("needle-guidance", "47000", "abdomen", "R16.0", "hepatomegaly", List.of("abdomen", "abdominal_duplex")),
        new Guided("needle-guidance", "49083", "abdomen", "R18.8", "ascites", List.of("abdomen")),
        new Guided("needle-guidance", "20610", "extremity", "M25.561", "right knee pain", List.of("extremity")),
        new Guided("needle-guidance", "32554", "chest", "J90", "pleural effusion", List.of("chest", "echo_tte")),
        new Guided("vascular-access", "36556", "vascular", "A41.9", "sepsis, central line",
                List.of("venous_duplex", "vein_mapping", "dialysis_access_duplex")),
        new Guided("vascular-access", "36569", "upper-extremity", "A41.9", "sepsis, PICC line",
                List.of("venous_duplex", "vein_mapping")),
        new Guided("amniocentesis-guidance", "59000", "pelvis", "O09.512", "elderly primigravida", List.of("ob")),
        new Guided("cvs-guidance", "59015", "pelvis", "O09.511", "elderly primigravida", List.of("ob")),
        new Guided("fetal-transfusion-guidance", "36460", "pelvis", "O36.0130", "Rh alloimmunisation", List.of("ob")),
        new Guided("ova-aspiration-guidance", "58970", "pelvis", "N97.9", "infertility",
                List.of("pelvis", "sonohysterography")),
        new Guided("pseudoaneurysm-compression", null, "vascular", "I72.4", "femoral pseudoaneurysm",
                List.of("arterial_duplex")),
        new Guided("ablation-guidance", "47382", "abdomen", "C22.0", "hepatocellular carcinoma", List.of("abdomen")),
        new Guided("radioelement-guidance", "55875", "pelvis", "C61", "prostate cancer", List.of("transrectal")),
        new Guided("intraoperative-guidance", "47370", "abdomen", "C22.0", "hepatocellular carcinoma", List.of()),
    };
}

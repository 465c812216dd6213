package org.sonobill.engine.study;

import com.fasterxml.jackson.core.JsonLocation;
import org.sonobill.engine.json.JsonFields;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads one study document (the JSON of {@code docs/study.schema.json}) into a {@link StudyDocumentation}.
 *
 * <p>Strict on purpose: an unknown field is usually a typo ("elments") that would silently code a study as
 * limited, so it is refused with the field named. All problems of a document are collected, not only the first.
 */
public final class StudyJsonReader {
    static final Set<String> TOP_LEVEL = Set.of("id", "dateOfService", "placeOfService", "claimType", "billingRole",
            "payer", "patient", "exam", "laterality", "approach", "pointOfCare", "indication", "elements", "doppler",
            "images", "measurements", "comparison", "obstetric", "echo", "procedures", "report", "orderingNpi",
            "ordered", "priorSameDay", "target", "limb", "dynamic", "title", "$schema", "notes");
    private static final Pattern POS = Pattern.compile("\\d{2}");
    private static final Pattern CPT = Pattern.compile("[0-9A-Z]\\d{3}[0-9A-Z]");
    private static final Pattern TEN_DIGITS = Pattern.compile("\\d{10}");

    private final ObjectMapper mapper = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private final Vocabulary vocabulary;

    public StudyJsonReader(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /**
     * Reads one document.
     *
     * @param json the text of one JSON object
     * @param source the file name to put in messages
     * @param firstLine the line of the file where {@code json} starts (1 for a whole file, n for JSON Lines)
     */
    public StudyDocumentation read(String json, String source, int firstLine) throws InvalidStudyException {
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            int line = loc == null ? firstLine : firstLine + loc.getLineNr() - 1;
            int col = loc == null ? 0 : loc.getColumnNr();
            String why = e.getOriginalMessage();
            if (why != null && why.startsWith("Trailing token")) {
                why = "another JSON value follows the study; expected one study object per document (or per line)";
            } else if (why != null && why.contains("(bound as")) {
                why = why.substring(0, why.indexOf("(bound as")).trim();
            }
            why = plain(why);
            throw new InvalidStudyException(null, List.of(new InputProblem(source, line, col, "",
                    "malformed JSON: " + why)));
        }
        if (root == null || root.isMissingNode()) {
            throw new InvalidStudyException(null, List.of(new InputProblem(source, firstLine, 0, "",
                    "empty document; expected a JSON object describing one study")));
        }
        Walker w = new Walker(json, source, firstLine);
        StudyDocumentation doc = w.study(root);
        if (!w.problems().isEmpty()) {
            throw new InvalidStudyException(w.studyId, w.problems());
        }
        return doc;
    }

    /** Walks one document, collecting problems. */
    private final class Walker extends JsonFields {
        String studyId;

        Walker(String json, String source, int firstLine) {
            super(json, source, firstLine);
        }

        StudyDocumentation study(JsonNode root) {
            if (!root.isObject()) {
                problem("", "expected a JSON object describing one study, found " + kind(root));
                return null;
            }
            unknownFields(root, "", TOP_LEVEL);
            String id = requiredText(root, "id", "the study or accession id");
            studyId = id;
            LocalDate dos = date(root, "dateOfService", true);
            String pos = requiredText(root, "placeOfService", "a two-digit CMS place-of-service code such as \"22\"");
            if (pos != null && !POS.matcher(pos).matches()) {
                problem("/placeOfService", "expected a two-digit CMS place-of-service code such as \"11\" or \"22\", found \"" + pos + "\"");
            }
            ClaimType claimType = enumOf(root, "claimType", ClaimType.class, ClaimType::key);
            BillingRole role = enumOf(root, "billingRole", BillingRole.class, BillingRole::key);
            String payer = lower(optionalText(root, "payer"));
            if (payer != null && !vocabulary.payers().contains(payer)) {
                problem("/payer", "unknown payer rule pack \"" + payer + "\"; expected one of " + sorted(vocabulary.payers()));
            }
            String exam = lower(optionalText(root, "exam"));
            if (exam != null && !vocabulary.exams().contains(exam)) {
                problem("/exam", "unknown exam family \"" + exam + "\"; expected one of " + sorted(vocabulary.exams()));
            }
            Patient patient = patient(root.get("patient"));
            if (patient.birthDate() != null && dos != null && patient.birthDate().isAfter(dos)) {
                problem("/patient/birthDate", "the birth date " + patient.birthDate() + " is after the date of service " + dos);
            }
            return new StudyDocumentation(id, dos, pos, claimType, role, payer, patient, exam,
                    enumOf(root, "laterality", Laterality.class, Laterality::key), approaches(root.get("approach")),
                    bool(root, "pointOfCare"), indication(root.get("indication")), elements(root.get("elements"), exam),
                    doppler(root.get("doppler")), images(root.get("images")), measurements(root.get("measurements")),
                    comparison(root.get("comparison")), obstetric(root.get("obstetric")), echo(root.get("echo")),
                    procedures(root.get("procedures")), report(root.get("report")), npi(root, "orderingNpi", "/orderingNpi"),
                    ordered(root.get("ordered")), priors(root.get("priorSameDay")), target(root),
                    limb(root), bool(root, "dynamic"), optionalText(root, "title"));
        }

        Patient patient(JsonNode n) {
            if (!objectOrAbsent(n, "/patient")) {
                return Patient.UNKNOWN;
            }
            unknownFields(n, "/patient", Set.of("sex", "birthDate"));
            Sex sex = Sex.U;
            JsonNode s = n.get("sex");
            if (s != null && !s.isNull()) {
                String v = s.asText().toUpperCase(Locale.ROOT);
                if (!s.isTextual() || !(v.equals("F") || v.equals("M") || v.equals("U"))) {
                    problem("/patient/sex", "expected \"F\", \"M\" or \"U\", found " + s);
                } else {
                    sex = Sex.valueOf(v);
                }
            }
            return new Patient(sex, dateAt(n.get("birthDate"), "/patient/birthDate"));
        }

        Set<Approach> approaches(JsonNode n) {
            if (n == null || n.isNull()) {
                return Set.of();
            }
            List<JsonNode> items = new ArrayList<>();
            if (n.isArray()) {
                n.forEach(items::add);
            } else {
                items.add(n);
            }
            EnumSet<Approach> out = EnumSet.noneOf(Approach.class);
            for (int i = 0; i < items.size(); i++) {
                String p = n.isArray() ? "/approach/" + i : "/approach";
                Approach a = match(items.get(i), p, Approach.class, Approach::key);
                if (a != null) {
                    out.add(a);
                }
            }
            return out;
        }

        Indication indication(JsonNode n) {
            if (!objectOrAbsent(n, "/indication")) {
                return Indication.NONE;
            }
            unknownFields(n, "/indication", Set.of("text", "icd10"));
            return new Indication(textAt(n.get("text"), "/indication/text"), icdList(n.get("icd10"), "/indication/icd10"));
        }

        List<String> icdList(JsonNode n, String pointer) {
            List<String> out = new ArrayList<>();
            if (n == null || n.isNull()) {
                return out;
            }
            if (!n.isArray()) {
                problem(pointer, "expected an array of ICD-10-CM codes such as [\"R10.11\"], found " + kind(n));
                return out;
            }
            for (int i = 0; i < n.size(); i++) {
                JsonNode c = n.get(i);
                if (!c.isTextual() || c.asText().isBlank()) {
                    problem(pointer + "/" + i, "expected an ICD-10-CM code as a string, found " + kind(c));
                } else {
                    out.add(c.asText().trim().toUpperCase(Locale.ROOT));
                }
            }
            return out;
        }

        Map<String, ElementStatus> elements(JsonNode n, String exam) {
            Map<String, ElementStatus> out = new LinkedHashMap<>();
            if (!objectOrAbsent(n, "/elements")) {
                return out;
            }
            Set<String> known = vocabulary.elementsOf(exam);
            Iterator<Map.Entry<String, JsonNode>> it = n.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                String p = "/elements/" + escape(e.getKey());
                String key = e.getKey().trim().toLowerCase(Locale.ROOT);
                if (known != null && !known.contains(key)) {
                    problem(p, "unknown element \"" + e.getKey() + "\" for exam " + exam + "; expected one of " + sorted(known));
                    continue;
                }
                ElementStatus st = element(e.getValue(), p);
                if (st != null && st.state() == ElementStatus.State.ABSENT && !vocabulary.canBeAbsent(key)) {
                    problem(p, "\"" + e.getKey() + "\" cannot be surgically absent (\"absent\" is for organs that can be "
                            + "removed, such as " + String.join(", ", new TreeSet<>(vocabulary.resectable())).replace("_", " ")
                            + "); expected \"seen\" or {\"status\": \"not-seen\", \"reason\": \"...\"}");
                    continue;
                }
                if (st != null && out.containsKey(key)) {
                    problem(p, "element \"" + key + "\" is given twice (keys are not case-sensitive)");
                    continue;
                }
                if (st != null) {
                    out.put(key, st);
                }
            }
            return out;
        }

        ElementStatus element(JsonNode v, String p) {
            String expected = "expected \"seen\", \"absent\" or {\"status\": \"not-seen\", \"reason\": \"...\"}";
            if (v.isTextual()) {
                switch (v.asText().trim().toLowerCase(Locale.ROOT)) {
                    case "seen": return ElementStatus.SEEN;
                    case "absent": return ElementStatus.ABSENT;
                    case "not-seen": return ElementStatus.notSeen(null);
                    default:
                        problem(p, expected + ", found \"" + v.asText() + "\"");
                        return null;
                }
            }
            if (v.isObject()) {
                unknownFields(v, p, Set.of("status", "reason"));
                String status = lower(textAt(v.get("status"), p + "/status"));
                String reason = textAt(v.get("reason"), p + "/reason");
                if ("not-seen".equals(status)) {
                    return ElementStatus.notSeen(reason);
                }
                if ("seen".equals(status)) {
                    return ElementStatus.SEEN;
                }
                if ("absent".equals(status)) {
                    return new ElementStatus(ElementStatus.State.ABSENT, reason);
                }
                problem(p + "/status", expected + ", found " + (status == null ? "no status" : "\"" + status + "\""));
                return null;
            }
            problem(p, expected + ", found " + kind(v));
            return null;
        }

        Doppler doppler(JsonNode n) {
            if (!objectOrAbsent(n, "/doppler")) {
                return Doppler.NONE;
            }
            unknownFields(n, "/doppler", Set.of("color", "colour", "spectral"));
            boolean color = boolAt(n.get("color"), "/doppler/color") || boolAt(n.get("colour"), "/doppler/colour");
            return new Doppler(color, boolAt(n.get("spectral"), "/doppler/spectral"));
        }

        Images images(JsonNode n) {
            if (!objectOrAbsent(n, "/images")) {
                return Images.NONE;
            }
            unknownFields(n, "/images", Set.of("stored", "cine"));
            return new Images(count(n.get("stored"), "/images/stored"), count(n.get("cine"), "/images/cine"));
        }

        List<Measurement> measurements(JsonNode n) {
            List<Measurement> out = new ArrayList<>();
            if (n == null || n.isNull()) {
                return out;
            }
            if (!n.isArray()) {
                problem("/measurements", "expected an array of {name, value, unit}, found " + kind(n));
                return out;
            }
            for (int i = 0; i < n.size(); i++) {
                String p = "/measurements/" + i;
                JsonNode m = n.get(i);
                if (!m.isObject()) {
                    problem(p, "expected {name, value, unit}, found " + kind(m));
                    continue;
                }
                unknownFields(m, p, Set.of("name", "value", "unit"));
                String name = textAt(m.get("name"), p + "/name");
                if (name == null) {
                    problem(p + "/name", "expected the measurement's name, e.g. \"CBD diameter\"");
                }
                JsonNode v = m.get("value");
                BigDecimal value = null;
                if (v != null && !v.isNull()) {
                    if (v.isNumber()) {
                        value = v.decimalValue();
                    } else {
                        problem(p + "/value", "expected a number, found " + kind(v));
                    }
                }
                out.add(new Measurement(name, value, textAt(m.get("unit"), p + "/unit")));
            }
            return out;
        }

        Comparison comparison(JsonNode n) {
            if (n == null || n.isNull()) {
                return null;
            }
            if (!n.isObject()) {
                problem("/comparison", "expected {\"priorDate\": \"YYYY-MM-DD\"} or no comparison, found " + kind(n));
                return null;
            }
            unknownFields(n, "/comparison", Set.of("priorDate", "text"));
            return new Comparison(dateAt(n.get("priorDate"), "/comparison/priorDate"));
        }

        Obstetric obstetric(JsonNode n) {
            if (!objectOrAbsent(n, "/obstetric")) {
                return null;
            }
            unknownFields(n, "/obstetric", Set.of("gestationalWeeks", "fetuses", "kind", "nonStressTest",
                    "umbilicalDoppler", "mcaDoppler"));
            JsonNode ga = n.get("gestationalWeeks");
            BigDecimal weeks = null;
            if (ga != null && !ga.isNull()) {
                if (ga.isNumber() && ga.decimalValue().signum() >= 0 && ga.decimalValue().compareTo(BigDecimal.valueOf(45)) <= 0) {
                    weeks = ga.decimalValue();
                } else {
                    problem("/obstetric/gestationalWeeks", "expected weeks of gestation between 0 and 45, found " + ga);
                }
            }
            JsonNode f = n.get("fetuses");
            int fetuses = 1;
            if (f != null && !f.isNull()) {
                if (f.canConvertToInt() && f.isIntegralNumber() && f.asInt() >= 1 && f.asInt() <= 8) {
                    fetuses = f.asInt();
                } else {
                    problem("/obstetric/fetuses", "expected the number of gestations (1 to 8), found " + f);
                }
            }
            JsonNode k = n.get("kind");
            ObstetricKind kind = k == null || k.isNull() ? null : match(k, "/obstetric/kind", ObstetricKind.class, ObstetricKind::key);
            return new Obstetric(weeks, fetuses, kind, boolAt(n.get("nonStressTest"), "/obstetric/nonStressTest"),
                    boolAt(n.get("umbilicalDoppler"), "/obstetric/umbilicalDoppler"),
                    boolAt(n.get("mcaDoppler"), "/obstetric/mcaDoppler"));
        }

        Echo echo(JsonNode n) {
            if (!objectOrAbsent(n, "/echo")) {
                return null;
            }
            unknownFields(n, "/echo", Set.of("extent", "ecgMonitoring", "strain"));
            JsonNode e = n.get("extent");
            return new Echo(e == null || e.isNull() ? null : match(e, "/echo/extent", EchoExtent.class, EchoExtent::key),
                    boolAt(n.get("ecgMonitoring"), "/echo/ecgMonitoring"), boolAt(n.get("strain"), "/echo/strain"));
        }

        List<Procedure> procedures(JsonNode n) {
            List<Procedure> out = new ArrayList<>();
            if (n == null || n.isNull()) {
                return out;
            }
            if (!n.isArray()) {
                problem("/procedures", "expected an array of procedures, found " + kind(n));
                return out;
            }
            for (int i = 0; i < n.size(); i++) {
                String p = "/procedures/" + i;
                JsonNode x = n.get(i);
                if (!x.isObject()) {
                    problem(p, "expected a procedure object, found " + kind(x));
                    continue;
                }
                unknownFields(x, p, Set.of("kind", "primaryCode", "region", "laterality", "realTimeNeedle",
                        "imageRecorded", "sitesEvaluated", "vesselPatent", "count", "icd10"));
                String kind = lower(textAt(x.get("kind"), p + "/kind"));
                if (kind == null) {
                    problem(p + "/kind", "expected the guidance kind, one of " + sorted(vocabulary.procedureKinds()));
                } else if (!vocabulary.procedureKinds().contains(kind)) {
                    problem(p + "/kind", "unknown procedure kind \"" + kind + "\"; expected one of " + sorted(vocabulary.procedureKinds()));
                }
                String primary = textAt(x.get("primaryCode"), p + "/primaryCode");
                if (primary != null) {
                    primary = primary.toUpperCase(Locale.ROOT);
                    if (!CPT.matcher(primary).matches()) {
                        problem(p + "/primaryCode", "expected a five-character CPT/HCPCS code such as \"10005\", found \"" + primary + "\"");
                    }
                }
                String region = lower(textAt(x.get("region"), p + "/region"));
                if (region != null && !vocabulary.regions().contains(region)) {
                    problem(p + "/region", "unknown region \"" + region + "\"; expected one of " + sorted(vocabulary.regions()));
                }
                JsonNode c = x.get("count");
                int count = c == null || c.isNull() ? 1 : units(c, p + "/count");
                JsonNode side = x.get("laterality");
                Laterality procSide = side == null || side.isNull() ? null
                        : match(side, p + "/laterality", Laterality.class, Laterality::key);
                out.add(new Procedure(kind, primary, region, procSide, boolAt(x.get("realTimeNeedle"), p + "/realTimeNeedle"),
                        boolAt(x.get("imageRecorded"), p + "/imageRecorded"),
                        boolAt(x.get("sitesEvaluated"), p + "/sitesEvaluated"),
                        boolAt(x.get("vesselPatent"), p + "/vesselPatent"), count, icdList(x.get("icd10"), p + "/icd10")));
            }
            return out;
        }

        Report report(JsonNode n) {
            if (!objectOrAbsent(n, "/report")) {
                return Report.NONE;
            }
            unknownFields(n, "/report", Set.of("signed", "interpretingNpi", "separateInterpretation"));
            return new Report(boolAt(n.get("signed"), "/report/signed"), npi(n, "interpretingNpi", "/report/interpretingNpi"),
                    boolAt(n.get("separateInterpretation"), "/report/separateInterpretation"));
        }

        String ordered(JsonNode n) {
            if (!objectOrAbsent(n, "/ordered")) {
                return null;
            }
            unknownFields(n, "/ordered", Set.of("code", "text"));
            String code = textAt(n.get("code"), "/ordered/code");
            if (code != null && !CPT.matcher(code.toUpperCase(Locale.ROOT)).matches()) {
                problem("/ordered/code", "expected a five-character CPT code such as \"76700\", found \"" + code + "\"");
                return null;
            }
            return code == null ? null : code.toUpperCase(Locale.ROOT);
        }

        List<PriorStudy> priors(JsonNode n) {
            List<PriorStudy> out = new ArrayList<>();
            if (n == null || n.isNull()) {
                return out;
            }
            if (!n.isArray()) {
                problem("/priorSameDay", "expected an array of {exam, laterality, sameProvider}, found " + kind(n));
                return out;
            }
            for (int i = 0; i < n.size(); i++) {
                String p = "/priorSameDay/" + i;
                JsonNode x = n.get(i);
                if (!x.isObject()) {
                    problem(p, "expected {exam, laterality, sameProvider}, found " + kind(x));
                    continue;
                }
                unknownFields(x, p, Set.of("exam", "laterality", "sameProvider", "code", "units"));
                String exam = lower(textAt(x.get("exam"), p + "/exam"));
                if (exam == null || !vocabulary.exams().contains(exam)) {
                    problem(p + "/exam", "expected an exam family, one of " + sorted(vocabulary.exams()));
                }
                JsonNode lat = x.get("laterality");
                Laterality l = lat == null || lat.isNull() ? null : match(lat, p + "/laterality", Laterality.class, Laterality::key);
                String code = textAt(x.get("code"), p + "/code");
                if (code != null && !CPT.matcher(code.toUpperCase(Locale.ROOT)).matches()) {
                    problem(p + "/code", "expected a five-character CPT code such as \"76700\", found \"" + code + "\"");
                    code = null;
                }
                JsonNode u = x.get("units");
                int units = u == null || u.isNull() ? 1 : units(u, p + "/units");
                out.add(new PriorStudy(exam, l, boolAt(x.get("sameProvider"), p + "/sameProvider"),
                        code == null ? null : code.toUpperCase(Locale.ROOT), units));
            }
            return out;
        }

        String target(JsonNode root) {
            String t = lower(optionalText(root, "target"));
            if (t != null && !t.equals("joint") && !t.equals("non-joint")) {
                problem("/target", "expected \"joint\" or \"non-joint\", found \"" + t + "\"");
            }
            return t;
        }

        String limb(JsonNode root) {
            String t = lower(optionalText(root, "limb"));
            if (t != null && !t.equals("lower") && !t.equals("upper")) {
                problem("/limb", "expected \"lower\" or \"upper\", found \"" + t + "\"");
            }
            return t;
        }

        String npi(JsonNode parent, String name, String pointer) {
            JsonNode n = parent.get(name);
            if (n == null || n.isNull()) {
                return null;
            }
            String v = n.isNumber() ? n.asText() : textAt(n, pointer);
            if (v != null && !TEN_DIGITS.matcher(v).matches()) {
                problem(pointer, "expected a ten-digit NPI, found \"" + v + "\"");
                return null;
            }
            return v;
        }
    }

    /** A parser message without the parser's internals (source descriptions, setting names). */
    static String plain(String message) {
        if (message == null) {
            return "unreadable JSON";
        }
        return message.replaceAll("\\[Source: [^;\\]]*; line: (\\d+), column: (\\d+)\\]", "line $1, column $2")
                .replaceAll(",? from `[^`]*`", "")
                .replaceAll("`[A-Za-z]+\\.[A-Za-z_.()]+`", "the parser's limit")
                .trim();
    }

    /** Creates an empty object node; used by tests that build documents programmatically. */
    public ObjectNode newObject() {
        return mapper.createObjectNode();
    }
}

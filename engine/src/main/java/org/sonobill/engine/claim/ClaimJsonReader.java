package org.sonobill.engine.claim;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.sonobill.engine.json.JsonFields;
import org.sonobill.engine.study.ClaimType;
import org.sonobill.engine.study.InputProblem;
import org.sonobill.engine.study.Patient;
import org.sonobill.engine.study.Sex;

/**
 * Reads a claim document (JSON): header fields, up to 12 diagnoses and the service lines. Strict like the study
 * reader: unknown fields and malformed values are refused with their line, column and JSON pointer.
 */
public final class ClaimJsonReader {
    private static final Set<String> TOP = Set.of("id", "claimType", "payer", "patient", "billingNpi", "renderingNpi",
            "orderingNpi", "placeOfService", "frequency", "originalClaimNumber", "priorAuthorization", "state",
            "pricingLocality", "diagnoses", "lines", "overrides", "$schema",
            "notes");
    private static final Set<String> LINE = Set.of("code", "modifiers", "units", "charge", "pointers", "dateOfService",
            "controlNumber");
    private static final Pattern CODE = Pattern.compile("[0-9A-Z]\\d{3}[0-9A-Z]");
    private static final Pattern MODIFIER = Pattern.compile("[0-9A-Z]{2}");
    private static final Pattern NPI = Pattern.compile("\\d{10}");
    private final ObjectMapper mapper = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private final Set<String> payers;

    public ClaimJsonReader(Set<String> payers) {
        this.payers = Set.copyOf(payers);
    }

    /** Reads one claim document starting at {@code firstLine} of {@code source}. */
    public Claim read(String json, String source, int firstLine) throws InvalidClaimException {
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            throw new InvalidClaimException(List.of(new InputProblem(source,
                    loc == null ? firstLine : firstLine + loc.getLineNr() - 1, loc == null ? 0 : loc.getColumnNr(), "",
                    "malformed JSON: " + e.getOriginalMessage())));
        }
        Walker w = new Walker(json, source, firstLine);
        Claim claim = w.claim(root);
        if (!w.problems().isEmpty()) {
            throw new InvalidClaimException(w.problems());
        }
        return claim;
    }

    private final class Walker extends JsonFields {
        Walker(String json, String source, int firstLine) {
            super(json, source, firstLine);
        }

        Claim claim(JsonNode root) {
            if (root == null || !root.isObject()) {
                problem("", "expected a JSON object describing one claim, found " + kind(root));
                return null;
            }
            unknownFields(root, "", TOP);
            String id = requiredText(root, "id", "the claim id (patient control number)");
            String payer = lower(optionalText(root, "payer"));
            if (payer != null && !payers.contains(payer)) {
                problem("/payer", "unknown payer rule pack \"" + payer + "\"; expected one of " + sorted(payers));
            }
            String frequency = optionalText(root, "frequency");
            if (frequency != null && !Set.of("1", "7", "8").contains(frequency)) {
                problem("/frequency", "expected claim frequency \"1\" (original), \"7\" (replacement) or \"8\" (void), found \""
                        + frequency + "\"");
            }
            String pos = requiredText(root, "placeOfService", "a two-digit CMS place-of-service code");
            if (pos != null && !pos.matches("\\d{2}")) {
                problem("/placeOfService", "expected a two-digit place-of-service code, found \"" + pos + "\"");
            }
            JsonNode p = root.get("patient");
            String patientId = null;
            Patient patient = Patient.UNKNOWN;
            if (objectOrAbsent(p, "/patient")) {
                unknownFields(p, "/patient", Set.of("id", "sex", "birthDate"));
                patientId = textAt(p.get("id"), "/patient/id");
                String sex = textAt(p.get("sex"), "/patient/sex");
                Sex s = Sex.U;
                if (sex != null) {
                    try {
                        s = Sex.valueOf(sex.toUpperCase(Locale.ROOT));
                    } catch (IllegalArgumentException e) {
                        problem("/patient/sex", "expected \"F\", \"M\" or \"U\", found \"" + sex + "\"");
                    }
                }
                patient = new Patient(s, dateAt(p.get("birthDate"), "/patient/birthDate"));
            }
            return new Claim(id, enumOf(root, "claimType", ClaimType.class, ClaimType::key), payer, patientId, patient,
                    npi(root, "billingNpi", true), npi(root, "renderingNpi", false), npi(root, "orderingNpi", false),
                    pos, frequency, optionalText(root, "originalClaimNumber"), optionalText(root, "priorAuthorization"),
                    state(root), locality(root), diagnoses(root.get("diagnoses")),
                    lines(root.get("lines")), overrides(root.get("overrides")));
        }

        String state(JsonNode root) {
            String s = optionalText(root, "state");
            if (s != null && !s.matches("[A-Z]{2}")) {
                problem("/state", "expected a two-letter state code such as \"OH\", found \"" + s + "\"");
            }
            return s;
        }

        String locality(JsonNode root) {
            String s = optionalText(root, "pricingLocality");
            if (s != null && !s.matches("\\d{5}-\\d{2}")) {
                problem("/pricingLocality", "expected a Medicare locality as MAC-locality, e.g. \"15202-00\", found \""
                        + s + "\"");
            }
            return s;
        }

        List<Override> overrides(JsonNode n) {
            List<Override> out = new ArrayList<>();
            if (n == null || n.isNull()) {
                return out;
            }
            if (!n.isArray()) {
                problem("/overrides", "expected an array of {findingCode, lineCode, reason, by, at}");
                return out;
            }
            for (int i = 0; i < n.size(); i++) {
                String p = "/overrides/" + i;
                JsonNode o = n.get(i);
                if (!objectOrAbsent(o, p)) {
                    continue;
                }
                unknownFields(o, p, Set.of("findingCode", "lineCode", "reason", "by", "at"));
                String code = textAt(o.get("findingCode"), p + "/findingCode");
                String reason = textAt(o.get("reason"), p + "/reason");
                String by = textAt(o.get("by"), p + "/by");
                String at = textAt(o.get("at"), p + "/at");
                if (code == null || !code.matches("SB-[A-Z]+-\\d{3}")) {
                    problem(p + "/findingCode", "expected a finding code such as \"SB-CLM-002\"");
                }
                if (reason == null) {
                    problem(p + "/reason", "an override needs the reason the finding does not apply");
                }
                if (by == null) {
                    problem(p + "/by", "an override needs who decided it");
                }
                java.time.LocalDateTime when = null;
                try {
                    when = at == null ? null : java.time.LocalDateTime.parse(at);
                } catch (java.time.format.DateTimeParseException e) {
                    problem(p + "/at", "expected a date and time as YYYY-MM-DDThh:mm[:ss], found \"" + at + "\"");
                }
                if (at == null) {
                    problem(p + "/at", "an override needs when it was decided (YYYY-MM-DDThh:mm)");
                }
                out.add(new Override(code == null ? "" : code, textAt(o.get("lineCode"), p + "/lineCode"), reason, by, when));
            }
            return out;
        }

        String npi(JsonNode root, String name, boolean required) {
            JsonNode n = root.get(name);
            if (n == null || n.isNull()) {
                if (required) {
                    problem("/" + name, "required field is missing; expected a ten-digit NPI");
                }
                return null;
            }
            String v = n.isNumber() ? n.asText() : textAt(n, "/" + name);
            if (v != null && !NPI.matcher(v).matches()) {
                problem("/" + name, "expected a ten-digit NPI, found \"" + v + "\"");
                return null;
            }
            return v;
        }

        List<String> diagnoses(JsonNode n) {
            List<String> out = new ArrayList<>();
            if (n == null || n.isNull()) {
                return out;
            }
            if (!n.isArray()) {
                problem("/diagnoses", "expected an array of ICD-10-CM codes, found " + kind(n));
                return out;
            }
            for (int i = 0; i < n.size(); i++) {
                String c = textAt(n.get(i), "/diagnoses/" + i);
                if (c != null) {
                    out.add(c.toUpperCase(Locale.ROOT));
                } else {
                    problem("/diagnoses/" + i, "expected an ICD-10-CM code as a string");
                }
            }
            return out;
        }

        List<ClaimLine> lines(JsonNode n) {
            List<ClaimLine> out = new ArrayList<>();
            if (n == null || !n.isArray() || n.isEmpty()) {
                problem("/lines", "expected an array of at least one service line");
                return out;
            }
            for (int i = 0; i < n.size(); i++) {
                String p = "/lines/" + i;
                JsonNode l = n.get(i);
                if (!l.isObject()) {
                    problem(p, "expected a service line object, found " + kind(l));
                    continue;
                }
                unknownFields(l, p, LINE);
                String code = textAt(l.get("code"), p + "/code");
                if (code == null || !CODE.matcher(code.toUpperCase(Locale.ROOT)).matches()) {
                    problem(p + "/code", "expected a five-character CPT/HCPCS code, found " + kind(l.get("code")));
                }
                List<String> mods = new ArrayList<>();
                JsonNode m = l.get("modifiers");
                if (m != null && !m.isNull()) {
                    if (!m.isArray() || m.size() > 4) {
                        problem(p + "/modifiers", "expected an array of up to four two-character modifiers");
                    } else {
                        for (int j = 0; j < m.size(); j++) {
                            String mod = textAt(m.get(j), p + "/modifiers/" + j);
                            if (mod == null || !MODIFIER.matcher(mod.toUpperCase(Locale.ROOT)).matches()) {
                                problem(p + "/modifiers/" + j, "expected a two-character modifier such as \"26\" or \"RT\"");
                            } else {
                                mods.add(mod.toUpperCase(Locale.ROOT));
                            }
                        }
                    }
                }
                JsonNode u = l.get("units");
                int units = u == null || u.isNull() ? 1 : units(u, p + "/units");
                BigDecimal charge = BigDecimal.ZERO;
                JsonNode c = l.get("charge");
                if (c != null && !c.isNull()) {
                    if (c.isNumber() && c.decimalValue().signum() >= 0) {
                        charge = c.decimalValue().setScale(2, java.math.RoundingMode.HALF_UP);
                    } else {
                        problem(p + "/charge", "expected an amount of 0 or more, found " + kind(c));
                    }
                }
                List<Integer> pointers = new ArrayList<>();
                JsonNode ptr = l.get("pointers");
                if (ptr != null && ptr.isArray()) {
                    for (int j = 0; j < ptr.size(); j++) {
                        if (ptr.get(j).isIntegralNumber()) {
                            pointers.add(ptr.get(j).asInt());
                        } else {
                            problem(p + "/pointers/" + j, "expected a diagnosis pointer (1 to 12)");
                        }
                    }
                } else if (ptr != null && !ptr.isNull()) {
                    problem(p + "/pointers", "expected an array of diagnosis pointers");
                }
                LocalDate dos = dateAt(l.get("dateOfService"), p + "/dateOfService");
                if (dos == null && (l.get("dateOfService") == null || l.get("dateOfService").isNull())) {
                    problem(p + "/dateOfService", "required field is missing; expected a date as YYYY-MM-DD");
                }
                out.add(new ClaimLine(i + 1, code == null ? "" : code.toUpperCase(Locale.ROOT), mods, units, charge,
                        pointers, dos, textAt(l.get("controlNumber"), p + "/controlNumber")));
            }
            return out;
        }
    }
}

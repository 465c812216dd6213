package org.sonobill.engine.payer;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sonobill.engine.json.JsonFields;
import org.sonobill.engine.study.ClaimType;
import org.sonobill.engine.study.InputProblem;
import org.sonobill.engine.study.Sex;

/**
 * Reads a payer rule pack (JSON) strictly: unknown fields, unknown actions, malformed code patterns and missing
 * parameters are refused with the file, line and JSON pointer, all at once. See docs/payer-rules.md.
 */
final class PackReader {
    private static final Set<String> TOP = Set.of("$schema", "id", "name", "bilateral", "distinctModifier",
            "screeningBenefitCodes", "flagScreening", "source", "timelyFilingDays", "pricing", "coverage", "rules",
            "appeals");
    private static final Set<String> APPEALS = Set.of("levels", "correctedClaimDays", "reopeningDays",
            "rollWeekendToMonday", "source");
    private static final Set<String> RULE = Set.of("id", "description", "when", "then", "source");
    private static final Set<String> WHEN = Set.of("codes", "modifiers", "withoutModifiers", "diagnoses",
            "withoutDiagnoses", "placesOfService", "notPlacesOfService", "claimTypes", "providers", "ageAtLeast",
            "ageBelow", "sex", "unitsOver", "from", "to");
    private static final Set<String> THEN = Set.of("action", "message", "fix", "modifiers", "max", "periodDays", "queue");
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private PackReader() {
    }

    /** A whole pack. */
    static PayerPack pack(String json, String source) {
        JsonNode root = tree(json, source);
        Walker w = new Walker(json, source);
        PayerPack p = w.pack(root);
        w.done();
        return p;
    }

    /** A list of rules on their own ({@code {"rules": [...]}} or a bare array), for a dry run. */
    static List<PayerRule> rules(String json, String source) {
        JsonNode root = tree(json, source);
        Walker w = new Walker(json, source);
        List<PayerRule> out;
        if (root.isArray()) {
            out = w.rules(root, "");
        } else if (root.isObject()) {
            w.only(root, "", Set.of("$schema", "rules"));
            out = w.rules(root.get("rules"), "/rules");
        } else {
            w.problem("", "expected {\"rules\": [...]} or an array of rules");
            out = List.of();
        }
        w.done();
        return out;
    }

    private static JsonNode tree(String json, String source) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            throw new InvalidPackException(List.of(new InputProblem(source, loc == null ? 0 : loc.getLineNr(),
                    loc == null ? 0 : loc.getColumnNr(), "", "malformed JSON: " + e.getOriginalMessage())));
        }
    }

    private static final class Walker extends JsonFields {
        Walker(String json, String source) {
            super(json, source, 1);
        }

        @Override
        protected void problem(String pointer, String message) {
            super.problem(pointer, message);
        }

        void only(JsonNode n, String pointer, Set<String> allowed) {
            unknownFields(n, pointer, allowed);
        }

        void done() {
            if (!problems().isEmpty()) {
                throw new InvalidPackException(problems());
            }
        }

        PayerPack pack(JsonNode root) {
            if (root == null || !root.isObject()) {
                problem("", "expected a JSON object describing one payer rule pack, found " + kind(root));
                return null;
            }
            unknownFields(root, "", TOP);
            String id = requiredText(root, "id", "the pack id, e.g. \"medicare\"");
            if (id != null && !id.matches("[a-z0-9][a-z0-9-]*")) {
                problem("/id", "expected lower-case letters, digits and hyphens, found \"" + id + "\"");
            }
            String name = requiredText(root, "name", "a readable name");
            String bilateral = optionalText(root, "bilateral");
            PayerPack.BilateralStyle style = PayerPack.BilateralStyle.MODIFIER_50;
            if ("rt-lt-lines".equals(bilateral)) {
                style = PayerPack.BilateralStyle.RT_LT_LINES;
            } else if (bilateral != null && !"modifier-50".equals(bilateral)) {
                problem("/bilateral", "expected \"modifier-50\" or \"rt-lt-lines\", found \"" + bilateral + "\"");
            }
            String distinct = optionalText(root, "distinctModifier");
            if (distinct != null && !Set.of("59", "XE", "XS", "XP", "XU").contains(distinct)) {
                problem("/distinctModifier", "expected 59, XE, XS, XP or XU, found \"" + distinct + "\"");
            }
            Set<String> screening = new HashSet<>(strings(root.get("screeningBenefitCodes"), "/screeningBenefitCodes"));
            int timely = 365;
            JsonNode t = root.get("timelyFilingDays");
            if (t != null && !t.isNull()) {
                timely = count(t, "/timelyFilingDays");
                if (timely < 1) {
                    problem("/timelyFilingDays", "expected a number of days of 1 or more");
                }
            }
            BigDecimal percent = pricing(root.get("pricing"));
            String coverage = optionalText(root, "coverage");
            if (coverage != null && !Set.of("medicare-lcd", "none").contains(coverage)) {
                problem("/coverage", "expected \"medicare-lcd\" or \"none\", found \"" + coverage + "\"");
            }
            List<PayerRule> rules = rules(root.get("rules"), "/rules");
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < rules.size(); i++) {
                if (!ids.add(rules.get(i).id())) {
                    problem("/rules/" + i + "/id", "rule id \"" + rules.get(i).id() + "\" is used twice in the pack");
                }
            }
            return new PayerPack(id, name, style, distinct == null ? "XS" : distinct, bool(root, "flagScreening"),
                    screening, root.path("source").asText(""), timely, percent, "medicare-lcd".equals(coverage), rules,
                    appeals(root.get("appeals")));
        }

        AppealRules appeals(JsonNode n) {
            if (!objectOrAbsent(n, "/appeals")) {
                return null;
            }
            unknownFields(n, "/appeals", APPEALS);
            List<AppealRules.Level> levels = new ArrayList<>();
            JsonNode l = n.get("levels");
            if (l == null || !l.isArray() || l.isEmpty()) {
                problem("/appeals/levels", "expected an array of levels such as [{\"name\": \"Redetermination\", \"days\": 120}]");
            } else {
                for (int i = 0; i < l.size(); i++) {
                    String p = "/appeals/levels/" + i;
                    JsonNode level = l.get(i);
                    if (!objectOrAbsent(level, p)) {
                        problem(p, "expected {\"name\": ..., \"days\": ...}");
                        continue;
                    }
                    unknownFields(level, p, Set.of("name", "days"));
                    String name = textAt(level.get("name"), p + "/name");
                    int days = count(level.get("days"), p + "/days");
                    if (name == null || days < 1) {
                        problem(p, "expected a level name and a window of 1 or more days");
                    }
                    levels.add(new AppealRules.Level(name, days));
                }
            }
            return new AppealRules(levels, count(n.get("correctedClaimDays"), "/appeals/correctedClaimDays"),
                    count(n.get("reopeningDays"), "/appeals/reopeningDays"), boolAt(n.get("rollWeekendToMonday"),
                    "/appeals/rollWeekendToMonday"), textAt(n.get("source"), "/appeals/source"));
        }

        BigDecimal pricing(JsonNode n) {
            if (!objectOrAbsent(n, "/pricing")) {
                return null;
            }
            unknownFields(n, "/pricing", Set.of("basis", "percentOfMedicare"));
            String basis = textAt(n.get("basis"), "/pricing/basis");
            if (!"mpfs".equals(basis)) {
                problem("/pricing/basis", "expected \"mpfs\" (Medicare physician fee schedule), found "
                        + (basis == null ? "nothing" : "\"" + basis + "\""));
            }
            JsonNode p = n.get("percentOfMedicare");
            if (p == null || !p.isNumber() || p.decimalValue().signum() <= 0) {
                problem("/pricing/percentOfMedicare", "expected a positive number such as 100 or 135");
                return null;
            }
            return p.decimalValue();
        }

        List<PayerRule> rules(JsonNode n, String pointer) {
            List<PayerRule> out = new ArrayList<>();
            if (n == null || n.isNull()) {
                return out;
            }
            if (!n.isArray()) {
                problem(pointer, "expected an array of rules, found " + kind(n));
                return out;
            }
            for (int i = 0; i < n.size(); i++) {
                PayerRule r = rule(n.get(i), pointer + "/" + i);
                if (r != null) {
                    out.add(r);
                }
            }
            return out;
        }

        PayerRule rule(JsonNode n, String p) {
            if (n == null || !n.isObject()) {
                problem(p, "expected a rule object {id, description, when, then, source}, found " + kind(n));
                return null;
            }
            unknownFields(n, p, RULE);
            String id = textAt(n.get("id"), p + "/id");
            if (id == null) {
                problem(p + "/id", "required field is missing; expected a rule id unique in the pack");
            }
            String source = textAt(n.get("source"), p + "/source");
            if (source == null) {
                problem(p + "/source", "required field is missing; expected the payer policy or manual section the rule follows");
            }
            RuleCondition when = condition(n.get("when"), p + "/when");
            RuleAction then = action(n.get("then"), p + "/then");
            String description = textAt(n.get("description"), p + "/description");
            return new PayerRule(id, description == null ? "" : description, when, then, source);
        }

        RuleCondition condition(JsonNode n, String p) {
            if (n == null || n.isNull()) {
                return new RuleCondition(null, null, null, null, null, null, null, null, null, null, null, null, null,
                        null, null);
            }
            if (!n.isObject()) {
                problem(p, "expected an object of conditions, found " + kind(n));
                return null;
            }
            unknownFields(n, p, WHEN);
            Set<ClaimType> types = new LinkedHashSet<>();
            for (String s : strings(n.get("claimTypes"), p + "/claimTypes")) {
                try {
                    types.add(ClaimType.valueOf(s.toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    problem(p + "/claimTypes", "expected \"professional\" or \"institutional\", found \"" + s + "\"");
                }
            }
            Sex sex = null;
            String sx = textAt(n.get("sex"), p + "/sex");
            if (sx != null) {
                try {
                    sex = Sex.valueOf(sx.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    problem(p + "/sex", "expected \"F\", \"M\" or \"U\", found \"" + sx + "\"");
                }
            }
            return new RuleCondition(patterns(n.get("codes"), p + "/codes"),
                    modifiers(n.get("modifiers"), p + "/modifiers"),
                    modifiers(n.get("withoutModifiers"), p + "/withoutModifiers"),
                    patterns(n.get("diagnoses"), p + "/diagnoses"),
                    patterns(n.get("withoutDiagnoses"), p + "/withoutDiagnoses"),
                    places(n.get("placesOfService"), p + "/placesOfService"),
                    places(n.get("notPlacesOfService"), p + "/notPlacesOfService"), types,
                    new LinkedHashSet<>(strings(n.get("providers"), p + "/providers")),
                    optionalCount(n.get("ageAtLeast"), p + "/ageAtLeast"),
                    optionalCount(n.get("ageBelow"), p + "/ageBelow"), sex,
                    optionalCount(n.get("unitsOver"), p + "/unitsOver"), dateAt(n.get("from"), p + "/from"),
                    dateAt(n.get("to"), p + "/to"));
        }

        RuleAction action(JsonNode n, String p) {
            if (n == null || !n.isObject()) {
                problem(p, "required field is missing; expected {\"action\": \"error|warning|hold|require-modifier|"
                        + "require-prior-auth|frequency-limit|bilateral-as-rt-lt|bilateral-as-50\", ...}");
                return null;
            }
            unknownFields(n, p, THEN);
            String a = textAt(n.get("action"), p + "/action");
            RuleAction.Kind kind = RuleAction.Kind.byKey(a);
            if (kind == null) {
                problem(p + "/action", "expected one of error, warning, hold, require-modifier, require-prior-auth, "
                        + "frequency-limit, bilateral-as-rt-lt, bilateral-as-50, found " + (a == null ? "nothing" : "\"" + a + "\""));
                return null;
            }
            List<String> mods = new ArrayList<>(modifiers(n.get("modifiers"), p + "/modifiers"));
            if (kind == RuleAction.Kind.REQUIRE_MODIFIER && mods.isEmpty()) {
                problem(p + "/modifiers", "require-modifier needs the modifiers the line must carry (one of them)");
            }
            Integer max = optionalCount(n.get("max"), p + "/max");
            Integer period = optionalCount(n.get("periodDays"), p + "/periodDays");
            if (kind == RuleAction.Kind.FREQUENCY_LIMIT && (max == null || period == null || period < 1)) {
                problem(p, "frequency-limit needs \"max\" (units) and \"periodDays\" (1 or more)");
            }
            return new RuleAction(kind, textAt(n.get("message"), p + "/message"), textAt(n.get("fix"), p + "/fix"),
                    mods, max, period, textAt(n.get("queue"), p + "/queue"));
        }

        Integer optionalCount(JsonNode n, String p) {
            return n == null || n.isNull() ? null : count(n, p);
        }

        List<CodePattern> patterns(JsonNode n, String p) {
            List<CodePattern> out = new ArrayList<>();
            List<String> s = strings(n, p);
            for (int i = 0; i < s.size(); i++) {
                try {
                    out.add(CodePattern.parse(s.get(i)));
                } catch (IllegalArgumentException e) {
                    problem(p + "/" + i, e.getMessage());
                }
            }
            return out;
        }

        Set<String> modifiers(JsonNode n, String p) {
            Set<String> out = new LinkedHashSet<>();
            for (String s : strings(n, p)) {
                if (!s.matches("[0-9A-Z]{2}")) {
                    problem(p, "expected two-character modifiers such as \"GA\" or \"RT\", found \"" + s + "\"");
                }
                out.add(s);
            }
            return out;
        }

        Set<String> places(JsonNode n, String p) {
            Set<String> out = new LinkedHashSet<>();
            for (String s : strings(n, p)) {
                if (!s.matches("\\d{2}")) {
                    problem(p, "expected two-digit places of service such as \"11\", found \"" + s + "\"");
                }
                out.add(s);
            }
            return out;
        }
    }
}

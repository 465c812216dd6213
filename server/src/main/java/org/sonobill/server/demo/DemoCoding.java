package org.sonobill.server.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.sonobill.engine.catalogue.ExamFamily;
import org.sonobill.server.config.EngineData;
import org.sonobill.server.demo.DemoDocuments.Quality;
import org.sonobill.server.demo.DemoDocuments.Visit;
import org.sonobill.server.demo.DemoStudies.Created;
import org.sonobill.server.study.StudyRequests.CodingDecision;
import org.sonobill.server.study.StudyRequests.LineInput;
import org.sonobill.server.study.StudyService;
import org.sonobill.server.study.StudyViews.StudyDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Coding the demo's studies with the engine and deciding them as a coder would: the newest studies wait to be coded,
 * ready codings are mostly accepted, a coding sent for review is accepted when the reason is a known one, changed
 * when the radiologist's addendum completes the exam, and otherwise left in the review queue.
 */
@Component
class DemoCoding {
    /** Warnings a coder resolves with a standard reason (at least 10 characters, kept in the audit trail). */
    private static final Map<String, String> RESOLVED = Map.of(
            "SB-REF-001", "Diagnosis codes checked against the new fiscal year's ICD-10-CM release, not loaded yet: "
                    + "still valid and billable",
            "SB-DOC-011", "Limited exam confirmed with the interpreting physician: only the documented elements "
                    + "were examined",
            "SB-GDE-009", "The report documents a complete diagnostic evaluation that led to the decision to biopsy",
            "SB-COD-009", "Reduced service confirmed with the interpreting physician; the report goes with the claim "
                    + "for modifier 52");

    private final StudyService studies;
    private final EngineData engine;

    DemoCoding(StudyService studies, EngineData engine) {
        this.studies = studies;
        this.engine = engine;
    }

    /** A study after coding and the coder's decision: received, coded, needs-review or accepted. */
    record Coded(long id, Visit visit, String status) {
    }

    List<Coded> code(DemoOrg org, List<Created> created, LocalDate today, Dice dice) {
        Set<Long> waiting = waiting(created, today, dice);
        List<Coded> out = new ArrayList<>();
        for (Created c : created) {
            if (waiting.contains(c.id())) {
                out.add(new Coded(c.id(), c.visit(), "received"));
                continue;
            }
            StudyDetail d = studies.code(org.coder(), c.id());
            int age = (int) ChronoUnit.DAYS.between(c.visit().dos(), today);
            out.add(new Coded(c.id(), c.visit(), decide(org, c, d, age, dice)));
        }
        return out;
    }

    // the studies of the last three days that nobody has coded yet (at least two, so the queue is never empty)
    private static Set<Long> waiting(List<Created> created, LocalDate today, Dice dice) {
        Set<Long> out = new HashSet<>();
        for (Created c : created) {
            if (ChronoUnit.DAYS.between(c.visit().dos(), today) <= 3 && dice.chance(0.6)) {
                out.add(c.id());
            }
        }
        for (int i = created.size() - 1; i >= 0 && out.size() < 2; i--) {
            out.add(created.get(i).id());
        }
        return out;
    }

    private String decide(DemoOrg org, Created c, StudyDetail d, int age, Dice dice) {
        JsonNode result = d.coding().result();
        if ("ready".equals(result.path("status").asString())) {
            // a ready coding is billed as the engine made it or accepted first; the newest wait for the coder
            if ((age <= 7 && dice.chance(0.7)) || dice.chance(0.1)) {
                return "coded";
            }
            return studies.decide(org.coder(), c.id(), new CodingDecision("accept", d.coding().version(), null, null))
                    .study().status();
        }
        Set<String> open = new TreeSet<>();
        for (JsonNode f : result.path("findings")) {
            String severity = f.path("severity").asString("");
            if (severity.equals("error")) {
                return "needs-review"; // blocked: the documentation must be fixed first
            }
            if (severity.equals("warning")) {
                open.add(f.path("code").asString());
            }
        }
        // the coder works the older reviews first; some of the last two weeks are still in the queue
        if (RESOLVED.keySet().containsAll(open) && dice.chance(age > 14 ? 0.95 : 0.6)) {
            String reason = String.join("; ", open.stream().map(RESOLVED::get).toList());
            return studies.decide(org.coder(), c.id(), new CodingDecision("accept", d.coding().version(), reason, null))
                    .study().status();
        }
        List<LineInput> completed = completed(c.visit(), result);
        if (open.contains("SB-COD-002") && completed != null && dice.chance(0.6)) {
            String element = notDocumented(d.documentation());
            String reason = "Radiologist addendum: the " + element + " was examined and is normal, so the exam is "
                    + "complete";
            return studies.decide(org.coder(), c.id(), new CodingDecision("change", d.coding().version(), reason,
                    completed)).study().status();
        }
        return "needs-review";
    }

    /**
     * The lines with the family's limited code replaced by its complete code, for a study whose gap was an element
     * not documented; null when that is not the fix (another kind of study, or a line with modifier 52).
     */
    private List<LineInput> completed(Visit v, JsonNode result) {
        ExamFamily family = engine.catalogue().family(v.template().exam());
        if (v.quality() != Quality.ELEMENT_NOT_DOCUMENTED || family == null || family.complete() == null
                || family.limited() == null) {
            return null;
        }
        // only where the exam as performed was the complete one (a one-sided duplex is limited whatever is seen)
        if (!family.complete().equals(v.template().document().path("ordered").path("code").asString(""))) {
            return null;
        }
        List<LineInput> lines = new ArrayList<>();
        boolean changed = false;
        for (JsonNode l : result.path("lines")) {
            List<String> modifiers = new ArrayList<>();
            l.path("modifiers").forEach(m -> modifiers.add(m.asString()));
            if (modifiers.contains("52")) {
                return null;
            }
            List<String> dx = new ArrayList<>();
            l.path("diagnoses").forEach(x -> dx.add(x.asString()));
            String code = l.path("code").asString();
            if (code.equals(family.limited())) {
                code = family.complete();
                changed = true;
            }
            lines.add(new LineInput(code, modifiers, l.path("units").asInt(1), dx.subList(0, Math.min(4, dx.size()))));
        }
        return changed ? lines : null;
    }

    private static String notDocumented(JsonNode doc) {
        Map<String, JsonNode> elements = new LinkedHashMap<>();
        doc.path("elements").properties().forEach(e -> elements.put(e.getKey(), e.getValue()));
        return elements.entrySet().stream().filter(e -> e.getValue().isString()
                        && e.getValue().asString().equals("not-seen")).map(e -> DemoDocuments.label(e.getKey()))
                .findFirst().orElse("missing element");
    }
}

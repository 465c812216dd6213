package org.sonobill.report.read;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sonobill.engine.study.Echo;
import org.sonobill.engine.study.EchoExtent;
import org.sonobill.engine.study.ElementStatus;
import org.sonobill.report.lexicon.PhraseMatcher;
import org.sonobill.report.text.SectionKind;

/**
 * Reads an echocardiogram. For a transthoracic echo the engine's four elements are built from what the report
 * names: the chambers when all four are described, the valves when the aortic, mitral and tricuspid valves are, the
 * pericardium, and the aorta (root or ascending) (CPT 93306-93308; reference US-ECH-001). The extent is limited when
 * the title says limited or follow-up. A stress echo is monitored (93351) when the ECG is reported; strain imaging
 * adds +93356.
 */
final class EchoReading {
    private static final Set<SectionKind> WHERE = Set.of(SectionKind.TITLE, SectionKind.TECHNIQUE,
            SectionKind.FINDINGS, SectionKind.IMPRESSION);
    private static final List<String> CHAMBERS = List.of("la", "ra", "lv", "rv");
    private static final List<String> VALVES = List.of("av", "mv", "tv");

    /** The engine's TTE elements, from the parts the report names. */
    Map<String, ElementStatus> elements(Reading r, ElementReading elements) {
        Map<String, ElementStatus> parts = elements.read(r, "echo_tte", List.of("la", "ra", "lv", "rv", "av", "mv",
                "tv", "pv", "pericardium", "aorta"));
        Map<String, ElementStatus> out = new LinkedHashMap<>();
        composite(r, parts, CHAMBERS, "chambers", out);
        composite(r, parts, VALVES, "valves", out);
        if (parts.containsKey("pericardium")) {
            out.put("pericardium", parts.get("pericardium"));
        }
        if (parts.containsKey("aorta")) {
            out.put("aorta", parts.get("aorta"));
        }
        return out;
    }

    private static void composite(Reading r, Map<String, ElementStatus> parts, List<String> needed, String key,
                                  Map<String, ElementStatus> out) {
        List<String> missing = needed.stream().filter(k -> parts.get(k) == null || !parts.get(k).counts()).toList();
        if (missing.isEmpty()) {
            out.put(key, ElementStatus.SEEN);
            r.evidenceOutside("elements." + key, "seen", "all of " + String.join(", ", needed) + " described",
                    "echo composite");
        } else if (missing.size() < needed.size()) {
            r.evidenceOutside("elements." + key, "not documented", "missing " + String.join(", ", missing)
                    + " (of " + String.join(", ", needed) + ")", "echo composite");
        }
    }

    Echo read(Reading r, Exam exam, String family) {
        EchoExtent extent = null;
        if ("echo_tte".equals(family) && "limited".equals(exam.attribute("echo")) && exam.fromTitle()) {
            extent = EchoExtent.LIMITED;
            r.evidenceOutside("echo.extent", "limited", "the title calls the study limited or follow-up", "exams.tsv");
        } else if ("echo_tte".equals(family) && "complete".equals(exam.attribute("extent"))) {
            extent = EchoExtent.COMPLETE;
        }
        boolean ecg = false;
        if ("echo_stress".equals(family)) {
            for (PhraseMatcher.Match<String> m : r.find(r.lexicon.cues("ecg"), WHERE)) {
                ecg = true;
                r.evidence("echo.ecgMonitoring", "true", m.first(), m.end(), "cues.tsv ecg");
                break;
            }
        }
        boolean strain = false;
        for (PhraseMatcher.Match<String> m : r.find(r.lexicon.cues("strain"), WHERE)) {
            strain = true;
            r.evidence("echo.strain", "true", m.first(), m.end(), "cues.tsv strain");
            break;
        }
        return new Echo(extent, ecg, strain);
    }
}

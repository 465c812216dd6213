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
        Map<String, ElementStatus> parts = new LinkedHashMap<>(elements.read(r, "echo_tte", List.of("la", "ra", "lv",
                "rv", "av", "mv", "tv", "pv", "pericardium", "aorta")));
        valveList(r, parts);
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

    /**
     * "Aortic, mitral, tricuspid and pulmonic valves structurally normal": a list of valve names ending in "valves"
     * describes each valve named.
     */
    private static void valveList(Reading r, Map<String, ElementStatus> parts) {
        for (var s : r.text.sentences()) {
            if (!WHERE.contains(s.section())) {
                continue;
            }
            boolean valves = false;
            for (int k = s.firstToken(); k < s.endToken(); k++) {
                valves |= r.tokens.get(k).word().equals("valves") || r.tokens.get(k).word().equals("leaflets");
            }
            if (!valves) {
                continue;
            }
            for (int k = s.firstToken(); k < s.endToken(); k++) {
                String key = switch (r.tokens.get(k).word()) {
                    case "aortic" -> "av";
                    case "mitral" -> "mv";
                    case "tricuspid" -> "tv";
                    case "pulmonic", "pulmonary" -> "pv";
                    default -> null;
                };
                if (key != null && !parts.containsKey(key)) {
                    parts.put(key, ElementStatus.SEEN);
                    r.evidence("elements." + key, "seen", k, k + 1, "a list of valves");
                }
            }
        }
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
            var elsewhere = r.find(r.lexicon.cues("ecg-elsewhere"), WHERE);
            if (!elsewhere.isEmpty()) {
                // the exercise ECG was supervised and reported by another physician: this echo is 93350 (CPT 93350
                // vs 93351, which includes the physician's ECG monitoring and supervision)
                r.evidence("echo.ecgMonitoring", "false (reported separately)", elsewhere.get(0).first(),
                        elsewhere.get(0).end(), "cues.tsv ecg-elsewhere");
            } else {
                for (PhraseMatcher.Match<String> m : r.find(r.lexicon.cues("ecg"), WHERE)) {
                    if (r.saidNotDone(m.first(), m.end())) {
                        continue;
                    }
                    ecg = true;
                    r.evidence("echo.ecgMonitoring", "true", m.first(), m.end(), "cues.tsv ecg");
                    break;
                }
            }
        }
        boolean strain = false;
        for (PhraseMatcher.Match<String> m : r.find(r.lexicon.cues("strain"), WHERE)) {
            if (r.saidNotDone(m.first(), m.end())) {
                // "GLS not performed"
                r.evidence("echo.strain", "false (said not done)", m.first(), m.end(), "cues.tsv not-done");
                continue;
            }
            strain = true;
            r.evidence("echo.strain", "true", m.first(), m.end(), "cues.tsv strain");
            break;
        }
        return new Echo(extent, ecg, strain);
    }
}

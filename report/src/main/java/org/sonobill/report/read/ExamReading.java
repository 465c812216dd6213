package org.sonobill.report.read;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sonobill.engine.catalogue.Catalogue;
import org.sonobill.engine.catalogue.ExamFamily;
import org.sonobill.report.lexicon.Lexicon;
import org.sonobill.report.lexicon.PhraseMatcher;
import org.sonobill.report.text.ReportText;
import org.sonobill.report.text.SectionKind;

/**
 * Decides the exam family: from the order's code, the title or exam line (exams.tsv, highest priority wins), and the
 * findings (exam-content.tsv) when no title names one. A family read from the findings alone is trusted only for
 * echocardiography and obstetrics, whose vocabulary nothing else shares.
 */
final class ExamReading {
    /** Families whose findings name them beyond doubt: an echo or a pregnancy is not mistaken for anything else. */
    private static final Set<String> CONTENT_TRUSTED = Set.of("echo_tte", "echo_tee", "echo_stress", "ob");
    private static final int CONTENT_MIN = 6;

    private final Catalogue catalogue;

    ExamReading(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    Exam read(Reading r) {
        Map<String, String> attributes = new LinkedHashMap<>();
        String family = null;
        int best = 0;
        boolean fromTitle = false;
        // 1. the order's text (HL7 OBR-4.2, FHIR code text): a title from outside the report
        if (r.incoming.orderedText() != null && !r.incoming.orderedText().isBlank()) {
            ReportText order = ReportText.of(r.incoming.orderedText(), r.lexicon.headings());
            for (PhraseMatcher.Match<Lexicon.ExamTerm> m : r.lexicon.examTitles().find(order.tokens(), 0,
                    order.tokens().size())) {
                attributes.putAll(m.value().attributes());
                if (!m.value().family().equals("-") && m.value().priority() > best) {
                    best = m.value().priority();
                    family = m.value().family();
                }
            }
            if (family != null) {
                fromTitle = true;
                r.evidenceOutside("exam", family, r.incoming.orderedText(), "order text");
            }
        }
        // 2. the title sections of the report
        int titleFirst = -1;
        int titleEnd = -1;
        String titleFamily = null;
        int titleBest = 0;
        for (PhraseMatcher.Match<Lexicon.ExamTerm> m : r.find(r.lexicon.examTitles(), Set.of(SectionKind.TITLE))) {
            for (Map.Entry<String, String> e : m.value().attributes().entrySet()) {
                String before = attributes.putIfAbsent(e.getKey(), e.getValue());
                if (e.getKey().equals("side") && before != null && !before.equals(e.getValue())) {
                    // "RIGHT COMPLETE / LEFT TARGETED": a title naming both sides is a bilateral study
                    attributes.put("side", "bilateral");
                }
            }
            if (!m.value().family().equals("-") && m.value().priority() > titleBest) {
                titleBest = m.value().priority();
                titleFamily = m.value().family();
                titleFirst = m.first();
                titleEnd = m.end();
            }
        }
        // a title naming studies of two regions ("US ABDOMEN AND US PELVIS") is two studies in one report
        if (titleFamily != null) {
            ExamFamily chosen = catalogue.family(titleFamily);
            for (PhraseMatcher.Match<Lexicon.ExamTerm> m : r.find(r.lexicon.examTitles(), Set.of(SectionKind.TITLE))) {
                ExamFamily other = catalogue.family(m.value().family());
                if (other != null && chosen != null && m.value().priority() >= 4
                        && !other.region().equals(chosen.region()) && !other.key().equals(chosen.key())) {
                    r.review("RPT-EXAM-MULTIPLE", "exam", "The title names two studies (" + chosen.key() + " and "
                            + other.key() + "); this reading codes " + chosen.key() + ": code the other by hand.",
                            m.first(), m.end());
                    break;
                }
            }
        }
        boolean note = ProcedureReading.procedureNote(r, titleFamily != null);
        if (titleFamily == null && !note) {
            // no title: a first sentence that names the study ("ultrasound of the abdomen complete was performed")
            for (int[] sentence : studySentences(r)) {
                for (PhraseMatcher.Match<Lexicon.ExamTerm> m : r.lexicon.examTitles().find(r.tokens, sentence[0],
                        sentence[1])) {
                    for (Map.Entry<String, String> e : m.value().attributes().entrySet()) {
                        attributes.putIfAbsent(e.getKey(), e.getValue());
                    }
                    if (!m.value().family().equals("-") && m.value().priority() > titleBest) {
                        titleBest = m.value().priority();
                        titleFamily = m.value().family();
                        titleFirst = m.first();
                        titleEnd = m.end();
                    }
                }
                if (titleFamily != null) {
                    break;
                }
            }
        }
        if (titleFamily != null && family == null) {
            family = titleFamily;
            fromTitle = true;
            r.evidence("exam", family, titleFirst, titleEnd, "title (exams.tsv)");
        } else if (titleFamily != null && !titleFamily.equals(family) && !related(family, titleFamily)) {
            r.review("RPT-EXAM-CONFLICT", "exam", "The order names " + family + " but the report's title names "
                    + titleFamily + ": check which study was done.", titleFirst, titleEnd);
        }
        // 3. the order's code
        String codeFamily = familyOfCode(r.incoming.orderedCode());
        if (codeFamily != null) {
            if (family == null) {
                family = codeFamily;
                fromTitle = true;
                r.evidenceOutside("exam", family, "ordered " + r.incoming.orderedCode(), "order code");
            } else if (!codeFamily.equals(family) && !related(family, codeFamily)) {
                r.review("RPT-EXAM-CONFLICT", "exam", "The order's code " + r.incoming.orderedCode() + " is a "
                        + codeFamily + " study but the report reads as " + family + ": check which study was done.");
            }
        }
        // 4. the findings
        Map<String, Integer> score = new HashMap<>();
        Map<String, int[]> firstCue = new HashMap<>();
        for (PhraseMatcher.Match<Lexicon.ContentCue> m : r.find(r.lexicon.examContent(), Set.of(SectionKind.FINDINGS,
                SectionKind.IMPRESSION, SectionKind.TECHNIQUE, SectionKind.HISTORY))) {
            // the history says why, not what was done: it weighs only for the echo kinds ("for TEE", "stress")
            boolean history = r.tokens.get(m.first()).section() == SectionKind.HISTORY;
            if (history && !m.value().family().startsWith("echo_")) {
                continue;
            }
            score.merge(m.value().family(), m.value().weight(), Integer::sum);
            firstCue.putIfAbsent(m.value().family(), new int[] {m.first(), m.end()});
        }
        String top = null;
        int topScore = 0;
        int second = 0;
        for (Map.Entry<String, Integer> e : score.entrySet()) {
            if (e.getValue() > topScore) {
                second = topScore;
                topScore = e.getValue();
                top = e.getKey();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        if (family == null || family.equals("echo_tte")) {
            // an echo titled only "echocardiogram" may be a TEE or a stress echo by what it describes
            String echoKind = strongest(score, "echo_tee", "echo_stress");
            if (echoKind != null && score.get(echoKind) >= 8) {
                family = echoKind;
                int[] at = firstCue.get(echoKind);
                r.evidence("exam", family, at[0], at[1], "findings (exam-content.tsv)");
                fromTitle = fromTitle || score.get(echoKind) >= 10;
            }
        }
        if (note || ProcedureReading.procedureNote(r, family != null)) {
            String region = family != null ? family : top;
            if (family != null) {
                r.evidence("exam", "procedure note (" + family + " region)", titleFirst >= 0 ? titleFirst : 0,
                        titleFirst >= 0 ? titleEnd : 1, "a guided procedure is the study");
            }
            return new Exam(null, Map.copyOf(attributes), fromTitle, true, region);
        }
        if (family == null && top != null && topScore >= CONTENT_MIN && topScore >= 2 * second) {
            family = top;
            if (top.startsWith("echo_")) {
                family = score.getOrDefault("echo_tee", 0) >= 8 ? "echo_tee"
                        : score.getOrDefault("echo_stress", 0) >= 8 ? "echo_stress" : "echo_tte";
            }
            int[] at = firstCue.get(top);
            r.evidence("exam", family, at[0], at[1], "findings (exam-content.tsv)");
            if (!CONTENT_TRUSTED.contains(top)) {
                r.review("RPT-EXAM-CONTENT", "exam", "No title or order names the study; it reads as " + family
                        + " from its findings. Confirm the exam.", at[0], at[1]);
            }
        }
        if (family == null) {
            r.review("RPT-EXAM-UNKNOWN", "exam", "The report does not say which ultrasound study was done, and its "
                    + "findings do not settle it. Code it by hand or ask for the exam title.");
        } else if (family.equals("other") || family.equals("unsupported")) {
            r.review("RPT-EXAM-UNSUPPORTED", "exam", family.equals("other")
                    ? "The report describes a study that is not ultrasound (a mammogram): code it by hand."
                    : "The report describes a study SonoBill does not code from text (an ankle-brachial index or "
                    + "segmental pressures, 93922-93924): code it by hand.");
            family = null;
        }
        // a second, non-ultrasound service named in the title (a mammogram with the breast ultrasound)
        for (PhraseMatcher.Match<Lexicon.ExamTerm> m : r.find(r.lexicon.examTitles(), Set.of(SectionKind.TITLE))) {
            if (family != null && (m.value().family().equals("other") || m.value().family().equals("unsupported"))) {
                r.review("RPT-OTHER-SERVICE", "exam", "The title also names \"" + r.span(m.first(), m.end())
                        + "\", a service this reader does not code: code it by hand.", m.first(), m.end());
            }
        }
        return new Exam(family, Map.copyOf(attributes), fromTitle, false, family);
    }

    private static final java.util.Set<String> STUDY_WORDS = java.util.Set.of("ultrasound", "sonogram", "sonography",
            "ultrasonography", "ultrasonographic", "echocardiogram", "echocardiography", "echo", "duplex", "doppler",
            "us", "tte", "tee", "pocus", "fast", "efast");

    /**
     * The sentences among a report's first three outside the header that name a study ("ED ULTRASOUND REQUEST",
     * then "Ultrasound soft tissue neck, left"): dictation without headings often opens with "ultrasound of the
     * abdomen was performed for ...". The first that names a family is the title.
     */
    private static List<int[]> studySentences(Reading r) {
        List<int[]> out = new java.util.ArrayList<>();
        int seen = 0;
        for (var s : r.text.sentences()) {
            if (s.section() == SectionKind.OTHER) {
                continue;
            }
            for (int k = s.firstToken(); k < s.endToken(); k++) {
                if (STUDY_WORDS.contains(r.tokens.get(k).word())) {
                    out.add(new int[] {s.firstToken(), s.endToken()});
                    break;
                }
            }
            if (++seen >= 3) {
                break;
            }
        }
        return out;
    }

    private static String strongest(Map<String, Integer> score, String a, String b) {
        int sa = score.getOrDefault(a, 0);
        int sb = score.getOrDefault(b, 0);
        if (sa == 0 && sb == 0) {
            return null;
        }
        return sa >= sb ? a : b;
    }

    /** Two families that one study can be named by (an echo ordered, a TEE done). */
    private static boolean related(String a, String b) {
        return a != null && b != null && (a.startsWith("echo_") && b.startsWith("echo_")
                || Set.of(a, b).equals(Set.of("abdomen", "retroperitoneum")));
    }

    private String familyOfCode(String code) {
        if (code == null || !code.matches("[0-9]{4}[0-9A-Z]")) {
            return null;
        }
        for (ExamFamily f : catalogue.families().values()) {
            List<String> codes = f.codes();
            if (codes.contains(code)) {
                return f.key();
            }
        }
        return null;
    }
}

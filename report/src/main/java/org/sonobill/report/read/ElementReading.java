package org.sonobill.report.read;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sonobill.engine.study.ElementStatus;
import org.sonobill.engine.study.Laterality;
import org.sonobill.report.lexicon.Lexicon;
import org.sonobill.report.lexicon.PhraseMatcher;
import org.sonobill.report.text.SectionKind;

/**
 * Reads the status of each required element: a mention in the findings is a seen element ("no hydronephrosis" is a
 * seen kidney); a not-seen cue said of it makes it not seen, with the reason when one is written ("obscured by bowel
 * gas"); an absent cue or an operation in the history makes it surgically absent. CPT: an element not seen counts for
 * a complete exam only with its reason (reference US-DOC-003); surgically absent counts (US-DOC-004).
 */
final class ElementReading {
    private static final int MIN_MISSPELT = 6;
    private static final Set<String> BEFORE_NOTSEEN = Set.of("of", "the", "a", "an", "either", "both");

    private final Set<String> resectable;

    ElementReading(Set<String> resectable) {
        this.resectable = resectable;
    }

    /** What was read of one element: its status and whether a plain mention also described it as seen. */
    private static final class State {
        ElementStatus status;
        boolean seenMention;
        boolean explicit;
        String rule;
        int first = -1;
        int end = -1;
    }

    /**
     * Reads the elements {@code keys} of a family from the findings. Returns the statuses of the elements the report
     * speaks of; an element it never mentions is left out (the engine then counts it as not documented).
     */
    Map<String, ElementStatus> read(Reading r, String lexiconFamily, Collection<String> keys) {
        PhraseMatcher<Lexicon.ElementTerm> matcher = r.lexicon.elements(lexiconFamily);
        Map<String, State> states = new LinkedHashMap<>();
        if (matcher == null) {
            return Map.of();
        }
        List<PhraseMatcher.Match<Lexicon.ElementTerm>> mentions = new ArrayList<>(r.find(matcher,
                Set.of(SectionKind.FINDINGS, SectionKind.IMPRESSION, SectionKind.TECHNIQUE)));
        misspelt(r, matcher, mentions);
        for (PhraseMatcher.Match<Lexicon.ElementTerm> m : mentions) {
            if (r.advice(m.first())) {
                // "ultrasound is recommended for endometrial assessment" describes no element of this study
                continue;
            }
            List<String> found = withOtherSide(r, m, restrictToSide(r, m));
            found = found.stream().filter(keys::contains).toList();
            if (found.isEmpty()) {
                continue;
            }
            ElementStatus status = m.value().finding() ? ElementStatus.SEEN : statusOf(r, m, matcher);
            for (String key : found) {
                State s = states.computeIfAbsent(key, k -> new State());
                boolean isExplicit = status.state() != ElementStatus.State.SEEN;
                if (!isExplicit && found.size() == 1) {
                    // a phrase naming this element alone ("the left kidney is normal"); "no renal calculi" names
                    // both kidneys and does not contradict "the left kidney was not imaged"
                    s.seenMention = true;
                }
                if (s.status == null || (isExplicit && !s.explicit)
                        || (isExplicit && status.hasReason() && !s.status.hasReason())) {
                    s.status = status;
                    s.explicit = isExplicit;
                    s.first = m.first();
                    s.end = m.end();
                    s.rule = m.source().contains("spelling") ? m.source() : null;
                }
            }
        }
        surgeries(r, keys, states);
        Map<String, ElementStatus> out = new LinkedHashMap<>();
        for (Map.Entry<String, State> e : states.entrySet()) {
            State s = e.getValue();
            ElementStatus status = s.status;
            if (status == ABSENT_UNEXPLAINED) {
                // "the left kidney is absent" with no nephrectomy named may be congenital (not surgically absent)
                r.review("RPT-ELEMENT-ABSENT", "elements." + e.getKey(), "The report says " + label(e.getKey())
                        + " is absent without naming an operation: record whether it was removed (surgically absent "
                        + "counts toward a complete exam) or is congenitally absent.", s.first, s.end);
                status = ElementStatus.notSeen(null);
            }
            if (status.state() == ElementStatus.State.ABSENT && !resectable.contains(e.getKey())) {
                // only organs that can be removed may be absent; an aorta "absent" is a reading error
                r.review("RPT-ELEMENT-ABSENT", "elements." + e.getKey(), "The report seems to say " + label(e.getKey())
                        + " is absent, which cannot be surgically absent: check the sentence.", s.first, s.end);
                status = ElementStatus.notSeen(null);
            }
            if (status.state() == ElementStatus.State.NOT_SEEN && !status.hasReason() && s.seenMention) {
                r.review("RPT-ELEMENT-CONFLICT", "elements." + e.getKey(), "The report both describes "
                        + label(e.getKey()) + " and says it was not seen (without a reason): check whether it was "
                        + "evaluated.", s.first, s.end);
            }
            out.put(e.getKey(), status);
            String value = switch (status.state()) {
                case SEEN -> "seen";
                case ABSENT -> "absent";
                case NOT_SEEN -> status.hasReason() ? "not-seen: " + status.reason() : "not-seen (no reason given)";
            };
            if (s.first >= 0) {
                r.evidence("elements." + e.getKey(), value, s.first, s.end, s.rule == null ? "elements.tsv" : s.rule);
            }
        }
        return out;
    }

    /** The elements described on each side (a mention whose clause, sentence or heading names no side is skipped). */
    Map<Laterality, Set<String>> bySide(Reading r, String lexiconFamily, Collection<String> keys) {
        Map<Laterality, Set<String>> out = new java.util.EnumMap<>(Laterality.class);
        out.put(Laterality.RIGHT, new java.util.TreeSet<>());
        out.put(Laterality.LEFT, new java.util.TreeSet<>());
        PhraseMatcher<Lexicon.ElementTerm> matcher = r.lexicon.elements(lexiconFamily);
        if (matcher == null) {
            return out;
        }
        for (PhraseMatcher.Match<Lexicon.ElementTerm> m : r.find(matcher, Set.of(SectionKind.FINDINGS,
                SectionKind.IMPRESSION, SectionKind.TECHNIQUE))) {
            Laterality side = Sides.at(r, m.first());
            for (String key : m.value().keys()) {
                if (!keys.contains(key) || side == null) {
                    continue;
                }
                if (side != Laterality.LEFT) {
                    out.get(Laterality.RIGHT).add(key);
                }
                if (side != Laterality.RIGHT) {
                    out.get(Laterality.LEFT).add(key);
                }
            }
        }
        return out;
    }

    /**
     * Transcribed reports misspell organs ("pancrease", "kindey"): a word one edit from a single-word element name,
     * that no phrase matched, counts as that element, with evidence saying so.
     */
    private static void misspelt(Reading r, PhraseMatcher<Lexicon.ElementTerm> matcher,
                                 List<PhraseMatcher.Match<Lexicon.ElementTerm>> mentions) {
        java.util.BitSet covered = new java.util.BitSet(r.tokens.size());
        for (var m : mentions) {
            covered.set(m.first(), m.end());
        }
        for (int i = 0; i < r.tokens.size(); i++) {
            var t = r.tokens.get(i);
            if (covered.get(i) || !(t.section() == SectionKind.FINDINGS || t.section() == SectionKind.IMPRESSION
                    || t.section() == SectionKind.TECHNIQUE)) {
                continue;
            }
            var p = matcher.closeSpelling(t.word(), MIN_MISSPELT);
            if (p != null) {
                mentions.add(new PhraseMatcher.Match<>(p.value(), i, i + 1, p.source() + " (spelling \""
                        + t.word() + "\" read as \"" + p.words().get(0) + "\")"));
            }
        }
        mentions.sort(java.util.Comparator.comparingInt(PhraseMatcher.Match::first));
    }

    /** "The right and left kidneys": a one-side phrase after "right and" (or "left and") names both sides. */
    private static List<String> withOtherSide(Reading r, PhraseMatcher.Match<Lexicon.ElementTerm> m,
                                              List<String> keys) {
        if (keys.size() != 1 || m.first() < 2 || !r.tokens.get(m.first() - 1).word().equals("and")) {
            return keys;
        }
        String key = keys.get(0);
        String before = r.tokens.get(m.first() - 2).word();
        if (key.startsWith("left_") && before.equals("right")) {
            return List.of("right_" + key.substring(5), key);
        }
        if (key.startsWith("right_") && before.equals("left")) {
            return List.of(key, "left_" + key.substring(6));
        }
        return keys;
    }

    /** A phrase naming both sides ("kidneys", "ovary") is said of one side when its clause names only that side. */
    private static List<String> restrictToSide(Reading r, PhraseMatcher.Match<Lexicon.ElementTerm> m) {
        List<String> keys = m.value().keys();
        boolean paired = keys.stream().anyMatch(k -> k.startsWith("right_"))
                && keys.stream().anyMatch(k -> k.startsWith("left_"));
        if (!paired) {
            return keys;
        }
        Laterality side = Sides.at(r, m.first());
        if (side == Laterality.RIGHT) {
            return keys.stream().filter(k -> !k.startsWith("left_")).toList();
        }
        if (side == Laterality.LEFT) {
            return keys.stream().filter(k -> !k.startsWith("right_")).toList();
        }
        return keys;
    }

    /** Marks an element said "absent" with no operation named: surgically or congenitally? A coder asks. */
    static final ElementStatus ABSENT_UNEXPLAINED = new ElementStatus(ElementStatus.State.NOT_SEEN, null);

    private ElementStatus statusOf(Reading r, PhraseMatcher.Match<Lexicon.ElementTerm> m,
                                   PhraseMatcher<Lexicon.ElementTerm> matcher) {
        int[] clause = r.clause(m.first());
        int[] sentence = r.sentence(m.first());
        for (int k = clause[0]; k < clause[1]; k++) {
            if (r.tokens.get(k).word().equals("neither")) {
                // "neither the pancreas nor the spleen is seen": every organ of the clause
                for (int c = k; c < clause[1]; c++) {
                    PhraseMatcher.Match<String> notSeen = r.at(r.lexicon.cues("notseen"), c, clause[1]);
                    String w = r.tokens.get(c).word();
                    if (notSeen != null || w.equals("seen") || w.equals("visualized") || w.equals("identified")) {
                        return ElementStatus.notSeen(reason(r, c, sentence[1]));
                    }
                }
            }
        }
        // "the tail of the pancreas is obscured": part of the organ was seen
        boolean partial = false;
        for (int k = Math.max(clause[0], m.first() - 4); k < m.first(); k++) {
            if (r.at(r.lexicon.cues("partial"), k, m.first()) != null) {
                partial = true;
            }
        }
        // after the element: "is not (well) visualized", "is surgically absent"
        int i = m.end();
        while (i < clause[1]) {
            PhraseMatcher.Match<String> notSeen = r.at(r.lexicon.cues("notseen"), i, clause[1]);
            if (notSeen != null) {
                return partial ? ElementStatus.SEEN : ElementStatus.notSeen(reason(r, notSeen.first(), sentence[1]));
            }
            PhraseMatcher.Match<String> absent = r.at(r.lexicon.cues("absent"), i, clause[1]);
            if (absent != null) {
                return partial ? ElementStatus.SEEN : ElementStatus.ABSENT;
            }
            if (r.at(r.lexicon.cues("absent-bare"), i, clause[1]) != null) {
                return partial ? ElementStatus.SEEN : ABSENT_UNEXPLAINED;
            }
            PhraseMatcher.Match<String> link = r.at(r.lexicon.cues("linking"), i, clause[1]);
            String w = r.tokens.get(i).word();
            if (link != null || w.equals("not") || w.equals("or")) {
                i = link != null ? link.end() : i + 1;
                continue;
            }
            // "the pancreas and spleen are not visualized": another organ of the same subject
            PhraseMatcher.Match<Lexicon.ElementTerm> other = r.at(matcher, i, clause[1]);
            if (other != null && !other.value().finding()) {
                i = other.end();
                continue;
            }
            break;
        }
        // before the element: "non-visualization of the left ovary", "unable to visualize the pancreas"
        int j = m.first() - 1;
        while (j >= clause[0] && BEFORE_NOTSEEN.contains(r.tokens.get(j).word())) {
            j--;
        }
        for (int k = Math.max(clause[0], j - 4); k <= j; k++) {
            PhraseMatcher.Match<String> pre = r.at(r.lexicon.cues("notseen-pre"), k, m.first());
            if (pre != null && pre.end() > j && pre.end() <= m.first()) {
                return ElementStatus.notSeen(reason(r, m.end(), sentence[1]));
            }
        }
        return ElementStatus.SEEN;
    }

    /** The reason written after a not-seen cue in the same sentence, or null. */
    private static String reason(Reading r, int from, int sentenceEnd) {
        for (int k = from; k < sentenceEnd; k++) {
            PhraseMatcher.Match<String> cue = r.at(r.lexicon.cues("reason"), k, sentenceEnd);
            if (cue != null && cue.end() < sentenceEnd) {
                return r.span(cue.first(), sentenceEnd);
            }
        }
        for (int k = from; k < sentenceEnd; k++) {
            PhraseMatcher.Match<String> noun = r.at(r.lexicon.cues("reason-noun"), k, sentenceEnd);
            if (noun != null) {
                return r.span(noun.first(), noun.end());
            }
        }
        return null;
    }

    /** "Status post cholecystectomy" anywhere (history included): the gallbladder is surgically absent. */
    private void surgeries(Reading r, Collection<String> keys, Map<String, State> states) {
        Set<SectionKind> all = Set.of(SectionKind.values());
        for (PhraseMatcher.Match<String> m : r.find(r.lexicon.cues("surgery"), all)) {
            if (!removal(r, m)) {
                continue;
            }
            List<String> removed = new ArrayList<>(List.of(m.value().split(",")));
            boolean paired = removed.stream().anyMatch(k -> k.startsWith("right_"));
            if (paired) {
                int[] c = r.clause(m.first());
                Laterality side = Sides.in(r, c[0], c[1]);
                if (side == null) {
                    side = Sides.in(r, r.sentence(m.first())[0], r.sentence(m.first())[1]);
                }
                if (side == null) {
                    if (removed.stream().anyMatch(keys::contains)) {
                        r.review("RPT-SURGERY-SIDE", "elements", "The report mentions \"" + r.span(m.first(), m.end())
                                + "\" without saying which side: record which organ was removed.", m.first(), m.end());
                    }
                    continue;
                }
                if (side == Laterality.RIGHT) {
                    removed.removeIf(k -> k.startsWith("left_"));
                } else if (side == Laterality.LEFT) {
                    removed.removeIf(k -> k.startsWith("right_"));
                }
            }
            for (String key : removed) {
                if (!keys.contains(key)) {
                    continue;
                }
                State s = states.computeIfAbsent(key, k -> new State());
                // the operation explains why the organ is not there, whatever else the findings say of its bed
                if (s.status == null || s.status.state() != ElementStatus.State.ABSENT) {
                    s.status = ElementStatus.ABSENT;
                    s.explicit = true;
                    s.first = m.first();
                    s.end = m.end();
                }
            }
        }
    }

    private static final Set<String> NOT_THE_ORGAN = Set.of("partial", "ovarian", "breast", "renal", "hepatic",
            "wedge", "segmental", "subtotal", "cyst");

    /**
     * An operation that removed the organ: not recommended or planned ("cholecystectomy is recommended"), not
     * negated ("no history of cholecystectomy"), not partial or of something else ("partial nephrectomy", "ovarian
     * cystectomy").
     */
    private static boolean removal(Reading r, PhraseMatcher.Match<String> m) {
        if (r.advice(m.first()) || r.sentenceHas(m.first(), PLANNED)) {
            return false;
        }
        int[] c = r.clause(m.first());
        for (int k = Math.max(c[0], m.first() - 4); k < m.first(); k++) {
            String w = r.tokens.get(k).word();
            if (w.equals("no") || w.equals("not") || w.equals("without") || w.equals("denies")
                    || NOT_THE_ORGAN.contains(w) && k >= m.first() - 2) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> PLANNED = Set.of("planned", "scheduled", "candidate", "consult", "consultation",
            "referral", "referred", "considering", "pending");

    static String label(String key) {
        return "the " + key.replace('_', ' ');
    }
}

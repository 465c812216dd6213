package org.sonobill.report.read;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sonobill.engine.study.Indication;
import org.sonobill.report.lexicon.Lexicon;
import org.sonobill.report.lexicon.PhraseMatcher;
import org.sonobill.report.text.SectionKind;

/**
 * Reads the diagnoses for the claim: definitive findings of the impression first, then the indication of the
 * history (ICD-10-CM Official Guidelines Section IV.K: for an interpreted diagnostic test, code confirmed diagnoses
 * of the interpretation; IV.H: never a diagnosis written as probable, suspected, rule out, consistent with...). A
 * finding that is negated ("no gallstones"), uncertain, or only past or family history is not coded.
 */
final class DiagnosisReading {
    private static final int NEGATION_WINDOW = 6;

    Indication read(Reading r, java.util.function.Predicate<String> billable) {
        Set<String> codes = new LinkedHashSet<>();
        List<String> text = new ArrayList<>();
        collect(r, SectionKind.IMPRESSION, true, codes, text, billable);
        boolean hasImpression = r.text.sections().stream().anyMatch(s -> s.kind() == SectionKind.IMPRESSION);
        if (hasImpression) {
            // definitive findings of the body of the interpretation, read as strictly as the impression
            collect(r, SectionKind.FINDINGS, true, codes, text, billable);
        }
        collect(r, SectionKind.HISTORY, false, codes, text, billable);
        if (codes.isEmpty() && !hasImpression) {
            // a report without an impression (a numbered list of findings): its definitive findings, read as
            // strictly as an impression, then its title
            collect(r, SectionKind.FINDINGS, true, codes, text, billable);
            collect(r, SectionKind.TITLE, false, codes, text, billable);
        }
        if (codes.isEmpty()) {
            r.review("RPT-DX-NONE", "indication.icd10", "No indication or definitive finding could be coded from the "
                    + "report: add the diagnosis from the order or the history.");
        }
        String indicationText = historyText(r);
        return new Indication(indicationText, List.copyOf(codes));
    }

    private static void collect(Reading r, SectionKind kind, boolean impression, Set<String> codes, List<String> text,
                                java.util.function.Predicate<String> billable) {
        for (PhraseMatcher.Match<Lexicon.Diagnosis> m : r.find(r.lexicon.indications(), Set.of(kind))) {
            String why = excluded(r, m, impression);
            if (why != null) {
                r.evidence("indication.excluded", m.value().icd10() + " not coded: " + why, m.first(), m.end(),
                        "indications.tsv");
                continue;
            }
            String code = onDate(m.value().icd10(), billable);
            if (codes.add(code)) {
                r.evidence("indication.icd10", code, m.first(), m.end(), "indications.tsv");
                text.add(r.span(m.first(), m.end()));
            }
        }
    }

    /** The first alternative billable on the date of service ("R10.20|R10.2"), else the last one. */
    private static String onDate(String alternatives, java.util.function.Predicate<String> billable) {
        String[] codes = alternatives.split("\\|");
        for (String c : codes) {
            if (billable.test(c)) {
                return c;
            }
        }
        return codes[codes.length - 1];
    }

    /** Why a diagnosis phrase is not coded, or null when it is. */
    private static String excluded(Reading r, PhraseMatcher.Match<Lexicon.Diagnosis> m, boolean impression) {
        int[] clause = r.clause(m.first());
        int[] sentence = r.sentence(m.first());
        for (int k = Math.max(clause[0], m.first() - NEGATION_WINDOW); k < m.first(); k++) {
            PhraseMatcher.Match<String> neg = r.at(r.lexicon.cues("negation"), k, m.first());
            if (neg != null) {
                return "negated (\"" + r.span(neg.first(), neg.end()) + "\")";
            }
        }
        for (int k = m.end(); k < Math.min(clause[1], m.end() + 4); k++) {
            PhraseMatcher.Match<String> neg = r.at(r.lexicon.cues("negation-post"), k, clause[1]);
            if (neg != null) {
                return "negated (\"" + r.span(neg.first(), neg.end()) + "\")";
            }
        }
        // uncertainty said before the finding in its clause ("possible cholecystitis", "consistent with ..."), or
        // in an impression anywhere before it in the sentence ("This could represent a hemorrhagic cyst")
        int from = impression ? sentence[0] : clause[0];
        for (int k = from; k < m.first(); k++) {
            PhraseMatcher.Match<String> unsure = r.at(r.lexicon.cues("uncertain"), k, m.first());
            if (unsure != null) {
                return "uncertain (\"" + r.span(unsure.first(), unsure.end()) + "\")";
            }
        }
        // or just after it ("cholecystitis is suspected", "abscess versus hematoma")
        for (int k = m.end(); k < Math.min(clause[1], m.end() + 4); k++) {
            PhraseMatcher.Match<String> unsure = r.at(r.lexicon.cues("uncertain-post"), k, clause[1]);
            if (unsure != null) {
                return "uncertain (\"" + r.span(unsure.first(), unsure.end()) + "\")";
            }
        }
        for (int k = Math.max(clause[0], m.first() - 5); k < m.first(); k++) {
            PhraseMatcher.Match<String> past = r.at(r.lexicon.cues("history-only"), k, m.first());
            if (past != null) {
                return "history only (\"" + r.span(past.first(), past.end()) + "\")";
            }
        }
        return null;
    }

    private static String historyText(Reading r) {
        StringBuilder b = new StringBuilder();
        for (var s : r.text.sentences()) {
            if (s.section() == SectionKind.HISTORY) {
                if (b.length() > 0) {
                    b.append(' ');
                }
                b.append(r.text.sentenceText(s));
                if (b.length() > 300) {
                    break;
                }
            }
        }
        return b.length() == 0 ? null : b.length() > 400 ? b.substring(0, 400) : b.toString();
    }
}

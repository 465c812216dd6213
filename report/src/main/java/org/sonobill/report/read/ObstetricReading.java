package org.sonobill.report.read;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sonobill.engine.study.Obstetric;
import org.sonobill.engine.study.ObstetricKind;
import org.sonobill.report.lexicon.PhraseMatcher;
import org.sonobill.report.text.SectionKind;
import org.sonobill.report.text.Token;

/**
 * Reads an obstetric study: gestational age (decides 76801 or 76805), number of fetuses (add-on units), kind of study
 * and the Doppler add-ons (CPT obstetric guidelines; reference US-OB-001..006). The kind is trusted when the title
 * names it or the findings show it plainly (a biophysical profile score, a nuchal translucency, a full anatomy survey,
 * a first-trimester sac and pole); otherwise the study goes to a coder, because standard, limited and follow-up exams
 * read alike.
 */
final class ObstetricReading {
    private static final Pattern COMPACT = Pattern.compile("([0-9]{1,2})w([0-9])d");
    private static final Set<String> WEEK = Set.of("weeks", "week", "wks", "wk");
    private static final Set<String> DAY = Set.of("days", "day", "d");
    private static final Set<String> PREFERRED = Set.of("dates", "lmp", "composite", "established", "average",
            "estimated", "ega", "edc", "edd", "assigned", "sonographic", "clinical");
    private static final Set<SectionKind> WHERE = Set.of(SectionKind.TITLE, SectionKind.TECHNIQUE,
            SectionKind.FINDINGS, SectionKind.IMPRESSION);
    private static final Set<SectionKind> AGE_WHERE = Set.of(SectionKind.TITLE, SectionKind.TECHNIQUE,
            SectionKind.FINDINGS, SectionKind.IMPRESSION, SectionKind.HISTORY);
    private static final BigDecimal FOURTEEN = BigDecimal.valueOf(14);
    private static final int ANATOMY_SURVEY = 5;

    Obstetric read(Reading r, Exam exam) {
        GestationalAge ga = gestationalAge(r);
        int fetuses = fetuses(r);
        Map<String, int[]> seen = new HashMap<>();
        Set<String> anatomy = new HashSet<>();
        for (PhraseMatcher.Match<String> m : r.find(r.lexicon.obFeatures(), WHERE)) {
            if (r.advice(m.first())) {
                // "follow-up in 4 weeks is recommended" describes a later study, not this one
                continue;
            }
            if (!m.value().equals("anatomy") && !m.value().equals("early") && r.saidNotDone(m.first(), m.end())) {
                // "NST not performed", "no umbilical artery Doppler": the service was not done
                r.evidence("obstetric." + m.value(), "not done", m.first(), m.end(), "cues.tsv not-done");
                continue;
            }
            seen.putIfAbsent(m.value(), new int[] {m.first(), m.end()});
            if (m.value().equals("anatomy")) {
                anatomy.add(r.span(m.first(), m.end()).toLowerCase(java.util.Locale.ROOT));
            }
        }
        boolean early = ga != null && ga.weeks().compareTo(FOURTEEN) < 0;
        boolean transabdominal = r.tokens.stream().anyMatch(t -> t.word().equals("transabdominal"));
        String titled = exam.attribute("ob");
        ObstetricKind kind = null;
        String why = null;
        int[] at = null;
        if (titled != null) {
            kind = kind(titled);
            why = "title";
        } else if (seen.containsKey("bpp")) {
            kind = ObstetricKind.BIOPHYSICAL_PROFILE;
            at = seen.get("bpp");
        } else if (seen.containsKey("nuchal") && (ga == null || early)) {
            kind = ObstetricKind.NUCHAL_TRANSLUCENCY;
            at = seen.get("nuchal");
        } else if (seen.containsKey("detailed")) {
            kind = ObstetricKind.DETAILED;
            at = seen.get("detailed");
        } else if (early && seen.containsKey("early")) {
            boolean vaginalOnly = seen.containsKey("transvaginal") && !transabdominal;
            kind = vaginalOnly ? ObstetricKind.TRANSVAGINAL : ObstetricKind.STANDARD;
            at = seen.get(vaginalOnly ? "transvaginal" : "early");
        } else if (anatomy.size() >= ANATOMY_SURVEY && !seen.containsKey("follow-up") && !seen.containsKey("limited")) {
            kind = ObstetricKind.STANDARD;
            at = seen.get("anatomy");
            why = "an anatomy survey of " + anatomy.size() + " structures";
        } else if ("follow-up".equals(titled) || seen.containsKey("follow-up") && anatomy.size() < ANATOMY_SURVEY
                && !seen.containsKey("limited")) {
            // a growth scan re-evaluating a prior study without a new anatomy survey (CPT 76816)
            kind = ObstetricKind.FOLLOW_UP;
            at = seen.get("follow-up");
            why = "re-evaluation of a prior study";
        }
        if (seen.containsKey("transvaginal") && transabdominal && kind != ObstetricKind.TRANSVAGINAL) {
            // one obstetric study holds one kind: a transvaginal study beside the transabdominal one (76817 with
            // 76801/76805) is coded by hand
            r.review("RPT-OB-APPROACHES", "obstetric.kind", "The report describes transabdominal and transvaginal "
                    + "obstetric imaging: add the transvaginal 76817 by hand if both were performed.");
        }
        if (kind == null && (seen.containsKey("umbilical") || seen.containsKey("mca"))
                && anatomy.size() < ANATOMY_SURVEY && !seen.containsKey("early")) {
            // a fetal Doppler study (umbilical artery, middle cerebral artery) with a limited look at the fetus:
            // the limited exam, which NCCI bundles into the Doppler when the Doppler is billed
            kind = ObstetricKind.LIMITED;
            at = seen.containsKey("mca") ? seen.get("mca") : seen.get("umbilical");
            why = "a fetal Doppler study";
        }
        if (kind == null) {
            r.review("RPT-OB-KIND", "obstetric.kind", "The report does not show whether this is a standard, limited "
                    + "or follow-up obstetric exam" + (anatomy.isEmpty() ? "" : " (" + anatomy.size()
                    + " anatomic structures described)") + ": choose the kind by hand.");
        } else if (at != null) {
            r.evidence("obstetric.kind", kind.key() + (why == null ? "" : " (" + why + ")"), at[0], at[1],
                    "obstetric.tsv");
        } else {
            r.evidenceOutside("obstetric.kind", kind.key(), "exam title", "exams.tsv");
        }
        boolean needsAge = kind == ObstetricKind.STANDARD;
        if (ga == null && needsAge) {
            r.review("RPT-OB-GA", "obstetric.gestationalWeeks", "No gestational age was found: it decides 76801 "
                    + "(before 14 weeks) or 76805.");
        }
        boolean nst = seen.containsKey("nst");
        boolean umbilical = seen.containsKey("umbilical");
        boolean mca = seen.containsKey("mca");
        if (kind == ObstetricKind.BIOPHYSICAL_PROFILE) {
            if (nst) {
                r.evidence("obstetric.nonStressTest", "true", seen.get("nst")[0], seen.get("nst")[1], "obstetric.tsv");
            }
        }
        if (umbilical) {
            r.evidence("obstetric.umbilicalDoppler", "true", seen.get("umbilical")[0], seen.get("umbilical")[1],
                    "obstetric.tsv");
        }
        if (mca) {
            r.evidence("obstetric.mcaDoppler", "true", seen.get("mca")[0], seen.get("mca")[1], "obstetric.tsv");
        }
        return new Obstetric(ga == null ? null : ga.weeks(), fetuses, kind, nst, umbilical, mca);
    }

    private static ObstetricKind kind(String key) {
        for (ObstetricKind k : ObstetricKind.values()) {
            if (k.key().equals(key)) {
                return k;
            }
        }
        return null;
    }

    private int fetuses(Reading r) {
        int n = 0;
        int[] at = null;
        Set<SectionKind> all = Set.of(SectionKind.values());
        for (PhraseMatcher.Match<String> m : r.find(r.lexicon.cues("multiple"), all)) {
            if (r.saidNotDone(m.first(), m.end()) || negatedAfter(r, m)) {
                // "twin gestation is not identified", "no twins"
                continue;
            }
            int count = Integer.parseInt(m.value());
            if (count > n) {
                n = count;
                at = new int[] {m.first(), m.end()};
            }
        }
        if (at == null) {
            r.evidenceOutside("obstetric.fetuses", "1", "no twin or multiple gestation is mentioned", "default");
            return 1;
        }
        r.evidence("obstetric.fetuses", Integer.toString(n), at[0], at[1], "cues.tsv multiple");
        return n;
    }

    private static boolean negatedAfter(Reading r, PhraseMatcher.Match<String> m) {
        int[] c = r.clause(m.first());
        for (int k = m.end(); k < Math.min(c[1], m.end() + 4); k++) {
            if (r.at(r.lexicon.cues("negation-post"), k, c[1]) != null
                    || r.at(r.lexicon.cues("notseen"), k, c[1]) != null) {
                return true;
            }
        }
        int before = m.first() - 1;
        return before >= c[0] && r.tokens.get(before).word().equals("not");
    }

    /** The governing gestational age: one the sentence calls by dates, composite or established, else the first. */
    private GestationalAge gestationalAge(Reading r) {
        List<GestationalAge> found = new ArrayList<>();
        List<Token> t = r.tokens;
        for (int i = 0; i < t.size(); i++) {
            if (!AGE_WHERE.contains(t.get(i).section())) {
                continue;
            }
            Matcher compact = COMPACT.matcher(t.get(i).word());
            if (compact.matches()) {
                found.add(GestationalAge.of(Integer.parseInt(compact.group(1)), Integer.parseInt(compact.group(2)), i,
                        i + 1, preferred(r, i)));
                continue;
            }
            if (!t.get(i).isNumber() || i + 1 >= t.size() || !WEEK.contains(t.get(i + 1).word())
                    || t.get(i).word().contains(".")) {
                continue;
            }
            int weeks = Integer.parseInt(t.get(i).word());
            if (weeks < 4 || weeks > 43 || duration(t, i)) {
                continue;
            }
            int days = 0;
            int end = i + 2;
            for (int k = i + 2; k < Math.min(t.size(), i + 5); k++) {
                if (t.get(k).isNumber() && !t.get(k).word().contains(".") && t.get(k).sentence() == t.get(i).sentence()) {
                    int j = k + 1;
                    // "36 weeks 4 four days": a number written twice
                    while (j < Math.min(t.size(), k + 3) && !DAY.contains(t.get(j).word())) {
                        j++;
                    }
                    if (j < t.size() && DAY.contains(t.get(j).word())) {
                        days = Math.min(6, Integer.parseInt(t.get(k).word()));
                        end = j + 1;
                    }
                    break;
                }
            }
            found.add(GestationalAge.of(weeks, days, i, end, preferred(r, i)));
        }
        if (found.isEmpty()) {
            return null;
        }
        // the findings date the pregnancy; the title ("OB US >= 14 WKS") and the history only when they are all
        List<GestationalAge> inFindings = found.stream().filter(g -> {
            SectionKind k = t.get(g.first()).section();
            return k == SectionKind.FINDINGS || k == SectionKind.IMPRESSION || k == SectionKind.TECHNIQUE;
        }).toList();
        if (!inFindings.isEmpty()) {
            found = inFindings;
        }
        GestationalAge chosen = found.stream().filter(GestationalAge::preferred).findFirst().orElse(found.get(0));
        boolean before = found.stream().anyMatch(g -> g.weeks().compareTo(FOURTEEN) < 0);
        boolean after = found.stream().anyMatch(g -> g.weeks().compareTo(FOURTEEN) >= 0);
        if (before && after) {
            r.review("RPT-OB-GA", "obstetric.gestationalWeeks", "The report gives gestational ages on both sides of "
                    + "14 weeks: check which one governs (76801 or 76805).", chosen.first(), chosen.end());
        }
        r.evidence("obstetric.gestationalWeeks", chosen.weeks().toPlainString(), chosen.first(), chosen.end(),
                chosen.preferred() ? "gestational age by dates or composite" : "first gestational age in the report");
        return chosen;
    }

    private static final Set<String> DURATION_BEFORE = Set.of("in", "for", "every", "after", "past", "last", "x",
            "within", "q", "over", "each");
    private static final Set<String> DURATION_AFTER = Set.of("ago", "later", "postpartum", "post", "prior",
            "previously", "earlier");

    /** "in 4 weeks", "for 2 weeks", "3 weeks ago": a duration, not a gestational age. */
    private static boolean duration(List<Token> t, int i) {
        int j = i - 1;
        while (j >= 0 && t.get(j).isNumber() && t.get(j).sentence() == t.get(i).sentence()) {
            j--;
        }
        if (j >= 0 && DURATION_BEFORE.contains(t.get(j).word()) && t.get(j).sentence() == t.get(i).sentence()) {
            return true;
        }
        return i + 2 < t.size() && DURATION_AFTER.contains(t.get(i + 2).word())
                && t.get(i + 2).sentence() == t.get(i).sentence();
    }

    private static boolean preferred(Reading r, int i) {
        return r.sentenceHas(i, PREFERRED);
    }
}

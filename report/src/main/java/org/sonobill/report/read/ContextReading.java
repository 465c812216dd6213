package org.sonobill.report.read;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sonobill.engine.study.Comparison;
import org.sonobill.engine.study.Images;
import org.sonobill.engine.study.Measurement;
import org.sonobill.engine.study.Sex;
import org.sonobill.report.lexicon.PhraseMatcher;
import org.sonobill.report.text.Section;
import org.sonobill.report.text.SectionKind;
import org.sonobill.report.text.Token;

/** Reads what surrounds the coding: comparison, dates, measurements and the patient's sex. */
final class ContextReading {
    private static final Pattern NUMERIC_DATE = Pattern.compile(
            "\\b([0-9]{1,2})/([0-9]{1,2})/([0-9]{2}|[0-9]{4})\\b|\\b([0-9]{4})-([0-9]{2})-([0-9]{2})\\b");
    private static final Pattern WORD_DATE = Pattern.compile("\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
            + "[a-z]*\\.? ([0-9]{1,2}),? ([0-9]{4})\\b");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
    private static final Set<String> UNITS = Set.of("cm", "mm", "ml", "cc", "mmhg", "bpm", "g", "kg");
    private static final Set<String> STOP = Set.of("the", "a", "an", "of", "is", "are", "was", "were", "measures",
            "measuring", "measured", "at", "to", "up", "and", "with", "by", "in", "approximately", "about", "which",
            "that", "it", "x", "on", "this", "there", "be");
    private static final int MAX_MEASUREMENTS = 40;

    /** The comparison: a date from the comparison section or a "compared with" sentence, or null when none. */
    Comparison comparison(Reading r) {
        for (Section s : r.text.sections()) {
            if (s.kind() != SectionKind.COMPARISON) {
                continue;
            }
            String body = r.text.span(s.start(), s.end());
            String lower = body.toLowerCase(Locale.ROOT).strip();
            if (lower.isEmpty() || lower.startsWith("none") || lower.startsWith("no ") || lower.startsWith("n/a")
                    || lower.contains("not available")) {
                r.evidenceOutside("comparison", "none", body.strip(), "comparison section");
                return null;
            }
            LocalDate d = date(lower, null);
            r.evidenceOutside("comparison", d == null ? "prior study (date not read)" : d.toString(), body.strip(),
                    "comparison section");
            return new Comparison(d);
        }
        List<PhraseMatcher.Match<String>> said = r.find(r.lexicon.cues("comparison"), Set.of(SectionKind.FINDINGS,
                SectionKind.IMPRESSION, SectionKind.TECHNIQUE));
        if (said.isEmpty()) {
            return null;
        }
        PhraseMatcher.Match<String> m = said.get(0);
        int[] s = r.sentence(m.first());
        String sentence = r.span(s[0], s[1]);
        LocalDate d = date(sentence.toLowerCase(Locale.ROOT), null);
        r.evidence("comparison", d == null ? "prior study (date not read)" : d.toString(), m.first(), m.end(),
                "cues.tsv comparison");
        return new Comparison(d);
    }

    /** The date of service: the message's, else a date on the report's first lines, else null. */
    LocalDate dateOfService(Reading r) {
        if (r.incoming.dateOfService() != null) {
            return r.incoming.dateOfService();
        }
        String text = r.text.text();
        String head = text.substring(0, Math.min(text.length(), 300)).toLowerCase(Locale.ROOT);
        int at = head.indexOf("date");
        if (at >= 0) {
            LocalDate d = date(head.substring(at), null);
            if (d != null) {
                r.evidenceOutside("dateOfService", d.toString(), head.substring(at, Math.min(head.length(), at + 40))
                        .strip(), "date on the report's first lines");
                return d;
            }
        }
        return null;
    }

    static LocalDate date(String lower, LocalDate fallback) {
        Matcher m = NUMERIC_DATE.matcher(lower);
        try {
            if (m.find()) {
                if (m.group(4) != null) {
                    return LocalDate.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                            Integer.parseInt(m.group(6)));
                }
                int year = Integer.parseInt(m.group(3));
                if (year < 100) {
                    year += year < 70 ? 2000 : 1900;
                }
                return LocalDate.of(year, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
            Matcher w = WORD_DATE.matcher(lower);
            if (w.find()) {
                return LocalDate.of(Integer.parseInt(w.group(3)), MONTHS.get(w.group(1)), Integer.parseInt(w.group(2)));
            }
        } catch (DateTimeException | NumberFormatException e) {
            return fallback;
        }
        return fallback;
    }

    /** Measurements: a number followed by its unit, named by the words before it in its clause. */
    List<Measurement> measurements(Reading r) {
        List<Measurement> out = new ArrayList<>();
        List<Token> t = r.tokens;
        for (int i = 0; i < t.size() - 1 && out.size() < MAX_MEASUREMENTS; i++) {
            Token n = t.get(i);
            if (!n.isNumber() || !Reading.CONTENT.contains(n.section())) {
                continue;
            }
            String unit = unit(r, i + 1);
            if (unit == null) {
                continue;
            }
            int[] c = r.clause(i);
            List<String> name = new ArrayList<>();
            for (int k = i - 1; k >= c[0] && name.size() < 5; k--) {
                String w = t.get(k).word();
                if (t.get(k).isNumber() || w.equals("x")) {
                    continue;
                }
                if (!STOP.contains(w)) {
                    name.add(0, r.text.span(t.get(k).start(), t.get(k).end()));
                }
            }
            if (name.isEmpty()) {
                continue;
            }
            try {
                out.add(new Measurement(String.join(" ", name), new BigDecimal(n.word()), unit));
            } catch (NumberFormatException e) {
                // a version number or a date fragment, not a measurement
            }
        }
        return out;
    }

    private static String unit(Reading r, int i) {
        String w = r.tokens.get(i).word();
        boolean slash = i + 1 < r.tokens.size() && r.text.text().startsWith("/", r.tokens.get(i).end());
        if ((w.equals("m") || w.equals("cm")) && slash && i + 1 < r.tokens.size()
                && r.tokens.get(i + 1).word().startsWith("s")) {
            return w + "/s";
        }
        if (UNITS.contains(w)) {
            return w;
        }
        if (r.text.text().startsWith("%", r.tokens.get(i - 1).end())) {
            return "%";
        }
        return null;
    }

    /**
     * Stored images: a report that says images were obtained, saved or archived documents at least one permanent
     * image (CPT diagnostic ultrasound guidelines); the count is the number written before the cue, else 1 with
     * evidence saying the count was not written. Cine clips count as cine.
     */
    Images images(Reading r) {
        int stored = 0;
        int cine = 0;
        for (PhraseMatcher.Match<String> m : r.find(r.lexicon.cues("images"), Reading.CONTENT)) {
            String words = r.span(m.first(), m.end()).toLowerCase(Locale.ROOT);
            int n = countBefore(r, m.first());
            boolean isCine = words.contains("cine") || words.contains("video");
            if (isCine && cine == 0) {
                cine = Math.max(n, 1);
                r.evidence("images.cine", n > 0 ? Integer.toString(n) : "at least 1 (count not written)", m.first(),
                        m.end(), "cues.tsv images");
            } else if (!isCine && stored == 0) {
                stored = Math.max(n, 1);
                r.evidence("images.stored", n > 0 ? Integer.toString(n) : "at least 1 (count not written)", m.first(),
                        m.end(), "cues.tsv images");
            }
        }
        return new Images(stored, cine);
    }

    private static int countBefore(Reading r, int i) {
        int[] c = r.clause(i);
        for (int k = i - 1; k >= Math.max(c[0], i - 3); k--) {
            Token t = r.tokens.get(k);
            if (t.isNumber() && !t.word().contains(".")) {
                try {
                    return Integer.parseInt(t.word());
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 0;
    }

    /** The patient's sex from the words of the report, or U. */
    Sex sex(Reading r) {
        Set<SectionKind> all = Set.of(SectionKind.values());
        List<PhraseMatcher.Match<String>> female = r.find(r.lexicon.cues("female"), all);
        List<PhraseMatcher.Match<String>> male = r.find(r.lexicon.cues("male"), all);
        if (!female.isEmpty() && male.isEmpty()) {
            r.evidence("patient.sex", "F", female.get(0).first(), female.get(0).end(), "cues.tsv female");
            return Sex.F;
        }
        if (!male.isEmpty() && female.isEmpty()) {
            r.evidence("patient.sex", "M", male.get(0).first(), male.get(0).end(), "cues.tsv male");
            return Sex.M;
        }
        return Sex.U;
    }
}

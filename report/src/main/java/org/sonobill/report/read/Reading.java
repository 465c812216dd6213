package org.sonobill.report.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.sonobill.report.Evidence;
import org.sonobill.report.IncomingReport;
import org.sonobill.report.ReviewPoint;
import org.sonobill.report.lexicon.Lexicon;
import org.sonobill.report.lexicon.PhraseMatcher;
import org.sonobill.report.text.ReportText;
import org.sonobill.report.text.SectionKind;
import org.sonobill.report.text.Token;

/** The state of one read: the text, the lexicon, and the evidence and review points found so far. */
public final class Reading {
    /** Sections that describe what this study showed. */
    static final Set<SectionKind> CONTENT = Set.of(SectionKind.FINDINGS, SectionKind.IMPRESSION,
            SectionKind.TECHNIQUE, SectionKind.TITLE);

    final IncomingReport incoming;
    final ReportText text;
    final Lexicon lexicon;
    final List<Token> tokens;
    private final PhraseMatcher.Match<?>[][] matches;
    private final int[] sentenceEnd;
    private final int[] clauseStart;
    private final int[] clauseEnd;
    /** Per sentence: null until asked, then whether it advises a later study. */
    private final Boolean[] adviceBySentence;
    private final List<Evidence> evidence = new ArrayList<>();
    private final List<ReviewPoint> review = new ArrayList<>();

    public Reading(IncomingReport incoming, Lexicon lexicon) {
        this.incoming = incoming;
        this.lexicon = lexicon;
        this.text = ReportText.of(incoming.text(), lexicon.headings());
        this.tokens = text.tokens();
        this.sentenceEnd = new int[tokens.size()];
        for (var s : text.sentences()) {
            java.util.Arrays.fill(sentenceEnd, s.firstToken(), s.endToken(), s.endToken());
        }
        this.matches = lexicon.index().scan(tokens, sentenceEnd);
        // clause bounds once per read: asked for every mention, they must not cost a walk each time
        int n = tokens.size();
        this.clauseStart = new int[n];
        this.clauseEnd = new int[n];
        int a = 0;
        while (a < n) {
            int b = a + 1;
            while (b < n && tokens.get(b).clause() == tokens.get(a).clause()
                    && tokens.get(b).sentence() == tokens.get(a).sentence()) {
                b++;
            }
            java.util.Arrays.fill(clauseStart, a, b, a);
            java.util.Arrays.fill(clauseEnd, a, b, b);
            a = b;
        }
        this.adviceBySentence = new Boolean[text.sentences().size()];
    }

    /**
     * The longest phrase of {@code m} starting at word {@code i} and ending by {@code to}: read from the one scan of
     * the report when it fits, otherwise matched again within the shorter bound.
     */
    @SuppressWarnings("unchecked")
    <T> PhraseMatcher.Match<T> at(PhraseMatcher<T> m, int i, int to) {
        if (i >= to) {
            return null;
        }
        if (m.id() < 0 || to > sentenceEnd[i]) {
            return m.id() < 0 ? null : m.longestAt(tokens, i, to);
        }
        PhraseMatcher.Match<?>[] row = matches[m.id()];
        PhraseMatcher.Match<T> cached = row == null ? null : (PhraseMatcher.Match<T>) row[i];
        if (cached == null || cached.end() <= to) {
            return cached;
        }
        return m.longestAt(tokens, i, to);
    }

    /** Records the text of tokens {@code first} (inclusive) to {@code end} (exclusive) behind a decision. */
    void evidence(String fact, String value, int first, int end, String rule) {
        Token a = tokens.get(first);
        Token b = tokens.get(end - 1);
        evidence.add(new Evidence(fact, value, a.start(), b.end(), text.span(a.start(), b.end()), rule));
    }

    /** Records a decision taken from outside the text (the order, the message) or from the lack of any text. */
    void evidenceOutside(String fact, String value, String what, String rule) {
        evidence.add(new Evidence(fact, value, -1, -1, what, rule));
    }

    /** Records what a coder should check. */
    void review(String code, String fact, String message, int firstToken, int endToken) {
        int start = firstToken < 0 ? -1 : tokens.get(firstToken).start();
        int end = endToken <= 0 ? -1 : tokens.get(endToken - 1).end();
        review.add(new ReviewPoint(code, fact, message, start, end));
    }

    /** Records what a coder should check, about the whole report. */
    void review(String code, String fact, String message) {
        review(code, fact, message, -1, -1);
    }

    /** The evidence in text order (decisions from outside the text first). */
    public List<Evidence> evidence() {
        List<Evidence> out = new ArrayList<>(evidence);
        out.sort(Comparator.comparingInt(Evidence::start));
        return out;
    }

    public List<ReviewPoint> review() {
        return List.copyOf(review);
    }

    /** True when a review point with this code was raised. */
    boolean hasReview(String code) {
        return review.stream().anyMatch(r -> r.code().equals(code));
    }

    /** Matches of a matcher over every token whose section is one of {@code kinds}. */
    <T> List<PhraseMatcher.Match<T>> find(PhraseMatcher<T> m, Set<SectionKind> kinds) {
        List<PhraseMatcher.Match<T>> out = new ArrayList<>();
        if (m.id() < 0) {
            return out;
        }
        boolean[] wanted = new boolean[SectionKind.values().length];
        for (SectionKind k : kinds) {
            wanted[k.ordinal()] = true;
        }
        @SuppressWarnings("unchecked")
        PhraseMatcher.Match<T>[] row = (PhraseMatcher.Match<T>[]) matches[m.id()];
        if (row == null) {
            return out;
        }
        int i = 0;
        int n = tokens.size();
        while (i < n) {
            PhraseMatcher.Match<T> hit = row[i];
            if (hit != null && wanted[tokens.get(i).section().ordinal()]
                    && tokens.get(hit.end() - 1).section() == tokens.get(i).section()) {
                out.add(hit);
                i = hit.end();
            } else {
                i++;
            }
        }
        return out;
    }

    /** The span text of tokens {@code first} to {@code end}. */
    String span(int first, int end) {
        return text.span(tokens.get(first).start(), tokens.get(end - 1).end());
    }

    /**
     * True when what tokens {@code first} to {@code end} name is said not done: a not-done cue after it in its clause
     * ("NST not performed", "colour Doppler was not recorded") or "no"/"without" just before it.
     */
    boolean saidNotDone(int first, int end) {
        int[] c = clause(first);
        for (int k = end; k < Math.min(c[1], end + 5); k++) {
            if (at(lexicon.cues("not-done"), k, c[1]) != null) {
                return true;
            }
        }
        if (first > c[0]) {
            String before = tokens.get(first - 1).word();
            return before.equals("no") || before.equals("without");
        }
        return false;
    }

    /**
     * True when the sentence of token {@code i} advises a future study rather than reports this one ("transvaginal
     * ultrasound is recommended for endometrial assessment", "repeat in 1 year").
     */
    boolean advice(int i) {
        int index = tokens.get(i).sentence();
        Boolean known = adviceBySentence[index];
        if (known == null) {
            known = adviceIn(sentence(i));
            adviceBySentence[index] = known;
        }
        return known;
    }

    private boolean adviceIn(int[] s) {
        for (int k = s[0]; k < s[1]; k++) {
            switch (tokens.get(k).word()) {
                case "recommend", "recommended", "recommendation", "recommends", "suggest", "suggested", "consider",
                     "advised", "advise" -> {
                    return true;
                }
                case "in" -> {
                    // "follow-up ultrasound in 3-4 weeks"
                    int k2 = k + 1;
                    while (k2 < s[1] && tokens.get(k2).isNumber()) {
                        k2++;
                    }
                    if (k2 > k + 1 && k2 < s[1] && TIME_UNITS.contains(tokens.get(k2).word())) {
                        return true;
                    }
                }
                default -> {
                }
            }
        }
        return false;
    }

    private static final Set<String> TIME_UNITS = Set.of("day", "days", "week", "weeks", "month", "months", "year",
            "years");

    /** True when the sentence of token {@code i} holds one of {@code words}. */
    boolean sentenceHas(int i, Set<String> words) {
        int[] s = sentence(i);
        for (int k = s[0]; k < s[1]; k++) {
            if (words.contains(tokens.get(k).word())) {
                return true;
            }
        }
        return false;
    }

    /** The first and end token index of the clause holding token {@code i}. */
    int[] clause(int i) {
        return new int[] {clauseStart[i], clauseEnd[i]};
    }

    /** The first and end token index of the sentence holding token {@code i}. */
    int[] sentence(int i) {
        var s = text.sentences().get(tokens.get(i).sentence());
        return new int[] {s.firstToken(), s.endToken()};
    }
}

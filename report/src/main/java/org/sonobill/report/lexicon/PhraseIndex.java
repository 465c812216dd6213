package org.sonobill.report.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sonobill.report.text.Token;

/**
 * Every matcher of a lexicon indexed together by first word, so a report's words are looked up once for all of them
 * (instead of once per matcher and per question). {@link #scan} gives, for each matcher and each word, the longest
 * phrase starting there within the word's sentence.
 */
public final class PhraseIndex {
    private record Candidate(int matcher, PhraseMatcher.Phrase<?> phrase) {
    }

    private final List<PhraseMatcher<?>> matchers = new ArrayList<>();
    private final Map<String, List<Candidate>> byFirst = new HashMap<>();
    private final List<Candidate> prefix = new ArrayList<>();

    /** Adds a matcher once all its phrases are in. */
    void add(PhraseMatcher<?> m) {
        int id = matchers.size();
        matchers.add(m);
        m.register(id);
        for (String w : m.firstWords()) {
            for (PhraseMatcher.Phrase<?> p : m.startingWith(w)) {
                byFirst.computeIfAbsent(w, k -> new ArrayList<>()).add(new Candidate(id, p));
            }
        }
        for (PhraseMatcher.Phrase<?> p : m.prefixPhrases()) {
            prefix.add(new Candidate(id, p));
        }
    }

    /** The number of matchers indexed. */
    public int size() {
        return matchers.size();
    }

    /**
     * The longest match of every matcher at every word, within each word's sentence: {@code result[matcher][word]},
     * or null. {@code sentenceEnd[word]} is the token index after the word's sentence.
     */
    public PhraseMatcher.Match<?>[][] scan(List<Token> tokens, int[] sentenceEnd) {
        PhraseMatcher.Match<?>[][] out = new PhraseMatcher.Match<?>[matchers.size()][];
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            String word = tokens.get(i).word();
            List<Candidate> cs = byFirst.get(word);
            if (cs != null) {
                record(out, cs, tokens, i, sentenceEnd[i], n);
            }
            for (String singular : PhraseMatcher.singulars(word)) {
                List<Candidate> single = byFirst.get(singular);
                if (single != null) {
                    // a one-word phrase in the plural; the exact word, matched above, keeps its place
                    recordSingleWord(out, single, tokens, i, n);
                }
            }
            if (!prefix.isEmpty()) {
                record(out, prefix, tokens, i, sentenceEnd[i], n);
            }
        }
        return out;
    }

    private static void record(PhraseMatcher.Match<?>[][] out, List<Candidate> cs, List<Token> tokens, int i, int to,
                               int n) {
        for (Candidate c : cs) {
            if (!PhraseMatcher.matches(c.phrase(), tokens, i, to)) {
                continue;
            }
            PhraseMatcher.Match<?>[] row = out[c.matcher()];
            if (row == null) {
                row = new PhraseMatcher.Match<?>[n];
                out[c.matcher()] = row;
            }
            int end = i + c.phrase().words().size();
            if (row[i] == null || row[i].end() < end) {
                row[i] = match(c.phrase(), i, end);
            }
        }
    }

    private static void recordSingleWord(PhraseMatcher.Match<?>[][] out, List<Candidate> cs, List<Token> tokens,
                                         int i, int n) {
        for (Candidate c : cs) {
            if (c.phrase().words().size() != 1 || !PhraseMatcher.matches(c.phrase(), tokens, i, i + 1)) {
                continue;
            }
            PhraseMatcher.Match<?>[] row = out[c.matcher()];
            if (row == null) {
                row = new PhraseMatcher.Match<?>[n];
                out[c.matcher()] = row;
            }
            if (row[i] == null) {
                row[i] = match(c.phrase(), i, i + 1);
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static PhraseMatcher.Match<?> match(PhraseMatcher.Phrase<?> p, int first, int end) {
        return new PhraseMatcher.Match(p.value(), first, end, p.source());
    }
}

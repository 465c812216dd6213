package org.sonobill.report.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sonobill.report.text.Token;

/**
 * Finds lexicon phrases in a report's words. Phrases are indexed by their first word, so a report is matched in one
 * pass whatever the size of the lexicon. A phrase word ending in {@code *} matches any word it begins
 * ({@code kidney*} matches "kidney" and "kidneys"). At each position the longest phrase wins, and matches do not
 * overlap.
 *
 * @param <T> what a phrase stands for (an element key, an exam family, a cue)
 */
public final class PhraseMatcher<T> {
    private final Map<String, List<Phrase<T>>> byFirst = new HashMap<>();
    private final List<Phrase<T>> prefixFirst = new ArrayList<>();
    private int id = -1;

    /** This matcher's place in its lexicon's shared index (-1 when it is in none). */
    public int id() {
        return id;
    }

    void register(int index) {
        this.id = index;
    }

    /** The phrases whose first word is {@code word} (no copy: do not modify). */
    List<Phrase<T>> startingWith(String word) {
        List<Phrase<T>> l = byFirst.get(word);
        return l == null ? List.of() : l;
    }

    /** The phrases whose first word is a prefix pattern ("kidney*"), matched at every word. */
    List<Phrase<T>> prefixPhrases() {
        return prefixFirst;
    }

    /** Every first word of this matcher's phrases. */
    java.util.Set<String> firstWords() {
        return byFirst.keySet();
    }

    /** One phrase: its words and its value. */
    public record Phrase<T>(List<String> words, T value, String source, String[] array, boolean[] prefix) {
        Phrase(List<String> words, T value, String source) {
            this(words, value, source, stems(words), prefixes(words));
        }

        private static String[] stems(List<String> words) {
            return words.stream().map(w -> w.endsWith("*") ? w.substring(0, w.length() - 1) : w)
                    .toArray(String[]::new);
        }

        private static boolean[] prefixes(List<String> words) {
            boolean[] out = new boolean[words.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = words.get(i).endsWith("*");
            }
            return out;
        }
    }

    /** One phrase found: tokens {@code first} (inclusive) to {@code end} (exclusive). */
    public record Match<T>(T value, int first, int end, String source) {
    }

    /** Adds a phrase written as words separated by spaces (the words are cut like report text). */
    public void add(String phrase, T value, String source) {
        List<String> words = words(phrase);
        if (words.isEmpty()) {
            throw new IllegalArgumentException("empty phrase");
        }
        Phrase<T> p = new Phrase<>(words, value, source);
        String first = words.get(0);
        if (first.endsWith("*")) {
            prefixFirst.add(p);
        } else {
            byFirst.computeIfAbsent(first, k -> new ArrayList<>()).add(p);
        }
    }

    /**
     * Single-word phrases of at least {@code minLength} letters whose word is one edit (an insertion, a deletion, a
     * substitution or two swapped letters) from {@code word}, with the same first letter: "pancrease", "spleeen" and
     * "kindey" are the pancreas, the spleen and a kidney. Returns null when none, or when two differ.
     */
    public Phrase<T> closeSpelling(String word, int minLength) {
        if (word.length() < minLength || word.isEmpty() || !Character.isLetter(word.charAt(0))) {
            return null;
        }
        Phrase<T> found = null;
        for (List<Phrase<T>> list : byFirst.values()) {
            for (Phrase<T> p : list) {
                if (p.words().size() != 1) {
                    continue;
                }
                String w = p.words().get(0);
                if (w.length() < minLength || w.charAt(0) != word.charAt(0) || w.equals(word)
                        || Math.abs(w.length() - word.length()) > 1 || !oneEdit(w, word)) {
                    continue;
                }
                if (found != null && !found.value().equals(p.value())) {
                    return null;
                }
                found = p;
            }
        }
        return found;
    }

    /** Damerau-Levenshtein distance of exactly one (lengths within one of each other). */
    static boolean oneEdit(String a, String b) {
        if (a.length() == b.length()) {
            int diff = -1;
            for (int i = 0; i < a.length(); i++) {
                if (a.charAt(i) != b.charAt(i)) {
                    if (diff >= 0) {
                        // two differences: only a swap of neighbours is one edit
                        return i == diff + 1 && a.charAt(diff) == b.charAt(i) && a.charAt(i) == b.charAt(diff)
                                && a.substring(i + 1).equals(b.substring(i + 1));
                    }
                    diff = i;
                }
            }
            return diff >= 0;
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = a.length() > b.length() ? b : a;
        int i = 0;
        while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
            i++;
        }
        return shorter.substring(i).equals(longer.substring(i + 1));
    }

    /** "infections" for "infection", "masses" for "mass": the plural of a phrase's last word matches it. */
    static boolean plural(String w, String t) {
        int d = t.length() - w.length();
        if (d != 1 && d != 2 || w.length() < 4 || t.charAt(t.length() - 1) != 's'
                || d == 2 && t.charAt(t.length() - 2) != 'e' || !Character.isLetter(w.charAt(w.length() - 1))) {
            return false;
        }
        return t.regionMatches(0, w, 0, w.length());
    }

    /** The singular forms a plural word may stand for ("infections" for "infection", "masses" for "mass"). */
    static String[] singulars(String t) {
        if (t.length() < 5 || t.charAt(t.length() - 1) != 's') {
            return NO_WORDS;
        }
        if (t.charAt(t.length() - 2) == 'e') {
            return new String[] {t.substring(0, t.length() - 1), t.substring(0, t.length() - 2)};
        }
        return new String[] {t.substring(0, t.length() - 1)};
    }

    private static final String[] NO_WORDS = new String[0];

    /** Cuts a phrase into words the way {@link org.sonobill.report.text.ReportText} cuts text. */
    public static List<String> words(String phrase) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < phrase.length(); i++) {
            char c = Character.toLowerCase(phrase.charAt(i));
            if (Character.isLetterOrDigit(c) || c == '*' || (c == '.' && w.length() > 0
                    && Character.isDigit(w.charAt(0)) && i + 1 < phrase.length()
                    && Character.isDigit(phrase.charAt(i + 1)))) {
                w.append(c);
            } else if (w.length() > 0) {
                out.add(w.toString());
                w.setLength(0);
            }
        }
        if (w.length() > 0) {
            out.add(w.toString());
        }
        return out;
    }

    /** Every non-overlapping longest match in tokens {@code from} (inclusive) to {@code to} (exclusive). */
    public List<Match<T>> find(List<Token> tokens, int from, int to) {
        List<Match<T>> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            Match<T> best = longestAt(tokens, i, to);
            if (best == null) {
                i++;
            } else {
                out.add(best);
                i = best.end();
            }
        }
        return out;
    }

    /** The longest phrase starting at token {@code i}, or null. */
    public Match<T> longestAt(List<Token> tokens, int i, int to) {
        Phrase<T> best = null;
        String word = tokens.get(i).word();
        List<Phrase<T>> candidates = byFirst.get(word);
        if (candidates != null) {
            for (Phrase<T> p : candidates) {
                if ((best == null || p.words().size() > best.words().size()) && matches(p, tokens, i, to)) {
                    best = p;
                }
            }
        }
        if (best == null) {
            // a one-word phrase in the plural ("infections"): its last word is its first
            for (String singular : singulars(word)) {
                for (Phrase<T> p : byFirst.getOrDefault(singular, List.of())) {
                    if (best == null && p.words().size() == 1 && matches(p, tokens, i, to)) {
                        best = p;
                    }
                }
            }
        }
        for (Phrase<T> p : prefixFirst) {
            if ((best == null || p.words().size() > best.words().size()) && matches(p, tokens, i, to)) {
                best = p;
            }
        }
        return best == null ? null : new Match<>(best.value(), i, i + best.words().size(), best.source());
    }

    static boolean matches(Phrase<?> p, List<Token> tokens, int i, int to) {
        String[] words = p.array();
        boolean[] prefix = p.prefix();
        int n = words.length;
        if (i + n > to) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            String t = tokens.get(i + k).word();
            if (prefix[k]) {
                if (!t.startsWith(words[k])) {
                    return false;
                }
            } else if (!words[k].equals(t) && !(k == n - 1 && plural(words[k], t))) {
                return false;
            }
        }
        return true;
    }
}

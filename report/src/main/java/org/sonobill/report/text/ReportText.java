package org.sonobill.report.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A report cut into sections, sentences, clauses and words, every piece keeping its offsets in the original text so
 * that each decision can point at what it read. Built in one pass over the characters, without regular expressions:
 * the reader must handle thousands of reports a second.
 */
public final class ReportText {
    /** Words after which a full stop does not end a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of("dr", "mr", "mrs", "ms", "vs", "approx", "st", "sq", "cf",
            "fig", "pt", "mt");
    /** Words that start a new clause: what follows is said about something else. */
    private static final Set<String> CLAUSE_WORDS = Set.of("but", "however", "although", "whereas", "except", "while",
            "though");

    private final String text;
    /** The text lower-cased once, when that keeps every offset (it does for all but a few non-ASCII letters). */
    private final String lower;
    private final List<Section> sections;
    private final List<Sentence> sentences = new ArrayList<>();
    private final List<Token> tokens = new ArrayList<>();
    /** Clause numbers run through the whole report, so a clause is known by its number alone. */
    private int nextClause;

    private ReportText(String text, Headings headings) {
        this.text = text;
        String l = text.toLowerCase(Locale.ROOT);
        this.lower = l.length() == text.length() ? l : null;
        this.sections = headings.sections(text);
        for (Section s : sections) {
            split(s);
        }
    }

    /** Cuts a report's text. */
    public static ReportText of(String text, Headings headings) {
        return new ReportText(text, headings);
    }

    /** The report as received. */
    public String text() {
        return text;
    }

    /** Sections in text order; text before the first heading is a section without heading. */
    public List<Section> sections() {
        return sections;
    }

    /** Sentences in text order. */
    public List<Sentence> sentences() {
        return sentences;
    }

    /** Words in text order. */
    public List<Token> tokens() {
        return tokens;
    }

    /** The original text of a span. */
    public String span(int start, int end) {
        return text.substring(start, end);
    }

    /** The original text of tokens {@code from} (inclusive) to {@code to} (exclusive). */
    public String span(Token from, Token to) {
        return text.substring(from.start(), to.end());
    }

    /** The sentence a token is in. */
    public Sentence sentenceOf(Token t) {
        return sentences.get(t.sentence());
    }

    /** The sentence's text, trimmed. */
    public String sentenceText(Sentence s) {
        return text.substring(s.start(), s.end()).strip();
    }

    private void split(Section section) {
        int i = section.headingStart() >= 0 ? section.headingStart() : section.start();
        int end = section.end();
        int sentenceStart = -1;
        int firstToken = tokens.size();
        int clause = 0;
        while (i < end) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int j = i + 1;
                boolean number = Character.isDigit(c);
                while (j < end) {
                    char d = text.charAt(j);
                    if (Character.isLetterOrDigit(d)) {
                        j++;
                    } else if (number && d == '.' && j + 1 < end && Character.isDigit(text.charAt(j + 1))) {
                        j++;
                    } else {
                        break;
                    }
                }
                if (sentenceStart < 0) {
                    sentenceStart = i;
                    firstToken = tokens.size();
                    clause = nextClause++;
                }
                String word = lower != null ? lower.substring(i, j) : text.substring(i, j).toLowerCase(Locale.ROOT);
                // dictation's side abbreviations read as the words (the evidence still shows the text as written)
                word = switch (word) {
                    case "rt" -> "right";
                    case "lt" -> "left";
                    case "bilat" -> "bilateral";
                    default -> word;
                };
                if (CLAUSE_WORDS.contains(word) && tokens.size() > firstToken) {
                    clause = nextClause++;
                }
                tokens.add(new Token(word, i, j, sentences.size(), clause, section.kind()));
                i = j;
                continue;
            }
            boolean endsSentence = false;
            if (c == '\n' || c == '\r') {
                endsSentence = true;
            } else if (c == '.' || c == '?' || c == '!') {
                endsSentence = endsSentence(i, end, firstToken);
            } else if (c == ',' || c == ';' || c == '(' || c == ')') {
                // a colon joins a label to what is said of it ("Spleen: not visualized due to habitus")
                clause = nextClause++;
            } else if (c == '-' && i > 0 && i + 1 < end && text.charAt(i - 1) == ' ' && text.charAt(i + 1) == ' ') {
                clause = nextClause++;
            }
            if (endsSentence && sentenceStart >= 0) {
                closeSentence(sentenceStart, c == '\n' || c == '\r' ? i : i + 1, section.kind(), firstToken);
                sentenceStart = -1;
            }
            i++;
        }
        if (sentenceStart >= 0) {
            closeSentence(sentenceStart, end, section.kind(), firstToken);
        }
    }

    private boolean endsSentence(int dot, int end, int firstToken) {
        int next = dot + 1;
        if (next >= end) {
            return true;
        }
        char n = text.charAt(next);
        if (!Character.isWhitespace(n)) {
            return false;
        }
        int k = next;
        while (k < end && text.charAt(k) == ' ') {
            k++;
        }
        if (k >= end || text.charAt(k) == '\n' || text.charAt(k) == '\r') {
            return true;
        }
        char after = text.charAt(k);
        // lower-case dictation ends sentences too ("the pancreas is not seen. the spleen is normal.")
        if (!Character.isLetterOrDigit(after)) {
            return false;
        }
        if (tokens.size() > firstToken) {
            Token last = tokens.get(tokens.size() - 1);
            if (last.end() == dot && ABBREVIATIONS.contains(last.word()) && !last.isNumber()) {
                return false;
            }
        }
        return true;
    }

    private void closeSentence(int start, int end, SectionKind kind, int firstToken) {
        if (tokens.size() > firstToken) {
            sentences.add(new Sentence(start, end, kind, firstToken, tokens.size()));
        }
    }
}

package org.sonobill.report.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds the headings of a report and what kind of section each one opens. Headings are recognised in three forms:
 * an upper-case label ending in a colon at the start of a line ("FINDINGS: The liver..."), the same label run into the
 * text after a comma (the ",FINDINGS: ," artefact of transcribed reports), a known heading word in any case at the
 * start of a line ("Impression:"), and a short upper-case line without colon ("TESTICULAR ULTRASOUND"). Which kind a
 * heading opens is decided by the first rule of {@code report/headings.tsv} whose words it contains.
 */
public final class Headings {
    private final List<Rule> rules;

    /** One row of the headings table: a kind and the words a heading must contain. */
    public record Rule(SectionKind kind, List<String> words) {
    }

    public Headings(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The kind of section a heading opens, or null when no rule names it (a sub-heading: an organ, a side). */
    public SectionKind classify(String heading) {
        java.util.Optional<SectionKind> cached = cache.get(heading);
        if (cached != null) {
            return cached.orElse(null);
        }
        SectionKind kind = classifyWords(heading);
        if (cache.size() < CACHE_LIMIT) {
            // headings repeat from report to report; a bounded cache keeps odd text from growing it
            cache.put(heading, java.util.Optional.ofNullable(kind));
        }
        return kind;
    }

    private static final int CACHE_LIMIT = 4096;
    private final java.util.concurrent.ConcurrentHashMap<String, java.util.Optional<SectionKind>> cache =
            new java.util.concurrent.ConcurrentHashMap<>();

    private SectionKind classifyWords(String heading) {
        String[] words = heading.toUpperCase(Locale.ROOT).split("[^A-Z0-9]+");
        for (Rule r : rules) {
            if (containsSequence(words, r.words())) {
                return r.kind();
            }
        }
        return null;
    }

    private static boolean containsSequence(String[] words, List<String> seq) {
        outer:
        for (int i = 0; i + seq.size() <= words.length; i++) {
            for (int k = 0; k < seq.size(); k++) {
                if (!words[i + k].equals(seq.get(k))) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /**
     * Cuts a text into sections. Lines before any heading, and sections of header lines (dates, names), may be
     * followed by the exam title: the first upper-case line without colon, or a short line naming a study. A title
     * covers one line: what follows it without a heading is findings.
     */
    List<Section> sections(String text) {
        List<Found> found = new ArrayList<>();
        int n = text.length();
        int lineStart = 0;
        while (lineStart < n) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            scanLine(text, lineStart, lineEnd, found);
            lineStart = lineEnd + 1;
        }
        List<Section> out = new ArrayList<>();
        boolean titleOpen = true;
        int firstContent = skipSpace(text, 0, n);
        int end0 = found.isEmpty() ? n : found.get(0).start;
        if (firstContent < end0) {
            titleOpen = body(text, firstContent, end0, null, -1, true, out);
        }
        SectionKind current = SectionKind.FINDINGS;
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            int end = i + 1 < found.size() ? found.get(i + 1).start : n;
            String heading = text.substring(f.start, f.headingEnd).strip();
            SectionKind kind = f.kind;
            if (f.lineOnly && titleOpen && (kind == null || kind == SectionKind.TITLE)
                    && (isUpperLabel(heading) || looksLikeTitle(text, f.start, f.headingEnd))) {
                // "TESTICULAR ULTRASOUND" on a line of its own, before any findings, names the study
                out.add(new Section(SectionKind.TITLE, "", -1, f.start, f.headingEnd));
                titleOpen = false;
                if (skipSpace(text, f.headingEnd, end) < end) {
                    out.add(new Section(SectionKind.FINDINGS, "", -1, f.headingEnd, end));
                }
                current = SectionKind.FINDINGS;
                continue;
            }
            if (kind == SectionKind.TITLE && !titleOpen && out.stream().anyMatch(x -> x.kind() == SectionKind.FINDINGS)
                    && !heading.toUpperCase(Locale.ROOT).matches(".*\\b(EXAM|EXAMINATION|PROCEDURE|TITLE)\\b.*")) {
                // "Ultrasound:" among the findings of a BPP is a finding, not a second title
                kind = SectionKind.FINDINGS;
            }
            if (kind == null) {
                // a sub-heading (an organ, a side, BIOMETRY) stays in the findings or impression it belongs to
                kind = current == SectionKind.IMPRESSION ? current : SectionKind.FINDINGS;
            }
            if (kind == SectionKind.OTHER) {
                // a header line (a date, a name): what follows it on the next lines may be the title
                int lineEnd = text.indexOf('\n', skipSpace(text, f.bodyStart, end));
                if (lineEnd >= 0 && lineEnd < end && skipSpace(text, lineEnd, end) < end) {
                    out.add(new Section(kind, heading, f.start, f.bodyStart, lineEnd));
                    titleOpen = body(text, skipSpace(text, lineEnd, end), end, null, -1, titleOpen, out);
                    current = SectionKind.FINDINGS;
                    continue;
                }
            } else {
                titleOpen = titleOpen && kind == SectionKind.TITLE;
            }
            current = kind == SectionKind.OTHER ? current : kind;
            if (kind == SectionKind.TITLE || kind == SectionKind.COMPARISON
                    || kind == SectionKind.HISTORY && !narrative(heading)) {
                // the exam line, the indication and the comparison are one line each (the first line with text
                // after the heading): what follows without a heading is findings (a history of present illness is a
                // narrative and keeps its paragraphs)
                int lineEnd = text.indexOf('\n', skipSpace(text, f.bodyStart, end));
                if (lineEnd >= 0 && lineEnd < end && skipSpace(text, lineEnd, end) < end) {
                    out.add(new Section(kind, heading, f.start, f.bodyStart, lineEnd));
                    out.add(new Section(SectionKind.FINDINGS, "", -1, lineEnd, end));
                    titleOpen = titleOpen && kind != SectionKind.TITLE;
                    current = SectionKind.FINDINGS;
                    continue;
                }
                titleOpen = titleOpen && kind != SectionKind.TITLE;
            }
            out.add(new Section(kind, heading, f.start, f.bodyStart, end));
        }
        return out;
    }

    /**
     * Text without a heading: its first line is the title when a title may still come and the line reads as one;
     * the rest is findings. Returns whether a title may still come.
     */
    private static boolean body(String text, int start, int end, String heading, int headingStart, boolean titleOpen,
                                List<Section> out) {
        int lineEnd = text.indexOf('\n', start);
        if (lineEnd < 0 || lineEnd > end) {
            lineEnd = end;
        }
        String first = text.substring(start, lineEnd).strip();
        boolean title = titleOpen && first.length() <= 90 && (lineEnd < end || end == text.length())
                && (isUpperLabel(first) || looksLikeTitle(text, start, lineEnd));
        int bodyStart = start;
        if (title) {
            out.add(new Section(SectionKind.TITLE, "", -1, start, lineEnd));
            bodyStart = lineEnd;
        }
        if (skipSpace(text, bodyStart, end) < end) {
            out.add(new Section(SectionKind.FINDINGS, "", -1, bodyStart, end));
        }
        return !title && titleOpen && skipSpace(text, bodyStart, end) >= end;
    }

    private record Found(int start, int headingEnd, int bodyStart, SectionKind kind, boolean lineOnly) {
    }

    private void scanLine(String text, int from, int to, List<Found> found) {
        int s = skipSpace(text, from, to);
        if (s >= to) {
            return;
        }
        int segStart = s;
        boolean lineStartSegment = true;
        for (int i = s; i < to; i++) {
            char c = text.charAt(i);
            if (c == ':') {
                String label = text.substring(segStart, i).strip();
                if (isHeading(label, lineStartSegment)) {
                    int labelStart = text.indexOf(label, segStart);
                    int body = i + 1;
                    // the transcription artefact puts a comma after the colon: ",FINDINGS: ,The liver"
                    int b = skipSpace(text, body, to);
                    if (b < to && text.charAt(b) == ',') {
                        body = b + 1;
                    }
                    found.add(new Found(labelStart, i + 1, body, classify(label), false));
                }
                segStart = i + 1;
                lineStartSegment = false;
            } else if (c == ',' || c == '.' || c == ';') {
                segStart = i + 1;
                lineStartSegment = c == '.';
            }
        }
        // an upper-case line of its own without colon: "TESTICULAR ULTRASOUND", "DOPPLER", "2-D STUDY"
        String line = text.substring(s, to).strip();
        if (line.indexOf(':') < 0 && line.length() <= 60 && isUpperLabel(line)
                && (found.isEmpty() || found.get(found.size() - 1).start < from)) {
            found.add(new Found(s, s + line.length(), s + line.length(), classify(line), true));
        }
    }

    private boolean isHeading(String label, boolean lineStart) {
        if (label.isEmpty() || label.length() > 60) {
            return false;
        }
        if (isUpperLabel(label)) {
            return true;
        }
        // "Impression:", "Findings:" at the start of a line or sentence
        return lineStart && classify(label) != null && label.split("\\s+").length <= 4
                && Character.isUpperCase(label.charAt(0));
    }

    /** A history heading that opens a narrative of several paragraphs (a consultation's present illness). */
    private static boolean narrative(String heading) {
        String h = heading.toUpperCase(Locale.ROOT);
        return h.contains("PRESENT ILLNESS") || h.startsWith("HPI") || h.contains("HOSPITAL COURSE");
    }

    private static boolean isUpperLabel(String s) {
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            } else if (!Character.isDigit(c) && " /&()'-#.,>=<+".indexOf(c) < 0) {
                return false;
            }
        }
        return letters >= 2;
    }

    private static boolean looksLikeTitle(String text, int start, int end) {
        String s = text.substring(start, end).toLowerCase(Locale.ROOT);
        return s.contains("ultraso") || s.contains("sonogra") || s.contains("echocardio") || s.contains("duplex")
                || s.contains("doppler") || s.matches("(?s).*\\b(us|echo|tee|tte|scan|pocus|procedure|biopsy|fna"
                + "|paracentesis|thoracentesis|aspiration|injection|placement|arthrocentesis)\\b.*");
    }

    private static int skipSpace(String text, int from, int to) {
        int i = from;
        while (i < to && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}

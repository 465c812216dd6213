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

    /** Cuts a text into sections. Text before the first heading is one section: a title if it is a short exam line. */
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
        int firstContent = skipSpace(text, 0, n);
        int bodyStart = 0;
        SectionKind current = SectionKind.FINDINGS;
        if (found.isEmpty() || found.get(0).start > firstContent) {
            int end = found.isEmpty() ? n : found.get(0).start;
            // a report without headings may open with its exam line ("Renal ultrasound.", "TRANSVAGINAL SONOGRAM")
            int lineEnd = text.indexOf('\n', firstContent);
            if (lineEnd < 0 || lineEnd > end) {
                lineEnd = end;
            }
            if ((lineEnd < end || !found.isEmpty()) && lineEnd - firstContent <= 90
                    && looksLikeTitle(text, firstContent, lineEnd)) {
                out.add(new Section(SectionKind.TITLE, "", -1, firstContent, lineEnd));
                bodyStart = lineEnd;
            }
            if (bodyStart < end && skipSpace(text, bodyStart, end) < end) {
                out.add(new Section(SectionKind.FINDINGS, "", -1, bodyStart, end));
            }
        }
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            int end = i + 1 < found.size() ? found.get(i + 1).start : n;
            SectionKind kind = f.kind;
            if (kind == null) {
                // a sub-heading (an organ, a side, BIOMETRY) stays in the findings or impression it belongs to;
                // a short upper-case first line naming a study is the title
                if (i == 0 && out.isEmpty() && f.start <= firstContent && looksLikeTitle(text, f.start, f.headingEnd)) {
                    kind = SectionKind.TITLE;
                } else {
                    kind = current == SectionKind.IMPRESSION || current == SectionKind.OTHER ? current
                            : SectionKind.FINDINGS;
                }
            }
            String heading = text.substring(f.start, f.headingEnd).strip();
            if (f.lineOnly && kind == SectionKind.TITLE) {
                // "TESTICULAR ULTRASOUND" on a line of its own names the study; what follows is its findings
                out.add(new Section(SectionKind.TITLE, "", -1, f.start, f.headingEnd));
                if (skipSpace(text, f.headingEnd, end) < end) {
                    out.add(new Section(SectionKind.FINDINGS, "", -1, f.headingEnd, end));
                }
                current = SectionKind.FINDINGS;
                continue;
            }
            current = kind;
            out.add(new Section(kind, heading, f.start, f.bodyStart, end));
        }
        return out;
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

    private static boolean isUpperLabel(String s) {
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            } else if (!Character.isDigit(c) && " /&()'-#.".indexOf(c) < 0) {
                return false;
            }
        }
        return letters >= 2;
    }

    private static boolean looksLikeTitle(String text, int start, int end) {
        String s = text.substring(start, end).toLowerCase(Locale.ROOT);
        return s.contains("ultraso") || s.contains("sonogra") || s.contains("echocardio") || s.contains("duplex")
                || s.contains("doppler") || s.matches("(?s).*\\b(us|echo|tee|tte|scan)\\b.*");
    }

    private static int skipSpace(String text, int from, int to) {
        int i = from;
        while (i < to && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}

package org.sonobill.report.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sonobill.report.text.Headings;
import org.sonobill.report.text.SectionKind;

/**
 * Everything the reader knows about words, loaded from the tab-separated files under {@code report/} on the class
 * path: headings, exam titles and content, elements, cues, procedures and indications. Immutable and shared by every
 * read; loading takes a few milliseconds.
 */
public final class Lexicon {
    private final Headings headings;
    private final PhraseMatcher<ExamTerm> examTitles = new PhraseMatcher<>();
    private final PhraseMatcher<ContentCue> examContent = new PhraseMatcher<>();
    private final Map<String, PhraseMatcher<ElementTerm>> elements = new HashMap<>();
    private final Map<String, PhraseMatcher<String>> cues = new HashMap<>();
    private final PhraseMatcher<Diagnosis> indications = new PhraseMatcher<>();
    private final PhraseMatcher<ProcedureTerm> procedures = new PhraseMatcher<>();
    private final PhraseMatcher<String> obFeatures = new PhraseMatcher<>();
    private final PhraseIndex index = new PhraseIndex();
    private static final PhraseMatcher<String> NONE = new PhraseMatcher<>();

    /** A word naming the study: its family (or "-" for attributes only), priority and attributes. */
    public record ExamTerm(String family, int priority, Map<String, String> attributes) {
    }

    /** Words naming elements: their keys, and whether the words are a finding only said of a seen organ. */
    public record ElementTerm(List<String> keys, boolean finding) {
    }

    /** A word of the findings that points to a family, with its weight. */
    public record ContentCue(String family, int weight) {
    }

    /** An indication or finding and its ICD-10-CM code. */
    public record Diagnosis(String icd10) {
    }

    /**
     * A procedure a report may describe.
     *
     * @param name what it is, in our words
     * @param region the anatomic region (the guidance regions of guidance.json)
     * @param primaryCode the procedure's own code
     * @param kind the guidance kind (needle-guidance, vascular-access)
     */
    public record ProcedureTerm(String name, String region, String primaryCode, String kind) {
    }

    private Lexicon() {
        List<Headings.Rule> rules = new ArrayList<>();
        for (LexiconFile.Row r : LexiconFile.read("headings.tsv", 2)) {
            rules.add(new Headings.Rule(kind(r), PhraseMatcher.words(r.col(1)).stream()
                    .map(w -> w.toUpperCase(java.util.Locale.ROOT)).toList()));
        }
        headings = new Headings(rules);
        for (LexiconFile.Row r : LexiconFile.read("exams.tsv", 3)) {
            examTitles.add(r.col(0), new ExamTerm(r.col(1), integer(r, 2), attributes(r, r.col(3))), r.where());
        }
        for (LexiconFile.Row r : LexiconFile.read("exam-content.tsv", 3)) {
            examContent.add(r.col(0), new ContentCue(r.col(1), integer(r, 2)), r.where());
        }
        for (LexiconFile.Row r : LexiconFile.read("elements.tsv", 3)) {
            ElementTerm term = new ElementTerm(List.of(r.col(2).split(",")), r.col(3).equals("finding"));
            for (String family : r.col(0).split(",")) {
                elements.computeIfAbsent(family.strip(), k -> new PhraseMatcher<>()).add(r.col(1), term, r.where());
            }
        }
        for (LexiconFile.Row r : LexiconFile.read("cues.tsv", 2)) {
            cues.computeIfAbsent(r.col(0), k -> new PhraseMatcher<>()).add(r.col(1), r.col(2), r.where());
        }
        for (LexiconFile.Row r : LexiconFile.read("indications.tsv", 2)) {
            indications.add(r.col(0), new Diagnosis(r.col(1)), r.where());
        }
        for (LexiconFile.Row r : LexiconFile.read("procedures.tsv", 5)) {
            procedures.add(r.col(0), new ProcedureTerm(r.col(1), r.col(2), r.col(3), r.col(4)), r.where());
        }
        for (LexiconFile.Row r : LexiconFile.read("obstetric.tsv", 2)) {
            obFeatures.add(r.col(1), r.col(0), r.where());
        }
        index.add(examTitles);
        index.add(examContent);
        elements.values().forEach(index::add);
        cues.values().forEach(index::add);
        index.add(indications);
        index.add(procedures);
        index.add(obFeatures);
    }

    /** All the matchers indexed together (one look-up per word for every question the reader asks). */
    public PhraseIndex index() {
        return index;
    }

    private static final Lexicon BUNDLED = new Lexicon();

    /** The lexicon shipped in the jar. */
    public static Lexicon bundled() {
        return BUNDLED;
    }

    private static SectionKind kind(LexiconFile.Row r) {
        try {
            return SectionKind.valueOf(r.col(0));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("report/" + r.where() + ": unknown section kind \"" + r.col(0) + "\"");
        }
    }

    private static int integer(LexiconFile.Row r, int col) {
        try {
            return Integer.parseInt(r.col(col));
        } catch (NumberFormatException e) {
            throw new IllegalStateException("report/" + r.where() + ": column " + (col + 1) + " must be a whole number, "
                    + "found \"" + r.col(col) + "\"");
        }
    }

    private static Map<String, String> attributes(LexiconFile.Row r, String text) {
        Map<String, String> out = new LinkedHashMap<>();
        if (text.isBlank()) {
            return out;
        }
        for (String pair : text.split(";")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new IllegalStateException("report/" + r.where() + ": attribute \"" + pair
                        + "\" must be written name=value");
            }
            out.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
        }
        return Map.copyOf(out);
    }

    public Headings headings() {
        return headings;
    }

    public PhraseMatcher<ExamTerm> examTitles() {
        return examTitles;
    }

    public PhraseMatcher<ContentCue> examContent() {
        return examContent;
    }

    /** The element words of a family, or null when the family has none in the lexicon. */
    public PhraseMatcher<ElementTerm> elements(String family) {
        return elements.get(family);
    }

    /** The cues of one kind (cues.tsv); an empty matcher for a kind with no rows. */
    public PhraseMatcher<String> cues(String kind) {
        return cues.getOrDefault(kind, NONE);
    }

    public PhraseMatcher<Diagnosis> indications() {
        return indications;
    }

    public PhraseMatcher<ProcedureTerm> procedures() {
        return procedures;
    }

    /** Obstetric features (obstetric.tsv): the value is the feature (anatomy, bpp, nst, umbilical...). */
    public PhraseMatcher<String> obFeatures() {
        return obFeatures;
    }
}

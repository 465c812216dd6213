package org.sonobill.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sonobill.engine.coding.CodedStudy;
import org.sonobill.engine.coding.CodingEngine;
import org.sonobill.engine.finding.Finding;
import org.sonobill.engine.study.InvalidStudyException;
import org.sonobill.engine.study.Laterality;
import org.sonobill.engine.study.StudyDocumentation;
import org.sonobill.engine.study.StudyJsonReader;

/**
 * The benchmark corpus is what it claims to be: deterministic, valid for the reader, and covering every exam family
 * and billing context. Correctness only; nothing here is timed (performance is measured by JMH).
 */
class StudyCorpusTest {
    private static final int N = 2_000;
    private static final CodingEngine ENGINE = CodingEngine.bundled();
    private static final StudyJsonReader READER = new StudyJsonReader(ENGINE.vocabulary());
    private static final StudyCorpus CORPUS = new StudyCorpus(StudyCorpus.DEFAULT_SEED);
    private static StudyDocumentation[] studies;

    @BeforeAll
    static void readAll() throws InvalidStudyException {
        studies = new StudyDocumentation[N];
        for (int i = 0; i < N; i++) {
            studies[i] = READER.read(CORPUS.json(i), "corpus", i + 1); // throws on any invalid document
        }
    }

    @Test
    void theSameSeedAndIndexAlwaysGiveTheSameStudy() {
        StudyCorpus again = new StudyCorpus(StudyCorpus.DEFAULT_SEED);
        for (int i : new int[] {0, 1, 17, 999, 99_999}) {
            assertThat(again.json(i)).isEqualTo(CORPUS.json(i));
        }
        assertThat(new StudyCorpus(7).json(3)).isNotEqualTo(CORPUS.json(3));
    }

    @Test
    void theGeneratorKnowsEveryExamFamilyOfTheCatalogue() {
        assertThat(CORPUS.missingFamilies())
                .as("exam families of the catalogue that StudyCorpus does not generate: add them to "
                        + "StudyCorpus.weights() and StudyCorpus.Builder.exam(), so the benchmarks cover them")
                .isEmpty();
    }

    @Test
    void everyExamFamilyOfTheCatalogueAndProcedureOnlyEncountersOccur() {
        Set<String> seen = new HashSet<>();
        for (StudyDocumentation s : studies) {
            seen.add(s.exam() == null ? "-" : s.exam());
        }
        assertThat(seen).containsAll(ENGINE.catalogue().families().keySet()).contains("-");
    }

    @Test
    void theBillingContextsVary() {
        Set<String> contexts = new HashSet<>();
        for (StudyDocumentation s : studies) {
            contexts.add("pos " + s.placeOfService());
            contexts.add("payer " + s.payer());
            contexts.add("claim " + s.claimType());
            if (s.laterality() == Laterality.BILATERAL) {
                contexts.add("bilateral");
            }
            if (s.obstetric() != null && s.obstetric().fetuses() == 2) {
                contexts.add("twins");
            }
            if (!s.procedures().isEmpty()) {
                contexts.add(s.exam() == null ? "procedure only" : "exam with procedure");
            }
            s.elements().values().forEach(e -> contexts.add("element " + e.state() + (e.hasReason() ? " with reason" : "")));
            assertThat(s.dateOfService()).isBetween(LocalDate.of(2025, 10, 1), LocalDate.of(2026, 9, 30));
        }
        assertThat(contexts).contains("pos 11", "pos 22", "pos 23", "payer medicare", "payer commercial",
                "claim PROFESSIONAL", "claim INSTITUTIONAL", "bilateral", "twins", "procedure only",
                "exam with procedure", "element SEEN", "element ABSENT", "element NOT_SEEN",
                "element NOT_SEEN with reason");
    }

    @Test
    void diagnosesAreBillableCodesAndNpisPassTheCheckDigit() {
        Set<String> statuses = new HashSet<>();
        for (StudyDocumentation s : studies) {
            CodedStudy c = ENGINE.code(s);
            statuses.add(c.status().key());
            for (Finding f : c.findings()) {
                // SB-DOC-003 invalid ICD-10-CM, SB-DOC-004 not billable, SB-DOC-008 NPI check digit
                assertThat(f.code()).as(s.id() + ": " + f.message()).isNotIn("SB-DOC-003", "SB-DOC-004", "SB-DOC-008");
            }
        }
        assertThat(statuses).contains("ready", "needs-review", "blocked");
    }
}

package org.sonobill.engine.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sonobill.engine.study.ElementStatus;
import org.sonobill.engine.study.Procedure;
import org.sonobill.engine.study.StudyDocumentation;

/**
 * Properties of complete-versus-limited coding over every family whose complete code is decided by elements
 * (QuickTheories): removing any required element never yields the complete code; giving it a reason for not being
 * seen restores it; and coding is deterministic and independent of the order of elements and procedures.
 */
class CompletenessPropertiesTest {
    private static final CodingEngine ENGINE = CodingEngine.bundled();
    private static final int CASES = StudyFixture.COMPLETE_CASES.size();

    @Test
    void aCompleteStudyCodesAsComplete() {
        for (StudyFixture.CompleteCase c : StudyFixture.COMPLETE_CASES) {
            CodedStudy coded = ENGINE.code(StudyFixture.complete(c, StudyFixture.allSeen(c.elements()), List.of()));
            assertThat(codes(coded)).as(c.exam() + " " + CodedStudyJson.toJson(coded)).contains(c.completeCode());
        }
    }

    @Test
    void removingAnyRequiredElementNeverYieldsTheCompleteCode() {
        qt().forAll(integers().between(0, CASES - 1), integers().between(0, 99)).checkAssert((ci, ei) -> {
            StudyFixture.CompleteCase c = StudyFixture.COMPLETE_CASES.get(ci);
            String removed = c.elements().get(ei % c.elements().size());
            Map<String, ElementStatus> els = StudyFixture.allSeen(c.elements());
            els.remove(removed);
            CodedStudy coded = ENGINE.code(StudyFixture.complete(c, els, List.of()));
            assertThat(codes(coded)).as(c.exam() + " without " + removed).doesNotContain(c.completeCode());
        });
    }

    @Test
    void markingAnyElementNotSeenWithoutAReasonNeverYieldsTheCompleteCode() {
        qt().forAll(integers().between(0, CASES - 1), integers().between(0, 99)).checkAssert((ci, ei) -> {
            StudyFixture.CompleteCase c = StudyFixture.COMPLETE_CASES.get(ci);
            String element = c.elements().get(ei % c.elements().size());
            Map<String, ElementStatus> els = StudyFixture.allSeen(c.elements());
            els.put(element, ElementStatus.notSeen(null));
            CodedStudy coded = ENGINE.code(StudyFixture.complete(c, els, List.of()));
            assertThat(codes(coded)).as(c.exam() + " with " + element + " not seen, no reason")
                    .doesNotContain(c.completeCode());
            assertThat(coded.findings()).anyMatch(f -> f.code().equals("SB-COD-002"));
        });
    }

    @Test
    void givingTheMissingElementAReasonRestoresTheCompleteCode() {
        qt().forAll(integers().between(0, CASES - 1), integers().between(0, 99)).checkAssert((ci, ei) -> {
            StudyFixture.CompleteCase c = StudyFixture.COMPLETE_CASES.get(ci);
            String element = c.elements().get(ei % c.elements().size());
            Map<String, ElementStatus> els = StudyFixture.allSeen(c.elements());
            els.put(element, ElementStatus.notSeen("obscured by bowel gas"));
            CodedStudy coded = ENGINE.code(StudyFixture.complete(c, els, List.of()));
            assertThat(codes(coded)).as(c.exam() + " with " + element + " not seen for a reason").contains(c.completeCode());
        });
    }

    @Test
    void codingIsDeterministicAndIndependentOfTheOrderOfElementsAndProcedures() {
        qt().forAll(integers().between(0, CASES - 1), lists().of(integers().between(0, 1000)).ofSizeBetween(0, 8),
                integers().allPositive()).checkAssert((ci, drop, seed) -> {
            StudyFixture.CompleteCase c = StudyFixture.COMPLETE_CASES.get(ci);
            List<String> keys = new ArrayList<>(c.elements());
            for (Integer d : drop) {
                if (!keys.isEmpty() && d % 3 == 0) {
                    keys.remove(d % keys.size());
                }
            }
            List<Procedure> procs = List.of(
                    new Procedure("needle-guidance", "10021", "neck", true, true, false, false, 1, List.of()),
                    new Procedure("vascular-access", "36556", "upper-extremity", true, true, true, true, 1, List.of()),
                    new Procedure("needle-guidance", "20611", "extremity", true, true, false, false, 1, List.of()));
            List<String> shuffledKeys = new ArrayList<>(keys);
            List<Procedure> shuffledProcs = new ArrayList<>(procs);
            Random r = new Random(seed);
            Collections.shuffle(shuffledKeys, r);
            Collections.shuffle(shuffledProcs, r);
            StudyDocumentation a = StudyFixture.complete(c, StudyFixture.allSeen(keys), procs);
            StudyDocumentation b = StudyFixture.complete(c, ordered(shuffledKeys), shuffledProcs);
            String first = CodedStudyJson.toJson(ENGINE.code(a));
            assertThat(CodedStudyJson.toJson(ENGINE.code(a))).isEqualTo(first);
            assertThat(CodedStudyJson.toJson(ENGINE.code(b))).isEqualTo(first);
        });
    }

    private static Map<String, ElementStatus> ordered(List<String> keys) {
        Map<String, ElementStatus> m = new LinkedHashMap<>();
        keys.forEach(k -> m.put(k, ElementStatus.SEEN));
        return m;
    }

    private static List<String> codes(CodedStudy s) {
        return s.lines().stream().map(CodedLine::code).toList();
    }
}

package org.sonobill.engine.coding.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sonobill.engine.coding.CodedStudy;
import org.sonobill.engine.coding.CodingEngine;
import org.sonobill.engine.study.StudyJsonReader;

/** A bilateral duplex order (or title) studied on one side: coded as performed, and the gap said (SB-DOC-011). */
class BilateralOrderOneSideTest {
    private static final CodingEngine ENGINE = CodingEngine.bundled();

    private static CodedStudy code(String orderedCode, String title) throws Exception {
        String json = """
                {"id":"V1","dateOfService":"2026-03-02","placeOfService":"22","exam":"venous_duplex","limb":"lower",
                 "laterality":"left","title":"%s","ordered":{"code":"%s"},
                 "indication":{"text":"Left calf pain","icd10":["M79.662"]},
                 "elements":{"common_femoral":"seen","femoral":"seen","popliteal":"seen"},
                 "doppler":{"color":true,"spectral":true},"images":{"stored":12},
                 "report":{"signed":true,"interpretingNpi":"1234567893"},"orderingNpi":"1245319599",
                 "comparison":{"priorDate":"2025-01-01"}}
                """.formatted(title, orderedCode);
        return ENGINE.code(new StudyJsonReader(ENGINE.vocabulary()).read(json, "test", 1));
    }

    @Test
    void aBilateralOrderStudiedOnTheLeftIsCodedUnilateralWithTheGapSaid() throws Exception {
        CodedStudy c = code("93970", "Venous duplex, left leg");
        assertThat(c.lines()).extracting(l -> l.code()).containsExactly("93971");
        assertThat(c.findings()).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo("SB-DOC-011");
            assertThat(f.message()).contains("bilateral 93970").contains("one side");
        });
    }

    @Test
    void aTitleSayingBilateralIsTheSameGap() throws Exception {
        assertThat(code("93971", "Bilateral lower extremity venous duplex").findings())
                .anySatisfy(f -> assertThat(f.code()).isEqualTo("SB-DOC-011"));
    }

    @Test
    void aUnilateralOrderStudiedOnOneSideIsNoGap() throws Exception {
        assertThat(code("93971", "Venous duplex, left leg").findings())
                .noneSatisfy(f -> assertThat(f.code()).isEqualTo("SB-DOC-011"));
    }
}

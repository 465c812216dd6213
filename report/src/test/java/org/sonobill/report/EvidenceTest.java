package org.sonobill.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EvidenceTest {
    private static final String TEXT = """
            EXAM: US ABDOMEN COMPLETE
            INDICATION: Right upper quadrant pain.
            FINDINGS: The liver is normal. The gallbladder is surgically absent. The pancreas is obscured by bowel gas.
            IMPRESSION: No acute findings.""";

    @Test
    void everyEvidenceSpanIsTheTextAtItsOffsets() {
        ReadReport r = Reports.read(TEXT);
        assertThat(r.evidence()).isNotEmpty();
        for (Evidence e : r.evidence()) {
            if (e.start() >= 0) {
                assertThat(TEXT.substring(e.start(), e.end())).as(e.fact()).isEqualTo(e.text());
            }
        }
    }

    @Test
    void eachDecisionNamesItsFactValueAndRule() {
        ReadReport r = Reports.read(TEXT);
        assertThat(r.evidence()).anySatisfy(e -> {
            assertThat(e.fact()).isEqualTo("elements.pancreas");
            assertThat(e.value()).startsWith("not-seen: ").contains("bowel gas");
            assertThat(e.text()).isEqualTo("pancreas");
            assertThat(e.rule()).isEqualTo("elements.tsv");
        });
        assertThat(r.evidence()).anySatisfy(e -> {
            assertThat(e.fact()).isEqualTo("exam");
            assertThat(e.value()).isEqualTo("abdomen");
        });
        assertThat(r.evidence()).anySatisfy(e -> {
            assertThat(e.fact()).isEqualTo("indication.icd10");
            assertThat(e.value()).isEqualTo("R10.11");
            assertThat(e.text()).isEqualTo("Right upper quadrant pain");
        });
    }

    @Test
    void theSameTextReadsTheSameWayEveryTime() {
        assertThat(Reports.read(TEXT)).isEqualTo(Reports.read(TEXT));
    }

    @Test
    void textWithNoStudyGoesToACoderAndNeverThrows() {
        for (String odd : new String[] {"", "   ", "\n\n", "Patient seen.", "::::", "1. 2. 3.", "FINDINGS:"}) {
            ReadReport r = Reports.read(odd);
            assertThat(r.confidence()).as(odd).isEqualTo(Confidence.NEEDS_REVIEW);
        }
    }
}

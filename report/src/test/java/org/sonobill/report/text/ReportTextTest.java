package org.sonobill.report.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sonobill.report.lexicon.Lexicon;

class ReportTextTest {
    private static ReportText of(String text) {
        return ReportText.of(text, Lexicon.bundled().headings());
    }

    @Test
    void decimalsAndAbbreviationsDoNotEndSentences() {
        ReportText t = of("FINDINGS: The CBD measures 2.1 cm. Valve area 0.6 sq. cm by planimetry. Seen by Dr. Smith.");
        assertThat(t.sentences()).hasSize(3);
        assertThat(t.tokens()).extracting(Token::word).contains("2.1");
    }

    @Test
    void everyTokenPointsAtItsOwnText() {
        String text = "EXAM: Renal US.\nFINDINGS: Right kidney 10.2 cm; no hydronephrosis.";
        ReportText t = of(text);
        for (Token k : t.tokens()) {
            assertThat(text.substring(k.start(), k.end()).toLowerCase()).isEqualTo(k.word());
        }
    }

    @Test
    void clausesAreCutAtCommasSemicolonsAndBut() {
        ReportText t = of("FINDINGS: The liver is normal, the spleen is normal but the pancreas is obscured.");
        int liver = t.tokens().stream().filter(k -> k.word().equals("liver")).findFirst().orElseThrow().clause();
        int spleen = t.tokens().stream().filter(k -> k.word().equals("spleen")).findFirst().orElseThrow().clause();
        int pancreas = t.tokens().stream().filter(k -> k.word().equals("pancreas")).findFirst().orElseThrow().clause();
        assertThat(liver).isNotEqualTo(spleen);
        assertThat(spleen).isNotEqualTo(pancreas);
    }
}

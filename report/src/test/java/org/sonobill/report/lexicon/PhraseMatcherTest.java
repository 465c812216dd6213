package org.sonobill.report.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sonobill.report.text.ReportText;
import org.sonobill.report.text.Token;

class PhraseMatcherTest {
    private static List<Token> tokens(String text) {
        return ReportText.of(text, Lexicon.bundled().headings()).tokens();
    }

    @Test
    void theLongestPhraseAtAPositionWins() {
        PhraseMatcher<String> m = new PhraseMatcher<>();
        m.add("pain", "R52", "t");
        m.add("right upper quadrant pain", "R10.11", "t");
        List<Token> t = tokens("FINDINGS: Right upper quadrant pain.");
        assertThat(m.find(t, 0, t.size())).extracting(PhraseMatcher.Match::value).containsExactly("R10.11");
    }

    @Test
    void aPluralOfTheLastWordMatches() {
        PhraseMatcher<String> m = new PhraseMatcher<>();
        m.add("urinary tract infection", "N39.0", "t");
        List<Token> t = tokens("FINDINGS: Recurrent urinary tract infections.");
        assertThat(m.find(t, 0, t.size())).extracting(PhraseMatcher.Match::value).containsExactly("N39.0");
    }

    @Test
    void aWordOneEditFromALongOrganNameIsThatOrgan() {
        PhraseMatcher<String> m = new PhraseMatcher<>();
        m.add("pancreas", "pancreas", "t");
        m.add("kidney", "kidney", "t");
        m.add("liver", "liver", "t");
        assertThat(m.closeSpelling("pancrease", 6)).isNotNull();
        assertThat(m.closeSpelling("kindey", 6).value()).isEqualTo("kidney");
        assertThat(m.closeSpelling("lever", 6)).as("short words are not guessed").isNull();
        assertThat(m.closeSpelling("panther", 6)).isNull();
    }

    @Test
    void oneEditMeansOneInsertionDeletionSubstitutionOrSwap() {
        assertThat(PhraseMatcher.oneEdit("spleen", "spleeen")).isTrue();
        assertThat(PhraseMatcher.oneEdit("kidney", "kindey")).isTrue();
        assertThat(PhraseMatcher.oneEdit("kidney", "kidnex")).isTrue();
        assertThat(PhraseMatcher.oneEdit("kidney", "kidnexyz")).isFalse();
        assertThat(PhraseMatcher.oneEdit("kidney", "kdineyy")).isFalse();
    }
}

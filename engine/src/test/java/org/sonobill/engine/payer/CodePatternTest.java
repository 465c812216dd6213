package org.sonobill.engine.payer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Codes, ranges and categories as payer policies and coverage articles write them. */
class CodePatternTest {
    @Test
    void aSingleCodeMatchesWithOrWithoutItsDot() {
        CodePattern p = CodePattern.parse("I50.9");
        assertThat(p.matches("I50.9")).isTrue();
        assertThat(p.matches("I509")).isTrue();
        assertThat(p.matches("I50.90")).isFalse();
    }

    @Test
    void aRangeIsInclusiveAndTakesTheChildrenOfItsUpperBound() {
        CodePattern p = CodePattern.parse("I70.211-I70.269");
        assertThat(p.matches("I70.211")).isTrue();
        assertThat(p.matches("I70.235")).isTrue();
        assertThat(p.matches("I70.269")).isTrue();
        assertThat(p.matches("I70.291")).isFalse();
        assertThat(p.matches("I70.209")).isFalse();
        assertThat(CodePattern.parse("76801-76828").matches("76815")).isTrue();
        assertThat(CodePattern.parse("76801-76828").matches("76830")).isFalse();
    }

    @Test
    void aCategoryTakesEveryCodeUnderIt() {
        CodePattern p = CodePattern.parse("O09.*");
        assertThat(p.matches("O09.529")).isTrue();
        assertThat(p.matches("O10.01")).isFalse();
        assertThat(CodePattern.parse("N63*").matches("N63.10")).isTrue();
    }

    @Test
    void aMalformedPatternSaysWhatWasExpected() {
        assertThatThrownBy(() -> CodePattern.parse("I50.9 or I50.1")).hasMessageContaining("is not a code, a range");
        assertThatThrownBy(() -> CodePattern.parse("76828-76801")).hasMessageContaining("runs backwards");
        assertThatThrownBy(() -> CodePattern.parse(" ")).hasMessageContaining("empty");
    }
}

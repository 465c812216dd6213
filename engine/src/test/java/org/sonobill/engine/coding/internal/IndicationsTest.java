package org.sonobill.engine.coding.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IndicationsTest {

    @ParameterizedTest
    @ValueSource(strings = {"N17.9", "R31.9", "R80.9", "R82.90", "R94.4", "Q61.3", "C67.9", "D30.00", "D41.4",
            "I12.9", "I13.10", "E11.21", "E11.22", "Z85.51", "Z87.442", "Z90.5", "Z90.6", "Z94.0"})
    void aUrinaryTractHistoryIsReadFromTheseCodes(String code) {
        assertThat(Indications.urinary(List.of(code))).as(code).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"R10.11", "R79.89", "E11.9", "E11.65", "I10", "Z87.891", "Z85.3", "R94.5", "D25.9"})
    void otherCodesAreNotAUrinaryHistory(String code) {
        assertThat(Indications.urinary(List.of(code))).as(code).isFalse();
    }
}

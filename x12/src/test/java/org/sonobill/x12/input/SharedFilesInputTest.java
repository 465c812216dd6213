package org.sonobill.x12.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every file of the shared X12 samples is opened, or refused with a message that says why. */
class SharedFilesInputTest {
    /**
     * Files whose ISA header is damaged (found by reading them, then checked by hand): the refusal must name the
     * element and the byte offset.
     */
    private static final Map<String, String> GARBLED = Map.of(
            "837p/imsweb-x12-parser__x12_bad_first_line.txt",
            "segment 1 (ISA), element ISA02, byte offset 7: ISA02 (authorization information) is 9 characters long",
            "277/oopfactory-x12parser__277__5010__FromLatitude81uk.txt",
            "segment 1 (ISA), element ISA12, byte offset 87: ISA12 (interchange control version number) is 6 "
                    + "characters long");

    /** Interchange acknowledgments (TA1 only, no GS) whose ISA12 is 00501; the others are 004010 envelopes. */
    private static final Set<String> TA1_IN_5010 = Set.of(
            "ta1/oopfactory-x12parser__Acknowledgments__TechnicalAcknowledgment_SampleFromJeffN825.txt");

    static Stream<SharedX12Data.Row> rows() {
        return SharedX12Data.index().stream();
    }

    static boolean all5010(SharedX12Data.Row row) {
        return !row.versions().isEmpty() && Arrays.stream(row.versions().split(";"))
                .allMatch(X12Versions::isSupported);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void eachSampleIsOpenedOrRefusedForAStatedReason(SharedX12Data.Row row) throws IOException {
        if (GARBLED.containsKey(row.file())) {
            assertThatThrownBy(() -> X12Input.open(row.path())).isInstanceOf(X12InputException.class)
                    .hasMessageContaining(GARBLED.get(row.file()));
        } else if (row.noted("no-ISA-envelope")) {
            assertThatThrownBy(() -> X12Input.open(row.path()))
                    .hasMessageContaining("the file has no interchange header (ISA)");
            try (X12Input input = X12Input.open(row.path(), InputOptions.acceptingMissingEnvelope())) {
                assertThat(input.transactionType()).isEqualTo(row.transactionSets());
            }
        } else if (all5010(row) || TA1_IN_5010.contains(row.file())) {
            try (X12Input input = X12Input.open(row.path()); Reader reader = input.reader()) {
                assertThat(input.transactionType()).isEqualTo(row.transactionSets().split(";")[0]);
                assertThat(input.encoding().name()).startsWith(row.noted("utf-16") ? "UTF_16" : "UTF_8");
                assertThat(input.encoding() == TextEncoding.UTF_8_BOM).isEqualTo(row.noted("utf8-bom"));
                assertThat(reader.transferTo(Writer.nullWriter())).isPositive();
            }
        } else {
            assertThatThrownBy(() -> X12Input.open(row.path())).isInstanceOf(X12InputException.class)
                    .hasMessageContaining("is not supported: SonoBill reads X12 5010 only");
        }
    }

    @Test
    void the4010RemittancesAreRefusedWithTheVersionMessage() {
        SharedX12Data.Row row = rows().filter(r -> r.file().endsWith("835__4010__Example1_GripElements.txt"))
                .findFirst().orElseThrow();
        assertThatThrownBy(() -> X12Input.open(row.path())).hasMessageEndingWith(
                "segment 2 (GS), element GS08: X12 version 004010 (GS08 = 004010X091A1) is not supported: "
                        + "SonoBill reads X12 5010 only (GS08 and ST03 starting with 005010, such as 005010X221A1 "
                        + "for an 835; ISA12 = 00501). Ask the sender for the 5010 version of this file.");
    }

}

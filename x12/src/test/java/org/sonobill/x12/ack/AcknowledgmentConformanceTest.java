package org.sonobill.x12.ack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sonobill.x12.input.SharedX12Data;
import org.sonobill.x12.input.X12Input;
import org.sonobill.x12.input.X12InputException;

/**
 * The shared acknowledgment samples (999, 277CA, 277, TA1) read with INDEX.csv's transaction set counts; the other
 * non-837 samples (276 requests, 270/271, 4010 files) are refused with a message that says why.
 */
class AcknowledgmentConformanceTest {
    /** Damaged or out-of-scope samples, and what the refusal must say (checked by hand in each file). */
    static final Map<String, String> REFUSED = Map.of(
            "277/oopfactory-x12parser__277__5010__FromLatitude81uk.txt",
            "element ISA12, byte offset 87: ISA12 (interchange control version number) is 6 characters long",
            "ta1/oopfactory-x12parser__Acknowledgments__TechnicalAcknowledgment_Sample1.txt",
            "element ISA12: X12 version 004010 (ISA12 = 00401) is not supported",
            "277/oopfactory-x12parser__277__5010__FromBogeyone.txt",
            "segment 10 (HL): the file ends after this segment, inside the transaction set 0001 that starts at "
                    + "segment 3: no SE trailer, so the file is truncated",
            "999/staedi__invalid999.edi",
            "segment 4 (IK5): IK5 without the AK2 transaction set response header it belongs to");

    static Stream<SharedX12Data.Row> acknowledgments() {
        Set<String> folders = Set.of("999", "277ca", "277", "ta1");
        return SharedX12Data.index().stream().filter(r -> folders.contains(r.folder()));
    }

    static Stream<SharedX12Data.Row> others() {
        Set<String> folders = Set.of("276", "270_271", "legacy_4010");
        return SharedX12Data.index().stream().filter(r -> folders.contains(r.folder()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("acknowledgments")
    void eachAcknowledgmentReadsWithTheIndexCounts(SharedX12Data.Row row) throws IOException {
        if (REFUSED.containsKey(row.file())) {
            assertThatThrownBy(() -> {
                try (X12Input input = X12Input.open(row.path())) {
                    AcknowledgmentReader.read(input);
                }
            }).isInstanceOf(X12InputException.class).hasMessageContaining(REFUSED.get(row.file()));
            return;
        }
        try (X12Input input = X12Input.open(row.path())) {
            Acknowledgments acks = AcknowledgmentReader.read(input);
            assertThat(acks.transactionSets()).as("ST count").isEqualTo(row.stCount());
            assertThat(acks.claimStatus().stream().flatMap(r -> r.claims().stream())
                    .mapToInt(c -> c.lines().size()).sum()).as("SVC count").isEqualTo(row.serviceLines());
            assertThat(acks.interchanges().isEmpty()).isEqualTo(!row.noted("TA1"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("others")
    void requestsEligibilityAnd4010FilesAreRefusedSayingWhy(SharedX12Data.Row row) {
        assertThatThrownBy(() -> {
            try (X12Input input = X12Input.open(row.path())) {
                AcknowledgmentReader.read(input);
            }
        }).isInstanceOf(X12InputException.class).message().satisfiesAnyOf(
                m -> assertThat(m).contains("is not supported: SonoBill reads X12 5010 only"),
                m -> assertThat(m).contains("is a 276 (ST01), not an acknowledgment"));
    }

    @Test
    void theRejected277caOfTheSamplesIsARejectionWithItsStatusCodes() throws IOException {
        SharedX12Data.Row row = acknowledgments().filter(r -> r.file().endsWith("x12_277CA_rejected.txt"))
                .findFirst().orElseThrow();
        try (X12Input input = X12Input.open(row.path())) {
            ClaimAcknowledgment claim = AcknowledgmentReader.read(input).claimStatus().get(0).claims().get(0);
            assertThat(claim.patientControlNumber()).isEqualTo("3920394930203");
            assertThat(claim.outcome()).isEqualTo(AckOutcome.REJECTED);
            assertThat(claim.isPayerRejection()).isTrue();
            assertThat(claim.payerClaimNumber()).isEqualTo("1107000000001120");
            assertThat(claim.billType()).isEqualTo("731");
            assertThat(claim.statuses()).extracting(StatusCode::display).containsExactly("A7:562:85");
        }
    }
}

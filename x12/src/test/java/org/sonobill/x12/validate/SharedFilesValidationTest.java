package org.sonobill.x12.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sonobill.x12.input.SharedX12Data;
import org.sonobill.x12.input.X12Input;
import org.sonobill.x12.input.X12InputException;
import org.sonobill.x12.remit.ClaimPayment;
import org.sonobill.x12.remit.PaymentEnd;
import org.sonobill.x12.remit.ReadSummary;
import org.sonobill.x12.remit.RemitFinding;
import org.sonobill.x12.remit.RemittanceListener;
import org.sonobill.x12.remit.RemittanceReader;

/**
 * The shared 835, 999 and 277CA samples against our schemas with StAEDI, and the fast 835 reader cross-checked
 * against the same reader fed by StAEDI's tokens: the same records, findings and counts for every sample.
 */
class SharedFilesValidationTest {
    /** Samples that depart from their guide (checked by hand), with the first problem each must report. */
    static final Map<String, String> INVALID = Map.of(
            "835/linuxforhealth-x12__835_005010X221A1__cob-contractural-adjustment.835",
            "segment 4 (BPR), element BPR16: a required element is missing",
            "835/linuxforhealth-x12__835_005010X221A1__managed-care.835",
            "segment 4 (BPR), element BPR16: value '20002316' is not a valid date",
            "835/linuxforhealth-x12__835_005010X221A1__secondary-payment.835",
            "segment 4 (BPR), element BPR16: a required element is missing",
            "835/linuxforhealth-x12__835_005010X221A1__tertiary-payment.835",
            "segment 4 (BPR), element BPR16: a required element is missing",
            "835/oopfactory-x12parser__835__5010__ExampleFromNth.txt",
            "segment 24 (SVC), element SVC01, loop 2110: value 'XX' is not a code the guide allows here; expected "
                    + "one of AD, ER, HC, HP, IV, N4, N6, NU, UI, WK",
            "835/oopfactory-x12parser__835__5010__FromNth__835_WithMultipleInterchanges.txt",
            "segment 24 (SVC), element SVC01, loop 2110: value 'XX' is not a code the guide allows here",
            "999/imsweb-x12-parser__x12_999_accepted.txt",
            "segment 2 (GS), element GS05: value '102497' is not a valid time",
            "999/oopfactory-x12parser__Acknowledgments__999__DHS_Wisconsin_Sample.txt",
            "segment 7 (AK2), element AK202, loop 2000: value '002' is too short",
            "999/staedi__invalid999.edi",
            "segment 4 (IK5): the segment is out of order",
            "277ca/imsweb-x12-parser__x12_277_x212.txt",
            "segment 111 (IEA), element IEA02: control number '842928883' does not match its header's");

    /** Samples the input layer or StAEDI cannot open (truncated, garbled ISA, 4010, no envelope). */
    static final Set<String> UNREADABLE = Set.of(
            "835/edi-835-parser__blue_cross_nc_sample.txt",
            "835/oopfactory-x12parser__835__5010__Example1.txt",
            "277/oopfactory-x12parser__277__5010__FromBogeyone.txt",
            "277/oopfactory-x12parser__277__5010__FromLatitude81uk.txt");

    /** Samples the fast reader refuses for defects in their data (RemittanceConformanceTest). */
    static final Set<String> REFUSED_BY_READER = Set.of(
            "835/linuxforhealth-x12__835_005010X221A1__managed-care.835",
            "835/linuxforhealth-x12__835_005010X221A1__tertiary-payment.835");

    static Stream<SharedX12Data.Row> validated() {
        return SharedX12Data.index().stream().filter(r -> Set.of("835", "999", "277ca").contains(r.folder()))
                .filter(r -> !UNREADABLE.contains(r.file()));
    }

    static Stream<SharedX12Data.Row> remittances() {
        return validated().filter(r -> r.folder().equals("835")).filter(r -> !REFUSED_BY_READER.contains(r.file()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validated")
    void eachSampleValidatesOrReportsItsDefect(SharedX12Data.Row row) throws IOException {
        try (X12Input input = X12Input.open(row.path())) {
            ValidationReport report = X12Validator.validate(input);
            if (INVALID.containsKey(row.file())) {
                assertThat(report.problems()).isNotEmpty();
                assertThat(report.problems().get(0).toString()).contains(INVALID.get(row.file()));
            } else {
                assertThat(report.problems()).isEmpty();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("remittances")
    void theFastReaderAndStaediGiveTheSameRecords(SharedX12Data.Row row) throws IOException {
        Recorder fast = new Recorder();
        Recorder staedi = new Recorder();
        ReadSummary fastSummary;
        ReadSummary staediSummary;
        try (X12Input input = X12Input.open(row.path())) {
            fastSummary = RemittanceReader.read(input, fast);
        }
        try (X12Input input = X12Input.open(row.path())) {
            staediSummary = X12Validator.readRemittance(input, staedi).summary();
        }
        assertThat(fast.claims).isNotEmpty().isEqualTo(staedi.claims);
        assertThat(fast.ends).isEqualTo(staedi.ends);
        assertThat(fast.findings).isEqualTo(staedi.findings);
        assertThat(fastSummary).isEqualTo(staediSummary);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unreadable")
    void unreadableSamplesAreRefusedBeforeValidation(String file) {
        Throwable refusal = org.assertj.core.api.Assertions.catchThrowable(() -> {
            try (X12Input input = X12Input.open(SharedX12Data.directory().resolve(file))) {
                X12Validator.validate(input);
            }
        });
        assertThat(refusal).isInstanceOf(X12InputException.class);
    }

    static Stream<String> unreadable() {
        SharedX12Data.directory();
        return UNREADABLE.stream().sorted();
    }

    /** Keeps everything a reader reports, for comparison. */
    static final class Recorder implements RemittanceListener {
        final List<ClaimPayment> claims = new ArrayList<>();
        final List<PaymentEnd> ends = new ArrayList<>();
        final List<RemitFinding> findings = new ArrayList<>();

        @Override
        public void claim(ClaimPayment claim) {
            claims.add(claim);
        }

        @Override
        public void paymentEnd(PaymentEnd end) {
            ends.add(end);
        }

        @Override
        public void finding(RemitFinding finding) {
            findings.add(finding);
        }
    }

    @Test
    void everySampleThatIsExpectedInvalidIsInTheIndex() {
        assertThat(validated().map(SharedX12Data.Row::file).toList()).containsAll(INVALID.keySet());
    }
}

package org.sonobill.x12.remit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sonobill.x12.input.InputOptions;
import org.sonobill.x12.input.SharedX12Data;
import org.sonobill.x12.input.X12Input;
import org.sonobill.x12.input.X12InputException;
import org.sonobill.x12.input.X12Versions;

/**
 * Every 5010 835 of the shared samples reads with the counts INDEX.csv gives, or is refused for a defect that was
 * checked by hand in the file.
 */
class RemittanceConformanceTest {
    /** Sample files with defects in the data itself, and the refusal each must get. */
    static final Map<String, String> DEFECTIVE = Map.of(
            "835/edi-835-parser__blue_cross_nc_sample.txt",
            "segment 28 (SVC), element SVC02: SVC02 (line item charge amount) is missing",
            "835/linuxforhealth-x12__835_005010X221A1__managed-care.835",
            "segment 4 (BPR), element BPR16: BPR16 (check issue or EFT effective date) is '20002316', which is "
                    + "not a calendar date",
            "835/linuxforhealth-x12__835_005010X221A1__tertiary-payment.835",
            "segment 20 (SVC), element SVC01: SVC01 (composite medical procedure identifier) is 'HC'; expected a "
                    + "qualifier and a code separated by the component separator : that ISA16 declares, such as "
                    + "HC:76856 (the code may have been written as a separate element, which shifts the amounts "
                    + "that follow)");

    /** Samples that contradict their ISA16 in SVC01 and are read with a finding saying so. */
    static final Set<String> SEPARATOR_MISMATCH = Set.of(
            "835/linuxforhealth-x12__835_005010X221A1__cob-contractural-adjustment.835",
            "835/linuxforhealth-x12__835_005010X221A1__secondary-payment.835");

    static Stream<SharedX12Data.Row> remittances() {
        return SharedX12Data.index().stream().filter(r -> r.folder().equals("835"))
                .filter(r -> r.versions().isEmpty() || X12Versions.isSupported(r.versions()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("remittances")
    void eachRemittanceReadsWithTheIndexCounts(SharedX12Data.Row row) {
        InputOptions options = row.noted("no-ISA-envelope") ? InputOptions.acceptingMissingEnvelope()
                : InputOptions.strict();
        if (DEFECTIVE.containsKey(row.file())) {
            assertThatThrownBy(() -> {
                try (X12Input input = X12Input.open(row.path(), options)) {
                    RemittanceReader.read(input, claim -> { });
                }
            }).isInstanceOf(X12InputException.class).hasMessageContaining(DEFECTIVE.get(row.file()));
            return;
        }
        List<ClaimPayment> claims = new ArrayList<>();
        List<RemitFinding> findings = new ArrayList<>();
        ReadSummary summary;
        try (X12Input input = X12Input.open(row.path(), options)) {
            summary = RemittanceReader.read(input, new RemittanceListener() {
                @Override
                public void claim(ClaimPayment claim) {
                    claims.add(claim);
                }

                @Override
                public void finding(RemitFinding finding) {
                    findings.add(finding);
                }
            });
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        assertThat(summary.transactionSets()).as("ST count").isEqualTo(row.stCount());
        assertThat(summary.claims()).as("CLP count").isEqualTo(row.clpCount());
        assertThat(claims).hasSize(row.clpCount());
        assertThat(summary.serviceLines()).as("SVC count").isEqualTo(row.serviceLines());
        assertThat(claims.stream().mapToInt(c -> c.lines().size()).sum()).isEqualTo(row.serviceLines());
        assertThat(summary.adjustmentSegments()).as("CAS count").isEqualTo(row.casCount());
        assertThat(findings.stream().anyMatch(f -> f.code() == RemitFindingCode.COMPONENT_SEPARATOR_MISMATCH))
                .isEqualTo(SEPARATOR_MISMATCH.contains(row.file()));
    }

    @Test
    void theIndexListsThe5010RemittanceSamples() {
        assertThat(remittances()).extracting(SharedX12Data.Row::file).contains(
                "835/tastypackets-x12-parser__profee-multiple.edi", "835/pyx12__835_mult_loops.txt");
    }
}

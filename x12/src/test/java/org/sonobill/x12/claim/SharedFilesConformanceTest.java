package org.sonobill.x12.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.sonobill.x12.input.SharedX12Data;
import org.sonobill.x12.input.X12InputException;

/**
 * The shared 837 samples ({@code ../shared/data/x12}, skipped when absent): every 5010 file that can be parsed is
 * counted as INDEX.csv says (transaction sets, claims, service lines); the files that are valid against the guides
 * are accepted; each deliberately broken file is refused naming its problem; 4010 files are refused as unsupported.
 */
class SharedFilesConformanceTest {
    /** Files that cannot be parsed at all, with what the refusal must say. */
    private static final Map<String, List<String>> UNREADABLE = Map.of(
            "837p/imsweb-x12-parser__x12_bad_first_line.txt", List.of("ISA02", "fixes it at 10"),
            "837p/imsweb-x12-parser__x12_bad_segment_identifier.txt", List.of("cannot be parsed as X12", "NM1"),
            "837p/imsweb-x12-parser__x12_no_isa_line.txt", List.of("no interchange header (ISA)", "GS"),
            "837p/oopfactory-x12parser__837P__5010__ST1309-XX.txt", List.of("segment terminator is missing", "IEA"),
            "837p/oopfactory-x12parser__837P__5010__UnicodeExample.txt", List.of("cannot be parsed as X12", "NM1"));

    /** Files valid against 005010X222A1 / 005010X223A2 (as far as our schemas check). */
    private static final Set<String> VALID = Set.of(
            "837i/linuxforhealth-x12__837_005010X223A3__institutional-claim.837i",
            "837i/linuxforhealth-x12__837_005010X223A3__two-claims-single-provider.837i",
            "837i/linuxforhealth-x12__demo-file__demo.837i",
            "837p/linuxforhealth-x12__837_005010X222A2__demo.autoaccident.837",
            "837p/linuxforhealth-x12__837_005010X222A2__demo.cob.example3.B.837",
            "837p/linuxforhealth-x12__837_005010X222A2__demo.cob.example3.C.837",
            "837p/linuxforhealth-x12__837_005010X222A2__demo.drug.example10.1.837",
            "837p/linuxforhealth-x12__837_005010X222A2__demo.drug.example10.2.837",
            "837p/linuxforhealth-x12__837_005010X222A2__demo.drug.example10.3.837",
            "837p/linuxforhealth-x12__837_005010X222A2__demo.example1.837",
            "837p/linuxforhealth-x12__837_005010X222A2__demo.example2.837",
            "837p/linuxforhealth-x12__837_005010X222A2__demo.example7.837",
            "837p/linuxforhealth-x12__837_005010X222A2__demo.example8.837",
            "837p/linuxforhealth-x12__demo-file__demo.837",
            "837p/oopfactory-x12parser__837P__5010__Example1_HealthInsurance.txt",
            "837p/oopfactory-x12parser__837P__5010__Example2_Encounter.txt",
            "837p/staedi__sample837-original.edi",
            "837p/uhin-x12-parser-library__837.edi");

    private static Stream<SharedX12Data.Row> rows837(boolean legacy) {
        return SharedX12Data.index().stream()
                .filter(r -> r.folder().equals("legacy_4010") == legacy && r.file().contains("837"));
    }

    @TestFactory
    Stream<DynamicTest> every5010FileIsCountedAsTheIndexSaysOrRefusedWhenItCannotBeParsed() {
        return rows837(false).map(row -> DynamicTest.dynamicTest(row.file(), () -> {
            if (UNREADABLE.containsKey(row.file())) {
                assertThatThrownBy(() -> new Claim837Reader().read(row.path()))
                        .isInstanceOf(X12InputException.class)
                        .satisfies(e -> assertThat(e.getMessage()).contains(row.path().toString())
                                .contains(UNREADABLE.get(row.file())));
                return;
            }
            ReadResult r = new Claim837Reader().read(row.path());
            assertThat(r.transactions()).as("transaction sets").hasSize(row.stCount());
            assertThat(r.claimCount()).as("claims").isEqualTo(row.clmCount());
            assertThat(r.serviceLineCount()).as("service lines").isEqualTo(row.serviceLines());
            assertThat(r.accepted()).as("accepted: " + r.problems()).isEqualTo(VALID.contains(row.file()));
            if (r.accepted()) {
                assertThat(r.acceptedClaims()).hasSize(row.clmCount());
            } else {
                assertThat(r.problems()).allSatisfy(p -> assertThat(p.describe()).startsWith(row.path().toString()));
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> every4010ClaimFileIsRefusedAsAnUnsupportedVersion() {
        return rows837(true).map(row -> DynamicTest.dynamicTest(row.file(), () ->
                assertThatThrownBy(() -> new Claim837Reader().read(row.path()))
                        .isInstanceOf(X12InputException.class)
                        .hasMessageContaining("GS08")
                        .hasMessageContaining("is not supported: SonoBill reads X12 5010 only")));
    }

    private static List<String> problems(String file) {
        return new Claim837Reader().read(SharedX12Data.directory().resolve(file)).problems().stream()
                .map(X12Problem::describe).toList();
    }

    @Test
    void aSecondBillingProviderNameInOneLevelIsRefusedAsARepeatedLoop() {
        assertThat(problems("837p/imsweb-x12-parser__x12_loop_errors1_exceeds_max_1_parent.txt"))
                .anyMatch(m -> m.contains("loop 2010AA, segment NM1 (segment 13 of the transaction set)")
                        && m.contains("loop 2010AA (Billing Provider Name) repeats more often than allowed (at most 1)"));
    }

    @Test
    void aBillingLevelWithoutItsNameLoopIsRefused() {
        assertThat(problems("837p/imsweb-x12-parser__x12_loop_errors3_missing_loops.txt"))
                .anyMatch(m -> m.contains("loop 2000A, segment HL (segment 10 of the transaction set)")
                        && m.contains("required loop 2010AA (Billing Provider Name) is missing"));
    }

    @Test
    void aSubscriberLevelWithoutTheSubscriberNameIsRefused() {
        assertThat(problems("837p/imsweb-x12-parser__x12_missing_required_loop_in_one_repeat.txt"))
                .anyMatch(m -> m.contains("required loop 2010BA (Subscriber Name) is missing"));
    }

    @Test
    void aMissingEntityTypeQualifierIsRefusedNamingNm102() {
        assertThat(problems("837p/imsweb-x12-parser__x12_missing_elements.txt"))
                .anyMatch(m -> m.contains("loop 1000B, segment NM1 (segment 5 of the transaction set), element NM102: "
                        + "required element is missing"));
    }

    @Test
    void anAddressOutOfOrderIsRefusedNamingBothSegments() {
        List<String> p = problems("837p/imsweb-x12-parser__x12_segments_out_of_order.txt");
        assertThat(p).anyMatch(m -> m.contains("loop 2010AA, segment REF (segment 9 of the transaction set)")
                && m.contains("required segment N4 is missing"));
        assertThat(p).anyMatch(m -> m.contains("loop 2010AA, segment N4 (segment 10 of the transaction set)")
                && m.contains("out of order"));
    }

    @Test
    void segmentErrorsAreRefusedOneByOne() {
        List<String> p = problems("837p/imsweb-x12-parser__x12_segment_errors.txt");
        assertThat(p).anyMatch(m -> m.contains("loop 2010AA, segment N4") && m.contains("required segment N3 is missing"));
        assertThat(p).anyMatch(m -> m.contains("REF01") && m.contains("repeats more often than allowed (at most 1)"));
        assertThat(p).anyMatch(m -> m.contains("required segment HI (Health Care Diagnosis Code) is missing"));
        assertThat(p).anyMatch(m -> m.contains("SE01") && m.contains("count \"25\" does not match the actual count"));
    }

    @Test
    void aBillingProviderNameWithAnUnknownEntityCodeIsRefused() {
        assertThat(problems("837p/imsweb-x12-parser__x12_bad_valid_code.txt"))
                .anyMatch(m -> m.contains("segment NM1 (segment 7 of the transaction set)")
                        && m.contains("not used here by the implementation guide"));
    }

    @Test
    void aProviderNameWithoutItsEntityIdentifierIsRefusedNamingNm101() {
        assertThat(problems("837p/oopfactory-x12parser__837P__5010__MissingEntityCode.txt"))
                .anyMatch(m -> m.contains("segment NM1 (segment 23 of the transaction set), element NM101: required "
                        + "element is missing"));
    }

    @Test
    void aFacilityCodeQualifierOfTheOtherGuideIsRefusedWithTheCodeTheGuideAllows() {
        assertThat(problems("837i/imsweb-x12-parser__x223-test.txt"))
                .anyMatch(m -> m.contains("loop 2300, segment CLM") && m.contains("element CLM05-2: value \"B\" is not "
                        + "allowed here; expected one of A"));
    }

    @Test
    void diagnosesWithoutTheirQualifierInTheSameCompositeAreRefusedNamingTheComponent() {
        assertThat(problems("837p/imsweb-x12-parser__x12_valid.txt"))
                .anyMatch(m -> m.contains("loop 2300, segment HI") && m.contains("element HI01-2: required element is "
                        + "missing"));
    }
}

package org.sonobill.engine.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sonobill.engine.coding.CodedLine;
import org.sonobill.engine.coding.CodedStudy;
import org.sonobill.engine.coding.CodedStudyJson;
import org.sonobill.engine.coding.CodingEngine;
import org.sonobill.engine.finding.Finding;
import org.sonobill.engine.finding.FindingCode;
import org.sonobill.engine.finding.Severity;
import org.sonobill.engine.study.StudyJsonReader;

/**
 * Codes every example of examples/studies with the bundled engine. The expectations come from the coding reference
 * (ultrasound-coding-reference.md) and the shipped CMS data, not from the engine's output: lines compare as
 * {@code code-modifiers xunits} (modifiers sorted), errors and warnings must be exactly the expected ones, and the
 * info findings named must be present.
 */
class ExamplesCodeTest {
    private static final CodingEngine ENGINE = CodingEngine.bundled();
    private static final StudyJsonReader READER = new StudyJsonReader(ENGINE.vocabulary());

    @Test
    void aCompleteAbdomenAtAnOutpatientHospitalIsTheRadiologists76700WithModifier26() {
        // US-ABD-001: all eight elements (pancreas not seen with a reason counts); US-POS-001: POS 22 → 26.
        CodedStudy s = check("01-abdomen-complete-outpatient-hospital.json", "ready", List.of("76700-26 x1"), Set.of(), Set.of());
        assertThat(s.context().facility()).isTrue();
    }

    @Test
    void anAbdomenOrderedCompleteWithoutTheSpleenIsTheLimited76705AndNeedsReview() {
        // US-ABD-001 / US-DOC-003: spleen silently missing → 76705; ordered 76700 → warning with the dollar gap.
        CodedStudy s = check("02-abdomen-ordered-complete-spleen-not-documented.json", "needs-review", List.of("76705 x1"),
                Set.of("SB-DOC-011"), Set.of("SB-COD-001"));
        assertThat(finding(s, "SB-DOC-011").lineCode()).isEqualTo("76705");
        assertThat(finding(s, "SB-DOC-011").message()).contains("spleen");
        assertThat(finding(s, "SB-DOC-011").revenueImpact()).isPositive();
        // defaults: professional claim, Medicare, global at office POS 11
        assertThat(s.context().claimType()).isEqualTo("professional");
        assertThat(s.context().payer()).isEqualTo("medicare");
        assertThat(s.context().billingRole()).isEqualTo("global");
    }

    @Test
    void hematuriaMakesKidneysAndBladderTheComplete76770OnTheHospitalsInstitutionalClaim() {
        // US-RP-002: urinary history → kidneys + bladder is complete; institutional claims carry no 26/TC.
        CodedStudy s = check("03-renal-hematuria-kidneys-and-bladder.json", "ready", List.of("76770 x1"), Set.of(), Set.of());
        assertThat(s.context().claimType()).isEqualTo("institutional");
    }

    @Test
    void aFemalePelvisDoneTransabdominallyAndTransvaginallyBillsBoth76856And76830() {
        // US-PEL-001 complete female pelvis + 76830; the 76856/76830 NCCI pair was deleted (2004-03-31) in the shipped PTP file.
        check("04-pelvis-female-transabdominal-transvaginal.json", "ready", List.of("76856 x1", "76830 x1"), Set.of(), Set.of());
    }

    @Test
    void aBilateralBreastStudyForMedicareIsOne76641LineWithModifier50() {
        // US-BR-001 complete per breast; bilateral indicator of 76641 is 1 in the July 2024 MPFS file ("data wins"),
        // so Medicare takes one line with 50 and one unit (reference e.4, d).
        CodedStudy s = check("05-breast-bilateral-office.json", "ready", List.of("76641-50 x1"), Set.of(), Set.of());
        assertThat(s.context().billingRole()).isEqualTo("global");
    }

    @Test
    void aKneeStudyWithoutMusclesAndTendonsIsTheLimited76882OnTheRightSide() {
        // US-EXT-001: 76881 needs joint space, muscles, tendons and soft tissue; RT on a one-sided paired study.
        CodedStudy s = check("06-knee-limited-extremity.json", "ready", List.of("76882-RT x1"), Set.of(), Set.of("SB-COD-001"));
        assertThat(s.context().payer()).isEqualTo("commercial");
    }

    @Test
    void aLimitedStudyNeverReportsANegativeRevenueImpact() {
        CodedStudy s = code("06-knee-limited-extremity.json");
        for (Finding f : s.findings()) {
            if (f.revenueImpact() != null) {
                assertThat(f.revenueImpact()).as(f.code()).isGreaterThan(BigDecimal.ZERO);
            }
        }
    }

    @Test
    void twinsAtTwentyWeeksBill76805ForTheFirstAndOneUnitOf76810ForTheSecond() {
        // US-OB-002 / a.2: ≥ 14w0d → 76805, + 76810 per additional gestation (e.2); US-DOC-011 advice on the add-on.
        CodedStudy s = code("07-ob-twins-second-trimester.json");
        assertThat(lines(s)).containsExactlyInAnyOrder("76805 x1", "76810 x1");
        assertThat(codes(s)).contains("SB-UNIT-003");
        assertDiagnosesAreTheIndication(s, "07-ob-twins-second-trimester.json");
    }

    @Test
    void twinsOrderedAs76805AreReadyWithoutAnOrderMismatch() {
        check("07-ob-twins-second-trimester.json", "ready", List.of("76805 x1", "76810 x1"), Set.of(), Set.of("SB-UNIT-003"));
    }

    @Test
    void aCompleteEchoWithSpectralAndColourDopplerIs93306WithModifier26() {
        // US-ECH-001: complete TTE with both Doppler modalities → 93306, never with +93320/+93325.
        CodedStudy s = code("08-echo-tte-complete-doppler.json");
        assertThat(lines(s)).containsExactly("93306-26 x1");
        assertThat(s.context().billingRole()).isEqualTo("professional");
        assertDiagnosesAreTheIndication(s, "08-echo-tte-complete-doppler.json");
    }

    @Test
    void aTteOrderedAs93306IsReadyWithoutAnOrderMismatch() {
        check("08-echo-tte-complete-doppler.json", "ready", List.of("93306-26 x1"), Set.of(), Set.of());
    }

    @Test
    void aBilateralCarotidDuplexIsTheComplete93880WithoutModifier50() {
        // US-VAS-001/002: duplex documented, complete is bilateral; the descriptor is bilateral, so no 50 (reference d).
        check("09-carotid-duplex-bilateral.json", "ready", List.of("93880-26 x1"), Set.of(), Set.of());
    }

    @Test
    void aRightLegVenousDuplexIsTheUnilateral93971WithRT() {
        // US-VAS-003: 93970 is bilateral; one leg is 93971 with RT; POS 19 is a facility → 26.
        check("10-venous-duplex-right-leg.json", "ready", List.of("93971-26-RT x1"), Set.of(), Set.of());
    }

    @Test
    void aThyroidFnaWithGuidanceIncludedLeavesTheSameDayNeckUltrasoundForReview() {
        // US-DOC-008: 10005 includes the ultrasound guidance, so no 76942 (SB-GDE-004); NCCI ch. IX §H.8: a diagnostic
        // study of the same region the same day is separately reportable only as a distinct evaluation (SB-GDE-009).
        CodedStudy s = check("11-thyroid-fna-neck-guidance.json", "needs-review", List.of("76536-26 x1"),
                Set.of("SB-GDE-009"), Set.of("SB-GDE-004"));
        assertThat(finding(s, "SB-GDE-004").lineCode()).isEqualTo("76942");
        assertThat(finding(s, "SB-GDE-009").lineCode()).isEqualTo("76536");
    }

    @Test
    void anEmergencyPhysiciansFastIsALimitedAbdomen76705WithModifier26() {
        // US-DOC-015: POCUS with a separate interpretation; limited codes are typical; POS 23 → 26.
        check("12-ed-pocus-fast-limited-abdomen.json", "ready", List.of("76705-26 x1"), Set.of(), Set.of("SB-COD-001"));
    }

    // ------------------------------------------------------------------ the output format

    static Stream<Arguments> exampleFiles() {
        return ProjectFiles.examples().stream().map(p -> arguments(p.getFileName().toString(), p));
    }

    @ParameterizedTest(name = "the coded {0} matches the output schema")
    @MethodSource("exampleFiles")
    void everyCodedExampleMatchesTheOutputSchema(String name, Path file) throws IOException {
        JsonSchema output = ProjectFiles.schema(ProjectFiles.outputSchemaFile());
        JsonNode json = ProjectFiles.JSON.readTree(CodedStudyJson.toJson(code(name)));
        assertThat(output.validate(json)).as(name).isEmpty();
    }

    @Test
    void theOutputSchemaListsEveryFindingCodeTheEngineCanRaise() {
        JsonNode schema = ProjectFiles.readJson(ProjectFiles.outputSchemaFile());
        Set<String> listed = new TreeSet<>();
        schema.at("/$defs/finding/properties/code/enum").forEach(c -> listed.add(c.asText()));
        Set<String> engine = Arrays.stream(FindingCode.values()).map(FindingCode::id).collect(Collectors.toCollection(TreeSet::new));
        assertThat(listed).isEqualTo(engine);
    }

    // ------------------------------------------------------------------ helpers

    private static CodedStudy code(String fileName) {
        try {
            return ENGINE.code(READER.read(ProjectFiles.read(ProjectFiles.example(fileName)), fileName, 1));
        } catch (Exception e) {
            throw new AssertionError(fileName + ": " + e.getMessage(), e);
        }
    }

    /**
     * Codes the example and checks its lines, status, errors and warnings (exactly these) and info findings (at least
     * these); every line points to the indication's diagnoses, first-listed first.
     */
    private static CodedStudy check(String fileName, String status, List<String> lines, Set<String> errorsAndWarnings,
                                    Set<String> infos) {
        CodedStudy s = code(fileName);
        String context = fileName + "\n  got " + CodedStudyJson.toJson(s);
        assertThat(lines(s)).as(context).containsExactlyInAnyOrderElementsOf(lines);
        Set<String> raised = s.findings().stream().filter(f -> f.severity() != Severity.INFO).map(Finding::code)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(raised).as(context).isEqualTo(new TreeSet<>(errorsAndWarnings));
        assertThat(codes(s)).as(context).containsAll(infos);
        assertThat(s.status().key()).as(context).isEqualTo(status);
        assertDiagnosesAreTheIndication(s, fileName);
        return s;
    }

    private static void assertDiagnosesAreTheIndication(CodedStudy s, String fileName) {
        List<String> indication = new ArrayList<>();
        ProjectFiles.readJson(ProjectFiles.example(fileName)).at("/indication/icd10").forEach(c -> indication.add(c.asText()));
        List<String> expected = indication.subList(0, Math.min(4, indication.size()));
        for (CodedLine l : s.lines()) {
            assertThat(l.diagnoses()).as(fileName + " " + l.code() + " diagnoses").isEqualTo(expected);
        }
    }

    private static List<String> lines(CodedStudy s) {
        return s.lines().stream().map(l -> {
            List<String> mods = new ArrayList<>(l.modifiers());
            mods.sort(null);
            return l.code() + (mods.isEmpty() ? "" : "-" + String.join("-", mods)) + " x" + l.units();
        }).toList();
    }

    private static Set<String> codes(CodedStudy s) {
        return s.findings().stream().map(Finding::code).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Finding finding(CodedStudy s, String code) {
        return s.findings().stream().filter(f -> f.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no finding " + code + " in " + CodedStudyJson.toJson(s)));
    }
}

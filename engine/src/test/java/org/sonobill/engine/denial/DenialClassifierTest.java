package org.sonobill.engine.denial;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DenialClassifierTest {
    private static final DenialClassifier CLASSIFIER = DenialClassifier.shipped();
    private static final DenialContext COMMERCIAL = DenialContext.of("commercial").build();
    private static final DenialContext MEDICARE = DenialContext.of("medicare").build();

    private static DenialClassification classify(String group, String carc, DenialContext ctx, String... rarcs) {
        return CLASSIFIER.classify(DenialLine.of(group, carc, "120.00", rarcs), ctx);
    }

    private static DenialLine withModifiers(String group, String carc, String... modifiers) {
        return new DenialLine(group, carc, List.of(), new BigDecimal("120.00"), "76705", List.of(modifiers));
    }

    // ---------------------------------------------------------------- reference g.1, as the reference says

    @ParameterizedTest(name = "{0}-{1} {2} -> {3}, {4}")
    @CsvSource(delimiter = '|', textBlock = """
            CO | 4   |      | coding-modifier        | corrected-claim
            CO | 5   |      | registration           | corrected-claim
            CO | 11  |      | coding-modifier        | corrected-claim
            CO | 16  | N264 | registration           | new-claim
            CO | 16  | N265 | registration           | new-claim
            CO | 16  | N290 | registration           | new-claim
            CO | 16  | MA112| registration           | new-claim
            CO | 16  | M51  | documentation          | new-claim
            CO | 16  | N56  | documentation          | new-claim
            CO | 16  | MA130| documentation          | new-claim
            OA | 18  |      | duplicate              | corrected-claim
            CO | 22  |      | eligibility            | bill-other-payer
            CO | 27  |      | eligibility            | bill-patient
            CO | 29  |      | timely-filing          | write-off
            CO | 50  | N115 | medical-necessity      | appeal
            CO | 50  | N386 | medical-necessity      | appeal
            CO | 96  |      | medical-necessity      | write-off
            CO | 97  | M15  | bundling               | corrected-claim
            CO | 109 |      | eligibility            | bill-other-payer
            CO | 119 |      | frequency              | appeal
            CO | 151 |      | frequency              | appeal
            CO | 167 |      | medical-necessity      | appeal
            CO | 170 |      | credentialing          | corrected-claim
            CO | 183 |      | credentialing          | corrected-claim
            CO | 185 |      | credentialing          | corrected-claim
            CO | 197 |      | authorisation          | appeal
            CO | 198 |      | authorisation          | appeal
            CO | 204 |      | medical-necessity      | write-off
            CO | 236 |      | bundling               | corrected-claim
            CO | B7  |      | credentialing          | corrected-claim
            CO | B15 |      | bundling               | corrected-claim
            CO | 59  |      | payment-reduction      | none
            CO | 45  |      | payment-reduction      | none
            CO | 253 |      | payment-reduction      | none
            PR | 1   |      | patient-responsibility | bill-patient
            PR | 2   |      | patient-responsibility | bill-patient
            PR | 3   |      | patient-responsibility | bill-patient
            """)
    void theUltrasoundCarcsOfReferenceG1ClassifyAsTheReferenceSays(String group, String carc, String rarc, String cause,
                                                                   String action) {
        DenialClassification c = rarc == null ? classify(group, carc, COMMERCIAL) : classify(group, carc, COMMERCIAL, rarc);

        assertThat(c.rootCause().slug()).isEqualTo(cause);
        assertThat(c.action().slug()).isEqualTo(action);
        assertThat(c.source()).isNotBlank();
    }

    @Test
    void aRemarkCodeChoosesBetweenRegistrationAndDocumentationForCo16() {
        assertThat(classify("CO", "16", COMMERCIAL, "N264").rootCause()).isEqualTo(RootCause.REGISTRATION);
        assertThat(classify("CO", "16", COMMERCIAL, "M51").rootCause()).isEqualTo(RootCause.DOCUMENTATION);
        assertThat(classify("CO", "16", COMMERCIAL, "N479").rootCause()).isEqualTo(RootCause.ELIGIBILITY);
        assertThat(classify("CO", "16", COMMERCIAL, "N999").rootCause()).as("an unlisted remark: the default row")
                .isEqualTo(RootCause.DOCUMENTATION);
        assertThat(classify("CO", "16", COMMERCIAL, "MA01", "N290").rootCause()).as("any of the line's remarks")
                .isEqualTo(RootCause.REGISTRATION);
    }

    @Test
    void co16IsARejectionWithoutAppealRights() {
        DenialClassification c = classify("CO", "16", MEDICARE, "M51");

        assertThat(c.appealable()).isFalse();
        assertThat(c.action()).isEqualTo(DenialAction.NEW_CLAIM);
        assertThat(c.fix()).contains("new original claim").contains("frequency 1");
    }

    @Test
    void theReasonNamesTheCarcAndRarcWithTheirMeaningAndTheCause() {
        DenialClassification c = classify("CO", "50", MEDICARE, "N115");

        assertThat(c.reason()).startsWith("CO-50 (\"These are non-covered services because this is not deemed a "
                + "'medical necessity' by the payer.\"), N115 (\"This decision was based on a Local Coverage Determination (LCD).\")")
                .contains(": medical-necessity.").endsWith("Next: appeal.");
        assertThat(c.team()).isEqualTo("denial-specialist");
        assertThat(c.ownerRole()).isEqualTo("denial-specialist");
        assertThat(c.fix()).contains("appeal level 1").contains("LCD or NCD");
    }

    @Test
    void aRetiredCarcStillClassifiesAndSaysItIsRetired() {
        DenialClassification c = classify("CO", "17", COMMERCIAL);

        assertThat(c.rootCause()).isEqualTo(RootCause.DOCUMENTATION);
        assertThat(c.reason()).contains("retired on the X12 list");
    }

    @Test
    void aCodeNotOnTheListFallsToTheCatchAllRowForASpecialist() {
        DenialClassification c = classify("CO", "999", COMMERCIAL);

        assertThat(c.ownerRole()).isEqualTo("denial-specialist");
        assertThat(c.reason()).contains("not on the X12 list");
    }

    // ---------------------------------------------------------------- the action for each root cause

    @ParameterizedTest(name = "{0}-{1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            CO | 16  | documentation          | new-claim
            CO | 4   | coding-modifier        | corrected-claim
            CO | 97  | bundling               | corrected-claim
            CO | 50  | medical-necessity      | appeal
            CO | 151 | frequency              | appeal
            CO | 197 | authorisation          | appeal
            CO | 22  | eligibility            | bill-other-payer
            CO | 140 | registration           | new-claim
            CO | 185 | credentialing          | corrected-claim
            CO | 29  | timely-filing          | write-off
            OA | 18  | duplicate              | corrected-claim
            CO | 45  | payment-reduction      | none
            PR | 204 | patient-responsibility | bill-patient
            """)
    void eachRootCauseHasItsDefaultActionOnAnAdjudicatedCommercialClaim(String group, String carc, String cause, String action) {
        DenialClassification c = classify(group, carc, COMMERCIAL);

        assertThat(c.rootCause().slug()).isEqualTo(cause);
        assertThat(c.action().slug()).isEqualTo(action);
    }

    @Test
    void everyRootCauseAppearsInTheShippedTable() {
        assertThat(CLASSIFIER.table().rows()).extracting(DenialRow::rootCause).contains(RootCause.values());
    }

    // ---------------------------------------------------------------- policies

    @Test
    void aCodingFixOnAnAdjudicatedMedicareClaimIsAClericalReopening() {
        DenialClassification c = classify("CO", "4", MEDICARE);

        assertThat(c.action()).isEqualTo(DenialAction.REOPENING);
        assertThat(c.reason()).contains("clerical reopening");
        assertThat(c.source()).contains("ch. 34");
    }

    @Test
    void aCodingFixOnACommercialClaimIsACorrectedClaimWithFrequency7() {
        DenialClassification c = classify("CO", "4", COMMERCIAL);

        assertThat(c.action()).isEqualTo(DenialAction.CORRECTED_CLAIM);
        assertThat(c.fix()).contains("frequency 7").contains("REF*F8");
    }

    @Test
    void aFixOnARejectedClaimIsANewClaimWhateverThePayer() {
        DenialContext rejected = DenialContext.of("medicare").rejected().build();

        assertThat(classify("CO", "4", rejected).action()).isEqualTo(DenialAction.NEW_CLAIM);
        assertThat(classify("CO", "50", rejected).action()).isEqualTo(DenialAction.NEW_CLAIM);
        assertThat(classify("CO", "50", rejected).appealable()).isFalse();
        assertThat(classify("CO", "4", DenialContext.of("commercial").rejected().build()).reason())
                .contains("rejected the claim without adjudicating it");
    }

    @Test
    void bundlingWithIndicator0IsWrittenOffAndNeverAppealed() {
        DenialClassification c = classify("CO", "236", DenialContext.of("commercial").ptpIndicator(0)
                .distinctnessDocumented().build());

        assertThat(c.action()).isEqualTo(DenialAction.WRITE_OFF);
        assertThat(c.appealable()).isFalse();
        assertThat(c.reason()).contains("modifier indicator 0");
    }

    @Test
    void bundlingWithIndicator1IsAppealedOnlyWhenDistinctnessIsDocumented() {
        DenialContext documented = DenialContext.of("commercial").ptpIndicator(1).distinctnessDocumented().build();
        DenialContext undocumented = DenialContext.of("commercial").ptpIndicator(1).build();

        assertThat(classify("CO", "97", documented, "M15").action()).isEqualTo(DenialAction.APPEAL);
        assertThat(classify("CO", "97", undocumented, "M15").action()).isEqualTo(DenialAction.CORRECTED_CLAIM);
        assertThat(classify("CO", "97", undocumented, "M15").reason()).contains("does not document distinct");
        assertThat(classify("CO", "236", DenialContext.of("commercial").ptpIndicator(9).build()).action())
                .isEqualTo(DenialAction.APPEAL);
    }

    @Test
    void bundlingWithAnUnknownIndicatorKeepsTheTableDefaultAndSaysToLookItUp() {
        DenialClassification c = classify("CO", "236", COMMERCIAL);

        assertThat(c.action()).isEqualTo(DenialAction.CORRECTED_CLAIM);
        assertThat(c.reason()).contains("not known");
    }

    @Test
    void medicalNecessityWithAnAbnOnFileBillsThePatient() {
        DenialClassification withAbn = classify("CO", "50", DenialContext.of("medicare").abnOnFile().build(), "N115");
        DenialClassification withGa = CLASSIFIER.classify(withModifiers("CO", "50", "GA"), MEDICARE);

        assertThat(withAbn.action()).isEqualTo(DenialAction.BILL_PATIENT);
        assertThat(withAbn.fix()).contains("ABN");
        assertThat(withGa.action()).isEqualTo(DenialAction.BILL_PATIENT);
        assertThat(withGa.reason()).contains("GA on the line");
        assertThat(classify("CO", "4", DenialContext.of("medicare").abnOnFile().build()).action())
                .as("an ABN does not make a coding error the patient's").isEqualTo(DenialAction.REOPENING);
    }

    @Test
    void groupPrBillsThePatientWhateverTheCarc() {
        DenialClassification c = classify("PR", "50", COMMERCIAL);

        assertThat(c.rootCause()).isEqualTo(RootCause.PATIENT_RESPONSIBILITY);
        assertThat(c.action()).isEqualTo(DenialAction.BILL_PATIENT);
    }

    @Test
    void timelyFilingIsWrittenOffAndNotAppealable() {
        assertThat(classify("CO", "29", MEDICARE).appealable()).isFalse();
        assertThat(classify("CO", "29", MEDICARE).reason()).contains("no appeal rights");
        assertThat(classify("CO", "29", COMMERCIAL).reason()).contains("proof");
    }

    @Test
    void aDuplicateOnALineMarkedAsARepeatStudyIsAppealed() {
        assertThat(CLASSIFIER.classify(withModifiers("OA", "18", "76"), COMMERCIAL).action()).isEqualTo(DenialAction.APPEAL);
        assertThat(CLASSIFIER.classify(withModifiers("OA", "18"), COMMERCIAL).action())
                .isEqualTo(DenialAction.CORRECTED_CLAIM);
    }

    @Test
    void theScrubbersEarlierWarningIsNamedAsAnEducationItem() {
        DenialClassification c = classify("CO", "97", DenialContext.of("commercial").findings("SB-NCCI-001", "SB-DOC-003")
                .build(), "M15");

        assertThat(c.reason()).contains("SB-NCCI-001").doesNotContain("SB-DOC-003");
    }

    @Test
    void theNextAppealLevelIsNamedInTheFix() {
        assertThat(classify("CO", "50", DenialContext.of("medicare").appealLevelsUsed(1).build()).fix())
                .contains("appeal level 2");
    }

    // ---------------------------------------------------------------- claim level

    @Test
    void theClaimsCauseIsTheLineCauseWithTheMostMoney() {
        List<DenialLine> lines = List.of(DenialLine.of("CO", "45", "300.00"), DenialLine.of("CO", "97", "40.00", "M15"),
                DenialLine.of("CO", "50", "90.00", "N115"), DenialLine.of("CO", "11", "60.00"),
                DenialLine.of("PR", "2", "25.00"));

        ClaimDenial d = CLASSIFIER.classifyClaim(lines, COMMERCIAL);

        assertThat(d.rootCause()).isEqualTo(RootCause.MEDICAL_NECESSITY);
        assertThat(d.action()).isEqualTo(DenialAction.APPEAL);
        assertThat(d.deniedAmount()).isEqualByComparingTo("190.00");
        assertThat(d.lines()).hasSize(5);
        assertThat(d.main()).isSameAs(d.lines().get(2));
    }

    @Test
    void linesOfOneCauseAddUpAgainstALargerSingleLine() {
        List<DenialLine> lines = List.of(DenialLine.of("CO", "97", "60.00", "M15"), DenialLine.of("CO", "236", "60.00"),
                DenialLine.of("CO", "50", "100.00"));

        assertThat(CLASSIFIER.classifyClaim(lines, COMMERCIAL).rootCause()).isEqualTo(RootCause.BUNDLING);
    }

    @Test
    void aClaimWithOnlyReductionsTakesItsCauseFromThem() {
        ClaimDenial d = CLASSIFIER.classifyClaim(List.of(DenialLine.of("CO", "45", "50.00")), COMMERCIAL);

        assertThat(d.rootCause()).isEqualTo(RootCause.PAYMENT_REDUCTION);
        assertThat(d.action()).isEqualTo(DenialAction.NONE);
        assertThat(d.deniedAmount()).isEqualByComparingTo("0.00");
    }

    @Test
    void slugsReadBothWays() {
        for (RootCause r : RootCause.values()) {
            assertThat(RootCause.fromSlug(r.slug())).contains(r);
        }
        for (DenialAction a : DenialAction.values()) {
            assertThat(DenialAction.fromSlug(a.slug())).contains(a);
        }
        assertThat(RootCause.fromSlug("other")).isEmpty();
    }
}

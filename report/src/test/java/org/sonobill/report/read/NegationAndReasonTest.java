package org.sonobill.report.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sonobill.engine.study.ElementStatus;
import org.sonobill.report.ReadReport;
import org.sonobill.report.Reports;

/** How the reader hears negation, uncertainty, reasons and absence: each pattern of the issue, one test. */
class NegationAndReasonTest {

    private static ReadReport abdomen(String findings) {
        return Reports.read("EXAM: US ABDOMEN COMPLETE\nINDICATION: Right upper quadrant pain.\nFINDINGS: " + findings
                + "\nIMPRESSION: See findings.");
    }

    @Test
    void noHydronephrosisIsASeenKidney() {
        ReadReport r = abdomen("No hydronephrosis.");
        assertThat(r.documentation().element("right_kidney")).isEqualTo(ElementStatus.SEEN);
        assertThat(r.documentation().element("left_kidney")).isEqualTo(ElementStatus.SEEN);
    }

    @Test
    void hydronephrosisNotSeenIsStillASeenKidneyBecauseItIsAFinding() {
        ReadReport r = abdomen("Hydronephrosis is not seen.");
        assertThat(r.documentation().element("right_kidney").state()).isEqualTo(ElementStatus.State.SEEN);
    }

    @Test
    void anOrganObscuredByBowelGasIsNotSeenWithItsReason() {
        ReadReport r = abdomen("The pancreas is obscured by overlying bowel gas.");
        ElementStatus p = r.documentation().element("pancreas");
        assertThat(p.state()).isEqualTo(ElementStatus.State.NOT_SEEN);
        assertThat(p.reason()).contains("bowel gas");
        assertThat(p.counts()).isTrue();
    }

    @Test
    void notWellVisualizedDueToBodyHabitusKeepsTheReason() {
        ReadReport r = abdomen("The spleen is not well visualized due to body habitus.");
        assertThat(r.documentation().element("spleen").reason()).isEqualTo("due to body habitus");
    }

    @Test
    void anOrganNotSeenWithoutAReasonDoesNotCount() {
        ReadReport r = Reports.read("EXAM: PELVIC ULTRASOUND\nHISTORY: Pelvic pain.\nFINDINGS: The uterus measures 8 cm. "
                + "The endometrium measures 6 mm. The right ovary is normal. Left ovary not seen. The bladder is normal.");
        ElementStatus left = r.documentation().element("left_ovary");
        assertThat(left.state()).isEqualTo(ElementStatus.State.NOT_SEEN);
        assertThat(left.counts()).isFalse();
    }

    @Test
    void nonVisualizationBeforeTheOrganIsANotSeenOrgan() {
        ReadReport r = abdomen("Nonvisualization of the pancreas secondary to bowel gas.");
        assertThat(r.documentation().element("pancreas").state()).isEqualTo(ElementStatus.State.NOT_SEEN);
        assertThat(r.documentation().element("pancreas").hasReason()).isTrue();
    }

    @Test
    void partOfAnOrganObscuredLeavesTheOrganSeen() {
        ReadReport r = abdomen("The head and body of the pancreas are normal; the tail of the pancreas is obscured by gas.");
        assertThat(r.documentation().element("pancreas")).isEqualTo(ElementStatus.SEEN);
    }

    @Test
    void statusPostCholecystectomyInTheHistoryIsASurgicallyAbsentGallbladder() {
        ReadReport r = Reports.read("EXAM: US ABDOMEN\nHISTORY: Abdominal pain, status post cholecystectomy.\n"
                + "FINDINGS: The liver is normal.");
        assertThat(r.documentation().element("gallbladder")).isEqualTo(ElementStatus.ABSENT);
    }

    @Test
    void theGallbladderSurgicallyAbsentIsAbsent() {
        ReadReport r = abdomen("The gallbladder is surgically absent.");
        assertThat(r.documentation().element("gallbladder")).isEqualTo(ElementStatus.ABSENT);
    }

    @Test
    void ruleOutPossibleAndConsistentWithAreNeverCoded() {
        ReadReport r = Reports.read("EXAM: US ABDOMEN LIMITED\nHISTORY: Rule out cholecystitis.\nFINDINGS: The gallbladder "
                + "is distended.\nIMPRESSION: Findings consistent with acute cholecystitis. Possible pancreatitis.");
        assertThat(r.documentation().indication().icd10()).doesNotContain("K81.0", "K81.9", "K85.90");
    }

    @Test
    void aNegatedFindingIsNotCodedAndAPositiveOneIs() {
        ReadReport r = Reports.read("EXAM: US ABDOMEN LIMITED\nINDICATION: Right upper quadrant pain.\nFINDINGS: No "
                + "gallstones. The liver shows fatty infiltration.\nIMPRESSION: Hepatic steatosis. No cholelithiasis.");
        assertThat(r.documentation().indication().icd10()).contains("K76.0", "R10.11").doesNotContain("K80.20");
    }

    @Test
    void aFamilyHistoryIsNotTheReasonForTheStudy() {
        ReadReport r = Reports.read("EXAM: US BREAST LEFT\nHISTORY: Family history of breast cancer. Left breast lump.\n"
                + "FINDINGS: Targeted evaluation at 2 o'clock shows a simple cyst.");
        assertThat(r.documentation().indication().icd10()).contains("N63.20").doesNotContain("C50.919");
    }

    @Test
    void aDopplerModeSaidNotPerformedIsNotUsed() {
        ReadReport r = Reports.read("EXAM: CAROTID DUPLEX BILATERAL\nINDICATION: Carotid bruit.\nTECHNIQUE: Grayscale and "
                + "spectral Doppler. Color Doppler was not performed.\nFINDINGS: Right and left ICA PSV normal.");
        assertThat(r.documentation().doppler().spectral()).isTrue();
        assertThat(r.documentation().doppler().color()).isFalse();
    }

    @Test
    void noColourFlowInALesionIsAFindingMadeWithColour() {
        ReadReport r = Reports.read("EXAM: US THYROID\nINDICATION: Thyroid nodule.\nFINDINGS: A 1 cm cyst with no "
                + "internal color flow.");
        assertThat(r.documentation().doppler().color()).isTrue();
    }

    @Test
    void aDeclinedApproachIsNotDone() {
        ReadReport r = Reports.read("EXAM: US PELVIS COMPLETE (TRANSABDOMINAL)\nINDICATION: Pelvic pain.\nFINDINGS: The "
                + "uterus and endometrium are normal. Both ovaries are normal. The bladder is normal. Transvaginal "
                + "imaging was declined by the patient.");
        assertThat(r.documentation().approaches()).extracting(Enum::name).containsExactly("TRANSABDOMINAL");
    }

    @Test
    void aNonStressTestNotPerformedMakesTheProfileOneWithoutIt() {
        ReadReport r = Reports.read("BIOPHYSICAL PROFILE\nIndication: Oligohydramnios. 34 weeks 0 days.\nBreathing 2/2. "
                + "Movement 2/2. Tone 2/2. Fluid 2/2. NST not performed.\nImpression: BPP 8/8.");
        assertThat(r.documentation().obstetric().nonStressTest()).isFalse();
    }

    @Test
    void aFollowUpInFourWeeksIsNotAGestationalAge() {
        ReadReport r = Reports.read("OB ULTRASOUND\nSingle live intrauterine pregnancy at 24 weeks 1 day. Anatomy: "
                + "cerebral ventricles, cerebellum, spine, stomach, kidneys, bladder, four chamber heart, extremities "
                + "normal.\nImpression: Normal anatomy; follow-up growth scan in 4 weeks.");
        assertThat(r.documentation().obstetric().gestationalWeeks()).isEqualByComparingTo("24.14");
        assertThat(r.review()).noneMatch(p -> p.code().equals("RPT-OB-GA"));
    }

    @Test
    void aRecommendationDescribesNoElementOfThisStudy() {
        ReadReport r = Reports.read("EXAM: US PELVIS TA\nINDICATION: Pelvic pain.\nFINDINGS: The uterus is normal. The "
                + "endometrium is not well delineated. Both ovaries are normal. Bladder normal.\nIMPRESSION: Transvaginal "
                + "ultrasound is recommended for endometrial assessment.");
        assertThat(r.documentation().element("endometrium").state()).isEqualTo(ElementStatus.State.NOT_SEEN);
        assertThat(r.documentation().approaches()).extracting(Enum::name).doesNotContain("TRANSVAGINAL");
    }

    @Test
    void neitherNorMakesBothOrgansNotSeen() {
        ReadReport r = abdomen("Neither the pancreas nor the spleen is seen.");
        assertThat(r.documentation().element("pancreas").state()).isEqualTo(ElementStatus.State.NOT_SEEN);
        assertThat(r.documentation().element("spleen").state()).isEqualTo(ElementStatus.State.NOT_SEEN);
    }

    @Test
    void twoOrgansOfOneSubjectShareTheirCue() {
        ReadReport r = abdomen("The pancreas and spleen are not visualized.");
        assertThat(r.documentation().element("pancreas").state()).isEqualTo(ElementStatus.State.NOT_SEEN);
        assertThat(r.documentation().element("spleen").state()).isEqualTo(ElementStatus.State.NOT_SEEN);
    }

    @Test
    void aRecommendedOrNegatedOperationRemovesNoOrgan() {
        assertThat(abdomen("The gallbladder is not seen. Cholecystectomy is recommended if symptoms persist.")
                .documentation().element("gallbladder").state()).isEqualTo(ElementStatus.State.NOT_SEEN);
        assertThat(Reports.read("EXAM: US ABDOMEN\nHISTORY: Pain; no history of cholecystectomy.\nFINDINGS: "
                + "The liver is normal.").documentation().element("gallbladder")).isNull();
    }

    @Test
    void anOrganAbsentWithoutAnOperationGoesToACoder() {
        ReadReport r = Reports.read("EXAM: RENAL ULTRASOUND\nHISTORY: Flank pain.\nFINDINGS: The right kidney is "
                + "normal. The left kidney is absent, consistent with congenital agenesis.");
        assertThat(r.documentation().element("left_kidney").state()).isNotEqualTo(ElementStatus.State.ABSENT);
        assertThat(r.review()).anyMatch(p -> p.code().equals("RPT-ELEMENT-ABSENT"));
    }

    @Test
    void twinsNotIdentifiedIsOneFetus() {
        ReadReport r = Reports.read("OB ULTRASOUND\nHISTORY: Dating.\nFINDINGS: Twin gestation is not identified. A "
                + "single live intrauterine pregnancy with yolk sac and fetal pole at 9 weeks 2 days.");
        assertThat(r.documentation().obstetric().fetuses()).isEqualTo(1);
    }

    @Test
    void aTitleSideTheFindingsContradictGoesToACoder() {
        ReadReport r = Reports.read("EXAM: LEFT LOWER EXTREMITY VENOUS DUPLEX\nINDICATION: Right leg swelling.\n"
                + "FINDINGS: The right common femoral, femoral and popliteal veins are compressible with normal color "
                + "and spectral Doppler.");
        assertThat(r.review()).anyMatch(p -> p.code().equals("RPT-SIDE-CONFLICT"));
    }

    @Test
    void aStoppedStudyGoesToACoder() {
        ReadReport r = Reports.read("TRANSESOPHAGEAL ECHOCARDIOGRAM\nIndication: Stroke.\nThe study was aborted because "
                + "the probe could not be passed beyond the upper esophagus.");
        assertThat(r.review()).anyMatch(p -> p.code().equals("RPT-ABORTED"));
    }

    @Test
    void lowerCaseDictationKeepsEachReasonWithItsOrgan() {
        ReadReport r = Reports.read("us abdomen complete. indication: ruq pain. the liver is normal. the pancreas is "
                + "not visualized. the spleen is normal. the aorta is obscured by bowel gas distally.");
        assertThat(r.documentation().element("pancreas").hasReason()).isFalse();
    }

    @Test
    void aDifferentialDiagnosisIsNotCoded() {
        ReadReport r = Reports.read("EXAM: US ABDOMEN LIMITED\nINDICATION: RUQ pain.\nFINDINGS: Distended gallbladder."
                + "\nIMPRESSION: DDx includes acute cholecystitis.");
        assertThat(r.documentation().indication().icd10()).doesNotContain("K81.0");
    }

    @Test
    void aPregnancyCodeBringsTheWeeksOfGestation() {
        ReadReport r = Reports.read("OB ULTRASOUND\nINDICATION: Decreased fetal movement.\nFINDINGS: Single live "
                + "intrauterine pregnancy at 32 weeks 4 days.");
        assertThat(r.documentation().indication().icd10()).contains("O36.8190", "Z3A.32");
    }
}

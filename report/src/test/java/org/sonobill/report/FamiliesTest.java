package org.sonobill.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sonobill.report.evaluation.CodeLine;
import org.sonobill.report.evaluation.CodeSet;

/**
 * One short report per exam family (and per way of writing one), read and coded end to end: the code set a coder
 * would assign, and whether the reader is sure of it. Hospital outpatient, professional claim, Medicare.
 */
class FamiliesTest {

    static Stream<Arguments> reports() {
        return Stream.of(
                Arguments.of("abdomen complete with a reasoned not-seen pancreas", """
                        EXAM: US ABDOMEN COMPLETE
                        INDICATION: Right upper quadrant pain.
                        FINDINGS: The liver is normal. The gallbladder contains gallstones. The common bile duct measures
                        3 mm. The pancreas is obscured by bowel gas. The spleen is normal. The right kidney and the left
                        kidney are normal. The aorta and IVC are normal.
                        IMPRESSION: Cholelithiasis.""", "76700-26", true),
                Arguments.of("abdomen with an unexplained missing spleen is limited", """
                        EXAM: US ABDOMEN COMPLETE
                        INDICATION: Elevated liver enzymes.
                        FINDINGS: Liver normal. Gallbladder normal. CBD 4 mm. Pancreas normal. Right kidney normal.
                        Left kidney normal. Aorta normal. IVC normal.
                        IMPRESSION: Normal.""", "76705-26", true),
                Arguments.of("a right upper quadrant study", """
                        RUQ ULTRASOUND
                        Indication: RUQ pain.
                        Findings: The liver is normal. The gallbladder is distended with sludge. CBD 5 mm.
                        Impression: Gallbladder sludge.""", "76705-26", true),
                Arguments.of("renal with a urinary history: kidneys and bladder are complete", """
                        EXAM: Renal ultrasound
                        HISTORY: Hematuria.
                        FINDINGS: The right kidney measures 11 cm. The left kidney measures 11.2 cm. No hydronephrosis.
                        The urinary bladder is normal.
                        IMPRESSION: Normal kidneys and bladder.""", "76770-26", true),
                Arguments.of("female pelvis transabdominal and transvaginal", """
                        EXAM: PELVIC ULTRASOUND, TRANSABDOMINAL AND TRANSVAGINAL
                        HISTORY: Pelvic pain.
                        FINDINGS: The uterus measures 8 x 4 x 5 cm. The endometrium measures 7 mm. The right ovary and the
                        left ovary are normal. The bladder is normal.
                        IMPRESSION: Normal pelvis.""", "76830-26 76856-26", true),
                Arguments.of("transvaginal only", """
                        TRANSVAGINAL ULTRASOUND
                        History: Abnormal uterine bleeding.
                        Findings: Uterus 7 cm. Endometrium 12 mm. Right ovary normal. Left ovary normal.
                        Impression: Thickened endometrium.""", "76830-26", true),
                Arguments.of("first trimester", """
                        OB ULTRASOUND
                        HISTORY: Vaginal bleeding in pregnancy.
                        FINDINGS: Single intrauterine gestational sac with yolk sac and fetal pole. Crown rump length
                        consistent with 8 weeks 3 days. Fetal heart rate 160.
                        IMPRESSION: Single live intrauterine pregnancy at 8 weeks 3 days.""", "76801-26", true),
                Arguments.of("second trimester standard with anatomy", """
                        OB ULTRASOUND
                        HISTORY: Anatomy survey.
                        FINDINGS: Single live intrauterine pregnancy. BPD, HC, AC and FL consistent with 20 weeks 2 days.
                        Anatomy: lateral ventricles, cerebellum, spine, stomach, kidneys, bladder, four chamber heart and
                        extremities normal.
                        IMPRESSION: Normal anatomy survey.""", "76805-26", true),
                Arguments.of("twins standard", """
                        OB ULTRASOUND, TWINS
                        HISTORY: Twin pregnancy.
                        FINDINGS: Dichorionic diamniotic twin gestation at 22 weeks 0 days. Twin A and twin B: cerebellum,
                        spine, stomach, kidneys, bladder, four chamber heart and extremities normal.
                        IMPRESSION: Normal twins.""", "76805-26 76810-26", true),
                Arguments.of("biophysical profile with umbilical Doppler", """
                        BIOPHYSICAL PROFILE
                        History: Decreased fetal movement. 36 weeks 2 days.
                        Findings: Single live intrauterine pregnancy. Breathing 2/2, movement 2/2, tone 2/2, fluid 2/2.
                        Umbilical artery Doppler S/D ratio 2.4, normal. NST not performed.
                        Impression: BPP 8/8.""", "76819-26 76820-26", true),
                Arguments.of("breast targeted is limited", """
                        EXAM: US LEFT BREAST
                        HISTORY: Left breast lump.
                        FINDINGS: Targeted ultrasound at 2 o'clock shows a 9 mm simple cyst.
                        IMPRESSION: Simple cyst, BI-RADS 2.""", "76642-26-LT", true),
                Arguments.of("breast complete", """
                        EXAM: US RIGHT BREAST COMPLETE
                        HISTORY: Right breast pain.
                        FINDINGS: All four quadrants and the retroareolar region of the right breast were scanned. No mass.
                        IMPRESSION: Normal.""", "76641-26-RT", true),
                Arguments.of("knee joint complete", """
                        EXAM: US RIGHT KNEE
                        HISTORY: Right knee pain.
                        FINDINGS: Joint space: small effusion. Muscles normal. The quadriceps and patellar tendons are
                        intact. Soft tissues normal.
                        IMPRESSION: Small joint effusion.""", "76881-26-RT", true),
                Arguments.of("thyroid", """
                        EXAM: THYROID ULTRASOUND
                        INDICATION: Thyroid nodule.
                        FINDINGS: Right lobe 5 cm, left lobe 4.8 cm. A 1.2 cm nodule in the right lobe.
                        IMPRESSION: Thyroid nodule.""", "76536-26", true),
                Arguments.of("scrotum", """
                        SCROTAL ULTRASOUND
                        Indication: Scrotal swelling.
                        Findings: Both testes are normal with normal color flow. Small left hydrocele.
                        Impression: Left hydrocele.""", "76870-26", true),
                Arguments.of("carotid duplex bilateral", """
                        EXAM: BILATERAL CAROTID DUPLEX
                        INDICATION: Carotid bruit.
                        TECHNIQUE: Grayscale, color and spectral Doppler.
                        FINDINGS: Right and left common carotid, internal carotid and external carotid arteries patent with
                        normal velocities. Vertebral flow antegrade bilaterally.
                        IMPRESSION: No stenosis.""", "93880-26", true),
                Arguments.of("carotid duplex without colour is not a duplex", """
                        EXAM: BILATERAL CAROTID ULTRASOUND
                        INDICATION: Dizziness.
                        TECHNIQUE: Grayscale and spectral Doppler; color Doppler was not performed.
                        FINDINGS: Right and left CCA, ICA, ECA and vertebral arteries with normal waveforms.""", "", false),
                Arguments.of("venous duplex left leg", """
                        EXAM: LEFT LOWER EXTREMITY VENOUS DUPLEX
                        INDICATION: Left leg swelling.
                        TECHNIQUE: Compression, color and spectral Doppler.
                        FINDINGS: The left common femoral, femoral and popliteal veins are compressible with normal flow.
                        IMPRESSION: No DVT.""", "93971-26-LT", true),
                Arguments.of("complete echo with both Doppler modes", """
                        TRANSTHORACIC ECHOCARDIOGRAM
                        Indication: Heart murmur.
                        Findings: The left ventricle is normal with EF 60%. The right ventricle is normal. The left atrium
                        and right atrium are normal. The aortic valve, mitral valve and tricuspid valve are normal by color
                        Doppler, with normal peak velocities. The aortic root is normal. No pericardial effusion.
                        Impression: Normal echo.""", "93306-26", true),
                Arguments.of("a transesophageal echo", """
                        TRANSESOPHAGEAL ECHOCARDIOGRAM
                        Indication: Atrial fibrillation before cardioversion.
                        Findings: No left atrial appendage thrombus; appendage velocity 0.5 m/s. Color flow shows mild
                        mitral regurgitation.
                        Impression: No thrombus.""", "93312-26 93320-26 93325-26", true),
                Arguments.of("an ultrasound-guided breast biopsy note", """
                        ULTRASOUND-GUIDED CORE NEEDLE BIOPSY, LEFT BREAST
                        Indication: Left breast mass.
                        Procedure: Under real-time ultrasound guidance a 14-gauge needle was advanced into the mass and
                        four cores were obtained. Images were saved.
                        Impression: Successful biopsy.""", "19083-LT", true),
                Arguments.of("an ultrasound-guided paracentesis note", """
                        ULTRASOUND-GUIDED PARACENTESIS
                        Indication: Ascites.
                        Procedure: Under ultrasound guidance the left lower quadrant was accessed and 4 liters were drained.
                        Impression: Successful paracentesis.""", "49083", true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void aReportIsCodedAsACoderWould(String name, String text, String expected, boolean ready) {
        CodedReport coded = Reports.code(text);
        String lines = CodeSet.of(coded).stream().map(FamiliesTest::line).collect(Collectors.joining(" "));
        assertThat(lines).as(name + " " + coded.review()).isEqualTo(expected);
        assertThat(coded.confidence()).as(name + " " + coded.review())
                .isEqualTo(ready ? Confidence.READY : Confidence.NEEDS_REVIEW);
    }

    private static String line(CodeLine l) {
        return l.code() + (l.modifiers().isEmpty() ? "" : "-" + String.join("-", l.modifiers()))
                + (l.units() == 1 ? "" : "x" + l.units());
    }
}

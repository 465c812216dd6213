from core import *
def ob(kind, ga, fetuses=1, **kw):
    d = {"kind": kind, "gestationalWeeks": ga, "fetuses": fetuses}; d.update(kw); return d

C('h023', 'Obstetric', """
OB ULTRASOUND < 14 WEEKS (TRANSABDOMINAL)
Indication: Vaginal spotting at 8 weeks by LMP. G3P1.

Single intrauterine gestational sac containing a yolk sac and a single live embryo. Crown-rump length 17.8 mm, corresponding to 8 weeks 3 days. Embryonic cardiac activity present, heart rate 164 bpm. Small subchorionic hemorrhage measuring 1.8 x 0.9 x 1.2 cm along the inferior margin of the sac. Uterus otherwise unremarkable. Right ovary with a 2.0 cm corpus luteum. Left ovary normal. No free fluid.

IMPRESSION:
1. Single live intrauterine pregnancy at 8w3d by CRL, concordant with dates.
2. Small subchorionic hemorrhage.
""", [L('76801','26')], ['O20.0','Z3A.08'],
 "First-trimester transabdominal study with sac/embryo number, CRL, cardiac activity and maternal uterus and adnexa: 76801-26. Vaginal bleeding before 20 weeks with a subchorionic hemorrhage is coded as threatened abortion O20.0, with Z3A.08.",
 dict(title='OB ULTRASOUND < 14 WEEKS (TRANSABDOMINAL)', exam='ob', approach='transabdominal', obstetric=ob('standard', 8.43),
      ind='Vaginal spotting at 8 weeks', measurements=[{"name":"CRL","value":17.8,"unit":"mm"}]), sex='F', codeFamily='76801')

C('h024', 'Obstetric', """
Endovaginal OB ultrasound
Reason: positive pregnancy test, unsure of LMP, dating.
A single intrauterine gestational sac is seen with a yolk sac and a fetal pole. CRL 4.1 mm = 6w0d. Cardiac flicker present, FHR 112. No subchorionic hemorrhage. Ovaries normal. No adnexal mass, no free fluid.
Impression: Single live IUP 6w0d. EDC 11/09/2026.
""", [L('76817','26')], ['Z36.87','Z3A.01'],
 "Transvaginal-only obstetric study: 76817-26. Dating for uncertain dates Z36.87 with Z3A.01 (less than 8 weeks).",
 dict(title='Endovaginal OB ultrasound', exam='ob', approach='transvaginal', obstetric=ob('transvaginal', 6.0),
      ind='Positive pregnancy test, uncertain LMP; dating', measurements=[{"name":"CRL","value":4.1,"unit":"mm"}]), sex='F', codeFamily='76817')

C('h025', 'Obstetric', """
FIRST TRIMESTER OB ULTRASOUND - TRANSABDOMINAL AND TRANSVAGINAL

CLINICAL: Lower abdominal cramping, 11 weeks by LMP.

TRANSABDOMINAL: Single intrauterine gestation. The maternal uterus is anteverted; bilateral ovaries are normal. Transabdominal views of the embryo were limited by maternal body habitus, and transvaginal imaging was performed for better anatomic detail.

TRANSVAGINAL: CRL 44 mm, consistent with 11 weeks 2 days. Fetal heart rate 158 bpm. Visible anatomy (calvarium, stomach, abdominal wall cord insertion, four limbs) normal for gestational age. Placenta posterior. Nuchal translucency not formally measured. Cervix long and closed, 3.6 cm.

IMPRESSION: Live single IUP at 11w2d, concordant with dates. No sonographic cause for cramping identified.
""", [L('76801','26'), L('76817','26')], ['O26.891','R10.30','Z3A.11'],
 "First-trimester transabdominal study (fetal number, maternal uterus and adnexa) plus a transvaginal study done for better detail (CRL, anatomy, cervix): 76801-26 and 76817-26. Lower abdominal pain in pregnancy: other specified pregnancy-related condition, first trimester O26.891 with R10.30 and Z3A.11.",
 [dict(title='FIRST TRIMESTER OB ULTRASOUND - TRANSABDOMINAL AND TRANSVAGINAL', exam='ob', approach='transabdominal', obstetric=ob('standard', 11.29), ind='Lower abdominal cramping at 11 weeks'),
  dict(title='FIRST TRIMESTER OB ULTRASOUND - TRANSABDOMINAL AND TRANSVAGINAL', exam='ob', approach='transvaginal', obstetric=ob('transvaginal', 11.29), ind='Lower abdominal cramping at 11 weeks',
       measurements=[{"name":"CRL","value":44,"unit":"mm"}])], sex='F', codeFamily='76801 + 76817')

C('h026', 'Obstetric', """
OBSTETRIC ULTRASOUND: 2ND TRIMESTER ANATOMY SURVEY
DOS 3/16/2026

Indication: Routine fetal anatomic survey. G1P0 at 20 weeks 1 day by first trimester ultrasound.

Fetal number: single. Presentation: cephalic. Cardiac activity present, FHR 148 bpm.
Placenta: anterior, fundal, no previa. Cord insertion into the placenta central. Three-vessel cord.
Amniotic fluid: normal, MVP 5.1 cm.

Biometry:
BPD 4.7 cm  (20w2d)
HC 17.6 cm  (20w0d)
AC 15.3 cm  (20w3d)
FL 3.3 cm   (20w2d)
EFW 343 g (52nd percentile)

Anatomy: Cerebral ventricles, choroid plexus, cerebellum, cisterna magna, midline falx: normal. Upper lip intact. Spine normal in sagittal and transverse planes. Four-chamber heart and outflow tracts normal. Stomach, kidneys, bladder present and normal. Abdominal cord insertion normal. Extremities: normal. 
Maternal: cervix 4.0 cm transabdominally. Ovaries not seen, which is common at this gestational age due to the gravid uterus.

IMPRESSION: Single live intrauterine pregnancy at 20w2d by biometry, concordant with dating. Normal fetal anatomic survey.
""", [L('76805','26')], ['Z34.02','Z36.3','Z3A.20'],
 "Standard second-trimester study with fetal number, biometry, the anatomy survey including the four-chamber view, cord insertion, placenta and fluid: 76805-26. Nothing suggests a detailed 76811 (routine, low-risk). Supervision of normal first pregnancy, second trimester Z34.02, screening for malformations Z36.3, Z3A.20.",
 dict(title='OBSTETRIC ULTRASOUND: 2ND TRIMESTER ANATOMY SURVEY', exam='ob', approach='transabdominal', obstetric=ob('standard', 20.14),
      ind='Routine fetal anatomic survey, first pregnancy', measurements=[{"name":"EFW","value":343,"unit":"g"}]), sex='F', codeFamily='76805')

C('h027', 'Obstetric', """
MATERNAL-FETAL MEDICINE
DETAILED FETAL ANATOMIC ULTRASOUND (LEVEL II)

Referral: advanced maternal age (41), G2P1, IVF pregnancy. 19 weeks 4 days by IVF dating.

A single live fetus in breech presentation, FHR 151. Biometry is appropriate (EFW 280 g, 44%). Amniotic fluid normal, placenta posterior-high without previa; placental cord insertion central, 3-vessel cord; umbilical cord insertion into the abdomen normal.

Detailed anatomy:
Head/brain: calvarium intact, lateral ventricles 6 mm, choroid plexus, cavum septi pellucidi, thalami, cerebellum 19 mm, cisterna magna 5 mm, nuchal fold 4 mm.
Face: profile, nasal bone, orbits, upper lip and palate normal.
Neck: no mass.
Chest: lungs homogeneous, diaphragm intact.
Heart: situs solitus, four-chamber view, LVOT, RVOT, three-vessel and three-vessel-trachea views, ductal and aortic arches normal.
Abdomen: stomach, bowel, liver, gallbladder, kidneys, bladder normal; no abdominal wall defect.
Spine: intact with normal skin line.
Extremities: both arms and legs with normal long bones, hands open, feet normal orientation.
Genitalia: normal.

Maternal cervix 3.8 cm. Adnexa unremarkable.

IMPRESSION: Normal detailed fetal anatomic survey. No soft markers. Given IVF pregnancy, fetal echocardiogram at 22-24 weeks is offered.
""", [L('76811','26')], ['O09.522','O09.812','Z3A.19'],
 "Detailed fetal anatomy (brain structures, face, full heart with outflow tracts, organ-specific abdomen, limbs, cord and placenta) for a high-risk pregnancy: 76811-26. Elderly multigravida, second trimester O09.522; pregnancy from assisted reproductive technology O09.812; Z3A.19.",
 dict(title='DETAILED FETAL ANATOMIC ULTRASOUND (LEVEL II)', exam='ob', approach='transabdominal', obstetric=ob('detailed', 19.57),
      ind='Advanced maternal age 41; IVF pregnancy'), sex='F', codeFamily='76811')

C('h028', 'Obstetric', """
Fetal Growth Ultrasound
Hx: Gestational diabetes, diet controlled. 32w0d.
Comparison: 28w scan 02/16/2026 (EFW 51%)
Single live fetus, cephalic. FHR 139.
BPD 8.2 cm, HC 29.6 cm, AC 29.9 cm, FL 6.2 cm. EFW 2,010 g (78th percentile). AC 91st percentile.
AFI 19.8 cm.
Placenta posterior, grade 1.
IMPRESSION: Interval growth is appropriate, EFW 78th %ile with AC at the 91st %ile. Upper-normal fluid. Continue surveillance in 4 weeks.
""", [L('76816','26')], ['O24.410','Z3A.32'],
 "Re-evaluation of fetal size and interval growth against a prior scan: follow-up 76816-26 (one fetus). Gestational diabetes, diet controlled O24.410 with Z3A.32.",
 dict(title='Fetal Growth Ultrasound', exam='ob', approach='transabdominal', obstetric=ob('follow-up', 32.0),
      ind='Gestational diabetes, diet controlled; fetal growth', comparison={"priorDate":"2026-02-16","text":"28-week scan"},
      measurements=[{"name":"EFW","value":2010,"unit":"g"}]), sex='F', codeFamily='76816')

C('h029', 'Obstetric', """
BIOPHYSICAL PROFILE WITH NST
36 weeks 2 days. Indication: decreased fetal movement since last night.

NST: reactive, baseline 135 bpm with moderate variability, two accelerations of 15 bpm x 15 seconds within 20 minutes, no decelerations.   2/2
Fetal breathing movements: present, > 30 seconds.   2/2
Gross body movements: 3 discrete movements.   2/2
Fetal tone: flexion/extension of a limb observed.   2/2
Amniotic fluid: single deepest pocket 4.2 cm.   2/2

TOTAL BPP SCORE: 10/10.
""", [L('76818','26')], ['O36.8130','Z3A.36'],
 "Biophysical profile including a non-stress test, one fetus: 76818-26. Decreased fetal movements, third trimester, single fetus O36.8130 with Z3A.36.",
 dict(title='BIOPHYSICAL PROFILE WITH NST', exam='ob', approach='transabdominal', obstetric=ob('biophysical-profile', 36.29, nonStressTest=True),
      ind='Decreased fetal movement'), sex='F', codeFamily='76818/76819')

C('h030', 'Obstetric', """
bpp  34w5d  (ultrasound only - NST done separately on L&D by nursing, not part of this study)
indication: oligohydramnios on last scan
fetal breathing 2, movement 2, tone 2, fluid 0 (deepest vertical pocket 1.7 cm).  score 6/8 on ultrasound.
impression: BPP 6/8, points deducted for fluid. persistent oligohydramnios. recommend discussion with MFM regarding delivery timing.
""", [L('76819','26')], ['O41.03X0','Z3A.34'],
 "Biophysical profile without the non-stress test (the NST is expressly not part of this service): 76819-26. Oligohydramnios, third trimester, single fetus O41.03X0 with Z3A.34.",
 dict(title='bpp 34w5d', exam='ob', approach='transabdominal', obstetric=ob('biophysical-profile', 34.71, nonStressTest=False),
      ind='Oligohydramnios on last scan'), sex='F', codeFamily='76818/76819')

C('h031', 'Obstetric', """
OB FOLLOW-UP: GROWTH AND UMBILICAL ARTERY DOPPLER
30 weeks 3 days. Known fetal growth restriction diagnosed at 26 weeks.
Previous exam: 03/02/2026.

Biometry: BPD 7.3 cm, HC 26.9 cm, AC 23.6 cm, FL 5.4 cm. EFW 1,190 g (6th percentile); was 1,020 g (5th) two weeks ago.
AFI 9.6 cm.
Umbilical artery Doppler: pulsatility index 1.38 (> 95th percentile), S/D ratio 4.1. End-diastolic flow present, no absent or reversed flow.

IMPRESSION:
Fetal growth restriction, EFW 6th percentile with interval growth.
Elevated umbilical artery PI with forward end-diastolic flow.
Twice-weekly surveillance recommended.
""", [L('76816','26'), L('76820','26')], ['O36.5930','Z3A.30'],
 "Follow-up biometry for known growth restriction (76816-26) and umbilical artery Doppler velocimetry (76820-26). Maternal care for known fetal growth restriction, third trimester O36.5930 with Z3A.30.",
 dict(title='OB FOLLOW-UP: GROWTH AND UMBILICAL ARTERY DOPPLER', exam='ob', approach='transabdominal', obstetric=ob('follow-up', 30.43, umbilicalDoppler=True),
      ind='Known fetal growth restriction', doppler={"spectral":True}, comparison={"priorDate":"2026-03-02"},
      measurements=[{"name":"Umbilical artery PI","value":1.38,"unit":""}]), sex='F', codeFamily='76816 + 76820')

C('h032', 'Obstetric', """
TWIN GESTATION - SECOND TRIMESTER ULTRASOUND
Dichorionic diamniotic twins, 22 weeks 0 days.

TWIN A (maternal right, cephalic): FHR 150. BPD 5.3, HC 19.8, AC 17.3, FL 3.8 cm. EFW 478 g. Posterior placenta. MVP 4.8 cm. Cord insertion central; 3VC. Anatomy survey: intracranial structures, face, spine, four-chamber heart, outflow tracts, stomach, kidneys, bladder, abdominal wall and extremities normal.
TWIN B (maternal left, breech): FHR 144. BPD 5.2, HC 19.5, AC 17.0, FL 3.7 cm. EFW 462 g. Anterior placenta. MVP 5.0 cm. Marginal cord insertion. Anatomy survey normal as above, except the heart is suboptimally seen due to fetal position; four-chamber view obtained, outflow tracts not well seen.
Intertwin membrane seen with lambda sign. EFW discordance 3%.
Cervical length 3.9 cm.

IMPRESSION: Live DCDA twins with concordant growth. Marginal cord insertion twin B. Incompletely visualized outflow tracts twin B: follow-up in 4 weeks.
""", [L('76805','26'), L('76810','26')], ['O30.042','Z3A.22'],
 "Standard second-trimester study of twins, each with its own biometry and survey (the four-chamber view is documented for both): 76805-26 + 76810-26 ×1. Dichorionic diamniotic twins, second trimester O30.042 with Z3A.22 (the marginal cord insertion and the incompletely seen outflow tracts are not given separate codes).",
 dict(title='TWIN GESTATION - SECOND TRIMESTER ULTRASOUND', exam='ob', approach='transabdominal', obstetric=ob('standard', 22.0, 2),
      ind='Dichorionic diamniotic twin pregnancy, second trimester'), sex='F', codeFamily='76805 + 76810')

C('h033', 'Obstetric', """
L&D ULTRASOUND - LIMITED
39w1d, presenting in labor, presentation uncertain on exam.
Single fetus in frank breech presentation. FHR 140s. Placenta fundal. Fluid subjectively normal.
IMP: Frank breech.
""", [L('76815','26')], ['O32.1XX0','Z3A.39'],
 "Limited obstetric study (presentation, heart rate, placental location, qualitative fluid): 76815-26, inpatient (POS 21). Breech presentation O32.1XX0 with Z3A.39.",
 dict(title='L&D ULTRASOUND - LIMITED', exam='ob', approach='transabdominal', obstetric=ob('limited', 39.14), ind='Labor; uncertain fetal presentation'),
 sex='F', codeFamily='76815', ctx={"placeOfService":"21"})

C('h034', 'Obstetric', """
OB ULTRASOUND, SECOND/THIRD TRIMESTER
Indication: late to prenatal care, first visit, dating. LMP unknown.

Single live intrauterine pregnancy. FHR 157 bpm. CRL 80 mm, consistent with 13 weeks 6 days. BPD 2.4 cm. Nuchal translucency not measured (outside the window for NT screening by patient preference). Visible anatomy: calvarium, stomach, bladder, cord insertion and four limbs seen. Placenta anterior. Normal fluid. Cervix closed. Maternal ovaries normal.

IMPRESSION: Single live IUP at 13w6d by CRL. EDD 09/08/2026.
""", [L('76801','26')], ['O09.31','Z3A.13'],
 "Although titled a second/third-trimester exam, the gestational age established by this study is 13 weeks 6 days, so the under-14-week code applies: 76801-26. Insufficient antenatal care, first trimester O09.31 with Z3A.13.",
 dict(title='OB ULTRASOUND, SECOND/THIRD TRIMESTER', exam='ob', approach='transabdominal', obstetric=ob('standard', 13.86),
      ind='Late to prenatal care; dating', measurements=[{"name":"CRL","value":80,"unit":"mm"}]), sex='F', codeFamily='76801/76805')

C('h035', 'Obstetric', """
OB < 14 WEEKS - TWINS
GA 12w2d by LMP.
There are two intrauterine gestational sacs separated by a thick intertwin membrane with twin peak sign: dichorionic diamniotic.
Twin A: CRL 57 mm (12w2d), FHR 162. Visible anatomy normal.
Twin B: CRL 55 mm (12w1d), FHR 158. Visible anatomy normal.
Placentas: anterior (A) and posterior (B).
Uterus: no fibroids. Ovaries: normal.
IMPRESSION: Live dichorionic diamniotic twin pregnancy at 12 weeks, concordant CRLs.
""", [L('76801','26'), L('76802','26')], ['O30.041','Z3A.12'],
 "First-trimester transabdominal study of twins with separate measurements for each: 76801-26 + 76802-26 ×1. DCDA twins, first trimester O30.041 with Z3A.12.",
 dict(title='OB < 14 WEEKS - TWINS', exam='ob', approach='transabdominal', obstetric=ob('standard', 12.29, 2), ind='Twin pregnancy at 12 weeks'),
 sex='F', codeFamily='76801 + 76802')

C('h036', 'Obstetric', """
OB ULTRASOUND COMPLETE
History: 26w4d, chronic hypertension. Normal anatomy survey at 20 weeks (02/09/2026). Interval growth.

Single live fetus, vertex, FHR 142.
BPD 6.5 cm, HC 24.1 cm, AC 21.4 cm, FL 4.8 cm, EFW 860 g (37th percentile).
Amniotic fluid index 14.2 cm.
Placenta anterior, no previa.
No anatomy was re-evaluated.

IMPRESSION: Appropriate interval growth. Normal fluid.
""", [L('76816','26')], ['O10.012','Z3A.26'],
 "Despite the 'complete' title, this is a re-evaluation of fetal size and interval growth after a normal anatomy survey, with no anatomic survey: follow-up 76816-26, not 76805. Pre-existing essential hypertension complicating pregnancy, second trimester O10.012 with Z3A.26.",
 dict(title='OB ULTRASOUND COMPLETE', exam='ob', approach='transabdominal', obstetric=ob('follow-up', 26.57),
      ind='Chronic hypertension in pregnancy; interval growth', comparison={"priorDate":"2026-02-09","text":"Anatomy survey at 20 weeks"}),
 sex='F', codeFamily='76805/76816/76815', acceptable=[[L('76815','26')]], amb='primary')

from core import *
BR = 'breast'
C('h037', 'Breast', """
RIGHT BREAST ULTRASOUND, COMPLETE
Indication: 52-year-old with a new palpable lump in the right breast at 10 o'clock. Mammogram same day: extremely dense breasts.

Technique: Whole-breast survey of the right breast in radial and antiradial planes, all four quadrants and the subareolar region, plus the right axilla.

Findings:
At 10 o'clock, 6 cm from the nipple, corresponding to the palpable area, there is a 1.4 x 0.9 x 1.1 cm oval, circumscribed, anechoic mass with posterior enhancement and no internal flow on color Doppler: simple cyst.
Upper inner quadrant, lower outer and lower inner quadrants: normal fibroglandular tissue, no solid or cystic mass.
Retroareolar region: normal ducts, no dilatation.
Right axilla: normal lymph nodes with fatty hila.

IMPRESSION: Palpable finding corresponds to a 1.4 cm simple cyst at 10 o'clock. BI-RADS 2: benign.
""", [L('76641','26','RT')], ['N60.01'],
 "All four quadrants and the retroareolar region of the right breast (axilla included): complete 76641-26-RT. Solitary cyst of right breast N60.01 (definitive: 'simple cyst', BI-RADS 2). The same-day mammogram is another service.",
 dict(title='RIGHT BREAST ULTRASOUND, COMPLETE', exam='breast', laterality='right', ind="Palpable lump right breast at 10 o'clock",
      elements=seen('upper_outer','upper_inner','lower_outer','lower_inner','retroareolar'), doppler={"color":True}), req=BR, sex='F',
 other=[{"code":"77065","modifiers":["26","RT"],"units":1,"note":"same-day diagnostic mammogram mentioned in the indication, reported separately if performed by this reader"}])

C('h038', 'Breast', """
US LT BREAST LIMITED
Reason: Screening mammogram callback, left breast 2:00 asymmetry.

Targeted sonography of the left breast at 2 o'clock, 4-8 cm from the nipple: a 7 x 5 x 6 mm hypoechoic oval mass with circumscribed margins, parallel orientation, no posterior features at 2:00, 5 cm FN. Likely a fibroadenoma. Remaining targeted tissue normal.

IMPRESSION:
Probably benign 7 mm left breast mass at 2 o'clock, likely fibroadenoma. BI-RADS 3. Six-month follow-up left breast ultrasound recommended.
""", [L('76642','26','LT')], ['R92.8'],
 "Targeted study of one area of the left breast: limited 76642-26-LT. 'Likely fibroadenoma' / BI-RADS 3 is not a definitive diagnosis; code the abnormal breast imaging finding R92.8 (some coders use N63.21, lump in the left upper outer quadrant).",
 dict(title='US LT BREAST LIMITED', exam='breast', laterality='left', ind='Screening mammogram callback: left breast asymmetry at 2 o\'clock',
      elements=seen('upper_outer')), req=BR, sex='F')

C('h039', 'Breast', """
Bilateral breast ultrasound
Hx 38F, bilateral cyclical breast pain, diffuse lumpiness, family history of breast cancer (mother at 45).
Both breasts were scanned in their entirety: all quadrants and the retroareolar regions bilaterally.
RIGHT: Scattered simple cysts up to 6 mm in the upper outer quadrant. No solid mass. Retroareolar: normal.
LEFT: Two simple cysts of 4 and 8 mm in the lower outer quadrant. UIQ, UOQ and LIQ normal. Retroareolar: normal.
IMPRESSION: Bilateral small simple cysts, benign (BI-RADS 2). No sonographic correlate for pain.
""", [L('76641','50')], ['N64.4','N60.11','N60.12','Z80.3'],
 "Both breasts complete (four quadrants and retroareolar each): 76641 bilateral. Office study by the practice (POS 11, global), Medicare: one line with modifier 50 (bilateral indicator 1 in the loaded MPFS file). Mastodynia N64.4, diffuse cystic mastopathy right and left (N60.11, N60.12 for multiple cysts), family history Z80.3.",
 [dict(title='Bilateral breast ultrasound', exam='breast', laterality='bilateral', ind='Bilateral cyclical breast pain; family history of breast cancer',
      elements=seen('upper_outer','upper_inner','lower_outer','lower_inner','retroareolar'))], req=BR, sex='F',
 ctx={"placeOfService":"11","billingRole":"global"}, acceptable=[[L('76641','RT'), L('76641','LT')]], amb='modifier')

C('h040', 'Breast', """
ULTRASOUND RIGHT BREAST COMPLETE
CLINICAL INDICATION: Right breast pain, upper outer quadrant.
FINDINGS: The right breast was scanned in all four quadrants. Upper outer quadrant at the site of pain: normal fibroglandular tissue, no mass, no cyst, no ductal dilatation. Upper inner, lower outer and lower inner quadrants are also normal.
IMPRESSION: No sonographic abnormality at the site of pain. BI-RADS 1.
""", [L('76642','26','RT')], ['N64.4'],
 "Titled complete, but only the four quadrants are documented: the retroareolar (subareolar) region is not mentioned, so the study is limited 76642-26-RT. Mastodynia N64.4.",
 dict(title='ULTRASOUND RIGHT BREAST COMPLETE', exam='breast', laterality='right', ind='Right breast pain, upper outer quadrant',
      elements=seen('upper_outer','upper_inner','lower_outer','lower_inner')), req=BR, sex='F')

C('h041', 'Breast', """
BREAST ULTRASOUND - RIGHT COMPLETE / LEFT TARGETED
History: Right nipple discharge (clear, spontaneous). Left breast: follow-up of a known benign cyst at 6 o'clock.

RIGHT BREAST (complete): All four quadrants and the retroareolar region were evaluated. A 4 mm dilated duct in the retroareolar region at 9 o'clock contains a 5 mm echogenic intraductal nodule with internal vascularity. The UOQ, UIQ, LOQ and LIQ are otherwise normal.
LEFT BREAST (targeted, 6 o'clock): The previously seen 9 mm simple cyst now measures 7 mm. No new finding in the targeted area.

IMPRESSION:
1. Right retroareolar 5 mm intraductal mass, possibly a papilloma. BI-RADS 4A; ultrasound-guided biopsy recommended.
2. Stable benign left breast cyst, BI-RADS 2.
""", [L('76641','26','RT'), L('76642','26','LT')], ['N64.52','N63.41','N60.02'],
 "Right breast complete (four quadrants + retroareolar) 76641-26-RT and left targeted 76642-26-LT, commercial payer: separate RT/LT lines. Nipple discharge N64.52; right breast lump, subareolar N63.41 (the papilloma is hedged); left breast solitary cyst N60.02.",
 [dict(title='BREAST ULTRASOUND - RIGHT COMPLETE', exam='breast', laterality='right', ind='Right nipple discharge, clear and spontaneous', icd=['N64.52','N63.41'],
       elements=seen('upper_outer','upper_inner','lower_outer','lower_inner','retroareolar'), doppler={"color":True}),
  dict(title='LEFT TARGETED', exam='breast', laterality='left', ind='Follow-up of a known benign left breast cyst at 6 o\'clock', icd=['N60.02'],
       elements=seen('lower_inner'))], req=BR, sex='F', ctx={"payer":"commercial"}, codeFamily='76641/76642')

# ---------------- EXTREMITY ----------------
C('h042', 'Extremity, non-vascular', """
MSK ULTRASOUND RIGHT KNEE
History: anterior knee pain and swelling after a fall 2 weeks ago.
Comparison: radiographs 03/03/2026, no fracture.

Joint: moderate suprapatellar joint effusion with synovial thickening, 9 mm.
Tendons: quadriceps and patellar tendons intact with normal fibrillar pattern; pes anserine tendons normal.
Muscles: vastus medialis and lateralis without tear or hematoma.
Soft tissues: prepatellar bursitis with a 2.2 x 0.6 cm fluid collection; no abscess. Medial collateral ligament normal. No Baker cyst.

IMPRESSION: Moderate knee effusion with synovitis. Prepatellar bursitis.
""", [L('76881','26','RT')], ['M25.461','M70.41'],
 "Complete evaluation of one joint (joint space, tendons, muscles, periarticular soft tissues): 76881-26-RT. Commercial payer at POS 22: same line. Effusion right knee M25.461 and prepatellar bursitis right knee M70.41.",
 dict(title='MSK ULTRASOUND RIGHT KNEE', exam='extremity', laterality='right', target='joint', limb='lower', ind='Anterior right knee pain and swelling after a fall',
      elements=seen('joint_space','tendons','muscles','soft_tissue'), comparison={"priorDate":"2026-03-03","text":"Radiographs"}),
 req='extremity', ctx={"payer":"commercial"})

C('h043', 'Extremity, non-vascular', """
Ultrasound L shoulder
Ind: L shoulder pain, weakness with abduction, suspected rotator cuff tear

Biceps long head tendon in the groove: normal, no effusion in the sheath.
Subscapularis: intact, dynamic exam shows no subluxation of the biceps.
Supraspinatus: full-thickness tear of the anterior fibers measuring 1.3 cm AP x 1.1 cm retraction. 
Infraspinatus, teres minor: intact.
Glenohumeral joint (posterior recess): small effusion.
Subacromial-subdeltoid bursa: distended with fluid; dynamic impingement on abduction.
Deltoid and rotator cuff muscle bellies: no fatty atrophy.
AC joint: degenerative capsular hypertrophy.

IMP
1. Full thickness supraspinatus tear 1.3 cm.
2. SASD bursitis with dynamic impingement.
""", [L('76881','26','LT')], ['M75.122','M75.52','M75.42'],
 "Complete shoulder (joint recess, tendons, muscles, bursa/soft tissues, dynamic evaluation): 76881-26-LT. Complete rotator cuff tear, left, not specified as traumatic M75.122; bursitis of left shoulder M75.52; impingement syndrome left shoulder M75.42.",
 dict(title='Ultrasound L shoulder', exam='extremity', laterality='left', target='joint', limb='upper', ind='Left shoulder pain and weakness with abduction',
      elements=seen('joint_space','tendons','muscles','soft_tissue')), req='extremity')

C('h044', 'Extremity, non-vascular', """
LIMITED ULTRASOUND LEFT POPLITEAL FOSSA
Clinical: Posterior left knee swelling, ? Baker cyst.
Findings: In the medial popliteal fossa between the medial head of the gastrocnemius and the semimembranosus tendon there is a 4.1 x 1.6 x 2.3 cm anechoic fluid collection with a neck communicating with the joint. No rupture or dissection into the calf. Popliteal vein compressible.
Impression: Left Baker (popliteal) cyst, 4.1 cm, intact.
""", [L('76882','26','LT')], ['M71.22'],
 "A focused study of the popliteal fossa for a cyst is a limited extremity study, 76882-26-LT (the knee joint itself is not evaluated). Synovial cyst of popliteal space, left knee M71.22. The vein compression remark is not a venous duplex.",
 dict(title='LIMITED ULTRASOUND LEFT POPLITEAL FOSSA', exam='extremity', laterality='left', target='non-joint', limb='lower', ind='Posterior left knee swelling; possible Baker cyst',
      elements=seen('soft_tissue')), req='extremity')

C('h045', 'Extremity, non-vascular', """
Soft tissue ultrasound, right forearm
pt presents with a painless slowly enlarging lump dorsal right forearm x 6 months
in the subcutaneous fat at the site of the palpable lump there is a 2.6 x 1.1 x 2.0 cm oval, well circumscribed, hyperechoic mass parallel to the skin with thin echogenic septations and no internal vascularity on color doppler. underlying muscle normal.
impression: 2.6 cm subcutaneous mass with features most consistent with a lipoma.
""", [L('76882','RT')], ['R22.31'],
 "A single non-joint region (a soft-tissue mass) is always limited: 76882-RT, office study billed globally (POS 11). 'Most consistent with a lipoma' is not coded; localized swelling/lump right upper limb R22.31.",
 dict(title='Soft tissue ultrasound, right forearm', exam='extremity', laterality='right', target='non-joint', limb='upper', ind='Painless enlarging lump, dorsal right forearm',
      elements=seen('soft_tissue','muscles'), doppler={"color":True}), req='extremity', ctx={"placeOfService":"11","billingRole":"global"})

C('h046', 'Extremity, non-vascular', """
US ANKLE RIGHT COMPLETE
HISTORY: Posterior heel pain in a runner.
FINDINGS: The Achilles tendon is fusiformly thickened to 9 mm at 4 cm above the calcaneal insertion with hypoechoic intrasubstance change and neovascularity on power Doppler. No tear. Retrocalcaneal bursa: trace fluid. The plantar fascia measures 3 mm at its origin.
IMPRESSION: Mid-portion Achilles tendinosis without tear.
""", [L('76882','26','RT')], ['M76.61'],
 "Titled 'ankle complete' but only the Achilles tendon, the retrocalcaneal bursa and the plantar fascia are evaluated; the ankle joint space and the muscles are not: limited 76882-26-RT. Achilles tendinitis, right leg M76.61.",
 dict(title='US ANKLE RIGHT COMPLETE', exam='extremity', laterality='right', target='joint', limb='lower', ind='Posterior heel pain',
      elements=seen('tendons','soft_tissue')), req='extremity')

# ---------------- NECK ----------------
C('h047', 'Head and neck soft tissue', """
THYROID ULTRASOUND
INDICATION: Multinodular goiter on exam. TSH normal.
COMPARISON: 03/2025.

Right lobe: 5.8 x 2.1 x 2.3 cm. Left lobe: 5.1 x 1.9 x 1.8 cm. Isthmus 4 mm.
Nodule 1: right mid, 2.1 cm, solid, isoechoic, smooth margins, no echogenic foci. TI-RADS 3 (TR3). Previously 1.9 cm.
Nodule 2: left lower, 0.9 cm, spongiform. TR1.
No abnormal cervical lymph nodes in levels III-IV.

IMPRESSION: Multinodular thyroid. Right mid 2.1 cm TR3 nodule meets criteria for FNA (>= 2.5 cm not met; follow-up criteria met); recommend follow-up ultrasound in 1 year.
""", [L('76536','26')], ['E04.2'],
 "Thyroid ultrasound: head and neck soft tissue 76536-26. Nontoxic multinodular goiter E04.2.",
 dict(title='THYROID ULTRASOUND', exam='neck', ind='Multinodular goiter on exam', comparison={"text":"Thyroid ultrasound 03/2025"}), codeFamily='76536')

C('h048', 'Head and neck soft tissue', """
Neck soft tissue US
Indication: Tender left neck lump x 1 week after URI.
Left level II: three oval lymph nodes, largest 1.9 x 0.8 cm, with preserved fatty hila and hilar vascularity. No necrosis, no abscess. Salivary glands normal.
Impression: Reactive-appearing left level II lymphadenopathy.
""", [L('76536')], ['R59.0'],
 "Neck soft-tissue study: 76536, office (POS 11), global. Localized enlarged lymph nodes R59.0 ('reactive-appearing' is descriptive; the enlargement is the definitive finding).",
 dict(title='Neck soft tissue US', exam='neck', ind='Tender left neck lump after upper respiratory infection'), codeFamily='76536',
 ctx={"placeOfService":"11","billingRole":"global"})

C('h049', 'Head and neck soft tissue', """
PARATHYROID ULTRASOUND
Clinical: Primary hyperparathyroidism, calcium 11.2, PTH 148. Preop localization.
Findings: Posterior to the inferior pole of the left thyroid lobe there is a 1.2 x 0.6 x 0.8 cm oval hypoechoic nodule with a polar feeding vessel on color Doppler, separate from the thyroid. No other candidate lesions. Thyroid gland homogeneous without nodules.
Impression: 1.2 cm left inferior lesion, likely a parathyroid adenoma; correlate with sestamibi.
""", [L('76536','26')], ['E21.0'],
 "Parathyroid localisation is a head-and-neck soft tissue study, 76536-26. Primary hyperparathyroidism E21.0 (the adenoma is 'likely', not coded as D35.1).",
 dict(title='PARATHYROID ULTRASOUND', exam='neck', ind='Primary hyperparathyroidism; preoperative localization', doppler={"color":True}), codeFamily='76536')

# ---------------- SCROTUM ----------------
C('h050', 'Scrotum', """
SCROTAL ULTRASOUND
34-year-old man with painless right scrotal swelling.
The right testis measures 4.5 x 2.8 x 2.9 cm and the left 4.4 x 2.7 x 2.8 cm, both homogeneous with normal and symmetric color flow. Epididymides normal. Large right hydrocele. Small left varicocele, veins up to 3.2 mm with Valsalva.
IMPRESSION: Large right hydrocele. Small left varicocele. Normal testes.
""", [L('76870','26')], ['N43.3','I86.1'],
 "Scrotal ultrasound 76870-26; colour flow used to assess the testes is part of the study (no duplex). Hydrocele N43.3 and scrotal varices (varicocele) I86.1.",
 dict(title='SCROTAL ULTRASOUND', exam='scrotum', ind='Painless right scrotal swelling', doppler={"color":True}), sex='M', codeFamily='76870')

C('h051', 'Scrotum + abdominal/pelvic duplex', """
ULTRASOUND SCROTUM WITH DUPLEX DOPPLER
INDICATION: Acute left testicular pain for 5 hours. Evaluate for torsion.
TECHNIQUE: Grayscale imaging of both hemiscrotal contents with color and spectral Doppler analysis of arterial inflow and venous outflow of both testes.

FINDINGS:
Right testis: 4.3 x 2.5 x 2.6 cm, homogeneous. Arterial waveforms with RI 0.58; venous flow present.
Left testis: 4.6 x 2.9 x 3.0 cm, mildly heterogeneous. Color flow is increased compared to the right. Arterial waveforms low resistance (RI 0.49); venous flow present. The left epididymis is enlarged (head 1.4 cm) and hyperemic.
Small left reactive hydrocele.

IMPRESSION:
1. No evidence of testicular torsion.
2. Left epididymo-orchitis.
""", [L('76870','26'), L('93975','26')], ['N45.3','N43.3'],
 "Scrotal ultrasound (76870-26) with a full duplex evaluation (colour and spectral) of arterial inflow and venous outflow of both testes: 93975-26 (both testes, arterial and venous: complete). Coders disagree: some append a distinct-service modifier (XS/59) to the ultrasound line under the NCCI abdominal US/duplex policy, some bill 93976 (limited) for scrotal duplex and some consider the Doppler part of 76870 with no separate line. Epididymo-orchitis N45.3 (definitive) and hydrocele N43.3.",
 [dict(title='ULTRASOUND SCROTUM WITH DUPLEX DOPPLER', exam='scrotum', ind='Acute left testicular pain, evaluate for torsion', doppler={"color":True,"spectral":True}),
  dict(title='ULTRASOUND SCROTUM WITH DUPLEX DOPPLER', exam='abdominal_duplex', ind='Acute left testicular pain, evaluate for torsion',
       elements=seen('arterial_inflow','venous_outflow'), doppler={"color":True,"spectral":True})],
 sex='M', codeFamily='76870 + 93975/93976', amb='additional line',
 acceptable=[[L('76870','26','XS'), L('93975','26')], [L('76870','26','59'), L('93975','26')], [L('76870','26'), L('93976','26')], [L('76870','26')]])

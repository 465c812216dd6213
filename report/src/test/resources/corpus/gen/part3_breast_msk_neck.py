from corpus import *

R = Report
REPORTS = [

# ---------------- breast ----------------
R("c059", fam="Breast", sex="F", dob="1971-03-12", dos="2026-02-05",
  text="""
EXAM: ULTRASOUND RIGHT BREAST COMPLETE
HISTORY: 54-year-old with right breast pain, diffuse. Mammogram 01/22/2026 negative (BI-RADS 1), heterogeneously dense.
TECHNIQUE: Real-time sonography of all four quadrants and the retroareolar region of the right breast.
FINDINGS: Upper outer quadrant: a 4 mm simple cyst at 10 o'clock, 6 cm from the nipple. Upper inner, lower outer and lower inner quadrants: normal fibroglandular tissue, no mass. Retroareolar region: normal ducts, no mass. The right axilla contains normal-appearing lymph nodes with fatty hila.
IMPRESSION: 4 mm simple cyst, right breast 10 o'clock, benign. No sonographic correlate for pain. BI-RADS 2.
""",
  ind="Right breast pain", icd=["N64.4", "N60.01"],
  study=dict(title="ULTRASOUND RIGHT BREAST COMPLETE", exam="breast", laterality="right", elements=els(BR),
             measurements=M(("Right breast cyst 10 o'clock", 4, "mm")),
             comparison={"priorDate": "2026-01-22", "text": "Mammogram"}),
  exp=[L("76641", "26", "RT")], req=REQUIRED["breast"],
  rat="All four quadrants and the retroareolar region of the right breast are documented (axilla included): complete unilateral 76641-26-RT. Mastodynia N64.4 and solitary cyst of the right breast N60.01."),

R("c060", fam="Breast", sex="F", dob="1983-07-30", dos="2026-02-25",
  text="""
LEFT BREAST ULTRASOUND, TARGETED
Indication: Palpable lump, left breast 2 o'clock.
Findings: Targeted ultrasound of the palpable area at 2 o'clock, 3 cm from the nipple, demonstrates a 1.2 x 0.8 x 0.9 cm oval circumscribed hypoechoic parallel mass with no internal vascularity on color Doppler, most compatible with a fibroadenoma.
Impression: Probably benign 1.2 cm mass at the site of the palpable finding, left breast 2 o'clock. BI-RADS 3; follow-up ultrasound in 6 months.
""",
  ind="Palpable lump, left breast upper outer quadrant", icd=["N63.21"],
  study=dict(title="LEFT BREAST ULTRASOUND, TARGETED", exam="breast", laterality="left", elements={"upper_outer": "seen"},
             doppler={"color": True, "spectral": False}, measurements=M(("Left breast mass 2 o'clock", 1.2, "cm"))),
  exp=[L("76642", "26", "LT")], req=REQUIRED["breast"],
  rat="Targeted evaluation of one area of the left breast: limited 76642-26-LT. 'Most compatible with a fibroadenoma' and BI-RADS 3 are not definitive: code the lump, left breast upper outer quadrant (2 o'clock on the left is upper outer): N63.21."),

R("c061", fam="Breast", sex="F", dob="1965-12-01", dos="2026-01-16",
  text="""
BILATERAL BREAST ULTRASOUND, COMPLETE
HISTORY: Extremely dense breasts on screening mammogram; bilateral breast tenderness. Mother with breast cancer at 49.
COMPARISON: Mammogram 01/09/2026.
FINDINGS:
RIGHT BREAST: Whole-breast evaluation of the upper outer, upper inner, lower outer and lower inner quadrants and retroareolar region. Scattered simple cysts up to 6 mm. No solid mass.
LEFT BREAST: Whole-breast evaluation of all four quadrants and the retroareolar region. Two simple cysts at 3 o'clock (5 mm) and 7 o'clock (4 mm). No solid mass or architectural distortion.
Axillae: normal bilaterally.
IMPRESSION: Bilateral benign simple cysts. No suspicious sonographic finding. BI-RADS 2.
""",
  ind="Bilateral breast tenderness; dense breasts; family history of breast cancer", icd=["N60.11", "N60.12", "N64.4", "Z80.3"],
  study=dict(title="BILATERAL BREAST ULTRASOUND, COMPLETE", exam="breast", laterality="bilateral", elements=els(BR),
             comparison={"priorDate": "2026-01-09", "text": "Mammogram"}),
  exp=[L("76641", "26", "50")], req=REQUIRED["breast"],
  rat="Both breasts are complete (four quadrants and retroareolar region each): 76641 bilateral. Medicare with bilateral indicator 1 in the July 2024 fee schedule: one line 76641-26-50, 1 unit. Multiple simple cysts in each breast: diffuse cystic mastopathy right N60.11 and left N60.12, with the tenderness N64.4 and family history Z80.3 (the extreme density, R92.343, is the mammogram's finding and would be a fifth code)."),

R("c062", fam="Breast", sex="F", dob="1959-08-08", dos="2026-02-27",
  text="""
EXAM: BILATERAL BREAST ULTRASOUND
HISTORY: Right breast: new palpable thickening, entire breast evaluation requested. Left breast: follow-up of a probably benign 7 mm mass at 4 o'clock (BI-RADS 3, 08/2025).
FINDINGS:
RIGHT BREAST (complete): The upper outer, upper inner, lower outer and lower inner quadrants and the retroareolar region are scanned. At the palpable area in the upper outer quadrant there is normal fibroglandular tissue only. No mass.
LEFT BREAST (limited, 4 o'clock): The previously described oval circumscribed mass at 4 o'clock, 5 cm from the nipple, measures 7 x 4 x 5 mm, stable over 6 months.
IMPRESSION:
1. Right breast: no sonographic abnormality at the site of palpable thickening. BI-RADS 1.
2. Left breast: stable probably benign mass at 4 o'clock. BI-RADS 3; follow-up in 6 months.
""",
  ind="Right breast thickening; follow-up of left breast mass", icd=["N63.11", "N63.23", "Z09"],
  studies=[dict(title="BILATERAL BREAST ULTRASOUND (right, complete)", exam="breast", laterality="right", elements=els(BR),
                icd=["N63.11"]),
           dict(title="BILATERAL BREAST ULTRASOUND (left, limited 4 o'clock)", exam="breast", laterality="left",
                elements={"lower_outer": "seen"}, icd=["N63.23"],
                measurements=M(("Left breast mass 4 o'clock", 7, "mm")), comparison={"text": "08/2025 ultrasound"})],
  exp=[L("76641", "26", "RT"), L("76642", "26", "LT")], req=REQUIRED["breast"], code_family="76641-RT + 76642-LT",
  rat="The right breast is complete (four quadrants and retroareolar region): 76641-26-RT; the left breast is a targeted follow-up of one lesion: 76642-26-LT. Different codes per side, so no modifier 50. Palpable thickening of the right breast upper outer quadrant N63.11; left breast mass at 4 o'clock (lower outer on the left) N63.23. The gold study file holds one study per breast.",
  acc=[]),

R("c063", fam="Breast", sex="F", dob="1977-05-25", dos="2026-03-02", ctx=CTX_HOSP_COMM,
  text="""
US BREASTS BILATERAL COMPLETE
Indication: Bilateral nipple discharge, clear. Mammogram negative 02/2026.
Right breast: all quadrants (UOQ, UIQ, LOQ, LIQ) and the subareolar region evaluated. Mild retroareolar duct ectasia up to 3 mm without intraductal mass.
Left breast: all quadrants and the subareolar region evaluated. Mild retroareolar duct ectasia up to 2.5 mm without intraductal mass.
Impression: Mild bilateral duct ectasia. No intraductal mass. BI-RADS 2.
""",
  ind="Bilateral nipple discharge", icd=["N64.52", "N60.41", "N60.42"],
  study=dict(title="US BREASTS BILATERAL COMPLETE", exam="breast", laterality="bilateral", elements=els(BR)),
  exp=[L("76641", "26", "RT"), L("76641", "26", "LT")], req=REQUIRED["breast"],
  rat="Commercial payer (RT/LT lines) at a hospital outpatient department: both breasts complete, one line per side, 76641-26-RT and 76641-26-LT. Nipple discharge N64.52; duct ectasia right N60.41 and left N60.42 (mammary duct ectasia by side)."),

R("c064", fam="Breast", sex="F", dob="1968-10-18", dos="2026-02-09",
  text="""
ULTRASOUND LEFT BREAST COMPLETE
HISTORY: Left breast pain. Negative mammogram.
FINDINGS: Sonographic evaluation of the left breast upper outer, upper inner, lower outer and lower inner quadrants demonstrates normal heterogeneous fibroglandular tissue without mass, cyst or shadowing. Left axilla normal.
IMPRESSION: Negative left breast ultrasound. BI-RADS 1.
""",
  ind="Left breast pain", icd=["N64.4"],
  study=dict(title="ULTRASOUND LEFT BREAST COMPLETE", exam="breast", laterality="left", elements=els(BR, retroareolar=None)),
  exp=[L("76642", "26", "LT")], req=REQUIRED["breast"],
  rat="Titled complete, but the retroareolar region is not documented: complete 76641 needs all four quadrants and the retroareolar region, so 76642-26-LT (query the radiologist)."),

R("c065", fam="Extremity, non-vascular (axilla)", sex="F", dob="1980-11-04", dos="2026-01-28",
  text="""
EXAM: ULTRASOUND LEFT AXILLA
Indication: Palpable left axillary lump for 3 weeks.
Findings: Targeted ultrasound of the left axilla at the palpable site demonstrates a 1.9 x 0.8 cm oval lymph node with a uniformly thin cortex (2 mm) and preserved fatty hilum, morphologically normal. No mass or fluid collection. The breast was not imaged.
Impression: Normal-appearing left axillary lymph node corresponding to the palpable finding. BI-RADS 1.
""",
  ind="Palpable left axillary lump", icd=["R22.32"],
  study=dict(title="ULTRASOUND LEFT AXILLA", exam="extremity", laterality="left", limb="upper", target="non-joint",
             elements={"soft_tissue": "seen"}, measurements=M(("Left axillary node", 1.9, "cm"))),
  exp=[L("76882", "26", "LT")], req=REQUIRED["extremity"], code_family="76882 (axilla only)",
  rat="An axilla-only study is not a breast ultrasound: limited non-joint extremity 76882-26-LT (reference a.1, US-EXT-002). Localized mass of the left upper limb (axilla) R22.32; the node is normal."),

R("c066", fam="Breast (procedure)", sex="F", dob="1962-06-06", dos="2026-02-18",
  text="""
ULTRASOUND-GUIDED CORE NEEDLE BIOPSY, RIGHT BREAST
INDICATION: 1.4 cm irregular hypoechoic mass, right breast 11 o'clock, BI-RADS 4C on diagnostic ultrasound 02/10/2026.
PROCEDURE: Informed consent obtained. Time-out performed. The right breast was prepped and draped in sterile fashion. 1% lidocaine local anesthesia. Under real-time ultrasound guidance, a 14-gauge spring-loaded core needle was advanced into the mass and five cores were obtained; images documenting the needle traversing the lesion were stored. A ribbon-shaped marker clip was placed at the biopsy site and a post-procedure mammogram confirmed its position. Hemostasis achieved with manual compression.
COMPLICATIONS: None.
IMPRESSION: Successful ultrasound-guided core biopsy of the right breast 11 o'clock mass with clip placement. Pathology pending.
""",
  ind="Right breast mass, BI-RADS 4C", icd=["N63.11"],
  study=dict(title="ULTRASOUND-GUIDED CORE NEEDLE BIOPSY, RIGHT BREAST",
             procedures=[{"kind": "needle-guidance", "primaryCode": "19083", "region": "breast", "laterality": "right",
                          "realTimeNeedle": True, "imageRecorded": True, "count": 5, "icd10": ["N63.11"]}],
             comparison={"priorDate": "2026-02-10", "text": "Diagnostic ultrasound"}),
  exp=[L("19083", "RT")], req=["real-time US guidance with image documentation (19083 includes it)", "placement of localization device (included in 19083)"],
  doc=["real-time needle guidance", "stored images", "five cores", "clip placement"], miss=[], code_family="19083",
  other=[{"code": "77065", "modifiers": ["26", "RT"], "units": 1, "note": "post-procedure clip-check mammogram; not an ultrasound code"}],
  rat="Breast biopsy with placement of a localization device and imaging of the specimen under ultrasound guidance, first lesion: 19083-RT, which includes the guidance (no 76942, no separate 76642). 11 o'clock in the right breast is upper outer: N63.11 (BI-RADS 4C is suspicious, not a cancer diagnosis). The post-clip mammogram is a non-ultrasound service."),

R("c067", fam="Breast (procedure)", sex="F", dob="1974-09-13", dos="2026-01-23",
  text="""
LEFT BREAST DIAGNOSTIC ULTRASOUND AND ULTRASOUND-GUIDED BIOPSY
HISTORY: Screening mammogram callback for a 9 mm mass in the left breast lower inner quadrant.
DIAGNOSTIC ULTRASOUND: Targeted ultrasound of the left breast at 8 o'clock, 4 cm from the nipple, demonstrates a 9 x 8 x 7 mm irregular hypoechoic mass with angular margins and posterior shadowing, corresponding to the mammographic finding. BI-RADS 4B. Biopsy was recommended and the patient consented to same-day biopsy.
PROCEDURE: Under sterile conditions and local anesthesia, a 14-gauge core needle was advanced into the mass under real-time ultrasound guidance and four cores were obtained. A clip was deployed. Images stored.
IMPRESSION: Suspicious left breast mass, 8 o'clock, BI-RADS 4B, biopsied under ultrasound guidance.
""",
  ind="Abnormal screening mammogram, left breast mass", icd=["N63.24", "R92.8"],
  study=dict(title="LEFT BREAST DIAGNOSTIC ULTRASOUND AND ULTRASOUND-GUIDED BIOPSY", exam="breast", laterality="left",
             elements={"lower_inner": "seen"}, measurements=M(("Left breast mass 8 o'clock", 9, "mm")),
             procedures=[{"kind": "needle-guidance", "primaryCode": "19083", "region": "breast", "laterality": "left",
                          "realTimeNeedle": True, "imageRecorded": True, "count": 4}]),
  exp=[L("19083", "LT")], req=["19083 includes US guidance", "76642: targeted breast US"],
  doc=["targeted diagnostic US of the lesion", "real-time guided core biopsy", "clip"], miss=[], code_family="19083 ± 76642",
  amb="additional line", acc=[[L("19083", "LT"), L("76642", "26", "LT")], [L("19083", "LT"), L("76642", "26", "59", "LT")]],
  rat="The US-guided core biopsy is 19083-LT. The targeted diagnostic ultrasound of the same lesion on the same day is, under the NCCI same-region guidance policy (ch. IX), not separately reportable unless it is a distinct diagnostic evaluation that led to the decision to biopsy; here it arguably did (a callback with BI-RADS assessment before consent), so coders split on adding 76642-26-LT. Left breast 8 o'clock is lower inner: N63.24; abnormal mammogram finding R92.8."),

# ---------------- extremity ----------------
R("c068", fam="Extremity, non-vascular", sex="M", dob="1969-02-14", dos="2026-02-06",
  text="""
ULTRASOUND RIGHT KNEE
History: Right knee pain and swelling.
Technique: Complete ultrasound evaluation of the right knee joint with dynamic maneuvers.
Findings:
Joint: moderate suprapatellar joint effusion with synovial thickening; no loose bodies.
Tendons: quadriceps and patellar tendons intact and normal in thickness. Pes anserine tendons normal.
Muscles: visualized vastus medialis and lateralis and medial gastrocnemius normal.
Soft tissues: medial and lateral collateral ligaments intact. A 2.8 x 1.1 cm Baker cyst in the popliteal fossa, not ruptured. Subcutaneous tissues normal.
Impression: Moderate knee joint effusion with synovitis. 2.8 cm Baker cyst.
""",
  ind="Right knee pain and swelling", icd=["M25.461", "M71.21"],
  study=dict(title="ULTRASOUND RIGHT KNEE", exam="extremity", laterality="right", limb="lower", target="joint", elements=els(EXT),
             measurements=M(("Baker cyst", 2.8, "cm"))),
  exp=[L("76881", "26", "RT")], req=REQUIRED["extremity"],
  rat="Complete joint examination of the right knee (joint space, tendons, muscles, soft tissues): 76881-26-RT. Effusion of the right knee M25.461 and synovial (Baker) cyst of the right popliteal space M71.21; 'synovitis' with effusion is descriptive."),

R("c069", fam="Extremity, non-vascular", sex="M", dob="1981-06-21", dos="2026-01-12",
  text="""
US LEFT ACHILLES TENDON
Clinical: Posterior left heel pain in a runner.
Findings: The left Achilles tendon is fusiformly thickened to 9 mm at 4 cm above the calcaneal insertion, with hypoechoic change and neovascularity on power Doppler. No partial or full-thickness tear. Retrocalcaneal bursa normal. Plantaris intact.
Impression: Left mid-portion Achilles tendinopathy without tear.
""",
  ind="Left posterior heel pain", icd=["M76.62"],
  study=dict(title="US LEFT ACHILLES TENDON", exam="extremity", laterality="left", limb="lower", target="non-joint",
             elements={"tendons": "seen", "soft_tissue": "seen"}, measurements=M(("Achilles tendon thickness", 9, "mm"))),
  exp=[L("76882", "26", "LT")], req=REQUIRED["extremity"],
  rat="A single tendon is a non-joint, focal study: 76882-26-LT. Achilles tendinitis, left leg M76.62."),

R("c070", fam="Extremity, non-vascular", sex="F", dob="1957-01-01", dos="2026-02-20",
  text="""
Soft tissue ultrasound, right thigh
Reason: Palpable lump anterior right thigh.
At the site of palpable concern in the anterior mid thigh there is a 3.5 x 1.6 x 2.8 cm well-circumscribed oval hyperechoic lesion within the subcutaneous fat with thin internal echogenic lines and no internal vascularity.
Impression: 3.5 cm subcutaneous lesion with features most consistent with a lipoma.
""",
  ind="Palpable lump, right thigh", icd=["R22.41"],
  study=dict(title="Soft tissue ultrasound, right thigh", exam="extremity", laterality="right", limb="lower", target="non-joint",
             elements={"soft_tissue": "seen"}, measurements=M(("Thigh lesion", 3.5, "cm"))),
  exp=[L("76882", "26", "RT")], req=REQUIRED["extremity"],
  rat="Focal soft-tissue mass of the thigh: 76882-26-RT. 'Most consistent with a lipoma' is not a confirmed diagnosis in outpatient coding: localized mass of the right lower limb R22.41."),

R("c071", fam="Extremity, non-vascular", sex="M", dob="1960-09-03", dos="2026-02-11", ctx=CTX_OFFICE,
  text="""
MSK ULTRASOUND - RIGHT SHOULDER (office)
Indication: Right shoulder pain, weakness with abduction.
Findings:
Biceps long head: in groove, normal.
Subscapularis: intact with normal dynamic evaluation.
Supraspinatus: full-thickness tear at the footprint measuring 1.2 cm AP x 1.0 cm retraction.
Infraspinatus and teres minor: intact.
Muscles: mild fatty atrophy of supraspinatus muscle belly.
Joint: small glenohumeral joint effusion; posterior recess distended. AC joint degenerative.
Bursa/soft tissues: subacromial-subdeltoid bursal fluid; dynamic impingement present.
Impression: Full-thickness supraspinatus tear, 1.2 cm, with mild retraction. Small joint effusion.
""",
  ind="Right shoulder pain and weakness", icd=["M75.121"],
  study=dict(title="MSK ULTRASOUND - RIGHT SHOULDER (office)", exam="extremity", laterality="right", limb="upper", target="joint",
             elements=els(EXT), measurements=M(("Supraspinatus tear AP", 1.2, "cm"))),
  exp=[L("76881", "RT")], req=REQUIRED["extremity"],
  rat="Orthopedic office, global (POS 11): complete shoulder joint study (joint, tendons, muscles, bursa/soft tissues, dynamic): 76881-RT. Nontraumatic complete rotator cuff tear of the right shoulder M75.121."),

R("c072", fam="Extremity, non-vascular", sex="F", dob="1966-04-09", dos="2026-01-29",
  text="""
EXAM: ULTRASOUND BILATERAL WRISTS (MEDIAN NERVES)
HISTORY: Bilateral hand numbness, night symptoms. EMG pending.
FINDINGS:
RIGHT: Median nerve cross-sectional area at the carpal tunnel inlet (pisiform level) 15 mm2, with flattening at the hamate level. Flexor tendons normal.
LEFT: Median nerve cross-sectional area 9 mm2, normal. Flexor tendons normal.
IMPRESSION: Enlarged right median nerve at the carpal tunnel inlet (15 mm2), supportive of right carpal tunnel syndrome in the appropriate clinical setting. Normal left median nerve.
""",
  ind="Bilateral hand numbness", icd=["R20.2"],
  study=dict(title="ULTRASOUND BILATERAL WRISTS (MEDIAN NERVES)", exam="extremity", laterality="bilateral", limb="upper",
             target="non-joint", elements={"tendons": "seen", "soft_tissue": "seen"},
             measurements=M(("Right median nerve CSA", 15, "mm2"), ("Left median nerve CSA", 9, "mm2"))),
  exp=[L("76882", "26", "RT"), L("76882", "26", "LT")], req=REQUIRED["extremity"], code_family="76882 per side",
  amb="modifier", acc=[[L("76882", "26", "50")], [L("76882", "26", units=2)]],
  rat="Focal median-nerve study at each wrist (not the full nerve course, no cine): 76882 for each side. The July 2024 fee schedule gives 76882 bilateral indicator 0 (modifier 50 not recognized), MUE 2 (MAI 3), so one line per side with RT and LT; payers differ (50 or 2 units). 'Supportive of ... in the appropriate clinical setting' is not a diagnosis: numbness R20.2."),

R("c073", fam="Extremity, non-vascular", sex="M", dob="1954-12-30", dos="2026-03-02",
  text="""
US LEFT POPLITEAL FOSSA
Indication: Swelling behind the left knee. Evaluate for Baker cyst.
Findings: In the medial popliteal fossa, between the semimembranosus tendon and medial head of gastrocnemius, there is a 4.6 x 1.8 x 2.2 cm anechoic fluid collection with a neck communicating with the joint, consistent with a Baker cyst. No rupture or surrounding fluid. The popliteal vein was compressible (grayscale only).
Impression: 4.6 cm uncomplicated left Baker cyst.
""",
  ind="Swelling behind the left knee", icd=["M71.22"],
  study=dict(title="US LEFT POPLITEAL FOSSA", exam="extremity", laterality="left", limb="lower", target="non-joint",
             elements={"soft_tissue": "seen"}, measurements=M(("Baker cyst", 4.6, "cm"))),
  exp=[L("76882", "26", "LT")], req=REQUIRED["extremity"],
  rat="Targeted popliteal-fossa study for a cyst, not a complete knee-joint examination: 76882-26-LT. The vein compressibility remark is not a venous duplex (no colour, no spectral). 'Consistent with a Baker cyst' with the diagnostic neck sign is stated as the diagnosis in the impression: synovial cyst of left popliteal space M71.22."),

R("c074", fam="Nerve (extremity)", sex="F", dob="1976-08-16", dos="2026-02-03",
  text="""
EXAM: ULTRASOUND RIGHT UPPER EXTREMITY - MEDIAN NERVE, FULL COURSE
HISTORY: Right hand paresthesias; nondiagnostic nerve conduction study. Evaluate the median nerve along its course.
TECHNIQUE: The right median nerve was traced in short and long axis from the axilla through the arm, elbow (pronator teres), forearm and carpal tunnel to the palm, together with the accompanying brachial artery, pronator teres, flexor digitorum superficialis and flexor tendons. Representative still images and cine clips were stored.
FINDINGS: The median nerve is normal in caliber and echotexture from the axilla to the distal forearm (CSA 7-8 mm2). At the carpal tunnel inlet the CSA increases to 14 mm2 with a wrist-to-forearm ratio of 1.9 and loss of fascicular pattern. No mass, ganglion or anomalous muscle. No persistent median artery.
IMPRESSION: Focal enlargement of the right median nerve at the carpal tunnel inlet (CSA 14 mm2, WFR 1.9) consistent with carpal tunnel syndrome. Normal median nerve proximally.
""",
  ind="Right hand paresthesias", icd=["R20.2"],
  study=dict(title="ULTRASOUND RIGHT UPPER EXTREMITY - MEDIAN NERVE, FULL COURSE", exam="nerve", laterality="right", limb="upper",
             images={"stored": 1, "cine": 1}, measurements=M(("Median nerve CSA carpal tunnel", 14, "mm2"), ("Wrist-to-forearm ratio", 1.9, None))),
  exp=[L("76883", "26", "RT")], req=["nerve traced along its entire course in one extremity", "accompanying structures", "cine images"],
  doc=["median nerve axilla to palm", "accompanying artery, muscles, tendons", "cine clips stored"], miss=[], code_family="76883",
  rat="The whole course of the median nerve in one extremity with accompanying structures and stored cine: 76883-26-RT. 'Consistent with carpal tunnel syndrome' is uncertain wording under the outpatient rules (Section IV.H), so the paresthesia is coded (R20.2)."),

# ---------------- neck ----------------
R("c075", fam="Head and neck soft tissue", sex="F", dob="1958-07-07", dos="2026-02-04", ctx=CTX_OFFICE,
  text="""
THYROID ULTRASOUND
Indication: Goiter on exam.
Right lobe: 5.8 x 2.4 x 2.2 cm. Left lobe: 5.2 x 2.0 x 2.1 cm. Isthmus: 5 mm.
Nodules:
#1 Right mid: 1.6 x 1.2 x 1.0 cm, solid, isoechoic, smooth margins, no echogenic foci. TI-RADS 3 (TR3).
#2 Left lower: 0.9 cm, spongiform. TI-RADS 1 (TR1).
#3 Right upper: 0.7 cm, mixed cystic-solid. TR2.
No abnormal cervical lymph nodes.
Impression: Multinodular goiter. The 1.6 cm right mid TR3 nodule meets criteria for follow-up ultrasound in 1, 3 and 5 years; no FNA indicated (FNA threshold 2.5 cm).
""",
  ind="Goiter", icd=["E04.2"],
  study=dict(title="THYROID ULTRASOUND", exam="neck",
             measurements=M(("Right lobe length", 5.8, "cm"), ("Left lobe length", 5.2, "cm"), ("Nodule 1", 1.6, "cm"))),
  exp=[L("76536")], req=["head and neck soft tissue study (single code)"], doc=["both thyroid lobes", "isthmus", "nodules", "cervical lymph nodes"], miss=[],
  code_family="76536",
  rat="Endocrinology office (POS 11, global): thyroid ultrasound 76536. Multiple nodules with goiter: nontoxic multinodular goiter E04.2."),

R("c076", fam="Head and neck soft tissue", sex="M", dob="1988-03-18", dos="2026-01-19",
  text="""
EXAM: US SOFT TISSUE NECK, LEFT
HISTORY: Left neck swelling for 2 weeks after upper respiratory infection.
FINDINGS: In left level II there are three enlarged lymph nodes, the largest 2.2 x 1.1 cm, oval with preserved fatty hila and hilar vascularity on color Doppler. No necrosis, calcification or abscess. The left submandibular and parotid glands are normal.
IMPRESSION: Enlarged left level II lymph nodes with benign morphology, likely reactive. Clinical follow-up.
""",
  ind="Left neck swelling", icd=["R59.0"],
  study=dict(title="US SOFT TISSUE NECK, LEFT", exam="neck", doppler={"color": True, "spectral": False},
             measurements=M(("Largest left level II node short axis", 1.1, "cm"))),
  exp=[L("76536", "26")], req=["head and neck soft tissue study (single code)"], doc=["left neck lymph nodes", "submandibular and parotid glands"], miss=[],
  code_family="76536",
  rat="Soft-tissue neck ultrasound: 76536-26 (no laterality modifier: 76536 is not a paired-organ code). 'Likely reactive' is uncertain; the enlarged nodes themselves are a definitive finding: localized enlarged lymph nodes R59.0."),

R("c077", fam="Head and neck (procedure)", sex="F", dob="1963-11-23", dos="2026-02-13",
  text="""
ULTRASOUND GUIDED FINE NEEDLE ASPIRATION, LEFT THYROID NODULE
INDICATION: 2.7 cm TI-RADS 4 left lower pole thyroid nodule (ultrasound 01/30/2026).
PROCEDURE: After informed consent and time-out, the neck was prepped and draped. Local anesthesia with 1% lidocaine. Under continuous real-time ultrasound guidance, four passes were made into the left lower pole nodule with 25-gauge needles. Needle position within the nodule was documented on stored images. Specimens were given to cytology; on-site adequacy was confirmed.
COMPLICATIONS: None. Minimal bleeding controlled with pressure.
IMPRESSION: Technically successful ultrasound-guided FNA of the left thyroid nodule, 4 passes.
""",
  ind="Left thyroid nodule", icd=["E04.1"],
  study=dict(title="ULTRASOUND GUIDED FINE NEEDLE ASPIRATION, LEFT THYROID NODULE",
             procedures=[{"kind": "needle-guidance", "primaryCode": "10005", "region": "neck", "realTimeNeedle": True,
                          "imageRecorded": True, "count": 4}],
             comparison={"priorDate": "2026-01-30", "text": "Thyroid ultrasound"}),
  exp=[L("10005")], req=["FNA with ultrasound guidance (10005 includes guidance)"], doc=["real-time guidance", "stored needle images", "4 passes, one lesion"], miss=[],
  code_family="10005",
  rat="Fine-needle aspiration biopsy with ultrasound guidance, first lesion: 10005 (guidance included; no 76942; passes do not add units). No diagnostic neck study this session. Single thyroid nodule E04.1."),

R("c078", fam="Head and neck (procedure)", sex="M", dob="1955-10-02", dos="2026-02-26",
  text="""
PROCEDURE: Ultrasound-guided FNA of two thyroid nodules.
Indication: Right 1.8 cm TR5 nodule and left 2.6 cm TR4 nodule.
Description: Consent, time-out, sterile prep. Local lidocaine. Using real-time ultrasound guidance, the right mid-pole nodule was sampled with three 25G passes, and then the left lower pole nodule was sampled with three 25G passes. Images of the needle within each nodule were archived. Separate specimen containers were labeled for each nodule.
Impression: Ultrasound-guided FNA of right and left thyroid nodules. No complications.
""",
  ind="Thyroid nodules, right and left", icd=["E04.2"],
  study=dict(title="Ultrasound-guided FNA of two thyroid nodules",
             procedures=[{"kind": "needle-guidance", "primaryCode": "10005", "region": "neck", "realTimeNeedle": True,
                          "imageRecorded": True, "count": 1},
                         {"kind": "needle-guidance", "primaryCode": "10006", "region": "neck", "realTimeNeedle": True,
                          "imageRecorded": True, "count": 1}]),
  exp=[L("10005"), L("10006")], req=["FNA with US guidance, first lesion (10005)", "each additional lesion (+10006)"],
  doc=["two separate nodules sampled under real-time guidance", "images of each"], miss=[], code_family="10005 + 10006",
  rat="Two separate lesions sampled under ultrasound guidance: 10005 for the first and +10006 for the second, guidance included in both (no 76942). Two nodules in the thyroid: multinodular goiter E04.2 (nontoxic)."),

R("c079", fam="Head and neck soft tissue", sex="F", dob="1952-05-19", dos="2026-03-02",
  text="""
EXAM: Parathyroid ultrasound
HISTORY: Primary hyperparathyroidism, calcium 11.2, PTH 142. Preoperative localization.
FINDINGS: Posterior to the inferior pole of the left thyroid lobe there is a 1.3 x 0.6 x 0.8 cm oval hypoechoic lesion with a polar feeding artery on color Doppler, separate from the thyroid. No other candidate lesion. Thyroid gland normal in size without nodules.
IMPRESSION: 1.3 cm lesion posterior to the left lower thyroid pole, typical of a left inferior parathyroid adenoma.
""",
  ind="Primary hyperparathyroidism, preoperative localization", icd=["E21.0"],
  study=dict(title="Parathyroid ultrasound", exam="neck", doppler={"color": True, "spectral": False},
             measurements=M(("Left inferior parathyroid lesion", 1.3, "cm"))),
  exp=[L("76536", "26")], req=["head and neck soft tissue study (single code)"], doc=["parathyroid regions", "thyroid"], miss=[],
  code_family="76536",
  rat="Parathyroid localization is a head-and-neck soft-tissue study: 76536-26. Known primary hyperparathyroidism E21.0 (the adenoma is 'typical of', not confirmed)."),

# ---------------- scrotum ----------------
R("c080", fam="Scrotum", sex="M", dob="1948-02-29", dos="2026-02-10",
  text="""
SCROTAL ULTRASOUND
History: Painless scrotal enlargement.
Findings: Right testis 4.3 x 2.5 x 2.8 cm, left testis 4.1 x 2.4 x 2.6 cm, both homogeneous without mass, with normal color flow. Epididymides normal. Large right hydrocele and small left hydrocele. No varicocele. Scrotal wall normal.
Impression: Bilateral hydroceles, large on the right. Normal testes.
""",
  ind="Painless scrotal enlargement", icd=["N43.3"],
  study=dict(title="SCROTAL ULTRASOUND", exam="scrotum", doppler={"color": True, "spectral": False},
             measurements=M(("Right testis length", 4.3, "cm"), ("Left testis length", 4.1, "cm"))),
  exp=[L("76870", "26")], req=["scrotum and contents"], doc=["both testes", "epididymides", "hydroceles", "scrotal wall"], miss=[],
  code_family="76870",
  rat="Scrotal ultrasound: 76870-26. Colour flow to show testicular vascularity is not a duplex study. Hydrocele N43.3."),

R("c081", fam="Scrotum + abdominal/pelvic duplex", sex="M", dob="2007-05-05", dos="2026-01-11", ctx=CTX_ED,
  text="""
EXAM: US SCROTUM WITH DUPLEX DOPPLER
HISTORY: Acute left scrotal pain for 5 hours. Evaluate for torsion.
TECHNIQUE: Grayscale, color Doppler and spectral Doppler of both testes.
FINDINGS:
Right testis: 4.4 x 2.6 x 2.7 cm, normal echotexture. Color flow normal. Spectral Doppler: intratesticular arterial waveform with RI 0.58; venous flow present.
Left testis: 4.5 x 2.8 x 2.9 cm, homogeneous. Color flow symmetric to the right. Spectral Doppler: arterial RI 0.55, normal venous waveform.
The left epididymal head is enlarged (1.5 cm) and hyperemic. Small left reactive hydrocele. Spermatic cords without twist (no whirlpool sign).
IMPRESSION: Left epididymitis. No evidence of testicular torsion; normal arterial and venous flow to both testes.
""",
  ind="Acute left scrotal pain", icd=["N45.1", "N43.3"],
  studies=[dict(title="US SCROTUM", exam="scrotum", doppler={"color": True, "spectral": True},
                measurements=M(("Left epididymal head", 1.5, "cm"))),
           dict(title="DUPLEX DOPPLER, TESTES", exam="abdominal_duplex", doppler=DUP,
                elements={"arterial_inflow": "seen", "venous_outflow": "seen"},
                measurements=M(("Right testicular RI", 0.58, None), ("Left testicular RI", 0.55, None)))],
  exp=[L("76870", "26"), L("93975", "26")], req=["76870: scrotum and contents", "93975: arterial inflow and venous outflow (colour + spectral)"],
  doc=["both testes and epididymides", "colour and spectral Doppler", "arterial and venous waveforms, both testes"], miss=[],
  code_family="76870 + 93975/93976", amb="additional line",
  acc=[[L("76870", "26"), L("93976", "26")], [L("76870", "26")]],
  rat="Radiologist's read of an ED patient (POS 23). The scrotal study is 76870-26; the duplex with colour and spectral analysis of the arterial inflow and venous outflow of both testes supports 93975-26 (no NCCI edit with 76870 in the 2024Q3 table). Some coders use the limited 93976 for a scrotal duplex, others bill no duplex when the Doppler only excludes torsion. Epididymitis stated definitively (N45.1) with hydrocele N43.3. The gold study file holds two studies (scrotum and abdominal/pelvic/scrotal duplex)."),

R("c082", fam="Scrotum", sex="M", dob="1995-12-12", dos="2026-02-22",
  text="""
Testicular ultrasound with color Doppler
Clinical: Right testicular pain, intermittent.
Both testes are normal in size and echotexture (right 4.6 cm, left 4.4 cm). Color Doppler demonstrates symmetric intratesticular flow. Epididymides normal. Small left varicocele, veins up to 3.2 mm with augmentation on Valsalva. No hydrocele.
Impression: No testicular abnormality. Small left varicocele.
""",
  ind="Right testicular pain", icd=["N50.811", "I86.1"],
  study=dict(title="Testicular ultrasound with color Doppler", exam="scrotum", doppler={"color": True, "spectral": False},
             measurements=M(("Right testis length", 4.6, "cm"), ("Left varicocele vein", 3.2, "mm"))),
  exp=[L("76870", "26")], req=["scrotum and contents"], doc=["both testes", "epididymides", "colour flow", "varicocele"], miss=["spectral Doppler (no duplex)"],
  code_family="76870",
  rat="Scrotal ultrasound with colour flow only: 76870-26; without spectral analysis no 93975/93976. Right testicular pain N50.811, scrotal varices I86.1."),

# ---------------- chest ----------------
R("c083", fam="Chest", sex="M", dob="1946-06-30", dos="2026-02-08", ctx=CTX_INPT,
  text="""
ULTRASOUND CHEST
Indication: Right pleural effusion on chest x-ray. Assess size and character.
Findings: Moderate right pleural effusion, anechoic, maximum depth 6.2 cm at the posterior costophrenic angle, estimated volume 900 mL. Compressive atelectasis of the right lower lobe. No septations. Small left pleural effusion, 1.5 cm. The diaphragm moves normally.
Impression: Moderate simple right pleural effusion, small left effusion. Skin not marked.
""",
  ind="Right pleural effusion on chest x-ray", icd=["J90", "J98.11"],
  study=dict(title="ULTRASOUND CHEST", exam="chest", measurements=M(("Right effusion depth", 6.2, "cm"), ("Left effusion depth", 1.5, "cm"))),
  exp=[L("76604", "26")], req=["chest including mediastinum (single code)"], doc=["both pleural spaces", "lung bases", "diaphragm"], miss=[], code_family="76604",
  rat="Chest ultrasound (pleural spaces): 76604-26 (inpatient), one unit for both sides. Pleural effusion J90 and atelectasis J98.11."),

R("c084", fam="Chest (point of care)", sex="F", dob="1951-09-14", dos="2026-03-01", ctx=CTX_ED,
  text="""
ED Course: 74F with acute dyspnea. Bedside lung ultrasound performed by me.

POINT-OF-CARE ULTRASOUND - LUNG
Indication: Acute dyspnea.
Technique: 8-zone lung ultrasound with curvilinear and linear probes; images saved to the ED archive.
Findings: Lung sliding present bilaterally. Diffuse bilateral B-lines (>3 per zone) in all anterior and lateral zones. Small bilateral pleural effusions. No consolidation.
Interpretation: Bilateral B-line pattern with small effusions, consistent with pulmonary edema. No pneumothorax.
Dr. K. Osei, Emergency Medicine
""",
  ind="Acute dyspnea", icd=["R06.00", "J90"],
  study=dict(title="POINT-OF-CARE ULTRASOUND - LUNG", exam="chest", pointOfCare=True, report={"separateInterpretation": True}),
  exp=[L("76604", "26")], req=["chest (single code)", "POCUS: saved images and a separate, labelled interpretation"],
  doc=["8 lung zones", "pleura", "saved images", "labelled interpretation"], miss=[], code_family="76604",
  rat="Emergency physician's bedside lung ultrasound on the hospital's machine (POS 23) with saved images and a separate labelled interpretation: 76604-26. 'Consistent with pulmonary edema' is an interpretation; coders split on coding J81.0, so the claim uses dyspnea R06.00 and the definitive effusions J90."),

# ---------------- infant head / hips / spine ----------------
R("c085", fam="Infant head", sex="M", dob="2026-02-12", dos="2026-02-20", ctx=CTX_INPT,
  text="""
HEAD ULTRASOUND (NEONATAL)
DOB: 02/12/2026
History: Premature infant born at 28 weeks 3 days, day of life 8. Screening.
Technique: Coronal and sagittal images through the anterior fontanelle; mastoid views.
Findings: Small echogenic focus in the right caudothalamic groove consistent with germinal matrix hemorrhage, without ventricular extension (grade I). Lateral ventricles normal in size. No parenchymal hemorrhage or periventricular echogenicity. Posterior fossa normal. Extra-axial spaces normal.
Impression: Right grade I germinal matrix hemorrhage.
""",
  ind="Extreme prematurity, screening head ultrasound", icd=["P52.0", "P07.31"],
  study=dict(title="HEAD ULTRASOUND (NEONATAL)", exam="infant_head"),
  exp=[L("76506", "26")], req=["infant brain (echoencephalography) with images"], doc=["ventricles", "germinal matrices", "parenchyma", "posterior fossa"], miss=[],
  code_family="76506",
  rat="Neonatal head ultrasound: 76506-26 (NICU, inpatient). Grade 1 intraventricular (germinal matrix) hemorrhage of the newborn P52.0; prematurity 28 completed weeks P07.31."),

R("c086", fam="Infant hips", sex="F", dob="2025-12-10", dos="2026-02-04",
  text="""
EXAM: Ultrasound of the infant hips with dynamic evaluation
DOB: 12/10/2025
HISTORY: 8-week-old female. Breech presentation at birth. Hip click on the left.
TECHNIQUE: Coronal and transverse views of both hips at rest and with stress (Barlow) maneuvers performed by the radiologist.
FINDINGS:
Right hip: alpha angle 64 degrees, femoral head coverage 55%. Stable with stress.
Left hip: alpha angle 57 degrees, femoral head coverage 44%. Mild subluxation with stress, reducible.
IMPRESSION: Left hip immature (Graf IIa/IIb) with mild instability on stress maneuvers. Normal right hip. Orthopedic referral.
""",
  ind="Breech presentation at birth; left hip click", icd=["Q65.6", "R29.4"],
  study=dict(title="Ultrasound of the infant hips with dynamic evaluation", exam="infant_hips", dynamic=True,
             measurements=M(("Right alpha angle", 64, "deg"), ("Left alpha angle", 57, "deg"))),
  exp=[L("76885", "26")], req=["dynamic study requiring physician manipulation (76885)"], doc=["both hips at rest", "stress maneuvers by radiologist"], miss=[],
  code_family="76885 vs 76886",
  rat="Dynamic hip study with manipulation (Barlow) by the physician: 76885-26, which covers both hips (no RT/LT/50). Unstable hip (congenital) Q65.6 is stated definitively (instability on stress); the click R29.4 from the indication."),

R("c087", fam="Infant hips", sex="F", dob="2026-01-05", dos="2026-02-16",
  text="""
US HIPS, INFANT (STATIC)
Patient DOB 01/05/2026.
History: Family history of developmental dysplasia of the hip. Screening at 6 weeks.
Coronal static images of both hips without stress maneuvers. Right alpha angle 63 degrees, left 62 degrees. Femoral head coverage greater than 50% bilaterally.
Impression: Normal hips (Graf type I) bilaterally.
""",
  ind="Family history of developmental dysplasia of the hip", icd=["Z82.79"],
  study=dict(title="US HIPS, INFANT (STATIC)", exam="infant_hips", dynamic=False,
             measurements=M(("Right alpha angle", 63, "deg"), ("Left alpha angle", 62, "deg"))),
  exp=[L("76886", "26")], req=["static (non-manipulative) study (76886)"], doc=["both hips, static coronal views"], miss=[], code_family="76885 vs 76886",
  rat="Static images without manipulation: limited infant hip study 76886-26. Family history of congenital malformations (DDH) Z82.79."),

R("c088", fam="Spinal canal (infant)", sex="M", dob="2026-02-01", dos="2026-02-27",
  text="""
ULTRASOUND LUMBAR SPINE (INFANT)
DOB: 02/01/2026
Indication: Sacral dimple.
Findings: Sagittal and transverse images of the lumbosacral spinal canal. The conus medullaris terminates at L1-L2 with normal pulsatility. The filum terminale is 1.2 mm. No intraspinal mass, lipoma or sinus tract. The dimple is within the gluteal cleft, below the coccyx tip, with no tract to the canal.
Impression: Normal spinal ultrasound. Simple sacral dimple.
""",
  ind="Sacral dimple", icd=["Q82.6"],
  study=dict(title="ULTRASOUND LUMBAR SPINE (INFANT)", exam="spine", measurements=M(("Filum terminale", 1.2, "mm"))),
  exp=[L("76800", "26")], req=["spinal canal and contents"], doc=["conus", "filum", "canal contents"], miss=[], code_family="76800",
  rat="Spinal canal and contents: 76800-26. Congenital sacral dimple Q82.6."),
]

from corpus import *

R = Report
ECH = REQUIRED["echo_tte"]
OBS = REQUIRED["ob_second"]
REPORTS = [

# ---------------- echocardiography ----------------
R("c110", fam="Echo - transthoracic", sex="M", dob="1948-10-03", dos="2026-02-09", ctx=CTX_OFFICE,
  text="""
TRANSTHORACIC ECHOCARDIOGRAM - COMPLETE
Indication: Systolic murmur, exertional dyspnea.
Study: 2D, M-mode, spectral (pulsed and continuous wave) and color flow Doppler. Image quality good.
Measurements: LVIDd 5.0 cm, IVSd 1.3 cm, PWd 1.2 cm, LA volume index 38 mL/m2, Ao root 3.4 cm, ascending aorta 3.6 cm.
Left ventricle: normal size, mild concentric hypertrophy, EF 60% by biplane Simpson. Grade II diastolic dysfunction (E/A 1.6, E/e' 16).
Right ventricle: normal size and function, TAPSE 2.1 cm.
Atria: mildly dilated left atrium; normal right atrium.
Aortic valve: trileaflet, heavily calcified with reduced excursion. Peak velocity 4.3 m/s, mean gradient 46 mmHg, AVA 0.8 cm2 by continuity. Trace AR.
Mitral valve: mild annular calcification, mild MR by color Doppler.
Tricuspid valve: mild TR, RVSP 34 mmHg.
Pulmonic valve: normal.
Pericardium: no effusion.
Aorta: aortic root and ascending aorta normal in size.
Conclusions: Severe calcific aortic stenosis (AVA 0.8 cm2, mean gradient 46 mmHg) with preserved LVEF. Mild LVH. Grade II diastolic dysfunction.
""",
  ind="Systolic murmur; exertional dyspnea", icd=["I35.0", "I51.7"],
  study=dict(title="TRANSTHORACIC ECHOCARDIOGRAM - COMPLETE", exam="echo_tte", echo={"extent": "complete"}, elements=els(ECHO),
             doppler=DUP, measurements=M(("LVEF", 60, "%"), ("AV peak velocity", 4.3, "m/s"), ("AV mean gradient", 46, "mmHg"), ("AVA", 0.8, "cm2"))),
  exp=[L("93306")], req=ECH,
  rat="Cardiology office, global (POS 11). Every chamber and valve, the pericardium and the aortic root/ascending aorta, with spectral and colour Doppler: 93306 (which includes all Doppler; no 93320/93325). Severe aortic stenosis I35.0; LVH coded as cardiomegaly I51.7 (ICD index: hypertrophy, ventricle). The diastolic dysfunction has no specific code without heart failure."),

R("c111", fam="Echo - transthoracic", sex="F", dob="1940-07-07", dos="2026-02-17", ctx=CTX_INPT,
  text="""
ECHOCARDIOGRAM (2D/M-MODE)
INDICATION: Syncope.
TECHNIQUE: Complete 2D and M-mode transthoracic study from parasternal, apical and subcostal windows. Doppler was not performed at the request of the ordering physician (patient unable to remain supine).
FINDINGS: The left ventricle is normal in size and wall thickness with normal systolic function, visually estimated EF 60-65%. No regional wall motion abnormality. The right ventricle is normal in size and function. The left and right atria are normal in size. The aortic valve is trileaflet and mildly sclerotic with normal opening. The mitral valve is structurally normal. The tricuspid and pulmonic valves are normal. The aortic root measures 3.1 cm. No pericardial effusion.
IMPRESSION: Normal biventricular size and function. Aortic valve sclerosis without stenosis by 2D.
""",
  ind="Syncope", icd=["R55", "I35.8"],
  study=dict(title="ECHOCARDIOGRAM (2D/M-MODE)", exam="echo_tte", echo={"extent": "complete"}, elements=els(ECHO),
             doppler={"color": False, "spectral": False}, measurements=M(("LVEF (visual)", 62, "%"), ("Aortic root", 3.1, "cm"))),
  exp=[L("93307", "26")], req=ECH,
  rat="Complete 2D/M-mode study of all chambers, valves, pericardium and aortic root with Doppler explicitly not performed: 93307-26 (inpatient). Syncope R55 with aortic valve sclerosis (I35.8, other nonrheumatic aortic valve disorders)."),

R("c112", fam="Echo - transthoracic", sex="F", dob="1969-01-31", dos="2026-01-21",
  text="""
LIMITED ECHOCARDIOGRAM - LV FUNCTION
Indication: HER2-positive right breast cancer on trastuzumab. Surveillance of LV function (every 3 months).
Focused 2D views (parasternal long/short axis, apical 4- and 2-chamber) for LV size and function. No Doppler.
LV: normal size. LVEF 58% by biplane Simpson (prior 60% on 10/20/2025). No regional wall motion abnormality.
Impression: Preserved LV systolic function, no significant change.
""",
  ind="Right breast cancer on trastuzumab; surveillance of left ventricular function", icd=["C50.911", "Z51.81", "Z79.899"],
  study=dict(title="LIMITED ECHOCARDIOGRAM - LV FUNCTION", exam="echo_tte", echo={"extent": "limited"},
             elements={"chambers": "seen"}, doppler={"color": False, "spectral": False},
             measurements=M(("LVEF biplane", 58, "%")), comparison={"priorDate": "2025-10-20"}),
  exp=[L("93308", "26")], req=ECH,
  rat="Focused LV-function study without Doppler: limited TTE 93308-26 alone. Breast cancer C50.911 with drug monitoring Z51.81 and long-term drug therapy Z79.899."),

R("c113", fam="Echo - transthoracic", sex="M", dob="1957-05-16", dos="2026-02-21", ctx=CTX_INPT,
  text="""
LIMITED TRANSTHORACIC ECHO
Reason: Follow-up of moderate pericardial effusion after cardiac surgery (CABG 02/12/2026).
Findings: Moderate circumferential pericardial effusion, 1.4 cm posteriorly, 1.1 cm anterior to the RV, slightly smaller than 02/18. No RA or RV diastolic collapse. IVC 1.8 cm with >50% inspiratory collapse. Mitral inflow respiratory variation by pulsed-wave Doppler 15%. Color Doppler: mild TR; TR peak gradient 26 mmHg. LV function normal, EF 55%.
Impression: Moderate pericardial effusion, slightly decreased, without echocardiographic evidence of tamponade.
""",
  ind="Follow-up of pericardial effusion after coronary bypass surgery", icd=["I97.89", "I31.39"],
  study=dict(title="LIMITED TRANSTHORACIC ECHO", exam="echo_tte", echo={"extent": "limited"},
             elements={"chambers": "seen", "pericardium": "seen"}, doppler=DUP,
             measurements=M(("Posterior effusion", 1.4, "cm"), ("Mitral inflow variation", 15, "%"), ("TR gradient", 26, "mmHg")),
             comparison={"priorDate": "2026-02-18"}),
  exp=[L("93308", "26"), L("93321", "26"), L("93325", "26")], req=ECH,
  rat="Follow-up focused echo with pulsed-wave Doppler (mitral inflow variation, TR gradient) and colour Doppler: 93308-26 with add-ons +93321-26 (limited spectral Doppler) and +93325-26 (colour). Post-procedural pericardial effusion: I97.89 (other postprocedural complications of the circulatory system) with I31.39; coders may instead use I31.39 alone."),

R("c114", fam="Echo - transthoracic", sex="F", dob="1955-03-08", dos="2026-03-02",
  text="""
COMPLETE ECHOCARDIOGRAM WITH DOPPLER
Indication: Atrial fibrillation, new onset.
LEFT VENTRICLE: Normal size. EF 50-55%. Irregular rhythm.
RIGHT VENTRICLE: Normal size and function.
LEFT ATRIUM: Moderately dilated, 48 mm.
RIGHT ATRIUM: Mildly dilated.
AORTIC VALVE: Tricuspid, no stenosis. Peak velocity 1.4 m/s.
MITRAL VALVE: Mild mitral regurgitation by color Doppler.
TRICUSPID VALVE: Mild TR. RVSP 38 mmHg.
IMPRESSION: Low-normal LVEF. Moderate LA enlargement. Mild MR and TR.
""",
  ind="New-onset atrial fibrillation", icd=["I48.91", "I34.0"],
  study=dict(title="COMPLETE ECHOCARDIOGRAM WITH DOPPLER", exam="echo_tte", elements={"chambers": "seen", "valves": "seen"},
             doppler=DUP, measurements=M(("LVEF", 52, "%"), ("LA diameter", 48, "mm"), ("RVSP", 38, "mmHg"))),
  exp=[L("93308", "26"), L("93321", "26"), L("93325", "26")], req=ECH, amb="primary",
  acc=[[L("93306", "26")]],
  doc=["LV", "RV", "LA", "RA", "aortic, mitral, tricuspid valves", "spectral Doppler (velocity, RVSP)", "colour Doppler"],
  miss=["pericardium", "adjacent aorta (root/ascending)"],
  rat="Titled complete with Doppler, but neither the pericardium nor the aortic root/ascending aorta is described, so under strict element rules the study is limited: 93308-26 with +93321-26 and +93325-26. Many cardiology coders would accept 93306-26 for a protocol complete study with abbreviated normal findings. New-onset AF unspecified I48.91; mild MR I34.0 (nonrheumatic mitral insufficiency)."),

R("c115", fam="Echo - transesophageal", sex="M", dob="1961-11-29", dos="2026-02-06", ctx=CTX_INPT,
  text="""
TRANSESOPHAGEAL ECHOCARDIOGRAM
Indication: Cryptogenic ischemic stroke (left MCA territory) 02/01/2026. Evaluate for cardioembolic source.
Procedure: Informed consent obtained. Topical anesthesia of the oropharynx; moderate sedation with midazolam and fentanyl administered by the cardiologist with an independent trained observer. The TEE probe was passed without difficulty. Multiplane 2D imaging with color flow, pulsed and continuous wave Doppler and agitated saline injection.
Findings: Normal LV size and function, EF 60%. No LV thrombus. Left atrial appendage free of thrombus, emptying velocity 62 cm/s. Interatrial septum: color Doppler shows a small left-to-right shunt across a patent foramen ovale; agitated saline with Valsalva demonstrates more than 20 bubbles in the left atrium within three cycles. Atrial septal aneurysm with 14 mm excursion. Mitral, aortic and tricuspid valves normal without vegetation. Thoracic aorta with grade II (<4 mm) plaque.
Impression: Patent foramen ovale with large right-to-left shunt on saline contrast and atrial septal aneurysm. No LA/LAA thrombus.
""",
  ind="Cryptogenic ischemic stroke; evaluation for cardioembolic source", icd=["I63.9", "Q21.12", "I70.0"],
  study=dict(title="TRANSESOPHAGEAL ECHOCARDIOGRAM", exam="echo_tee", doppler=DUP,
             measurements=M(("LVEF", 60, "%"), ("LAA emptying velocity", 62, "cm/s"), ("Septal aneurysm excursion", 14, "mm"))),
  exp=[L("93312", "26"), L("93320", "26"), L("93325", "26")],
  req=["TEE with probe placement, image acquisition, interpretation and report (93312)", "+93320 spectral Doppler (complete)", "+93325 colour flow"],
  doc=["multiplane 2D", "pulsed and continuous wave Doppler (LAA velocity)", "colour flow (shunt)", "saline contrast"], miss=[],
  code_family="93312 + 93320 + 93325",
  other=[{"code": "99152", "modifiers": [], "units": 1, "note": "moderate sedation by the same physician; not an ultrasound code"}],
  rat="TEE with probe placement, acquisition and report: 93312-26, with spectral Doppler (+93320-26) and colour flow (+93325-26). Moderate sedation by the cardiologist is a separate non-ultrasound service. Inpatient study during the stroke admission (POS 21): acute cerebral infarction I63.9, PFO Q21.12 and aortic atherosclerosis (grade II plaque) I70.0."),

R("c116", fam="Echo - stress", sex="M", dob="1963-06-14", dos="2026-02-11",
  text="""
EXERCISE STRESS ECHOCARDIOGRAM
Indication: Exertional chest pressure.
Procedure: Resting images were obtained. The patient exercised on a treadmill using the Bruce protocol for 9:15 minutes, reaching 10.1 METs and 94% of the maximum predicted heart rate. Continuous 12-lead ECG monitoring was performed throughout exercise and recovery under my direct supervision. Immediate post-exercise images were acquired.
Rest: normal LV size, EF 60%, no wall motion abnormality.
Stress: all segments became hyperdynamic; LV cavity size decreased; EF 75%.
ECG: 1 mm upsloping ST depression at peak, resolving within 1 minute of recovery. No arrhythmias. Blood pressure response normal. Chest pressure did not recur.
Impression: Negative exercise stress echocardiogram for inducible ischemia at a good workload. Nondiagnostic ECG changes.
""",
  ind="Exertional chest pressure", icd=["R07.89"],
  study=dict(title="EXERCISE STRESS ECHOCARDIOGRAM", exam="echo_stress", echo={"ecgMonitoring": True},
             measurements=M(("Rest LVEF", 60, "%"), ("Stress LVEF", 75, "%"), ("METs", 10.1, None))),
  exp=[L("93351", "26")], req=["rest and stress echo images with interpretation (93350)", "continuous ECG monitoring with physician supervision (93351)"],
  doc=["rest and post-exercise images", "continuous ECG monitoring under the physician's supervision", "interpretation"], miss=[],
  code_family="93350 vs 93351",
  rat="Stress echo with continuous ECG monitoring supervised by the interpreting physician: 93351-26 (the stress test codes 93015-93018 are not reported with 93351). Chest pressure: other chest pain R07.89."),

R("c117", fam="Echo - stress", sex="F", dob="1958-12-05", dos="2026-01-16",
  text="""
STRESS ECHOCARDIOGRAM - ECHO INTERPRETATION
Indication: Dyspnea on exertion, preoperative assessment before hip arthroplasty.
The treadmill exercise portion, including ECG monitoring, was supervised and separately reported by Dr. A. Lindqvist (see stress ECG report). This report covers the echocardiographic images only.
Rest images: normal LV size and wall motion, EF 60%.
Peak stress images: appropriate augmentation of all segments, EF 70%. No new wall motion abnormality.
Impression: Normal stress echocardiogram; no echocardiographic evidence of inducible ischemia.
""",
  ind="Dyspnea on exertion; preoperative cardiovascular examination", icd=["Z01.810", "R06.09"],
  study=dict(title="STRESS ECHOCARDIOGRAM - ECHO INTERPRETATION", exam="echo_stress", echo={"ecgMonitoring": False},
             measurements=M(("Rest LVEF", 60, "%"), ("Stress LVEF", 70, "%"))),
  exp=[L("93350", "26")], req=["rest and stress echo images with interpretation (93350)"], doc=["rest and peak images", "interpretation"],
  miss=["ECG monitoring/supervision (done and reported by another physician)"], code_family="93350 vs 93351",
  rat="The reader only interpreted the echo images; the exercise and ECG monitoring were supervised and reported by another physician (who bills 93016/93018): 93350-26. Preoperative cardiovascular examination Z01.810 with dyspnea on exertion R06.09 (other forms of dyspnea)."),

R("c118", fam="Echo - transthoracic", sex="F", dob="1972-04-27", dos="2026-02-25",
  text="""
COMPLETE TTE WITH STRAIN
Indication: Doxorubicin-based chemotherapy for left breast cancer; baseline cardio-oncology evaluation.
2D, M-mode, color Doppler and spectral Doppler performed. Speckle-tracking strain analysis performed on a dedicated workstation.
LV: normal size; EF 61% (3D). Global longitudinal strain -20.5% (normal).
RV: normal size and function.
LA/RA: normal.
Valves: aortic, mitral, tricuspid and pulmonic valves structurally normal; trace MR and TR by color; normal transvalvular velocities.
Diastolic function: normal (E/e' 7).
Pericardium: normal, no effusion.
Aorta: root 2.9 cm, ascending 3.0 cm, normal.
Impression: Normal study. Baseline GLS -20.5%.
""",
  ind="Left breast cancer, baseline before cardiotoxic chemotherapy", icd=["C50.912", "Z01.818"],
  study=dict(title="COMPLETE TTE WITH STRAIN", exam="echo_tte", echo={"extent": "complete", "strain": True}, elements=els(ECHO),
             doppler=DUP, measurements=M(("LVEF 3D", 61, "%"), ("Global longitudinal strain", -20.5, "%"))),
  exp=[L("93306", "26"), L("93356")], req=ECH + ["+93356: strain imaging performed and reported"],
  acc=[[L("93306", "26"), L("93356", "26")]],
  rat="Complete TTE with spectral and colour Doppler (93306-26) plus myocardial strain imaging with speckle tracking, performed and reported (+93356). The July 2024 fee schedule gives 93356 PC/TC indicator 0 (no professional/technical split), so it carries no 26; payers that price a 26 component accept 93356-26. Left breast cancer C50.912 with pre-treatment examination Z01.818."),

R("c139", fam="Echo - transthoracic", sex="M", dob="1944-02-02", dos="2026-01-28",
  text="""
TRANSTHORACIC ECHOCARDIOGRAM
Indication: Heart failure with reduced EF, follow-up after medication titration. Comparison 07/2025.
Technique: 2D and M-mode imaging with color flow mapping. Spectral Doppler was not recorded (machine Doppler module unavailable).
LV: dilated (LVIDd 6.4 cm), global hypokinesis, EF 30% (previously 25%).
RV: mildly reduced function.
LA: severely dilated. RA: mildly dilated.
Aortic valve: trileaflet, opens normally. Mitral valve: moderate functional MR by color flow. Tricuspid valve: mild TR by color. Pulmonic valve normal.
Pericardium: no effusion. Aortic root 3.3 cm, normal.
Impression: Dilated cardiomyopathy with EF 30%, slightly improved. Moderate functional MR.
""",
  ind="Heart failure with reduced ejection fraction", icd=["I50.22", "I42.0", "I34.0"],
  study=dict(title="TRANSTHORACIC ECHOCARDIOGRAM", exam="echo_tte", echo={"extent": "complete"}, elements=els(ECHO),
             doppler={"color": True, "spectral": False}, measurements=M(("LVEF", 30, "%"), ("LVIDd", 6.4, "cm")),
             comparison={"text": "07/2025 echocardiogram"}),
  exp=[L("93307", "26")], req=ECH,
  doc=["all chambers", "all valves", "pericardium", "aortic root", "colour flow"], miss=["spectral Doppler (not recorded)"],
  rat="Complete 2D study with colour flow but no spectral Doppler: 93306 needs both Doppler modalities, so 93307-26. The colour flow cannot be added as +93325: the CMS add-on code file (2024-06) does not list 93307 among the primaries of 93325. Chronic systolic heart failure I50.22 (the 'HFrEF' follow-up), dilated cardiomyopathy I42.0, functional mitral regurgitation I34.0."),

# ---------------- guidance procedures ----------------
R("c119", fam="Guidance - paracentesis", sex="M", dob="1960-07-19", dos="2026-02-03",
  text="""
ULTRASOUND-GUIDED PARACENTESIS
Indication: Alcoholic cirrhosis with recurrent tense ascites.
Procedure: Preliminary ultrasound of the four quadrants showed a large volume of ascites, largest pocket in the left lower quadrant. After informed consent and time-out, the left lower quadrant was prepped and draped. 1% lidocaine. Under real-time ultrasound guidance a 5 French Yueh catheter was advanced into the peritoneal cavity; an image of the needle within the fluid pocket was stored. 6.2 liters of straw-colored fluid were removed. 50 g of albumin was given.
Complications: None.
Impression: Successful ultrasound-guided paracentesis, 6.2 L removed. Samples sent for cell count and culture.
""",
  ind="Alcoholic cirrhosis with ascites", icd=["K70.31"],
  study=dict(title="ULTRASOUND-GUIDED PARACENTESIS",
             procedures=[{"kind": "needle-guidance", "primaryCode": "49083", "region": "abdomen", "realTimeNeedle": True,
                          "imageRecorded": True}]),
  exp=[L("49083")], req=["49083: paracentesis with imaging guidance (guidance included)"], doc=["pre-procedure survey", "real-time guidance", "stored image"], miss=[],
  code_family="49083",
  rat="Abdominal paracentesis with imaging guidance: 49083, which includes the ultrasound guidance and the pre-procedure survey (no 76942, no 76705). Alcoholic cirrhosis with ascites K70.31."),

R("c120", fam="Guidance - thoracentesis", sex="F", dob="1949-09-21", dos="2026-02-13", ctx=CTX_INPT,
  text="""
PROCEDURE: Right thoracentesis with ultrasound guidance.
Indication: Large right pleural effusion, metastatic lung adenocarcinoma, dyspnea.
Ultrasound of the right hemithorax showed a large anechoic effusion. The site was marked in the posterior 8th intercostal space and, after sterile prep and local anesthesia, the needle and catheter were advanced under real-time ultrasound visualization, with an image stored. 1,400 mL of serosanguinous fluid was removed. Post-procedure ultrasound showed lung sliding and no pneumothorax.
Impression: Uncomplicated ultrasound-guided right thoracentesis, 1.4 L.
""",
  ind="Malignant pleural effusion; lung adenocarcinoma", icd=["J91.0", "C34.90"],
  study=dict(title="PROCEDURE: Right thoracentesis with ultrasound guidance",
             procedures=[{"kind": "needle-guidance", "primaryCode": "32555", "region": "chest", "laterality": "right",
                          "realTimeNeedle": True, "imageRecorded": True}]),
  exp=[L("32555", "RT")], req=["32555: thoracentesis with imaging guidance (guidance included)"], doc=["pre-procedure US", "real-time guidance", "stored image", "post-procedure check"], miss=[],
  code_family="32555", acc=[[L("32555")]],
  rat="Thoracentesis with imaging guidance: 32555 (inpatient), which includes the ultrasound guidance and the pre/post-procedure imaging (no 76942, no 76604). RT is appended for the side (payers that do not want it accept 32555 alone). Malignant pleural effusion J91.0 with lung cancer C34.90 (side not stated)."),

R("c121", fam="Guidance - vascular access", sex="M", dob="1955-02-11", dos="2026-02-22", ctx=CTX_INPT,
  text="""
PROCEDURE NOTE: ULTRASOUND-GUIDED CENTRAL VENOUS CATHETER PLACEMENT, RIGHT INTERNAL JUGULAR
Indication: Septic shock, need for vasopressors; poor peripheral access.
Ultrasound evaluation of both internal jugular veins: both patent and compressible; the right IJ was selected (8 mm, no thrombus). After full sterile barrier precautions and local anesthesia, the right IJ vein was punctured under real-time ultrasound visualization of needle entry into the vessel. A permanent image of the needle in the vein was recorded to the chart. A 7 Fr triple-lumen catheter was placed over a wire by Seldinger technique to 16 cm. Good blood return from all ports. Chest x-ray: tip at the cavoatrial junction, no pneumothorax.
""",
  ind="Septic shock requiring central venous access", icd=["A41.9", "R65.21"],
  study=dict(title="ULTRASOUND-GUIDED CENTRAL VENOUS CATHETER PLACEMENT, RIGHT INTERNAL JUGULAR",
             procedures=[{"kind": "vascular-access", "primaryCode": "36556", "region": "neck", "realTimeNeedle": True,
                          "imageRecorded": True, "sitesEvaluated": True, "vesselPatent": True}]),
  exp=[L("36556"), L("76937", "26")], req=["+76937: evaluation of potential access sites", "patency of selected vessel", "real-time needle entry", "permanent recorded image"],
  doc=["both IJ veins evaluated", "right IJ patent", "real-time needle entry", "image recorded"], miss=[], code_family="36556 + 76937",
  rat="Non-tunneled central venous catheter, age 5 or older: 36556, with ultrasound guidance for vascular access +76937-26 (inpatient): all four elements are documented (sites evaluated, patency, real-time needle entry, recorded image). Sepsis A41.9 with septic shock R65.21."),

R("c122", fam="Guidance - vascular access", sex="F", dob="1950-10-30", dos="2026-01-24", ctx=CTX_INPT,
  text="""
Procedure: Left subclavian central line.
Indication: Need for TPN (short bowel syndrome after small-bowel resection); no peripheral access.
Ultrasound was used to identify the left subclavian/axillary vein and the skin was marked. The ultrasound probe was then removed and, after sterile prep, the vein was accessed using landmark technique on the first pass. Triple-lumen catheter placed over a wire. Chest x-ray confirmed position, no pneumothorax.
""",
  ind="Short bowel syndrome requiring parenteral nutrition; no peripheral access", icd=["K90.829"],
  study=dict(title="Procedure: Left subclavian central line",
             procedures=[{"kind": "vascular-access", "primaryCode": "36556", "region": "chest", "realTimeNeedle": False,
                          "imageRecorded": False, "sitesEvaluated": False, "vesselPatent": False}]),
  exp=[L("36556")], req=["+76937: sites evaluated, patency, real-time needle entry, recorded image"], doc=["vein identified and skin marked"],
  miss=["real-time needle visualization", "permanent image", "patency"], code_family="36556 (no 76937)",
  rat="The ultrasound only marked the skin before a blind (landmark) puncture, with no recorded image: +76937 is not supported (US-DOC-006). Only the catheter insertion 36556 is billed. Short bowel syndrome, unspecified K90.829."),

R("c123", fam="Guidance - needle placement", sex="M", dob="1964-04-04", dos="2026-02-26",
  text="""
ULTRASOUND-GUIDED PERCUTANEOUS LIVER BIOPSY (NON-TARGETED)
Indication: Elevated transaminases, suspected autoimmune hepatitis. Random liver biopsy requested.
Procedure: After consent and time-out, the right lobe of the liver was localized with ultrasound via an intercostal approach, avoiding vessels and gallbladder. Under real-time ultrasound guidance an 18-gauge core biopsy needle was advanced into the right hepatic lobe and three cores were obtained; needle position was documented on stored images. Post-procedure ultrasound showed no perihepatic hematoma.
Impression: Technically successful ultrasound-guided random liver biopsy, three cores.
""",
  ind="Elevated transaminases", icd=["R74.01"],
  study=dict(title="ULTRASOUND-GUIDED PERCUTANEOUS LIVER BIOPSY (NON-TARGETED)",
             procedures=[{"kind": "needle-guidance", "primaryCode": "47000", "region": "abdomen", "realTimeNeedle": True,
                          "imageRecorded": True, "count": 3}]),
  exp=[L("47000"), L("76942", "26")], req=["76942: real-time needle guidance with stored image and interpretation"], doc=["real-time needle guidance", "stored images"], miss=[],
  code_family="47000 + 76942",
  rat="Percutaneous liver biopsy 47000 does not include imaging guidance, so the ultrasound guidance is reported as 76942-26, one unit for the encounter (three cores). No same-day diagnostic abdominal ultrasound is billed (the localisation and post-check are part of the guidance). 'Suspected autoimmune hepatitis' is not coded: elevated transaminases R74.01."),

R("c124", fam="Guidance - joint injection", sex="F", dob="1951-06-06", dos="2026-02-02", ctx=CTX_OFFICE,
  text="""
PROCEDURE: Left knee injection with ultrasound guidance
Dx: Primary osteoarthritis, left knee.
Ultrasound of the left knee demonstrated a small suprapatellar effusion. Under real-time ultrasound guidance, using a lateral suprapatellar approach, a 22G needle was advanced into the suprapatellar recess and 40 mg triamcinolone with 4 mL lidocaine was injected with visualized flow into the joint. Image saved to the record. No complications.
""",
  ind="Primary osteoarthritis, left knee", icd=["M17.12"],
  study=dict(title="PROCEDURE: Left knee injection with ultrasound guidance",
             procedures=[{"kind": "needle-guidance", "primaryCode": "20611", "region": "lower-extremity", "laterality": "left",
                          "realTimeNeedle": True, "imageRecorded": True}]),
  exp=[L("20611", "LT")], req=["20611: major joint injection with ultrasound guidance and recording (guidance included)"],
  doc=["real-time guidance", "saved image"], miss=[], code_family="20611",
  other=[{"code": "J3301", "modifiers": [], "units": 4, "note": "triamcinolone acetonide 10 mg units; drug supply, not an ultrasound code"}],
  rat="Arthrocentesis/injection of a major joint with ultrasound guidance, with permanent recording and reporting: 20611-LT (office). The guidance is included (no 76942), and the brief look at the effusion is not a separate diagnostic 76881/76882 (NCCI PTP 20611/76882). Primary osteoarthritis of the left knee M17.12. The drug is a separate supply line."),

R("c125", fam="Guidance - needle placement", sex="F", dob="1976-08-12", dos="2026-01-30",
  text="""
ULTRASOUND-GUIDED ASPIRATION, LEFT BREAST CYST
History: Tender palpable 2.4 cm simple-appearing cyst, left breast 3 o'clock, seen on diagnostic ultrasound 01/22/2026. Patient requests aspiration for symptom relief.
Procedure: Consent, sterile prep, local lidocaine. Under real-time ultrasound guidance a 21-gauge needle was advanced into the cyst and 6 mL of green-yellow fluid was aspirated with complete collapse of the cyst, documented on stored images. Fluid discarded as non-bloody.
Impression: Successful ultrasound-guided aspiration of a left breast cyst with complete resolution.
""",
  ind="Tender cyst of the left breast", icd=["N60.02"],
  study=dict(title="ULTRASOUND-GUIDED ASPIRATION, LEFT BREAST CYST",
             procedures=[{"kind": "needle-guidance", "primaryCode": "19000", "region": "breast", "laterality": "left",
                          "realTimeNeedle": True, "imageRecorded": True}],
             comparison={"priorDate": "2026-01-22", "text": "Diagnostic breast ultrasound"}),
  exp=[L("19000", "LT"), L("76942", "26")], req=["76942: real-time needle guidance with stored image"], doc=["real-time guidance", "stored images of cyst collapse"], miss=[],
  code_family="19000 + 76942",
  rat="Puncture aspiration of a breast cyst (19000-LT) does not include imaging guidance, so the ultrasound guidance is 76942-26 (one unit; no diagnostic breast ultrasound this session). Solitary cyst of the left breast N60.02."),

R("c126", fam="Guidance - vascular access", sex="M", dob="1947-03-17", dos="2026-02-15", ctx=CTX_INPT,
  text="""
PICC PLACEMENT
Indication: Long-term IV antibiotics for osteomyelitis.
Ultrasound assessment of the right arm: basilic vein 4.6 mm, patent and compressible; brachial veins patent. Under real-time ultrasound guidance the right basilic vein was accessed with a 21G micropuncture needle; image recorded. A 5 Fr dual-lumen power PICC was advanced to 44 cm; tip confirmed at the cavoatrial junction by ECG tip-confirmation technology.
Impression: Successful right basilic PICC placement.
""",
  ind="Osteomyelitis requiring long-term intravenous antibiotics", icd=["M86.9"],
  study=dict(title="PICC PLACEMENT",
             procedures=[{"kind": "vascular-access", "primaryCode": "36573", "region": "upper-extremity", "laterality": "right",
                          "realTimeNeedle": True, "imageRecorded": True, "sitesEvaluated": True, "vesselPatent": True}]),
  exp=[L("36573")], req=["36573: PICC insertion including all imaging guidance"], doc=["vein assessment", "real-time access", "recorded image"], miss=[],
  code_family="36573 (no 76937)",
  rat="PICC insertion, age 5 or older, without port: 36573, whose descriptor includes all imaging guidance and image documentation, so +76937 is not separately reported even though every guidance element is documented. Osteomyelitis, unspecified M86.9."),

R("c127", fam="Guidance - amniocentesis", sex="F", dob="1985-06-30", dos="2026-02-19",
  text="""
ULTRASOUND-GUIDED GENETIC AMNIOCENTESIS
Indication: 38-year-old G3P2 at 16 weeks 2 days. Cell-free DNA screen high risk for trisomy 21.
Procedure: Pre-procedure ultrasound confirmed a single live fetus and an adequate fluid pocket away from the placenta (posterior). After consent, sterile prep and time-out, a 22-gauge spinal needle was introduced into the amniotic cavity under continuous real-time ultrasound guidance; images documenting the needle tip in the pocket were stored. 20 mL of clear amniotic fluid obtained. Post-procedure fetal heart rate 150 bpm.
Impression: Uncomplicated ultrasound-guided amniocentesis.
""",
  ind="Abnormal cell-free DNA screen; elderly multigravida", icd=["O28.5", "O09.522", "Z3A.16"],
  study=dict(title="ULTRASOUND-GUIDED GENETIC AMNIOCENTESIS",
             procedures=[{"kind": "amniocentesis-guidance", "primaryCode": "59000", "region": "pelvis", "realTimeNeedle": True,
                          "imageRecorded": True}]),
  exp=[L("59000"), L("76946", "26")], req=["76946: US guidance for amniocentesis (S&I)"], doc=["real-time guidance", "stored needle images", "pre/post fetal check"], miss=[],
  code_family="59000 + 76946",
  rat="Diagnostic amniocentesis 59000 with ultrasound guidance 76946-26. The pre-procedure viability/pocket check is part of the guidance, not a separate 76815. Abnormal genetic finding on antenatal screening O28.5, elderly multigravida second trimester O09.522, Z3A.16."),

# ---------------- emergency department point of care ----------------
R("c128", fam="Abdomen (ED point of care)", sex="M", dob="1990-12-08", dos="2026-02-28", ctx=CTX_ED,
  text="""
ED PROCEDURE NOTE - FAST EXAM
Performed and interpreted by: Dr. M. Reyes, emergency physician.
Indication: Motorcycle crash, abdominal pain, tachycardia.
Views: RUQ (hepatorenal space), LUQ (splenorenal space), pelvic (rectovesical). Subxiphoid pericardial view could not be obtained because of subcutaneous emphysema; parasternal not attempted. Images saved to the ED PACS.
Findings: No free fluid in Morison's pouch, the splenorenal recess or the pelvis. Bladder visualized.
Interpretation: Negative FAST for intraperitoneal free fluid.
""",
  ind="Motorcycle collision with abdominal pain", icd=["R10.9", "V29.99XA"],
  study=dict(title="ED PROCEDURE NOTE - FAST EXAM", exam="abdomen", pointOfCare=True,
             elements={"liver": "seen", "right_kidney": "seen", "spleen": "seen", "left_kidney": "seen"},
             report={"separateInterpretation": True}),
  exp=[L("76705", "26")], req=REQUIRED["abdomen"] + ["POCUS: saved images, separate labelled interpretation"],
  doc=["hepatorenal", "splenorenal", "pelvic views", "saved images", "labelled interpretation"], miss=["pericardial view (not obtained)"],
  code_family="76705",
  rat="Emergency physician's FAST on the hospital machine (POS 23) with saved images and a labelled interpretation: limited abdomen 76705-26; no cardiac view, so no echo code. Abdominal pain R10.9 with the external cause (rider of other motorcycle injured in unspecified traffic accident, V29.99XA); the negative FAST gives no injury code."),

R("c129", fam="Abdomen + Chest (ED point of care)", sex="F", dob="1985-02-17", dos="2026-02-07", ctx=CTX_ED,
  text="""
POCUS - EXTENDED FAST (E-FAST)
Operator/interpreter: Dr. J. Carter (EM attending). Images archived.
Indication: Fall from ladder (3 m), left chest wall pain, hypotension on arrival.
RUQ: small anechoic stripe of free fluid in Morison's pouch.
LUQ: no free fluid around the spleen.
Pelvis: no free fluid.
Subxiphoid cardiac: no pericardial effusion; LV contractility hyperdynamic.
Lungs: lung sliding present on the right; absent lung sliding on the left anterior chest with a lung point identified in the left midaxillary line.
IMPRESSION: Positive FAST (free fluid RUQ). Left pneumothorax. No pericardial effusion. Trauma surgery at bedside.
""",
  ind="Fall from ladder with chest wall pain and hypotension", icd=["R18.8", "S27.0XXA", "W11.XXXA"],
  studies=[dict(title="POCUS - E-FAST (abdomen)", exam="abdomen", pointOfCare=True,
                elements={"liver": "seen", "right_kidney": "seen", "spleen": "seen", "left_kidney": "seen"},
                report={"separateInterpretation": True}, icd=["R18.8", "W11.XXXA"]),
           dict(title="POCUS - E-FAST (lungs)", exam="chest", pointOfCare=True, report={"separateInterpretation": True},
                icd=["S27.0XXA", "W11.XXXA"])],
  exp=[L("76705", "26"), L("76604", "26")], req=["76705: limited abdomen", "76604: chest", "93308: focused cardiac echo (if fully documented)"],
  doc=["RUQ, LUQ, pelvic views", "subxiphoid cardiac view", "bilateral lung views"], miss=[], code_family="76705 + 76604 (± 93308)",
  amb="additional line", acc=[[L("76705", "26"), L("76604", "26"), L("93308", "26")], [L("76705", "26")]],
  rat="E-FAST by the emergency physician with archived images and a labelled interpretation: the abdominal views are a limited abdomen 76705-26 and the lung views a chest ultrasound 76604-26 (ACEP guidance). A single subxiphoid view with a contractility comment is usually not enough for a limited echo 93308, but some coders add it; others bill the FAST alone. Free fluid (hemoperitoneum source unknown) R18.8, traumatic pneumothorax S27.0XXA, fall from ladder W11.XXXA. The gold study file holds two studies."),

R("c130", fam="Abdomen (ED point of care)", sex="F", dob="1979-07-22", dos="2026-01-31", ctx=CTX_ED,
  text="""
Emergency Department Bedside Ultrasound - Gallbladder
Performed by: Dr. P. Nguyen (EM). Indication: RUQ pain after meals, vomiting.
Findings: Gallbladder with multiple mobile shadowing stones. Wall 2.5 mm. No pericholecystic fluid. Sonographic Murphy sign positive. CBD 4 mm. Liver: no obvious abnormality in the visualized right lobe. Images saved.
ED Ultrasound Interpretation: Cholelithiasis. Positive sonographic Murphy sign without wall thickening or pericholecystic fluid; early cholecystitis not excluded. Surgery consulted.
""",
  ind="Right upper quadrant pain with vomiting", icd=["K80.20", "R10.11"],
  study=dict(title="Emergency Department Bedside Ultrasound - Gallbladder", exam="abdomen", pointOfCare=True,
             elements={"gallbladder": "seen", "common_bile_duct": "seen", "liver": "seen"}, report={"separateInterpretation": True},
             measurements=M(("Gallbladder wall", 2.5, "mm"), ("CBD", 4, "mm"))),
  exp=[L("76705", "26")], req=REQUIRED["abdomen"] + ["POCUS: saved images, separate labelled interpretation"],
  rat="ED physician's focused gallbladder ultrasound with saved images and a labelled interpretation: 76705-26 (POS 23). 'Early cholecystitis not excluded' is not coded; gallstones without cholecystitis K80.20 with the RUQ pain R10.11."),

R("c131", fam="Obstetric (ED point of care)", sex="F", dob="1996-11-03", dos="2026-02-14", ctx=CTX_ED,
  text="""
ED POINT-OF-CARE ULTRASOUND: TRANSVAGINAL PELVIC (EARLY PREGNANCY)
Sonographer/interpreter: Dr. L. Abara, emergency physician. Images archived.
Indication: Vaginal bleeding, positive urine hCG, LMP 7 weeks ago.
Transvaginal findings: Intrauterine gestational sac with a yolk sac and a fetal pole; cardiac activity present, FHR 124 by M-mode. CRL 8 mm (6w5d). No free fluid in the pelvis. Adnexa not specifically evaluated.
Interpretation: Live intrauterine pregnancy, approximately 6 weeks 5 days. Ectopic pregnancy effectively excluded (no heterotopic risk factors).
""",
  ind="Vaginal bleeding in early pregnancy", icd=["O20.9", "Z3A.01"],
  study=dict(title="ED POINT-OF-CARE ULTRASOUND: TRANSVAGINAL PELVIC (EARLY PREGNANCY)", exam="ob", approach="transvaginal",
             pointOfCare=True, obstetric={"kind": "transvaginal", "gestationalWeeks": 6.71, "fetuses": 1},
             report={"separateInterpretation": True}, measurements=M(("CRL", 8, "mm"), ("FHR", 124, "bpm"))),
  exp=[L("76817", "26")], req=["76817: gestational sac/embryo and maternal uterus, adnexa or cervix by TV"],
  doc=["IUP with yolk sac and embryo", "cardiac activity", "CRL", "free fluid"], miss=["adnexa (not evaluated; not required for 76817)"],
  code_family="76817",
  rat="ED physician's transvaginal early-pregnancy scan with archived images and a labelled interpretation: 76817-26 (POS 23). Bleeding in early pregnancy O20.9 with Z3A.01."),

R("c132", fam="Echo (ED point of care)", sex="M", dob="1952-05-29", dos="2026-02-20", ctx=CTX_ED,
  text="""
EMERGENCY DEPARTMENT NOTE
HPI: 73M with syncope at home, now BP 92/58.
Exam: ...
MDM: Broad differential including arrhythmia, PE, hypovolemia and tamponade. I performed a bedside cardiac ultrasound which showed no pericardial effusion, grossly normal LV function and no RV dilation, lowering concern for tamponade and massive PE. ECG sinus rhythm. Labs pending. Will give fluids and admit to telemetry.
""",
  ind="Syncope with hypotension", icd=["R55", "I95.9"],
  study=dict(title="EMERGENCY DEPARTMENT NOTE", exam="echo_tte", pointOfCare=True, echo={"extent": "limited"},
             elements={"chambers": "seen", "pericardium": "seen"}, images={"stored": 0}, report={"separateInterpretation": False}),
  exp=[], req=["POCUS: archived images", "separate, labelled interpretation (US-DOC-015)", "93308 focused echo"],
  doc=["pericardium, LV and RV function mentioned within MDM"], miss=["image archiving not stated", "no separate labelled ultrasound interpretation"],
  code_family="93308 (not supported)", amb="query", acc=[[L("93308", "26")]],
  rat="The bedside cardiac ultrasound appears only as a sentence inside the medical decision making, with no saved-image statement and no separate, labelled interpretation (US-DOC-015): not separately billable as 93308; it counts toward the E/M's data instead. A coder would query whether images were archived and an interpretation documented (then 93308-26). Syncope R55 and hypotension I95.9."),

R("c133", fam="Echo (ED point of care)", sex="F", dob="1946-01-12", dos="2026-01-18", ctx=CTX_ED,
  text="""
FOCUSED CARDIAC ULTRASOUND (ED)
Performed/interpreted by Dr. S. Haddad, EM. Clips archived to the ED ultrasound system.
Indication: Shortness of breath and hypotension; evaluate for effusion and RV strain.
Views: parasternal long, parasternal short, apical four-chamber, subxiphoid, IVC.
Findings: Moderate circumferential pericardial effusion (1.5 cm) with right atrial systolic collapse; no RV diastolic collapse. LV function normal (visually EF 60%). RV not dilated. IVC plethoric (2.4 cm, <20% collapse).
ED Interpretation: Moderate pericardial effusion with early echocardiographic signs of tamponade physiology. Cardiology consulted for formal echo and possible pericardiocentesis.
""",
  ind="Shortness of breath and hypotension", icd=["I31.39", "R06.02", "I95.9"],
  study=dict(title="FOCUSED CARDIAC ULTRASOUND (ED)", exam="echo_tte", pointOfCare=True, echo={"extent": "limited"},
             elements={"chambers": "seen", "pericardium": "seen"}, report={"separateInterpretation": True},
             measurements=M(("Pericardial effusion", 1.5, "cm"), ("IVC diameter", 2.4, "cm"))),
  exp=[L("93308", "26")], req=ECH + ["POCUS: archived images, labelled interpretation"],
  doc=["LV and RV function", "RA", "pericardium", "IVC", "archived clips", "labelled interpretation"], miss=["valves", "aorta", "Doppler"],
  code_family="93308",
  rat="Focused cardiac ultrasound by the emergency physician with archived clips and a separate interpretation: limited TTE 93308-26 (POS 23), no Doppler add-ons. 'Early signs of tamponade physiology' is hedged, so tamponade (I31.4) is not coded: pericardial effusion I31.39 with dyspnea and hypotension."),

R("c134", fam="Vascular (ED point of care)", sex="M", dob="1966-09-09", dos="2026-02-01", ctx=CTX_ED,
  text="""
ED BEDSIDE ULTRASOUND: LOWER EXTREMITY DVT (2-POINT COMPRESSION), LEFT
Performed by Dr. R. Silva, EM. Images saved.
Indication: Left calf swelling and pain.
Technique: Two-point compression ultrasound, grayscale only, no Doppler.
Findings: Left common femoral vein at the saphenofemoral junction fully compressible. Left popliteal vein fully compressible.
Interpretation: Negative limited compression study for proximal DVT of the left leg.
""",
  ind="Left calf swelling and pain", icd=["M79.662", "R22.42"],
  study=dict(title="ED BEDSIDE ULTRASOUND: LOWER EXTREMITY DVT (2-POINT COMPRESSION), LEFT", exam="venous_duplex", laterality="left",
             limb="lower", pointOfCare=True, elements={"common_femoral": "seen", "popliteal": "seen"},
             doppler={"color": False, "spectral": False}, report={"separateInterpretation": True}),
  exp=[], req=REQUIRED["venous_lower"], code_family="93971 (not supported)",
  doc=["CFV and popliteal compression (grayscale)"], miss=["colour Doppler", "spectral Doppler", "femoral vein"],
  amb="query", acc=[[L("93971", "26", "52", "LT")]],
  rat="A grayscale two-point compression study without any Doppler is not a duplex scan: 93971 is not supportable, and there is no other CPT code for it, so under strict rules nothing is billed for the ultrasound (the E/M captures it). Some emergency-medicine coding guidance reports a compression-only DVT scan as a reduced unilateral study, 93971-26-52-LT, hence ambiguous. Pain in left lower leg M79.662 and localized swelling of the left lower limb R22.42."),

R("c140", fam="Abdomen (ED point of care)", sex="M", dob="1983-04-15", dos="2026-02-08", ctx=CTX_ED,
  text="""
REPEAT FAST EXAM (2nd of the day)
Dr. M. Reyes, EM. Images saved.
Indication: Blunt abdominal trauma; initial FAST at 10:05 negative. Now 13:40 with new hypotension (BP 84/50) and increasing abdominal pain.
RUQ: new moderate free fluid in Morison's pouch. LUQ: free fluid around the splenic tip. Pelvis: free fluid in the rectovesical pouch. Both kidneys seen.
Interpretation: Repeat FAST now positive with free fluid in three regions, new since 10:05. Trauma surgery notified; to the OR.
""",
  ind="Blunt abdominal trauma with new hypotension", icd=["R18.8", "I95.9", "S39.91XA"],
  study=dict(title="REPEAT FAST EXAM (2nd of the day)", exam="abdomen", pointOfCare=True,
             elements={"liver": "seen", "right_kidney": "seen", "spleen": "seen", "left_kidney": "seen"},
             report={"separateInterpretation": True},
             priorSameDay=[{"exam": "abdomen", "sameProvider": True, "code": "76705", "units": 1}]),
  exp=[L("76705", "26", "76")], req=REQUIRED["abdomen"] + ["repeat: documented change in clinical status"],
  doc=["RUQ, LUQ, pelvic views", "time of both studies", "new hypotension as the reason for repeating"], miss=[],
  code_family="76705-76",
  rat="A second FAST by the same physician the same day for a change in clinical status (new hypotension): 76705-26 with modifier 76 (repeat procedure by the same physician). Hemoperitoneum (free fluid, source unconfirmed) R18.8, hypotension I95.9, unspecified injury of abdomen S39.91XA."),

# ---------------- further tricky reports ----------------
R("c137", fam="Retroperitoneum / renal", sex="F", dob="1938-06-23", dos="2026-02-10", ctx=CTX_INPT,
  text="""
RENAL ULTRASOUND
Indication: Acute kidney injury, hematuria.
Right kidney: 10.2 cm, normal echogenicity, no hydronephrosis, no stone.
Left kidney: 10.6 cm, no hydronephrosis. 1.1 cm nonobstructing lower pole stone.
Bladder: decompressed by an indwelling Foley catheter and not evaluable.
Impression: No hydronephrosis. 1.1 cm nonobstructing left renal calculus.
""",
  ind="Acute kidney injury; hematuria", icd=["N17.9", "N20.0", "R31.9"],
  study=dict(title="RENAL ULTRASOUND", exam="retroperitoneum",
             elements=els(RPU, bladder=("not-seen", "decompressed by an indwelling Foley catheter")),
             measurements=M(("Right kidney length", 10.2, "cm"), ("Left kidney length", 10.6, "cm"), ("Left renal stone", 1.1, "cm"))),
  exp=[L("76770", "26")], req=REQUIRED["retroperitoneum"], amb="primary", acc=[[L("76775", "26")]],
  rat="Urinary indication (AKI, hematuria): both kidneys plus the bladder make the complete set, and the bladder is not evaluable for a stated reason (decompressed by a Foley catheter), which counts under the non-visualisation rule: 76770-26. Coders who hold that a Foley-decompressed bladder was never really evaluated report 76775-26. AKI N17.9, kidney stone N20.0, hematuria R31.9."),

R("c138", fam="Abdomen", sex="M", dob="1975-08-30", dos="2026-02-12",
  text="""
EXAM: US ABDOMEN LIMITED
HISTORY: Right upper quadrant pain.
FINDINGS: Liver normal in size (15.5 cm) and echotexture. Gallbladder without stones or wall thickening; negative Murphy sign. CBD 3 mm. Pancreas unremarkable. Spleen 10.1 cm. Right kidney 11.0 cm, left kidney 11.2 cm, no hydronephrosis. Abdominal aorta normal caliber. IVC patent.
IMPRESSION: Normal study.
""",
  ind="Right upper quadrant pain", icd=["R10.11"],
  study=dict(title="US ABDOMEN LIMITED", exam="abdomen", elements=els(ABD), ordered={"code": "76705", "text": "US abdomen limited"},
             measurements=M(("Liver length", 15.5, "cm"), ("CBD", 3, "mm"))),
  exp=[L("76705", "26")], req=REQUIRED["abdomen"], amb="primary", acc=[[L("76700", "26")]],
  rat="Ordered and titled limited, yet all nine complete elements are documented. Coders split: CPT says the report's documentation decides (76700-26), while many payers and compliance policies hold the study to the order (a complete exam performed without a complete order is not medically necessary beyond what was ordered): 76705-26. Flag for review."),

R("c141", fam="Vascular - dialysis access", sex="F", dob="1953-03-26", dos="2026-02-27",
  text="""
HEMODIALYSIS GRAFT DUPLEX - RIGHT FOREARM LOOP GRAFT
Indication: Elevated venous pressures at dialysis. ESRD.
Color and spectral Doppler evaluation of the brachial artery inflow and the body of the graft. Flow volume 640 mL/min. Arterial anastomosis PSV 280 cm/s. Graft body patent with no intragraft stenosis. The venous anastomosis and outflow veins could not be evaluated because of a fresh dressing and bandage from today's dialysis.
Impression: Patent graft with flow of 640 mL/min. Venous outflow not evaluated; repeat after dressing removal.
""",
  ind="End-stage renal disease; elevated venous pressures at dialysis", icd=["T82.898A", "N18.6", "Z99.2"],
  study=dict(title="HEMODIALYSIS GRAFT DUPLEX - RIGHT FOREARM LOOP GRAFT", exam="dialysis_access_duplex", laterality="right",
             limb="upper", elements={"arterial_inflow": "seen", "access_body": "seen",
             "venous_outflow": {"status": "not-seen", "reason": "fresh dressing and bandage from today's dialysis"}}, doppler=DUP,
             measurements=M(("Access flow volume", 640, "mL/min"))),
  exp=[L("93990", "26", "52")], req=["arterial inflow", "body of access", "venous outflow"], code_family="93990-52",
  doc=["arterial inflow", "graft body"], miss=["venous anastomosis and outflow (not evaluated: dressing)"],
  amb="primary", acc=[[L("93990", "26")]],
  rat="93990 requires inflow, body and outflow. The venous outflow was not scanned at all; a reason is given (dressing), but the reason rule of the diagnostic guidelines is about structures that were looked for and could not be seen, so most coders append 52 (no limited code exists): 93990-26-52. Coders who apply the reason rule literally bill 93990-26 (the gold study records the outflow as not seen with its reason, which is what the report says). Other complication of vascular graft (elevated venous pressure) T82.898A with ESRD N18.6 and Z99.2."),

R("c142", fam="Obstetric", sex="F", dob="1993-02-14", dos="2026-02-23",
  text="""
OB ULTRASOUND, SECOND TRIMESTER
LMP 10/12/2025. GA 19 weeks 0 days.
Single live intrauterine pregnancy, breech. FHR 152.
Biometry: BPD 4.3 cm, HC 16.3 cm, AC 13.8 cm, FL 2.9 cm, consistent with 18w6d. EFW 260 g.
Anatomy: calvarium, lateral ventricles, cerebellum, cisterna magna, spine, stomach, kidneys, bladder, abdominal cord insertion, three-vessel cord and extremities normal. The four-chamber heart and outflow tracts were not adequately seen due to persistent fetal spine-up position despite maternal repositioning.
Placenta: posterior, no previa. AFI normal. Cervix 4.0 cm. Adnexa normal.
IMPRESSION: Single live IUP at 18w6d, concordant with dates. Incomplete cardiac evaluation due to fetal position; follow-up ultrasound in 3-4 weeks to complete the cardiac views.
""",
  ind="Routine fetal anatomic survey", icd=["Z36.3", "Z3A.19"],
  study=dict(title="OB ULTRASOUND, SECOND TRIMESTER", exam="ob", approach="transabdominal",
             obstetric={"kind": "standard", "gestationalWeeks": 19.0, "fetuses": 1},
             measurements=M(("BPD", 4.3, "cm"), ("FL", 2.9, "cm"), ("EFW", 260, "g"))),
  exp=[L("76805", "26")], req=OBS, code_family="76805",
  doc=["fetal number", "biometry", "intracranial/spine/abdomen", "cord", "placenta", "fluid", "cervix, adnexa", "four-chamber heart (not seen: fetal position)"], miss=[],
  rat="All 76805 elements are documented except the four-chamber heart, which was not seen for a stated reason (fetal position), so the standard study stands: 76805-26. The planned follow-up to complete the heart will be 76816 (or 76815). Routine anatomic survey Z36.3 with Z3A.19 (18w6d by biometry, 19w0d by LMP: Z3A.19 follows the dating used by the report)."),

R("c143", fam="Pelvis (non-OB)", sex="F", dob="1972-09-28", dos="2026-03-02",
  text="""
EXAM: ULTRASOUND PELVIS COMPLETE (TRANSABDOMINAL ONLY)
INDICATION: Pelvic mass on exam.
FINDINGS: Patient body habitus (BMI 48) limits evaluation. The bladder is distended and normal. The uterus is enlarged, approximately 11.5 x 6.8 x 7.2 cm, with a heterogeneous contour suggesting multiple fibroids; the endometrium cannot be delineated due to body habitus and uterine fibroids. The right ovary is not visualized due to body habitus. The left ovary measures 3.1 x 2.0 x 2.4 cm and is normal. No free fluid. Transvaginal imaging was declined by the patient.
IMPRESSION: Enlarged heterogeneous uterus, likely fibroid uterus. Nonvisualization of the endometrium and right ovary due to habitus. Consider MRI.
""",
  ind="Pelvic mass", icd=["R19.00", "N85.2"],
  study=dict(title="ULTRASOUND PELVIS COMPLETE (TRANSABDOMINAL ONLY)", exam="pelvis", approach="transabdominal",
             elements=els(PELF, endometrium=("not-seen", "body habitus and uterine fibroids"), right_ovary=("not-seen", "body habitus")),
             measurements=M(("Uterus length", 11.5, "cm"), ("Left ovary length", 3.1, "cm"))),
  exp=[L("76856", "26")], req=REQUIRED["pelvis_f"],
  rat="The endometrium and right ovary are not visualized, each with a stated reason (body habitus, fibroids), which counts toward the complete examination; the uterus, left ovary and bladder are measured/described: 76856-26. 'Likely fibroid uterus' is uncertain: code the enlarged uterus (N85.2, hypertrophy of uterus) with the pelvic mass (R19.00, intra-abdominal and pelvic swelling, mass and lump, unspecified site)."),
]

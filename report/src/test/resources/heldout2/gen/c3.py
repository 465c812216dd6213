ABDK = "liver gallbladder common_bile_duct pancreas spleen right_kidney left_kidney aorta ivc"
ABD = ["liver","gallbladder","common bile duct","pancreas","spleen","right kidney","left kidney","aorta","ivc"]
NG = lambda code, region, **kw: dict({"kind":"needle-guidance","primaryCode":code,"region":region,"realTimeNeedle":True,"imageRecorded":True}, **kw)
CASES = [
dict(id="k049", name="Treadmill stress echo", fam="Echo - stress", sex="M", title="EXERCISE STRESS ECHOCARDIOGRAM",
 ind="Chest pain on exertion", icd=["R07.89"],
 text="""
EXERCISE STRESS ECHOCARDIOGRAM
Indication: exertional chest tightness.
Protocol: Bruce. Exercised 9:10 min, 10.6 METs, peak HR 158 (93% MPHR). BP 132/78 -> 176/80. Continuous 12-lead ECG monitoring throughout under my supervision: no ST changes, no arrhythmia. No chest pain during test.
Rest images: normal LV size and wall motion, EF 60%.
Post-exercise images: all segments hyperdynamic, LV cavity decreased.
Conclusion: Negative exercise stress echo for ischemia at a good workload.
""",
 study=dict(exam="echo_stress", echo={"ecgMonitoring":True}),
 exp=["93351"], rat="Stress echo with continuous ECG monitoring under physician supervision: 93351-26 (the ECG stress test is included). No Doppler documented. Other chest pain R07.89.",
 el=dict(cf="93350/93351", req=["rest and stress imaging","ECG monitoring and supervision for 93351"], doc=["rest","post-exercise","continuous ECG, supervised"], miss=[])),

dict(id="k050", name="Dobutamine stress echo with colour Doppler", fam="Echo - stress", sex="F", title="Dobutamine stress echo",
 ind="Preoperative evaluation, unable to exercise; coronary artery disease", icd=["Z01.810","I25.10"],
 text="""
Dobutamine stress echo
pre-op (knee replacement), known CAD, cannot walk on treadmill.
Dobutamine infused to 40 mcg/kg/min plus atropine 0.5 mg. Peak HR 141 (87% MPHR). ECG monitored continuously by the supervising physician; rare PVCs, 1 mm upsloping ST depression.
Baseline: EF 55%, normal wall motion. Color Doppler: mild MR at rest, unchanged at peak.
Peak: all segments augment; no new wall motion abnormality.
IMPRESSION: No inducible ischemia.
""",
 study=dict(exam="echo_stress", echo={"ecgMonitoring":True}, dop={"color":True}),
 exp=["93351","93325"], other=["dobutamine/atropine supply"],
 rat="Pharmacological stress echo with continuous physician-supervised ECG: 93351-26, and colour flow Doppler named: +93325-26. Preprocedural cardiovascular examination Z01.810 first-listed, then known CAD I25.10.",
 el=dict(cf="93351 +93325", req=["rest and stress images","ECG supervision"], doc=["baseline","peak","ECG supervised","colour Doppler"], miss=[])),

dict(id="k051", name="Thyroid FNA, two nodules", fam="Procedure - FNA", sex="F", title="US-guided FNA thyroid x2",
 ind="Thyroid nodules", icd=["E04.2"],
 text="""
PROCEDURE NOTE: US-guided FNA thyroid x2

Indication: right mid (1.9 cm, TR4) and left lower (1.6 cm, TR4) thyroid nodules.
Informed consent obtained. Time out performed. Skin prepped, 1% lidocaine local.
Under real-time ultrasound guidance a 25 G needle was advanced into the right mid nodule; 3 passes. A separate 25 G needle was then used for the left lower nodule; 3 passes. Needle tip positions within each nodule documented with saved images.
Specimens to cytology. No complications.
""",
 study=dict(proc=[NG("10005","neck",count=1), NG("10006","neck",count=1)]),
 exp=["10005","10006"],
 rat="Ultrasound-guided FNA of the first lesion 10005 and of the second lesion +10006 (guidance included in both, no 76942). No diagnostic neck study billed. Multinodular goiter E04.2 (two nodules).",
 el=dict(cf="10005 +10006", req=["real-time guidance","image recorded","per lesion"], doc=["two lesions","real-time needle","images saved"], miss=[])),

dict(id="k052", name="Breast core biopsy left", fam="Procedure - breast biopsy", sex="F", title="ULTRASOUND GUIDED CORE BIOPSY LEFT BREAST",
 ind="Suspicious mass left breast, BI-RADS 4", icd=["N63.21"],
 text="""
ULTRASOUND GUIDED CORE BIOPSY LEFT BREAST

Indication: 1.2 cm irregular hypoechoic mass L breast 1:00, 5 cm FN, BI-RADS 4B.
After consent and time-out, local anesthesia given. Under continuous ultrasound guidance a 14 gauge spring-loaded core needle obtained 5 cores through the mass; pre- and post-fire images stored. A ribbon-shaped clip was deployed at the biopsy site. Post-procedure mammogram: clip in good position.
Impression: Successful US-guided core biopsy with clip placement. Pathology pending.
""",
 study=dict(proc=[dict(kind="needle-guidance", primaryCode="19083", region="breast", laterality="left", realTimeNeedle=True, imageRecorded=True)]),
 exp=[("19083",["LT"])], other=["77065 post-procedure mammogram (left)"],
 rat="Breast biopsy with placement of localization device and ultrasound guidance, first lesion 19083-LT; guidance and clip are included. The clip-check mammogram is a separate service (otherServices). Lump in the left breast, upper outer quadrant N63.21 (BI-RADS 4, pathology pending: not a malignancy).",
 el=dict(cf="19083", req=["imaging guidance","clip"], doc=["continuous US guidance","images","clip"], miss=[])),

dict(id="k053", name="Paracentesis", fam="Procedure - paracentesis", sex="M", pos="21", title="Ultrasound-guided paracentesis",
 ind="Alcoholic cirrhosis with ascites", icd=["K70.31"],
 text="""
Ultrasound-guided paracentesis
Hospital day 3. Tense ascites, alcoholic cirrhosis.
Ultrasound of the abdomen localized a large pocket of ascites in the left lower quadrant; image saved. Under real-time ultrasound guidance a 5 Fr Yueh catheter was placed and 6.2 L of straw-colored fluid removed. Samples sent for cell count and culture. Albumin given per protocol.
No complications.
""",
 study=dict(proc=[NG("49083","abdomen")]),
 exp=["49083"], other=["albumin infusion"],
 rat="Abdominal paracentesis with imaging guidance 49083 (inpatient); guidance included, no 76942. Alcoholic cirrhosis of liver with ascites K70.31.",
 el=dict(cf="49083", req=["imaging guidance"], doc=["US localisation","real-time","image saved"], miss=[])),

dict(id="k054", name="Thoracentesis", fam="Procedure - thoracentesis", sex="F", title="Right thoracentesis under ultrasound",
 ind="Right pleural effusion", icd=["J90"],
 text="""
Right thoracentesis under ultrasound
Dx: R pleural effusion, dyspnea.
Bedside US: large anechoic right effusion; site marked 9th intercostal space posterior axillary line, image stored. Real-time ultrasound guidance for needle entry. 1.1 L serous fluid removed. Post-procedure US: no pneumothorax (lung sliding present).
""",
 study=dict(proc=[NG("32555","chest")]),
 exp=["32555"], acc=[[("32555",["RT"])]],
 rat="Thoracentesis, needle or catheter, with imaging guidance 32555; guidance included. Pleural effusion J90.",
 el=dict(cf="32555", req=["imaging guidance"], doc=["US localisation","real-time","image"], miss=[])),

dict(id="k055", name="PICC placement", fam="Procedure - PICC", sex="M", title="PICC LINE PLACEMENT",
 ind="Long-term intravenous antibiotics for osteomyelitis", icd=["M86.171"],
 text="""
PICC LINE PLACEMENT
Indication: 6 weeks IV antibiotics, acute osteomyelitis of the right ankle.
Ultrasound evaluation of the right arm veins: basilic vein patent and compressible, 4.6 mm; image saved. Under real-time ultrasound guidance the basilic vein was accessed with a 21G needle on the first pass. 5 Fr single-lumen power PICC placed, 42 cm, tip at the cavoatrial junction confirmed by fluoroscopy.
""",
 study=dict(proc=[dict(kind="vascular-access", primaryCode="36573", region="upper-extremity", laterality="right", realTimeNeedle=True, imageRecorded=True, sitesEvaluated=True, vesselPatent=True)]),
 exp=["36573"],
 rat="PICC insertion with imaging guidance (ultrasound and fluoroscopy) and supervision 36573; guidance is included, so no +76937. Other acute osteomyelitis, right ankle and foot M86.171.",
 el=dict(cf="36573", req=["imaging guidance included"], doc=["vein evaluation","real-time access","image"], miss=[])),

dict(id="k056", name="Central line with vascular access guidance", fam="Procedure - central venous access", sex="M", pos="21", title="Central venous catheter, right IJ, US-guided",
 ind="Septic shock, need for central access", icd=["A41.9","R65.21"],
 text="""
Central venous catheter, right IJ, US-guided
ICU. Septic shock, vasopressors.
Bilateral internal jugular veins evaluated with ultrasound; right IJ patent and compressible, chosen. Under real-time ultrasound visualization the needle entered the right IJ; permanent image recorded. Triple-lumen 7 Fr catheter placed by Seldinger technique. CXR: tip at the cavoatrial junction, no pneumothorax.
""",
 study=dict(proc=[dict(kind="vascular-access", primaryCode="36556", region="neck", laterality="right", realTimeNeedle=True, imageRecorded=True, sitesEvaluated=True, vesselPatent=True)]),
 exp=["36556","76937"], other=["chest radiograph"],
 rat="Non-tunnelled central venous catheter, age 5 or older 36556, plus +76937-26: sites evaluated, vessel patency, real-time needle entry and a permanent image are all documented. Sepsis A41.9 with septic shock R65.21.",
 el=dict(cf="36556 + 76937", req=["site evaluation","patency","real-time needle","permanent image"], doc=["all four"], miss=[])),

dict(id="k057", name="Knee injection under ultrasound, office", fam="Procedure - joint injection", sex="F", pos="11", title="US guided injection R knee",
 ind="Primary osteoarthritis right knee", icd=["M17.11"],
 text="""
US guided injection R knee
OA right knee, failed NSAIDs.
Using ultrasound, suprapatellar recess identified; in-plane real-time needle guidance into the joint, image stored. Injected 40 mg triamcinolone + 4 mL 1% lidocaine. Tolerated well.
""",
 study=dict(proc=[dict(kind="needle-guidance", primaryCode="20611", region="lower-extremity", laterality="right", realTimeNeedle=True, imageRecorded=True)]),
 exp=[("20611",["RT"])], other=["J3301 triamcinolone supply"],
 rat="Office (POS 11). Arthrocentesis/injection of a major joint with ultrasound guidance and recording 20611-RT; guidance included. Unilateral primary osteoarthritis, right knee M17.11. Drug supply separate.",
 el=dict(cf="20611", req=["US guidance with permanent recording"], doc=["real-time","image stored"], miss=[])),

dict(id="k058", name="Elbow and thumb CMC injections", fam="Procedure - joint injection", sex="M", title="Ultrasound-guided injections",
 ind="Lateral epicondylitis? no - elbow joint synovitis; osteoarthritis left thumb", icd=["M65.921","M18.12"],
 text="""
Ultrasound-guided injections

1) RIGHT ELBOW: synovitis of the elbow joint. Posterior recess visualized with ultrasound; real-time needle guidance into the joint, image saved; 20 mg methylprednisolone injected.
2) LEFT THUMB CMC: osteoarthritis of the first carpometacarpal joint. Under ultrasound, 27 G needle placed into the joint in real time, image saved; 10 mg triamcinolone injected.

Both well tolerated.
""",
 ind_fix=True,
 study=dict(proc=[dict(kind="needle-guidance", primaryCode="20606", region="upper-extremity", laterality="right", realTimeNeedle=True, imageRecorded=True),
                 dict(kind="needle-guidance", primaryCode="20604", region="upper-extremity", laterality="left", realTimeNeedle=True, imageRecorded=True)]),
 exp=[("20606",["RT"]),("20604",["LT"])], acc=[[("20606",["RT"]),("20604",["FA"])],[("20606",["RT"]),("20604",["59","LT"])]], amb="modifier",
 rat="Intermediate joint (elbow) injection with US guidance 20606-RT and small joint (thumb CMC) 20604-LT; guidance included in both. Coders disagree whether the thumb CMC takes the digit modifier FA or LT, and whether 59/XS is needed on the second joint; ambiguous. Unspecified synovitis, right elbow M65.921; unilateral primary OA of the first CMC joint, left hand M18.12.",
 el=dict(cf="20606 + 20604", req=["US guidance with permanent recording"], doc=["two joints, real-time, images"], miss=[])),

dict(id="k059", name="Breast cyst aspiration with guidance", fam="Procedure - breast cyst aspiration", sex="F", title="ULTRASOUND GUIDED CYST ASPIRATION, RIGHT BREAST",
 ind="Painful cyst right breast", icd=["N60.01"],
 text="""
ULTRASOUND GUIDED CYST ASPIRATION, RIGHT BREAST
Indication: tender 2.5 cm simple cyst R breast 10:00 (on diagnostic US 2/20/2026).
The cyst was localized with ultrasound. Under real-time guidance a 21 G needle was advanced into the cyst and 6 mL of green non-bloody fluid aspirated with complete collapse of the cyst; images before and after recorded. Fluid discarded per protocol.
Impression: successful aspiration of right breast cyst.
""",
 study=dict(proc=[dict(kind="needle-guidance", primaryCode="19000", region="breast", laterality="right", realTimeNeedle=True, imageRecorded=True)]),
 exp=[("19000",["RT"]),"76942"], acc=[["19000","76942"]],
 rat="Puncture aspiration of a breast cyst 19000 (RT), which does not include imaging, plus ultrasound needle guidance 76942-26 (no same-day diagnostic breast study). Solitary cyst of the right breast N60.01.",
 el=dict(cf="19000 + 76942", req=["real-time needle","image recorded"], doc=["real-time","images before/after"], miss=[])),

dict(id="k060", name="ED FAST", fam="Abdomen (ED point of care)", sex="M", pos="23", title="FAST exam",
 ind="Blunt abdominal trauma, motorcycle collision", icd=["S39.91XA","V29.99XA"],
 text="""
EMERGENCY DEPARTMENT BEDSIDE ULTRASOUND -- SEPARATE INTERPRETATION
FAST exam
Performed and interpreted by the ED attending. Indication: motorcycle crash, abdominal pain, hypotension on arrival.
Views: RUQ (hepatorenal), LUQ (splenorenal), suprapubic, subxiphoid cardiac.
RUQ: no free fluid in Morison's pouch; liver and right kidney seen. LUQ: no fluid; spleen and left kidney seen. Pelvis: no free fluid around the bladder. Subxiphoid: no pericardial effusion, cardiac activity present.
Interpretation: negative FAST.  Images archived.
""",
 study=dict(exam="abdomen", pointOfCare=True, el="liver spleen right_kidney left_kidney"),
 exp=["76705"], acc=[["76705","93308"]],
 rat="Emergency physician's FAST with a separate, labelled interpretation (POS 23, professional claim): limited abdomen 76705-26. The subxiphoid view is part of the FAST; a few coders add a limited echo 93308-26. Unspecified injury of abdomen S39.91XA with external cause (motorcycle rider traffic accident) V29.99XA.",
 el=dict(cf="76705", req=ABD, doc=["liver","spleen","right kidney","left kidney","pelvis","subxiphoid"], miss=["gallbladder","CBD","pancreas","aorta","ivc"])),

dict(id="k061", name="ED cardiac POCUS", fam="Echo - transthoracic (ED point of care)", sex="F", pos="23", title="Focused cardiac ultrasound (ED)",
 ind="Hypotension and dyspnea", icd=["I95.9","R06.00"],
 text="""
Focused cardiac ultrasound (ED)
ED physician-performed, separately documented interpretation.
62F hypotensive 78/50, dyspneic.
Parasternal long, parasternal short, apical 4-chamber and subcostal views. LV function grossly normal. RV not dilated, no septal flattening. No pericardial effusion. IVC 1.2 cm, >50% collapse.
Interpretation: no tamponade, no RV strain, hyperdynamic LV with collapsible IVC; suggests volume depletion.
No Doppler.
""",
 study=dict(exam="echo_tte", pointOfCare=True, echo={"extent":"limited"}, el="chambers pericardium", dop={"color":False,"spectral":False}),
 exp=["93308"],
 rat="Focused/limited TTE by the emergency physician with separate interpretation: 93308-26, no Doppler add-ons. Hypotension I95.9, dyspnea R06.00 ('suggests volume depletion' is hedged).",
 el=dict(cf="93308", req=["focused structures"], doc=["LV","RV","pericardium","IVC"], miss=[])),

dict(id="k062", name="RUQ with hedged cholecystitis", fam="Abdomen", sex="F", title="US RUQ", pos="23",
 ind="Right upper quadrant pain, fever", icd=["R10.11","R50.9"],
 text="""
Exam: US RUQ    Date: 3/16/26
Indication: RUQ pain, fever, WBC 14.
Liver homogeneous without mass. Gallbladder contains sludge, no discrete shadowing stone. Wall 3.8 mm, borderline. Trace pericholecystic fluid. Sonographic Murphy's sign equivocal (patient medicated). CBD 5 mm. Pancreatic head unremarkable; body and tail obscured by bowel gas.
Impression:
1. Gallbladder sludge with borderline wall thickening and trace pericholecystic fluid; early acalculous cholecystitis cannot be excluded. Consider HIDA.
""",
 study=dict(exam="abdomen", el={"liver":"seen","gallbladder":"seen","common_bile_duct":"seen","pancreas":"seen"}),
 exp=["76705"],
 rat="ED patient, radiology professional claim (POS 23). RUQ study (liver, gallbladder, CBD, pancreas): limited 76705-26. 'Cannot be excluded' is not coded: RUQ pain R10.11 and fever R50.9 (sludge K82.8 could be added as a definitive finding).",
 el=dict(cf="76700/76705", req=ABD, doc=["liver","gallbladder","common bile duct","pancreatic head"], miss=["spleen","kidneys","aorta","ivc"])),

dict(id="k063", name="Spleen only, office", fam="Abdomen", sex="M", pos="11", title="Ultrasound spleen",
 ind="Splenomegaly on exam", icd=["R16.1"],
 text="""
Ultrasound spleen
Palpable spleen tip on exam.
Spleen measures 15.8 cm craniocaudal, homogeneous, no focal lesion. Splenic vein patent at hilum.
IMPRESSION: Splenomegaly.
""",
 study=dict(exam="abdomen", el="spleen"),
 exp=["76705"],
 rat="Office, global. Single organ: limited abdomen 76705. Splenomegaly R16.1.",
 el=dict(cf="76700/76705", req=ABD, doc=["spleen"], miss=[e for e in ABD if e!="spleen"])),

dict(id="k064", name="Venous bilateral order, right leg only", fam="Venous duplex", sex="M", title="Bilateral LE venous duplex",
 ind="Right leg swelling", icd=["R60.0","M79.661"],
 text="""
Bilateral LE venous duplex
Indication: R>L leg swelling.
Note: left lower extremity not examined, patient unable to tolerate further positioning. Right leg only.
Right: common femoral, femoral and popliteal veins compressible with normal color filling and phasic spectral waveforms responding to augmentation. Calf veins patent.
Impression: no right lower extremity DVT. Left leg not studied.
""",
 study=dict(exam="venous_duplex", limb="lower", laterality="right", el="common_femoral femoral popliteal", dop={"color":True,"spectral":True}, ordered=("93970","Venous duplex bilateral lower extremities")),
 exp=[("93971",["RT"])],
 rat="Ordered bilateral, performed on the right only: unilateral 93971-26-RT (not 93970-52). Right leg swelling R60.0 and pain M79.661.",
 el=dict(cf="93970/93971", req=["both sides for complete"], doc=["right CFV, FV, popliteal, calf; colour + spectral"], miss=["left leg (not examined)"])),

dict(id="k065", name="Renal with hydronephrosis, numbered impression, lower case", fam="Retroperitoneum", sex="F", title="renal/bladder us",
 ind="Left flank pain, hematuria", icd=["N13.30","R31.9"], payer="commercial",
 text="""
renal/bladder us
hx: l flank pain, microscopic hematuria, ? stone.
rt kidney 10.9 cm no hydro no stone. lt kidney 11.8 cm with moderate hydronephrosis and proximal hydroureter, no stone seen in the kidney. bladder: partially distended, ureteral jets seen on the right, not seen on the left. no bladder stone.
impression:
1. moderate left hydronephrosis, obstructing distal ureteral stone is possible but not seen.
2. absent left ureteral jet.
""",
 study=dict(exam="retroperitoneum", el="right_kidney left_kidney bladder", dop={"color":True}),
 exp=["76770"],
 rat="Commercial payer at POS 22. Urinary history (flank pain, hematuria): kidneys and bladder make 76770-26. Hydronephrosis is definitive (N13.30, unspecified hydronephrosis); hematuria R31.9; the stone is 'possible' and not coded. Ureteral jets by colour do not add a code.",
 el=dict(cf="76770/76775", req=["right kidney","left kidney","bladder (urinary history)"], doc=["right kidney","left kidney","bladder"], miss=[])),

dict(id="k066", name="Thyroid US then FNA same day", fam="Neck + Procedure - FNA", sex="F", title="Thyroid ultrasound and US-guided FNA",
 ind="Thyroid nodule", icd=["E04.1"],
 text="""
Thyroid ultrasound and US-guided FNA
Clinical: palpable L neck nodule, new.
DIAGNOSTIC: Right lobe 4.8 x 1.6 x 1.5 cm, homogeneous, no nodules. Left lobe 5.6 x 2.1 x 2.2 cm with a 2.3 cm solid hypoechoic nodule in the mid pole with irregular margins (TR5). Isthmus 3 mm. No suspicious cervical nodes.
Given the TR5 features, FNA was performed today.
PROCEDURE: Consent, time-out. 25 G needle under continuous ultrasound guidance, 4 passes into the left nodule; images of the needle in the nodule stored. No complication.
IMPRESSION: 2.3 cm TR5 left thyroid nodule, sampled.
""",
 study=dict(exam="neck", proc=[NG("10005","neck",count=4)]),
 exp=["76536","10005"], acc=[["10005"]], amb="secondary",
 rat="A complete diagnostic thyroid study that led to the decision to biopsy (76536-26) and the FNA with ultrasound guidance 10005 (guidance included). NCCI ch. IX lets the diagnostic study stand only when it was the basis for the decision to perform the procedure; some coders drop 76536, hence ambiguous. Single thyroid nodule E04.1.",
 el=dict(cf="76536 + 10005", req=["diagnostic study","guided FNA"], doc=["both lobes","isthmus","nodes","real-time needle","images"], miss=[])),
]
for c in CASES:
    c.pop("ind_fix", None)
    if c["id"] == "k058": c["ind"] = "Synovitis of right elbow; osteoarthritis of left thumb CMC joint"

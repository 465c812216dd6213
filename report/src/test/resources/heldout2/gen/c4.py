ABD = ["liver","gallbladder","common bile duct","pancreas","spleen","right kidney","left kidney","aorta","ivc"]
CASES = [
dict(id="k067", name="OB 13 weeks 6 days, standard", fam="Obstetric", sex="F", title="OB ultrasound, first trimester",
 ind="Uncertain dates", icd=["Z36.87","Z3A.13"],
 text="""
OB ultrasound, first trimester
Referred for dating, LMP unknown.
Transabdominal. Single live intrauterine fetus. CRL 8.2 cm = 13 weeks 6 days. Heart rate 158. Placenta anterior. Visible anatomy (cranium, stomach, abdominal wall, four limbs) unremarkable for age. Nuchal translucency not measured (not requested). Maternal ovaries normal; no adnexal mass.
Impression: single live IUP 13w6d by CRL; assign EDD 09/01/2026.
""",
 study=dict(exam="ob", approach="transabdominal", ob={"kind":"standard","gestationalWeeks":13.86,"fetuses":1}),
 exp=["76801"], rat="13 weeks 6 days is before 14 weeks 0 days, so the first-trimester 76801-26, not 76805. No NT measurement, so no 76813. Encounter for uncertain dates Z36.87; Z3A.13.",
 el=dict(cf="76801 vs 76805", req=["fetal number","CRL","cardiac activity","visible anatomy","adnexa"], doc=["all"], miss=[])),

dict(id="k068", name="Retroperitoneum complete, non-urinary", fam="Retroperitoneum", sex="M", title="US RETROPERITONEUM COMPLETE",
 ind="Retroperitoneal lymphadenopathy on CT", icd=["R59.0"],
 text="""
US RETROPERITONEUM COMPLETE
CLINICAL: para-aortic nodes on outside CT, follow up by ultrasound.
FINDINGS:
Kidneys: right 11.0 cm, left 11.4 cm, normal, no hydronephrosis.
Aorta: normal caliber, 2.0 cm; two para-aortic lymph nodes left of the infrarenal aorta, 1.6 and 1.4 cm short axis.
Common iliac artery origins: normal bilaterally.
IVC: patent, normal.
IMPRESSION: Persistent left para-aortic lymphadenopathy, up to 1.6 cm.
""",
 study=dict(exam="retroperitoneum", el="right_kidney left_kidney aorta common_iliac_origins ivc", cmp="outside CT"),
 exp=["76770"], rat="Kidneys, aorta, common iliac origins and IVC: the standard complete retroperitoneum 76770-26. Localized enlarged lymph nodes R59.0.",
 el=dict(cf="76770/76775", req=["right kidney","left kidney","aorta","common iliac origins","ivc"], doc=["right kidney","left kidney","aorta","common iliac origins","ivc"], miss=[])),

dict(id="k069", name="Transplant kidney with duplex", fam="Transplant kidney", title="Renal transplant ultrasound with Doppler",
 ind="Kidney transplant, rising creatinine", icd=["Z94.0","R79.89"],
 text="""
Renal transplant ultrasound with Doppler
Indication: deceased-donor renal transplant 2024 in the RLQ; creatinine 1.4 -> 2.0.
Transplant kidney 11.9 cm, normal corticomedullary differentiation, no hydronephrosis, no perinephric collection.
Color and spectral Doppler: main renal artery PSV 118 cm/s at the anastomosis, intrarenal RIs 0.64-0.70, main renal vein patent with normal phasic flow. Global perfusion on color normal.
Bladder unremarkable.
Impression: Normal transplant kidney. No hydronephrosis, collection or vascular complication.
""",
 study=dict(exam="transplant_kidney", dop={"color":True,"spectral":True}),
 exp=["76776"], rat="Transplanted kidney with duplex (colour and spectral, artery and vein): 76776-26. Kidney transplant status Z94.0 with rising creatinine R79.89 (no rejection or complication is diagnosed).",
 el=dict(cf="76776/76775", req=["transplant kidney","duplex (colour + spectral)"], doc=["kidney","colour","spectral","artery and vein"], miss=[])),

dict(id="k070", name="AAA screening", fam="AAA screening", sex="M", title="Abdominal aortic aneurysm screening ultrasound",
 ind="AAA screening, former smoker", icd=["Z13.6","Z87.891"],
 text="""
Abdominal aortic aneurysm screening ultrasound
Medicare one-time screening. 68 M, former smoker (30 pack-years).
Abdominal aorta measured from the diaphragm to the bifurcation: proximal 2.1 cm, mid 2.0 cm, distal 1.9 cm. No aneurysm.
IMPRESSION: No abdominal aortic aneurysm.
""",
 study=dict(exam="aaa_screening"),
 exp=["76706"], rat="Medicare AAA screening ultrasound 76706-26. Encounter for screening for cardiovascular disorders Z13.6 and history of nicotine dependence Z87.891.",
 el=dict(cf="76706", req=["aorta"], doc=["aorta proximal to bifurcation"], miss=[])),

dict(id="k071", name="TTE complete, spectral Doppler but colour not named", fam="Echo - transthoracic", sex="F", title="ECHOCARDIOGRAM COMPLETE",
 ind="Aortic stenosis follow-up", icd=["I35.0"],
 text="""
ECHOCARDIOGRAM COMPLETE
History: known aortic stenosis, yearly surveillance.
LV: normal size, concentric hypertrophy (septum 1.3 cm), EF 60%. RV normal. LA mildly enlarged, RA normal.
Aortic valve: calcified, restricted opening. Peak velocity 3.6 m/s, mean gradient 29 mmHg, AVA 1.1 cm2 by continuity.
Mitral valve: mild annular calcification. Tricuspid and pulmonic valves normal.
Aortic root 3.3 cm; ascending aorta 3.5 cm. No pericardial effusion.
IMPRESSION: Moderate aortic stenosis, progressed slightly from last year (mean gradient 24 mmHg). Normal LV systolic function.
""",
 study=dict(exam="echo_tte", echo={"extent":"complete"}, el="chambers valves pericardium aorta", dop={"color":False,"spectral":True}, cmp="echo one year ago"),
 exp=["93307"],
 rat="Complete 2D study with spectral Doppler (velocities, gradients, continuity AVA) but colour flow is never named, so not 93306; 93307-26. +93320 is not reported with 93307 (not a primary code in the add-on edit file). Nonrheumatic aortic stenosis I35.0.",
 el=dict(cf="93306/93307", req=["chambers","valves","pericardium","aorta","spectral","colour (for 93306)"], doc=["chambers","valves","pericardium","aorta","spectral"], miss=["colour Doppler (not named)"])),

dict(id="k072", name="Abdomen complete after splenectomy, left kidney obscured", fam="Abdomen", sex="M", title="Sonography of the abdomen",
 ind="Follow-up hepatic hemangioma", icd=["D18.03","Z90.81"],
 text="""
Sonography of the abdomen
Reason: follow-up known liver hemangioma. History of splenectomy after trauma (2011).
The liver is normal in size. The known 2.1 cm echogenic, well-circumscribed lesion in segment 6 is unchanged and is a hemangioma. Gallbladder without stones. CBD 4 mm. Pancreas unremarkable. The spleen is surgically absent; no splenule. Right kidney 10.8 cm, normal. Left kidney not well seen due to overlying bowel gas despite positional changes. Aorta and IVC normal in caliber.
IMPRESSION: Stable 2.1 cm hepatic hemangioma.
""",
 study=dict(exam="abdomen", el={"liver":"seen","gallbladder":"seen","common_bile_duct":"seen","pancreas":"seen","spleen":"absent","right_kidney":"seen","left_kidney":{"status":"not-seen","reason":"overlying bowel gas despite positional changes"},"aorta":"seen","ivc":"seen"}, cmp="prior study of the known hemangioma"),
 exp=["76700"], rat="Surgically absent spleen counts; left kidney not well seen with a stated reason (bowel gas) counts; all other elements described: 76700-26. Hemangioma of intra-abdominal structures D18.03 (definitive, stable); acquired absence of spleen Z90.81.",
 el=dict(cf="76700/76705", req=ABD, doc=["liver","gallbladder","common bile duct","pancreas","spleen (absent)","right kidney","left kidney (not seen, reason)","aorta","ivc"], miss=[])),
]

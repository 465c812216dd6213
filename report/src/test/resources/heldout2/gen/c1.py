ABD = ["liver","gallbladder","common bile duct","pancreas","spleen","right kidney","left kidney","aorta","ivc"]
ABDK = "liver gallbladder common_bile_duct pancreas spleen right_kidney left_kidney aorta ivc"
CASES = [
dict(id="k001", name="Abdomen complete", fam="Abdomen", sex="M", title="ULTRASOUND ABDOMEN COMPLETE",
 ind="Epigastric pain", icd=["R10.13"],
 text="""
ULTRASOUND ABDOMEN COMPLETE

CLINICAL HISTORY: 58-year-old man with epigastric pain for three weeks.

COMPARISON: None available.

TECHNIQUE: Real-time grayscale sonography of the upper abdomen.

FINDINGS:
Liver: 15.2 cm, normal echotexture, no focal lesion.
Gallbladder: No stones, wall 2 mm, no pericholecystic fluid. Sonographic Murphy sign negative.
Common bile duct: 3 mm.
Pancreas: Head, body and tail visualized and unremarkable.
Spleen: 9.8 cm, homogeneous.
Right kidney: 10.7 cm. No hydronephrosis or stone.
Left kidney: 11.0 cm. No hydronephrosis or stone.
Aorta: Normal caliber, 1.9 cm proximally.
IVC: Patent.
No ascites.

IMPRESSION: Normal complete abdominal ultrasound.
""",
 study=dict(exam="abdomen", el=ABDK, cmp="None available", ordered=("76700","US abdomen complete")),
 exp=["76700"], rat="All nine complete-abdomen elements are described: 76700-26. Normal study, so the indication (epigastric pain R10.13) is coded.",
 el=dict(cf="76700/76705", req=ABD, doc=ABD, miss=[])),

dict(id="k002", name="Abdomen titled complete, pancreas not seen without reason", fam="Abdomen", sex="F",
 title="US Abdomen Complete", ind="Abnormal liver enzymes", icd=["K76.0","R74.01"],
 text="""
Exam date: 03/16/2026    Acc# 55102
US Abdomen Complete
Indication: abnormal LFTs (ALT 88, AST 61).
Findings: The liver is enlarged at 18.4 cm and diffusely echogenic with posterior beam attenuation, in keeping with hepatic steatosis. No focal mass. The gallbladder is normal without calculi. CBD measures 4 mm. The pancreas is not visualized. Spleen 11 cm. Both kidneys are normal in size, right 11.2 cm and left 11.6 cm, without hydronephrosis. The abdominal aorta and inferior vena cava are unremarkable.
Impression:
1. Hepatomegaly with diffuse fatty infiltration of the liver.
2. Pancreas not visualized.
""",
 study=dict(exam="abdomen", el={"liver":"seen","gallbladder":"seen","common_bile_duct":"seen","pancreas":"not-seen","spleen":"seen","right_kidney":"seen","left_kidney":"seen","aorta":"seen","ivc":"seen"}, ordered=("76700","US abdomen complete")),
 exp=["76705"], rat="Titled complete, but the pancreas is 'not visualized' with no reason given, so it does not count: limited 76705-26 (query the radiologist). Hepatic steatosis is stated definitively (K76.0); abnormal transaminases R74.01. Hepatomegaly is integral to the fatty liver description.",
 el=dict(cf="76700/76705", req=ABD, doc=[e for e in ABD if e!="pancreas"], miss=["pancreas (not visualized, no reason)"])),

dict(id="k003", name="RUQ ultrasound, gallstones", fam="Abdomen", sex="F", title="RIGHT UPPER QUADRANT ULTRASOUND",
 ind="Right upper quadrant pain after fatty meals", icd=["K80.20"],
 text="""
RIGHT UPPER QUADRANT ULTRASOUND

HISTORY: 44 yo F, RUQ pain after fatty meals.

The liver is normal in size and echogenicity. Multiple mobile shadowing gallstones are present within the gallbladder, the largest 1.4 cm. The gallbladder wall is not thickened (2.5 mm) and there is no pericholecystic fluid. Murphy's sign is negative. The common bile duct measures 4 mm. The right kidney is unremarkable with no hydronephrosis.

IMPRESSION: Cholelithiasis without sonographic evidence of acute cholecystitis. No biliary dilatation.
""",
 study=dict(exam="abdomen", el="liver gallbladder common_bile_duct right_kidney"),
 exp=["76705"], rat="A right-upper-quadrant study (liver, gallbladder, CBD, right kidney) is a limited abdomen 76705-26. Cholelithiasis without cholecystitis or obstruction: K80.20; the pain is integral.",
 el=dict(cf="76700/76705", req=ABD, doc=["liver","gallbladder","common bile duct","right kidney"], miss=["pancreas","spleen","left kidney","aorta","ivc"])),

dict(id="k004", name="Abdomen complete after cholecystectomy", fam="Abdomen", sex="F", title="Abdominal sonogram, complete",
 ind="Upper abdominal pain; status post cholecystectomy", icd=["R10.10","Z90.49"],
 text="""
Abdominal sonogram, complete

Reason for exam: upper abdominal pain, prior lap chole 2019.

Liver normal size (14.8 cm) and echotexture. Gallbladder surgically absent. Common duct 5 mm, within normal limits for post-cholecystectomy state. Pancreas unremarkable. Spleen 10.1 cm. Right kidney 10.9 cm, left kidney 11.3 cm, both without hydronephrosis, calculi or masses. Abdominal aorta normal in caliber throughout its visualized course. IVC unremarkable.

Conclusion: Status post cholecystectomy. Otherwise unremarkable abdominal ultrasound.
""",
 study=dict(exam="abdomen", el={"liver":"seen","gallbladder":"absent","common_bile_duct":"seen","pancreas":"seen","spleen":"seen","right_kidney":"seen","left_kidney":"seen","aorta":"seen","ivc":"seen"}),
 exp=["76700"], rat="The surgically absent gallbladder counts toward the complete exam; every other element is described: 76700-26. Normal study: upper abdominal pain R10.10 and acquired absence of the gallbladder Z90.49.",
 el=dict(cf="76700/76705", req=ABD, doc=["liver","gallbladder (surgically absent)","common bile duct","pancreas","spleen","right kidney","left kidney","aorta","ivc"], miss=[])),

dict(id="k005", name="Abdomen complete, run-in headings, lower case, pancreas tail obscured", fam="Abdomen", sex="M",
 title="us abdomen complete", ind="Elevated transaminases", icd=["R74.01"],
 text="""
us abdomen complete,INDICATION: ,elevated transaminases.,TECHNIQUE: ,multiple grayscale images of the abdomen were obtained.,FINDINGS: ,liver measures 16 cm and has normal echogenicity, no focal lesions. gallbladder distended, no stones or sludge, wall normal. cbd 3 mm. pancreatic head and body normal, the tail is obscured by overlying bowel gas. spleen 10 cm. rt kidney 11 cm, lt kidney 10.8 cm, no hydro bilaterally. aorta and ivc normal caliber.,IMPRESSION: ,unremarkable abdominal ultrasound.
""",
 study=dict(exam="abdomen", el={"liver":"seen","gallbladder":"seen","common_bile_duct":"seen","pancreas":"seen","spleen":"seen","right_kidney":"seen","left_kidney":"seen","aorta":"seen","ivc":"seen"}),
 exp=["76700"], rat="All elements described; the pancreatic head and body were seen and only the tail was obscured (reason given), so the pancreas counts: 76700-26. Normal study: elevated transaminases R74.01.",
 el=dict(cf="76700/76705", req=ABD, doc=ABD, miss=[])),

dict(id="k006", name="Renal, gross hematuria", fam="Retroperitoneum", sex="M", title="RENAL ULTRASOUND",
 ind="Gross hematuria", icd=["R31.0"],
 text="""
RENAL ULTRASOUND
Clinical: 67M with painless gross hematuria x2 episodes. Smoker.
Comparison: CT A/P 2023.
Right kidney measures 11.1 cm with normal cortical thickness and echogenicity. No hydronephrosis, calculus or solid mass.
Left kidney measures 11.5 cm. A 1.6 cm simple cortical cyst in the upper pole. No hydronephrosis.
The urinary bladder is well distended with smooth walls and no intraluminal mass. Prevoid volume 290 mL; postvoid residual 20 mL.
IMPRESSION:
1. No hydronephrosis or renal mass. Small simple left renal cyst.
2. Normal bladder.
""",
 study=dict(exam="retroperitoneum", el="right_kidney left_kidney bladder", cmp="CT A/P 2023"),
 exp=["76770"], rat="Hematuria is a urinary-tract history, so both kidneys and the bladder make a complete retroperitoneal study: 76770-26. Gross hematuria R31.0; a simple renal cyst (N28.1) is incidental and could be added, the indication is first.",
 el=dict(cf="76770/76775", req=["right kidney","left kidney","bladder (urinary history)"], doc=["right kidney","left kidney","bladder"], miss=[])),

dict(id="k007", name="Renal for hypertension, kidneys and bladder, no urinary history", fam="Retroperitoneum", sex="F",
 title="US kidneys", ind="Essential hypertension, poorly controlled", icd=["I10"],
 text="""
US kidneys
History: difficult to control hypertension in 39 year old female, eval renal size.
Right kidney 10.4 cm, left kidney 10.6 cm. Normal corticomedullary differentiation bilaterally. No hydronephrosis, stones or masses. Bladder is partially filled and unremarkable.
No Doppler evaluation of the renal arteries was requested or performed.
Impression: Normal sized kidneys without hydronephrosis.
""",
 study=dict(exam="retroperitoneum", el="right_kidney left_kidney bladder", dop={"color": False, "spectral": False}),
 exp=["76775"], rat="Hypertension is not a urinary-tract history, so kidneys plus bladder do not make a complete retroperitoneum (aorta, iliac origins and IVC are not documented): limited 76775-26. No renal artery duplex. I10.",
 el=dict(cf="76770/76775", req=["right kidney","left kidney","aorta","common iliac origins","ivc"], doc=["right kidney","left kidney","bladder"], miss=["aorta","common iliac origins","ivc"])),

dict(id="k008", name="Renal, acute kidney injury", fam="Retroperitoneum", title="Ultrasound Retroperitoneal (Renal) Complete",
 ind="Acute kidney injury", icd=["N17.9"], pos="21",
 text="""
Ultrasound Retroperitoneal (Renal) Complete
Inpatient, portable.
HX: AKI, creatinine up from 1.1 to 3.4 over 48 hrs. r/o obstruction.
FINDINGS
RK: 12.0 cm, mildly increased echogenicity, no hydronephrosis.
LK: 11.7 cm, mildly increased echogenicity, no hydronephrosis.
BLADDER: decompressed around a Foley catheter balloon.
IMPRESSION
Mildly echogenic kidneys, a nonspecific finding that can be seen with medical renal disease. No hydronephrosis to suggest obstruction.
""",
 study=dict(exam="retroperitoneum", el="right_kidney left_kidney bladder"),
 exp=["76770"], rat="Inpatient professional claim (POS 21). AKI is a urinary-tract history; both kidneys and the bladder (decompressed around a Foley, but described) are documented: 76770-26. N17.9. The echogenic kidneys are hedged ('can be seen with') and not coded.",
 el=dict(cf="76770/76775", req=["right kidney","left kidney","bladder (urinary history)"], doc=["right kidney","left kidney","bladder (Foley, decompressed)"], miss=[])),

dict(id="k009", name="Renal, stone history, bladder not mentioned", fam="Retroperitoneum", sex="M", title="Renal sonogram",
 ind="Nephrolithiasis follow-up, rising creatinine", icd=["N20.0","R79.89"],
 text="""
03/16/2026 08:42
Renal sonogram
Indication: hx kidney stones, rising creatinine.
Comparison: 09/2025 renal US.

Right kidney: 10.2 cm. Several nonobstructing calculi, largest 7 mm in the lower pole. No hydronephrosis.
Left kidney: 10.5 cm. No calculus or hydronephrosis.

IMPRESSION: Nonobstructing right nephrolithiasis, unchanged. No hydronephrosis.
""",
 study=dict(exam="retroperitoneum", el="right_kidney left_kidney", cmp="09/2025 renal US"),
 exp=["76775"], rat="Urinary history, but the bladder is never mentioned, so kidneys alone are a limited retroperitoneal study: 76775-26. Right renal calculi N20.0; rising creatinine R79.89.",
 el=dict(cf="76770/76775", req=["right kidney","left kidney","bladder (urinary history)"], doc=["right kidney","left kidney"], miss=["bladder"])),

dict(id="k010", name="Pelvis female TA and TV", fam="Pelvis", sex="F", title="PELVIC ULTRASOUND, TRANSABDOMINAL AND TRANSVAGINAL",
 ind="Heavy menstrual bleeding", icd=["N92.0","D25.1"],
 text="""
PELVIC ULTRASOUND, TRANSABDOMINAL AND TRANSVAGINAL

Indication: menorrhagia.
LMP: 02/27/2026.

Technique: Transabdominal imaging through a full bladder followed by endovaginal imaging for better detail, with patient consent.

Uterus: Anteverted, 10.2 x 5.6 x 6.1 cm. A 3.1 cm intramural leiomyoma in the posterior fundus. 
Endometrium: 9 mm, homogeneous.
Right ovary: 3.0 x 2.1 x 1.9 cm, with follicles.
Left ovary: 2.8 x 1.8 x 2.0 cm, normal.
Bladder: Normal wall, no mass.
No free fluid.

Impression: Intramural uterine leiomyoma, 3.1 cm. Otherwise normal pelvic ultrasound.
""",
 studies=[dict(exam="pelvis", approach="transabdominal", el="uterus endometrium right_ovary left_ovary bladder", title="PELVIC ULTRASOUND, TRANSABDOMINAL"),
          dict(exam="pelvis", approach="transvaginal", el="uterus endometrium right_ovary left_ovary", title="PELVIC ULTRASOUND, TRANSVAGINAL")],
 exp=["76856","76830"], rat="Complete transabdominal pelvis (uterus with measurements, endometrium, both ovaries, bladder) 76856-26 plus transvaginal 76830-26. Menorrhagia N92.0; intramural leiomyoma D25.1.",
 el=dict(cf="76856/76857 + 76830", req=["uterus","endometrium","right ovary","left ovary","bladder"], doc=["uterus","endometrium","right ovary","left ovary","bladder","transvaginal"], miss=[])),

dict(id="k011", name="Transvaginal pelvis, left ovary not seen without reason", fam="Pelvis", sex="F", title="Transvaginal pelvic US",
 ind="Pelvic pain", icd=["R10.20"],
 text="""
Transvaginal pelvic US
pt c/o pelvic pain, r/o ovarian cyst
TV only per pt preference.
Uterus retroverted, 8.1 x 4.2 x 4.6 cm, homogeneous myometrium. Endometrial stripe 6 mm. Right ovary 2.9 x 2.0 x 1.8 cm with a 1.2 cm follicle. Left ovary not visualized. Trace free fluid in cul-de-sac, physiologic.
IMP: No ovarian cyst on the right. L ovary not seen.
""",
 study=dict(exam="pelvis", approach="transvaginal", el={"uterus":"seen","endometrium":"seen","right_ovary":"seen","left_ovary":"not-seen"}),
 exp=[("76830",["52"])], acc=[["76830"]], amb="modifier",
 rat="Transvaginal only: 76830. The left ovary is 'not visualized' with no reason, so the study is incomplete; 76830 has no limited code, so strictly -52. Many coders bill 76830 unmodified since the code has no element list, hence ambiguous. Pelvic pain, unspecified side R10.20; the cyst is 'rule out'.",
 el=dict(cf="76830", req=["uterus","endometrium","right ovary","left ovary"], doc=["uterus","endometrium","right ovary"], miss=["left ovary (not visualized, no reason)"])),

dict(id="k012", name="Male pelvis", fam="Pelvis", sex="M", title="ULTRASOUND PELVIS (MALE)",
 ind="Incomplete bladder emptying", icd=["N40.1","R39.14"],
 text="""
ULTRASOUND PELVIS (MALE)
INDICATION: 72-year-old male with incomplete emptying, weak stream.
FINDINGS: Transabdominal views. The urinary bladder is trabeculated with a prevoid volume of 410 cc and a postvoid residual of 160 cc. The prostate gland is enlarged, measuring 5.4 x 4.6 x 4.9 cm (volume 64 mL), with a median lobe indenting the bladder base. Seminal vesicles are symmetric and unremarkable.
IMPRESSION:
1. Benign-appearing prostatomegaly, 64 mL.
2. Elevated postvoid residual, 160 mL.
""",
 study=dict(exam="pelvis", approach="transabdominal", el="bladder prostate seminal_vesicles"),
 exp=["76856"], rat="Male pelvis with bladder, prostate and seminal vesicles: complete 76856-26. Enlarged prostate with lower urinary tract symptoms N40.1 plus incomplete emptying R39.14.",
 el=dict(cf="76856/76857", req=["bladder","prostate","seminal vesicles"], doc=["bladder","prostate","seminal vesicles"], miss=[])),

dict(id="k013", name="Pelvis after hysterectomy", fam="Pelvis", sex="F", title="US PELVIS COMPLETE",
 ind="Left lower quadrant pain; prior hysterectomy", icd=["R10.32","Z90.710"],
 text="""
US PELVIS COMPLETE

CLINICAL INDICATION: Left lower quadrant pain. History of total abdominal hysterectomy with cervix removed, ovaries preserved.

FINDINGS: The uterus and cervix are surgically absent; vaginal cuff is unremarkable. Right ovary 2.4 x 1.5 x 1.6 cm. Left ovary 2.6 x 1.9 x 1.4 cm. No adnexal mass. The urinary bladder is normal. No free fluid.

IMPRESSION: Post hysterectomy. Normal ovaries. No cause for pain identified.
""",
 study=dict(exam="pelvis", approach="transabdominal", el={"uterus":"absent","endometrium":"absent","right_ovary":"seen","left_ovary":"seen","bladder":"seen"}),
 exp=["76856"], rat="Uterus (and so endometrium) surgically absent counts; both ovaries and the bladder are described: complete 76856-26. LLQ pain R10.32; acquired absence of uterus with cervix Z90.710.",
 el=dict(cf="76856/76857", req=["uterus","endometrium","right ovary","left ovary","bladder"], doc=["uterus (absent)","endometrium (absent)","right ovary","left ovary","bladder"], miss=[])),

dict(id="k014", name="OB first trimester transabdominal", fam="Obstetric", sex="F", title="OB US <14 WEEKS",
 ind="Vaginal bleeding in early pregnancy", icd=["O20.9","Z3A.09"],
 text="""
OB US <14 WEEKS
G2P1, LMP uncertain. Presents with light vaginal spotting.
Transabdominal scan. Single intrauterine gestational sac containing a yolk sac and a single live embryo. CRL 2.4 cm corresponding to 9 weeks 2 days. FHR 171 bpm. No subchorionic hemorrhage. The right and left ovaries are normal. No free fluid.
IMPRESSION: Single live IUP, 9w2d by CRL. EDD 10/17/2026.
""",
 study=dict(exam="ob", approach="transabdominal", ob={"kind":"standard","gestationalWeeks":9.29,"fetuses":1}),
 exp=["76801"], rat="First-trimester (before 14 weeks) transabdominal study with sac, embryo, CRL, cardiac activity and adnexa: 76801-26. Bleeding in early pregnancy O20.9; 9 weeks Z3A.09.",
 el=dict(cf="76801", req=["gestational sac","embryo/CRL","cardiac activity","uterus and adnexa"], doc=["gestational sac","yolk sac","CRL","FHR","ovaries"], miss=[])),

dict(id="k015", name="OB first trimester TA + TV", fam="Obstetric", sex="F", title="OB ULTRASOUND LESS THAN 14 WEEKS, TRANSABDOMINAL AND TRANSVAGINAL",
 ind="Pelvic pain in early pregnancy", icd=["O26.891","R10.20","Z3A.01"],
 text="""
OB ULTRASOUND LESS THAN 14 WEEKS, TRANSABDOMINAL AND TRANSVAGINAL

History: 31F, +hCG, pelvic cramping.  Rule out ectopic.

Transabdominal images were nondiagnostic for embryonic detail, so transvaginal imaging was performed.

There is a single intrauterine gestational sac with a yolk sac and embryo. Crown-rump length 1.1 cm = 7 weeks 1 day. Cardiac activity present at 138 bpm. Uterus otherwise unremarkable. Right ovary contains a 2.2 cm corpus luteum. Left ovary unremarkable. No adnexal mass and no free fluid.

Impression: Live single intrauterine pregnancy at 7w1d. No evidence of ectopic pregnancy.
""",
 studies=[dict(exam="ob", approach="transabdominal", ob={"kind":"standard","gestationalWeeks":7.14,"fetuses":1}, title="OB ULTRASOUND LESS THAN 14 WEEKS, TRANSABDOMINAL"),
          dict(exam="ob", approach="transvaginal", ob={"kind":"transvaginal","gestationalWeeks":7.14,"fetuses":1}, title="OB ULTRASOUND, TRANSVAGINAL")],
 exp=["76801","76817"], rat="Transabdominal first-trimester study 76801-26, with a transvaginal study done because the TA images were nondiagnostic: +76817-26. Pregnancy-related pelvic pain O26.891 with R10.20, Z3A.01 (less than 8 weeks); ectopic was ruled out and is not coded.",
 el=dict(cf="76801 + 76817", req=["gestational sac","embryo/CRL","cardiac activity","uterus and adnexa"], doc=["gestational sac","yolk sac","CRL","cardiac activity","ovaries","transvaginal"], miss=[])),

dict(id="k016", name="OB standard second trimester anatomy", fam="Obstetric", sex="F", title="Obstetrical ultrasound - fetal anatomy survey", pos="11",
 ind="Routine fetal anatomic survey", icd=["Z36.3","Z3A.20"],
 text="""
Women's Health Associates -- Ultrasound Unit
Obstetrical ultrasound - fetal anatomy survey

Indication: routine anatomy scan.  GA by LMP 20w1d.

Singleton, cephalic. FHR 146 bpm.
Biometry: BPD 4.7 cm, HC 17.6 cm, AC 15.1 cm, FL 3.3 cm -> 20w2d. EFW 341 g (48th %ile).
Placenta posterior, no previa. Three-vessel cord, normal placental cord insertion.
Amniotic fluid normal, MVP 4.8 cm.
Anatomy: cerebral ventricles, cerebellum, cisterna magna, face/lips, spine, four-chamber heart and outflow tracts, stomach, kidneys, bladder, abdominal cord insertion and extremities appear normal.
Cervix 3.9 cm. Adnexa unremarkable.

Impression: Single live IUP at 20w2d, appropriate growth, no anatomic abnormality seen.
""",
 study=dict(exam="ob", approach="transabdominal", ob={"kind":"standard","gestationalWeeks":20.29,"fetuses":1}),
 exp=["76805"], rat="Office study billed globally (POS 11, no 26). A standard second-trimester study with biometry, anatomy survey, placenta, fluid and adnexa: 76805. Screening for malformation Z36.3, Z3A.20.",
 el=dict(cf="76805", req=["fetal number","biometry","anatomy survey incl. four-chamber heart","cord insertion","placenta","amniotic fluid","maternal adnexa"], doc=["all"], miss=[])),

dict(id="k017", name="OB detailed anatomy, advanced maternal age", fam="Obstetric", sex="F", title="Detailed fetal anatomic ultrasound (level II)",
 ind="Advanced maternal age, multigravida", icd=["O09.522","Z3A.21"],
 text="""
MATERNAL-FETAL MEDICINE
Detailed fetal anatomic ultrasound (level II)
Referral: AMA (41 y), G3P2. Low-risk cfDNA.
GA 21w3d by 1st trimester US.
Fetal number: one. Presentation breech. Cardiac activity 152 bpm.
BIOMETRY  BPD 50 mm | HC 191 mm | AC 163 mm | FL 36 mm | HL 34 mm | EFW 420 g (55%)
DETAILED ANATOMY
Head: calvarium intact, lateral ventricles 6 mm, CSP present, cerebellum 22 mm, cisterna magna 5 mm, nuchal fold 4 mm.
Face: profile, nasal bone, orbits, lips and palate normal.
Spine: intact in three planes.
Heart: situs solitus, 4-chamber, LVOT, RVOT, 3VV and 3VT views normal; rhythm regular.
Chest: lungs homogeneous, diaphragm intact.
Abdomen: stomach, bowel, kidneys, bladder, cord insertion normal. 3VC.
Extremities: long bones, hands and feet normal.
Genitalia: normal.
Placenta anterior, high. AFI normal (MVP 5.2 cm). Cervix 4.1 cm TA.
IMPRESSION: Normal detailed anatomic survey for 21 weeks. Growth appropriate.
""",
 study=dict(exam="ob", approach="transabdominal", ob={"kind":"detailed","gestationalWeeks":21.43,"fetuses":1}),
 exp=["76811"], rat="A detailed (level II) anatomic study by MFM with the full organ-system evaluation: 76811-26. Elderly multigravida, second trimester O09.522; Z3A.21.",
 el=dict(cf="76811", req=["76805 elements","detailed fetal anatomy (face, heart views, spine planes, extremities, genitalia)"], doc=["all"], miss=[])),

dict(id="k018", name="OB limited, presentation and fluid", fam="Obstetric", sex="F", title="LIMITED OB US",
 ind="Confirm fetal presentation at 36 weeks", icd=["O32.1XX0","Z3A.36"],
 text="""
LIMITED OB US
36w4d, presentation check prior to planned delivery counselling.
Single fetus in frank breech presentation. FHR 139. Placenta fundal. Amniotic fluid subjectively normal.
IMP: Frank breech.
""",
 study=dict(exam="ob", ob={"kind":"limited","gestationalWeeks":36.57,"fetuses":1}),
 exp=["76815"], rat="Limited obstetric study (presentation, heart rate, placenta, qualitative fluid): 76815-26. Breech presentation is a definitive finding O32.1XX0; Z3A.36.",
 el=dict(cf="76815", req=["one or more of heartbeat, placenta, presentation, fluid"], doc=["presentation","heart rate","placenta","fluid"], miss=[])),

dict(id="k019", name="OB follow-up growth scan, FGR", fam="Obstetric", sex="F", title="OB follow up / interval growth",
 ind="Known fetal growth restriction, third trimester", icd=["O36.5930","Z3A.32"],
 text="""
OB follow up / interval growth
Reason: FGR diagnosed at 28 weeks, interval growth. GA 32w0d.
Single live fetus, vertex. FHR 142.
BPD 78 mm, HC 284 mm, AC 255 mm, FL 57 mm. EFW 1540 g, 6th percentile (was 4th percentile 4 weeks ago).
AFI 11.2 cm.
Impression: Continued growth along the low percentiles, EFW 6th %ile. Normal fluid.
""",
 study=dict(exam="ob", ob={"kind":"follow-up","gestationalWeeks":32.0,"fetuses":1}, cmp="prior growth scan at 28 weeks"),
 exp=["76816"], rat="Re-evaluation of fetal size and interval growth: follow-up 76816-26. Known poor fetal growth, third trimester O36.5930; Z3A.32. No Doppler was done.",
 el=dict(cf="76816", req=["re-evaluation of size/interval growth"], doc=["biometry","EFW with prior comparison","fluid"], miss=[])),

dict(id="k020", name="BPP with NST", fam="Obstetric", sex="F", title="Biophysical profile with NST",
 ind="Post-term pregnancy, 40 weeks 5 days", icd=["O48.0","O41.03X0","Z3A.40"],
 text="""
Biophysical profile with NST

40w5d, postdates surveillance.

NST: reactive, two accelerations of 15 bpm x 15 sec within 20 min, baseline 135.            2/2
Fetal breathing movements: one episode > 30 s                                              2/2
Gross body movements: 3 discrete movements                                                 2/2
Fetal tone: flexion/extension observed                                                     2/2
Amniotic fluid: single deepest pocket 1.6 cm                                               0/2

TOTAL 8/10 (oligohydramnios)
Recommendation: discuss delivery timing with primary OB.
""",
 study=dict(exam="ob", ob={"kind":"biophysical-profile","nonStressTest":True,"gestationalWeeks":40.71,"fetuses":1}),
 exp=["76818"], rat="Biophysical profile including the non-stress test: 76818-26. Post-term O48.0 and oligohydramnios, third trimester O41.03X0 (stated definitively, SDP 1.6 cm); Z3A.40. The NST itself is part of 76818, not billed separately (59025 would not be added).",
 el=dict(cf="76818/76819", req=["breathing","movement","tone","fluid","NST for 76818"], doc=["NST","breathing","movement","tone","fluid"], miss=[])),

dict(id="k021", name="BPP without NST plus umbilical artery Doppler", fam="Obstetric", sex="F", title="BPP (no NST) + UA Doppler",
 ind="Fetal growth restriction, third trimester", icd=["O36.5930","Z3A.34"],
 text="""
BPP (no NST) + UA Doppler
34w2d, FGR.
Breathing 2, movement 2, tone 2, fluid 2 (AFI 9.6 cm). BPP 8/8.
Umbilical artery Doppler: S/D 3.1, PI 1.12 (70th percentile). End-diastolic flow present, no absent or reversed flow.
IMP: Reassuring BPP 8/8. Normal umbilical artery Doppler indices.
""",
 study=dict(exam="ob", ob={"kind":"biophysical-profile","nonStressTest":False,"umbilicalDoppler":True,"gestationalWeeks":34.29,"fetuses":1}, dop={"spectral":True}),
 exp=["76819","76820"], rat="BPP without NST 76819-26 plus umbilical artery Doppler velocimetry 76820-26. FGR O36.5930; Z3A.34.",
 el=dict(cf="76819 + 76820", req=["breathing","movement","tone","fluid","UA Doppler indices"], doc=["all four BPP components","UA S/D and PI"], miss=[])),

dict(id="k022", name="MCA Doppler for Rh alloimmunization", fam="Obstetric", sex="F", title="Fetal MCA Doppler",
 ind="Anti-D isoimmunization, third trimester", icd=["O36.0130","Z3A.29"],
 text="""
Fetal MCA Doppler
Indication: anti-D alloimmunization (titer 1:32). 29w0d.
A single live fetus, cephalic, FHR 150. Amniotic fluid normal. No ascites, pleural or pericardial effusion, or skin edema.
Middle cerebral artery peak systolic velocity 41 cm/s = 1.08 MoM (angle of insonation 0 degrees).
Impression: MCA-PSV below 1.5 MoM, no evidence of fetal anemia. No hydrops. Repeat in 1 week.
""",
 study=dict(exam="ob", ob={"kind":"limited","mcaDoppler":True,"gestationalWeeks":29.0,"fetuses":1}, dop={"spectral":True}),
 exp=["76821"],
 rat="Middle cerebral artery Doppler velocimetry 76821-26. The heart rate, presentation, fluid and hydrops check would describe a limited study, but 76815 is an NCCI column-two code of 76821 (modifier indicator 1) and nothing here is a separate encounter, so it is not billed. Anti-D isoimmunization third trimester O36.0130; Z3A.29. 'No evidence of fetal anemia' is not coded.",
 el=dict(cf="76815 + 76821", req=["MCA PSV"], doc=["MCA PSV and MoM","FHR","presentation","fluid","hydrops survey"], miss=[])),

dict(id="k023", name="Twins standard second trimester", fam="Obstetric", sex="F", title="OB ULTRASOUND TWINS >14 WK",
 ind="Dichorionic diamniotic twin pregnancy", icd=["O30.042","Z3A.22"],
 text="""
OB ULTRASOUND TWINS >14 WK
hx: di/di twins, 22w0d.
Twin A (maternal right, presenting): cephalic. FHR 148. BPD 5.3, HC 20.1, AC 17.2, FL 3.8 cm. EFW 480 g. Anatomy: head, spine, 4CH heart, stomach, kidneys, bladder, cord insertion normal. Posterior placenta. MVP 4.4.
Twin B (maternal left): breech. FHR 155. BPD 5.2, HC 19.8, AC 17.0, FL 3.7 cm. EFW 462 g. Anatomy as above normal. Anterior placenta. MVP 4.0.
Thick dividing membrane with twin peak sign. Discordance 4%. Cervix 3.6 cm. Ovaries not seen, obscured by the gravid uterus.
IMP: Live di/di twins at 22w, concordant growth, normal surveys.
""",
 study=dict(exam="ob", ob={"kind":"standard","gestationalWeeks":22.0,"fetuses":2}),
 exp=["76805","76810"], rat="Standard study of twins after 14 weeks: 76805-26 plus +76810-26 for the second gestation. Di/di twin pregnancy second trimester O30.042; Z3A.22.",
 el=dict(cf="76805 + 76810", req=["per fetus: biometry, anatomy, placenta, fluid"], doc=["both twins complete"], miss=[])),

dict(id="k024", name="Twins follow-up growth", fam="Obstetric", sex="F", title="Twin growth follow-up",
 ind="Monochorionic diamniotic twins, surveillance", icd=["O30.033","Z3A.30"],
 text="""
Twin growth follow-up
MC/DA twins, 30w1d, q2 week surveillance.
Twin A: EFW 1380 g (38%). DVP 4.1 cm. Bladder seen.
Twin B: EFW 1310 g (31%). DVP 3.7 cm. Bladder seen.
Discordance 5%. No TTTS features.
Impression: concordant interval growth of both twins.
""",
 study=dict(exam="ob", ob={"kind":"follow-up","gestationalWeeks":30.14,"fetuses":2}, cmp="prior growth scan two weeks ago"),
 exp=[("76816",[]),("76816",["XS"])], acc=[[("76816",[],2)],[("76816",[]),("76816",["59"])]],
 rat="Follow-up growth of each twin: 76816-26 per fetus, the second line with a distinct-service modifier (XS for Medicare; 59 or two units are also seen). MC/DA twins third trimester O30.033; Z3A.30.",
 el=dict(cf="76816 per fetus", req=["per fetus re-evaluation of growth"], doc=["twin A EFW, DVP","twin B EFW, DVP"], miss=[])),
]

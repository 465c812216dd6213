from corpus import *

R = Report
REPORTS = [

R("c001", fam="Abdomen", sex="F", dob="1968-05-14", dos="2026-03-02",
  text="""
EXAM: US ABDOMEN COMPLETE
DATE OF SERVICE: 03/02/2026
HISTORY: 57-year-old female with right upper quadrant pain for two weeks.
TECHNIQUE: Real-time grayscale sonographic images of the abdomen were obtained.
COMPARISON: None.
FINDINGS:
Liver: Normal in size, measuring 15.1 cm in the midclavicular line, with homogeneous echotexture. No focal lesion. Hepatopetal flow in the main portal vein.
Gallbladder: Normally distended. No gallstones, wall thickening or pericholecystic fluid. Sonographic Murphy sign is negative.
Bile ducts: No intrahepatic biliary dilatation. The common bile duct measures 3 mm.
Pancreas: The head, body and tail are visualized and unremarkable.
Spleen: 9.8 cm, normal.
Kidneys: The right kidney measures 10.6 cm and the left kidney 11.0 cm. No hydronephrosis, calculus or mass bilaterally.
Aorta: Normal caliber, maximum diameter 1.9 cm.
IVC: Patent and unremarkable.
No ascites.
IMPRESSION:
Normal complete abdominal ultrasound.
""",
  ind="Right upper quadrant pain", icd=["R10.11"],
  study=dict(title="US ABDOMEN COMPLETE", exam="abdomen", elements=els(ABD),
             measurements=M(("Liver length", 15.1, "cm"), ("CBD diameter", 3, "mm"), ("Spleen length", 9.8, "cm"),
                            ("Right kidney length", 10.6, "cm"), ("Left kidney length", 11.0, "cm"), ("Aorta diameter", 1.9, "cm")),
             comparison={"text": "None"}),
  exp=[L("76700", "26")], req=REQUIRED["abdomen"],
  rat="All nine complete-abdomen elements are described, so 76700-26. A normal study is coded with its indication (RUQ pain)."),

R("c002", fam="Abdomen", sex="M", dob="1959-11-02", dos="2026-01-20",
  text="""
EXAMINATION: Ultrasound of the abdomen, complete.
CLINICAL INDICATION: Epigastric and right upper quadrant pain after fatty meals.
COMPARISON: CT abdomen 08/14/2025.
FINDINGS:
The liver is normal in size and echogenicity without focal mass. The gallbladder contains multiple mobile shadowing echogenic foci, the largest 1.4 cm. The gallbladder wall is not thickened (2 mm) and there is no pericholecystic fluid. Sonographic Murphy sign is negative. The common bile duct is 4 mm. The pancreas is obscured by overlying bowel gas despite multiple patient positions. The spleen measures 10.4 cm. The right kidney measures 11.2 cm, the left 11.5 cm; no hydronephrosis. The visualized abdominal aorta and IVC are normal.
IMPRESSION:
1. Cholelithiasis without sonographic evidence of acute cholecystitis.
2. Pancreas not visualized due to bowel gas.
""",
  ind="Epigastric and right upper quadrant pain", icd=["K80.20"],
  study=dict(title="Ultrasound of the abdomen, complete", exam="abdomen",
             elements=els(ABD, pancreas=("not-seen", "obscured by overlying bowel gas")),
             measurements=M(("Largest gallstone", 1.4, "cm"), ("CBD diameter", 4, "mm"), ("Spleen length", 10.4, "cm")),
             comparison={"priorDate": "2025-08-14", "text": "CT abdomen"}),
  exp=[L("76700", "26")], req=REQUIRED["abdomen"],
  rat="Eight elements are described and the pancreas is not seen for a stated reason (bowel gas), which still counts toward the complete exam: 76700-26. Cholelithiasis without cholecystitis is a definitive finding (K80.20), which replaces the pain symptoms."),

R("c003", fam="Abdomen", sex="F", dob="1955-02-27", dos="2026-02-11",
  text="""
US ABDOMEN COMPLETE

History: Elevated liver enzymes. Status post cholecystectomy.

Findings: The liver measures 16.8 cm and is diffusely increased in echogenicity with posterior beam attenuation, consistent with hepatic steatosis. No focal hepatic lesion. The gallbladder has been surgically removed. The common bile duct measures 6 mm, within normal limits for post-cholecystectomy state. The pancreas is unremarkable. The spleen is 11 cm. Right kidney 10.9 cm, left kidney 11.3 cm, both without hydronephrosis or stones. The abdominal aorta measures 2.0 cm. The IVC is unremarkable. No free fluid.

Impression:
1. Hepatic steatosis.
2. Post-cholecystectomy. Common duct 6 mm, normal for age and surgical status.
""",
  ind="Elevated liver enzymes; status post cholecystectomy", icd=["K76.0", "Z90.49"],
  study=dict(title="US ABDOMEN COMPLETE", exam="abdomen", elements=els(ABD, gallbladder="absent"),
             measurements=M(("Liver length", 16.8, "cm"), ("CBD diameter", 6, "mm"), ("Aorta diameter", 2.0, "cm"))),
  exp=[L("76700", "26")], req=REQUIRED["abdomen"],
  rat="The gallbladder is surgically absent, which counts as documented; every other element is described: 76700-26. Hepatic steatosis is stated definitively (K76.0); Z90.49 records the cholecystectomy."),

R("c004", fam="Abdomen", sex="M", dob="1971-07-09", dos="2026-03-02",
  text="""
EXAM: ULTRASOUND ABDOMEN COMPLETE
INDICATION: Abdominal pain, nausea and vomiting.
TECHNIQUE: Grayscale and color Doppler images of the abdomen.
FINDINGS: Liver is normal in size and echotexture. Gallbladder is normal without stones or wall thickening. CBD measures 3 mm. Pancreas is unremarkable. Right kidney measures 11.0 cm and left kidney measures 11.4 cm without hydronephrosis. The abdominal aorta is of normal caliber. The IVC is patent.
IMPRESSION: Unremarkable abdominal ultrasound.
""",
  ind="Abdominal pain, nausea and vomiting", icd=["R10.9", "R11.2"],
  study=dict(title="ULTRASOUND ABDOMEN COMPLETE", exam="abdomen", elements=els(ABD, spleen=None),
             doppler={"color": True, "spectral": False},
             measurements=M(("CBD diameter", 3, "mm"), ("Right kidney length", 11.0, "cm"), ("Left kidney length", 11.4, "cm"))),
  exp=[L("76705", "26")], req=REQUIRED["abdomen"],
  rat="Titled complete, but the spleen is never mentioned (no finding, no reason), so the complete code is not supported: 76705-26. Query the radiologist if the spleen was imaged. Colour Doppler to identify structures is not a duplex study."),

R("c005", fam="Abdomen", sex="F", dob="1984-03-30", dos="2026-02-23", sample_name="RUQ ultrasound",
  text="""
RIGHT UPPER QUADRANT ULTRASOUND
REASON FOR EXAM: RUQ pain, fever, leukocytosis.
COMPARISON: None available.
FINDINGS: The gallbladder is distended and contains numerous gallstones including a 1.8 cm stone impacted in the gallbladder neck. The gallbladder wall is thickened to 6 mm with a small amount of pericholecystic fluid. Sonographic Murphy sign is positive. CBD measures 4 mm. No intrahepatic ductal dilatation. The liver is normal in echogenicity without focal lesion. The right kidney is unremarkable, measuring 10.8 cm.
IMPRESSION:
Cholelithiasis with gallbladder wall thickening, pericholecystic fluid and positive sonographic Murphy sign, findings consistent with acute calculous cholecystitis.
""",
  ind="Right upper quadrant pain, fever", icd=["K80.20", "R10.11", "R50.9"],
  study=dict(title="RIGHT UPPER QUADRANT ULTRASOUND", exam="abdomen",
             elements={"liver": "seen", "gallbladder": "seen", "common_bile_duct": "seen", "right_kidney": "seen"},
             measurements=M(("Gallbladder wall thickness", 6, "mm"), ("CBD diameter", 4, "mm")),
             comparison={"text": "None available"}),
  exp=[L("76705", "26")], req=REQUIRED["abdomen"],
  rat="A right-upper-quadrant study (liver, gallbladder, CBD, right kidney) is a limited abdomen: 76705-26. Outpatient diagnosis rules (ICD-10-CM Section IV.H) treat 'consistent with' as uncertain, so acute cholecystitis is not coded: the definitive gallstones (K80.20) with the RUQ pain and fever.",
),

R("c006", fam="Abdomen", sex="M", dob="1947-12-19", dos="2026-01-08",
  text="""
EXAM: US ABDOMEN COMPLETE.
HISTORY: Weight loss. Abnormal LFTs.
FINDINGS: The liver is normal in size with mildly coarsened echotexture. No focal lesions. The gallbladder is normal. CBD 5 mm. The pancreatic head and body are unremarkable; the tail is not seen. Spleen 10 cm. The right kidney measures 10.2 cm without hydronephrosis. The left kidney is not visualized. The abdominal aorta measures up to 2.4 cm. IVC is unremarkable.
IMPRESSION:
1. Mildly coarsened hepatic echotexture, nonspecific.
2. Left kidney not visualized.
""",
  ind="Weight loss; abnormal liver function tests", icd=["R63.4", "R94.5"],
  study=dict(title="US ABDOMEN COMPLETE", exam="abdomen", elements=els(ABD, left_kidney="not-seen"),
             measurements=M(("CBD diameter", 5, "mm"), ("Right kidney length", 10.2, "cm"), ("Aorta diameter", 2.4, "cm"))),
  exp=[L("76705", "26")], req=REQUIRED["abdomen"],
  rat="The left kidney is 'not visualized' with no reason given, so it does not count toward the complete exam: 76705-26 (query: reason, or nephrectomy?). The pancreas is seen in part, which counts. Coarsened echotexture is nonspecific: code the indications."),

R("c007", fam="Abdomen", sex="F", dob="1976-09-05", dos="2026-02-02", sample_name="Ultrasound abdomen (run-in headings)",
  text="""
EXAM: ,Complete abdominal ultrasound.,HISTORY: ,Elevated ALT and AST. Obesity.,FINDINGS: ,The liver is enlarged measuring 19.2 cm and is diffusely echogenic with poor visualization of the diaphragm and portal venous walls, consistent with moderate fatty infiltration. No focal lesion is seen. The gallbladder is normal without stones. The common bile duct measures 3 mm. The pancreas is partially obscured by bowel gas; the visualized head is normal. The spleen measures 12.0 cm. The right kidney measures 11.6 cm and the left kidney 11.9 cm, without hydronephrosis. The abdominal aorta and inferior vena cava are normal in caliber.,IMPRESSION: ,1. Hepatomegaly with moderate hepatic steatosis.,2. Otherwise unremarkable abdominal ultrasound.
""",
  ind="Elevated ALT and AST; obesity", icd=["K76.0", "R16.0"],
  study=dict(title="Complete abdominal ultrasound", exam="abdomen", elements=els(ABD),
             measurements=M(("Liver length", 19.2, "cm"), ("CBD diameter", 3, "mm"), ("Spleen length", 12.0, "cm"))),
  exp=[L("76700", "26")], req=REQUIRED["abdomen"],
  rat="Transcription run-in headings. All nine elements are documented (the pancreatic head is seen, the rest obscured by gas with a reason): 76700-26. Hepatic steatosis (K76.0) and hepatomegaly (R16.0) are definitive findings.") ,

R("c008", fam="Abdomen", sex="M", dob="1962-04-21", dos="2026-03-02",
  text="""
ABDOMINAL ULTRASOUND COMPLETE
INDICATION: Left upper quadrant fullness. Thrombocytopenia.
Findings:
Liver: 14 cm, normal echotexture.
Gallbladder: No stones. Normal wall.
CBD: 4 mm.
Pancreas: Not well seen due to body habitus.
Spleen: Enlarged, 16.2 cm in length, homogeneous.
Right kidney: 11.1 cm. Normal.
Left kidney: 11.8 cm. Normal.
Aorta: Normal caliber.
IVC: Normal.
Impression: Splenomegaly (16.2 cm). No other abnormality. Pancreas not well seen due to body habitus.
""",
  ind="Left upper quadrant fullness; thrombocytopenia", icd=["R16.1", "D69.6"],
  study=dict(title="ABDOMINAL ULTRASOUND COMPLETE", exam="abdomen",
             elements=els(ABD, pancreas=("not-seen", "body habitus")),
             measurements=M(("Liver length", 14, "cm"), ("Spleen length", 16.2, "cm"), ("CBD diameter", 4, "mm"))),
  exp=[L("76700", "26")], req=REQUIRED["abdomen"],
  rat="Pancreas not well seen due to body habitus: a stated reason, so it counts; the other eight elements are described: 76700-26. Splenomegaly is a definitive finding (R16.1); thrombocytopenia (D69.6) is the indication."),

R("c009", fam="Abdomen", sex="M", dob="1958-08-13", dos="2026-02-17", ctx=CTX_INPT, sample_name="Ultrasound for ascites",
  text="""
LIMITED ABDOMINAL ULTRASOUND FOR ASCITES
Clinical history: Cirrhosis. Increasing abdominal girth. Evaluate for ascites and mark for paracentesis if a sufficient pocket is present.
Findings: Four-quadrant survey of the peritoneal cavity demonstrates a large volume of simple-appearing ascites, with the largest pocket in the right lower quadrant measuring 9 cm in depth. The liver is small and nodular in contour.
Impression: Large volume ascites. Nodular liver consistent with cirrhosis. Skin was not marked; the patient will go to interventional radiology.
""",
  ind="Cirrhosis with increasing abdominal girth", icd=["K74.60", "R18.8"],
  study=dict(title="LIMITED ABDOMINAL ULTRASOUND FOR ASCITES", exam="abdomen", elements={"liver": "seen"},
             measurements=M(("Largest ascites pocket depth", 9, "cm"))),
  exp=[L("76705", "26")], req=REQUIRED["abdomen"],
  rat="A four-quadrant ascites survey is a limited abdomen: 76705-26 (inpatient, POS 21). Cirrhosis is a known diagnosis (K74.60) and the ascites is confirmed (R18.8)."),

R("c010", fam="Abdomen", sex="F", dob="1980-01-25", dos="2026-02-26",
  text="""
US LIVER
HISTORY: Follow-up of hepatic hemangioma seen on CT 2/2025.
COMPARISON: CT abdomen and pelvis 02/19/2025.
FINDINGS: Targeted evaluation of the liver. In segment 6 there is a well-circumscribed homogeneous hyperechoic lesion measuring 1.6 x 1.4 x 1.5 cm, previously 1.6 cm, without internal color flow. The remainder of the liver is normal in echotexture. No biliary dilatation.
IMPRESSION: Stable 1.6 cm hepatic hemangioma in segment 6.
""",
  ind="Follow-up of hepatic hemangioma", icd=["D18.03"],
  study=dict(title="US LIVER", exam="abdomen", elements={"liver": "seen"},
             measurements=M(("Segment 6 lesion", 1.6, "cm")),
             comparison={"priorDate": "2025-02-19", "text": "CT abdomen and pelvis"}),
  exp=[L("76705", "26")], req=REQUIRED["abdomen"],
  rat="Single-organ follow-up of the liver: limited abdomen 76705-26. The hemangioma is a known, stable diagnosis (D18.03)."),

R("c011", fam="Abdomen", sex="F", dob="1990-06-11", dos="2026-03-02",
  text="""
Exam: Ultrasound abdomen complete
Indication: Jaundice.
Findings: There is intrahepatic biliary ductal dilatation. The common bile duct is dilated to 11 mm and tapers abruptly at the pancreatic head; no distal stone is seen. The liver parenchyma is otherwise normal. The gallbladder is distended without stones. The pancreatic head appears bulky but no discrete mass is identified. The spleen is normal at 9 cm. Both kidneys are normal in size without hydronephrosis (right 10.5 cm, left 10.9 cm). The abdominal aorta is normal in caliber.
Impression:
1. Intra- and extrahepatic biliary ductal dilatation with abrupt tapering of the CBD at the pancreatic head. A pancreatic head mass cannot be excluded. Recommend CT or MRCP.
""",
  ind="Jaundice", icd=["R17", "K83.8"],
  study=dict(title="Ultrasound abdomen complete", exam="abdomen", elements=els(ABD, ivc=None),
             measurements=M(("CBD diameter", 11, "mm"), ("Spleen length", 9, "cm"))),
  exp=[L("76705", "26")], req=REQUIRED["abdomen"],
  rat="The IVC is never mentioned, so the complete code is not supported: 76705-26. 'Cannot be excluded' pancreatic mass is uncertain and is not coded; jaundice (R17) and the definitive biliary dilatation (K83.8, other specified diseases of biliary tract) are coded."),

R("c012", fam="Abdomen", sex="M", dob="1966-10-30", dos="2026-02-09",
  text="""
ULTRASOUND ABDOMEN - COMPLETE
Hx: s/p splenectomy (trauma 2004). Now epigastric pain.
Liver normal in size and echotexture, no mass. GB: no stones, no wall thickening, neg Murphy. CBD 3 mm. Pancreas normal. Spleen surgically absent. Kidneys: R 11.3 cm, L 11.7 cm, no hydro, no stones. Aorta nl caliber 1.8 cm. IVC nl.
IMP: No acute abdominal abnormality. Splenectomy.
""",
  ind="Epigastric pain; status post splenectomy", icd=["R10.13", "Z90.81"],
  study=dict(title="ULTRASOUND ABDOMEN - COMPLETE", exam="abdomen", elements=els(ABD, spleen="absent"),
             measurements=M(("CBD diameter", 3, "mm"), ("Aorta diameter", 1.8, "cm"))),
  exp=[L("76700", "26")], req=REQUIRED["abdomen"],
  rat="Spleen surgically absent counts as documented; all other elements are described: 76700-26."),

R("c013", fam="Abdomen", sex="F", dob="1973-12-03", dos="2026-01-29", sample_name="Abdominal ultrasound (no headings, typos)",
  text="""
ultrasound of the abdomen complete was performed for right upper quadrant pain.  the liver is normal in size measuring 14.9 cm without focal lesion.  the gallbladder is contracted, patient not fasting, but no stones are seen and the wall is not thickend.  the common bile duct measures 2 mm.  the pancrease is normal.  the spleeen is normal in size at 8.7 cm.  the right kindey measures 10.3 cm and the left kidney measures 10.8 cm with no hydronephrosis.  the aorta measures 1.7 cm, normal.  the ivc is patent.  no free fluid.  impression: normal abdominal ultrasound.  gallbladder contracted, limiting evaluation; repeat fasting study if clinically indicated.
""",
  ind="Right upper quadrant pain", icd=["R10.11"],
  study=dict(title="ultrasound of the abdomen complete", exam="abdomen", elements=els(ABD),
             measurements=M(("Liver length", 14.9, "cm"), ("CBD diameter", 2, "mm"), ("Spleen length", 8.7, "cm"))),
  exp=[L("76700", "26")], req=REQUIRED["abdomen"],
  rat="No headings and misspellings ('pancrease', 'spleeen', 'kindey'), but all nine elements are described (a contracted gallbladder is still evaluated): 76700-26."),

R("c014", fam="Abdomen + Pelvis (non-OB)", sex="F", dob="1969-04-18", dos="2026-02-19", sample_name="Abdomen and pelvis ultrasound",
  text="""
EXAM: US ABDOMEN COMPLETE AND US PELVIS COMPLETE (TRANSABDOMINAL)
HISTORY: Diffuse abdominal pain and bloating. LMP 2 weeks ago.
COMPARISON: None.
ABDOMEN: The liver is normal in size and echotexture. The gallbladder is normal. The common bile duct measures 3 mm. The pancreas is normal. The spleen measures 9.5 cm. The right kidney measures 10.4 cm and the left kidney 10.9 cm; no hydronephrosis. The abdominal aorta and IVC are unremarkable.
PELVIS: The bladder is well distended and normal. The uterus is anteverted and measures 8.1 x 4.2 x 5.0 cm with a 2.1 cm intramural fibroid in the posterior body. The endometrial stripe measures 8 mm. The right ovary measures 3.0 x 2.1 x 2.4 cm and the left ovary 2.8 x 1.9 x 2.2 cm, both with follicles. Trace free fluid in the cul-de-sac, physiologic.
IMPRESSION:
1. Normal abdominal ultrasound.
2. 2.1 cm intramural uterine fibroid. Otherwise normal pelvic ultrasound.
""",
  ind="Diffuse abdominal pain and bloating", icd=["R10.84", "R14.0", "D25.1"],
  studies=[
      dict(title="US ABDOMEN COMPLETE", exam="abdomen", elements=els(ABD), icd=["R10.84", "R14.0"],
           measurements=M(("CBD diameter", 3, "mm")), comparison={"text": "None"}),
      dict(title="US PELVIS COMPLETE (TRANSABDOMINAL)", exam="pelvis", approach="transabdominal", elements=els(PELF),
           icd=["D25.1", "R10.84"],
           measurements=M(("Uterus length", 8.1, "cm"), ("Endometrial thickness", 8, "mm"), ("Right ovary length", 3.0, "cm"),
                          ("Left ovary length", 2.8, "cm")), comparison={"text": "None"}),
  ],
  exp=[L("76700", "26"), L("76856", "26")], req=REQUIRED["abdomen"] + REQUIRED["pelvis_f"],
  code_family="76700 + 76856",
  rat="Two complete services in one report: all nine abdominal elements (76700-26) and a transabdominal female pelvis with measured uterus, endometrium, both ovaries and bladder (76856-26). Abdomen and pelvis are different regions; no NCCI edit pairs 76700 with 76856. The fibroid (D25.1, intramural leiomyoma) is definitive. The gold study file holds two studies."),

# ---------------- retroperitoneum ----------------
R("c015", fam="Retroperitoneum / renal", sex="M", dob="1952-06-06", dos="2026-03-02",
  text="""
EXAM: RENAL ULTRASOUND
HISTORY: Microscopic hematuria.
COMPARISON: None.
FINDINGS:
RIGHT KIDNEY: 11.2 x 5.1 x 4.9 cm. Normal cortical thickness and echogenicity. No hydronephrosis, stone or mass.
LEFT KIDNEY: 11.6 x 5.4 x 5.0 cm. A simple cyst in the lower pole measures 1.8 cm. No hydronephrosis, stone or solid mass.
BLADDER: Well distended with smooth walls. No intraluminal mass or stone. Bilateral ureteral jets are seen with color Doppler.
IMPRESSION:
1. 1.8 cm simple left renal cyst (Bosniak I). No follow-up needed.
2. No hydronephrosis or bladder abnormality.
""",
  ind="Microscopic hematuria", icd=["R31.29", "N28.1"],
  study=dict(title="RENAL ULTRASOUND", exam="retroperitoneum", elements=els(RPU),
             doppler={"color": True, "spectral": False},
             measurements=M(("Right kidney length", 11.2, "cm"), ("Left kidney length", 11.6, "cm"), ("Left renal cyst", 1.8, "cm")),
             comparison={"text": "None"}),
  exp=[L("76770", "26")], req=REQUIRED["retroperitoneum"],
  rat="Hematuria is a urinary-tract indication, so both kidneys plus the bladder make a complete retroperitoneal study: 76770-26. Colour for ureteral jets is not a duplex. Microscopic hematuria R31.29 (other microscopic hematuria) and the simple renal cyst N28.1."),

R("c016", fam="Retroperitoneum / renal", sex="F", dob="1949-09-29", dos="2026-02-04",
  text="""
US KIDNEYS
INDICATION: Chronic kidney disease stage 3b. Assess renal size.
FINDINGS: The right kidney measures 9.4 cm and the left kidney 9.7 cm in length. There is bilateral cortical thinning with increased cortical echogenicity. No hydronephrosis, calculi or masses. The bladder is not included in this examination.
IMPRESSION: Small echogenic kidneys bilaterally consistent with medical renal disease.
""",
  ind="Chronic kidney disease stage 3b", icd=["N18.32"],
  study=dict(title="US KIDNEYS", exam="retroperitoneum", elements={"right_kidney": "seen", "left_kidney": "seen"},
             measurements=M(("Right kidney length", 9.4, "cm"), ("Left kidney length", 9.7, "cm"))),
  exp=[L("76775", "26")], req=REQUIRED["retroperitoneum"],
  rat="Only the kidneys are examined (the report says the bladder was not included), and the aorta, IVC and iliac origins are not evaluated: limited 76775-26. CKD stage 3b is N18.32; 'consistent with medical renal disease' describes the known CKD."),

R("c017", fam="Retroperitoneum / renal", sex="M", dob="1957-03-15", dos="2026-01-13",
  text="""
RENAL/BLADDER ULTRASOUND
HISTORY: Status post right radical nephrectomy 2021 for renal cell carcinoma. Surveillance. Hydronephrosis on prior.
COMPARISON: Renal ultrasound 01/10/2025.
FINDINGS:
The right kidney is surgically absent. No mass in the right renal fossa.
The left kidney measures 12.8 cm, compensatory hypertrophy. Mild left hydronephrosis, decreased from prior. No stones or mass.
The urinary bladder is partially distended and unremarkable. Post-void residual not obtained.
IMPRESSION:
1. Status post right nephrectomy without evidence of recurrence in the renal fossa.
2. Mild left hydronephrosis, improved.
""",
  ind="Renal cell carcinoma surveillance after right nephrectomy; hydronephrosis", icd=["N13.30", "Z85.528", "Z90.5"],
  study=dict(title="RENAL/BLADDER ULTRASOUND", exam="retroperitoneum", elements=els(RPU, right_kidney="absent"),
             measurements=M(("Left kidney length", 12.8, "cm")),
             comparison={"priorDate": "2025-01-10", "text": "Renal ultrasound"}),
  exp=[L("76770", "26")], req=REQUIRED["retroperitoneum"],
  rat="Urinary-tract history (hydronephrosis, renal cancer): kidneys plus bladder make a complete study. The right kidney is surgically absent (counts as documented), the left kidney and bladder are described: 76770-26. Hydronephrosis N13.30; history of kidney cancer Z85.528; acquired absence of kidney Z90.5."),

R("c018", fam="Retroperitoneum / renal", sex="M", dob="1961-01-07", dos="2026-02-24",
  text="""
ULTRASOUND RETROPERITONEUM COMPLETE
HISTORY: Diffuse large B-cell lymphoma, completed chemotherapy 2025. Follow-up of retroperitoneal adenopathy.
COMPARISON: CT 11/03/2025.
FINDINGS:
Right kidney 10.9 cm and left kidney 11.3 cm, normal without hydronephrosis.
The abdominal aorta is normal in caliber from the diaphragm to the bifurcation. The origins of both common iliac arteries are visualized and normal.
The IVC is patent.
No para-aortic, aortocaval or retrocaval lymphadenopathy is identified; the previously seen 1.5 cm left para-aortic node is no longer seen.
IMPRESSION: No retroperitoneal lymphadenopathy. Normal kidneys.
""",
  ind="Follow-up of lymphoma after completed treatment", icd=["Z08", "Z85.72"],
  study=dict(title="ULTRASOUND RETROPERITONEUM COMPLETE", exam="retroperitoneum", elements=els(RP),
             measurements=M(("Right kidney length", 10.9, "cm"), ("Left kidney length", 11.3, "cm")),
             comparison={"priorDate": "2025-11-03", "text": "CT"}),
  exp=[L("76770", "26")], req=REQUIRED["retroperitoneum"],
  rat="The standard complete retroperitoneal set (kidneys, aorta, common iliac origins, IVC) plus the nodal survey is documented: 76770-26. Follow-up after completed treatment of lymphoma: Z08 with Z85.72."),

R("c019", fam="Retroperitoneum / renal", sex="F", dob="1983-08-22", dos="2026-03-02",
  text="""
EXAM: Complete renal ultrasound
REASON: Recurrent urinary tract infections.
FINDINGS: The right kidney is normal in size (10.7 cm) and echotexture without hydronephrosis or calculus. The left kidney could not be visualized. The urinary bladder is distended and normal; no wall thickening or debris.
IMPRESSION: Normal right kidney and bladder. Left kidney not visualized.
""",
  ind="Recurrent urinary tract infections", icd=["N39.0"],
  study=dict(title="Complete renal ultrasound", exam="retroperitoneum", elements=els(RPU, left_kidney="not-seen"),
             measurements=M(("Right kidney length", 10.7, "cm"))),
  exp=[L("76775", "26")], req=REQUIRED["retroperitoneum"],
  rat="Titled complete, but the left kidney 'could not be visualized' with no reason (not habitus, not nephrectomy): limited 76775-26, with a query. Recurrent UTI is coded N39.0 per the indication (no organism documented)."),

R("c020", fam="Retroperitoneum / renal", sex="M", dob="1944-05-12", dos="2026-02-15", ctx=CTX_INPT,
  text="""
RENAL ULTRASOUND WITH BLADDER
HISTORY: Acute kidney injury. Rising creatinine. Decreased urine output.
FINDINGS:
Right kidney: 12.1 cm. Moderate hydronephrosis with dilated proximal ureter.
Left kidney: 12.4 cm. Moderate hydronephrosis.
Bladder: Markedly distended, estimated volume 980 mL. Enlarged prostate indenting the bladder base, measuring 5.8 x 4.9 x 5.1 cm.
IMPRESSION:
1. Bilateral moderate hydronephrosis with markedly distended bladder, consistent with bladder outlet obstruction.
2. Prostatomegaly.
Findings called to Dr. Ramos at 14:20.
""",
  ind="Acute kidney injury", icd=["N13.30", "N17.9", "N40.0"],
  study=dict(title="RENAL ULTRASOUND WITH BLADDER", exam="retroperitoneum", elements=els(RPU),
             measurements=M(("Right kidney length", 12.1, "cm"), ("Left kidney length", 12.4, "cm"), ("Bladder volume", 980, "mL"))),
  exp=[L("76770", "26")], req=REQUIRED["retroperitoneum"],
  rat="AKI with hydronephrosis is urinary-tract pathology; both kidneys and the bladder are evaluated: 76770-26 (inpatient POS 21). The hydronephrosis is definitive (N13.30); 'consistent with bladder outlet obstruction' is uncertain (Section IV.H) and not coded; AKI N17.9, prostatic enlargement N40.0."),

R("c021", fam="Retroperitoneum / renal", sex="F", dob="1991-11-17", dos="2026-01-22",
  text="""
US RENAL LIMITED (RIGHT)
Clinical: Right flank pain. Known 6 mm right UVJ stone on CT 01/18/2026. Evaluate for hydronephrosis.
Findings: Targeted evaluation of the right kidney. The right kidney measures 11.4 cm. Mild right hydronephrosis. No renal calculi identified. The left kidney was not imaged.
Impression: Mild right hydronephrosis, in keeping with the known distal ureteral stone.
""",
  ind="Right flank pain; known right ureterovesical junction stone", icd=["N13.2"],
  study=dict(title="US RENAL LIMITED (RIGHT)", exam="retroperitoneum", elements={"right_kidney": "seen"},
             measurements=M(("Right kidney length", 11.4, "cm")),
             comparison={"priorDate": "2026-01-18", "text": "CT"}),
  exp=[L("76775", "26")], req=REQUIRED["retroperitoneum"],
  rat="One kidney only: limited retroperitoneum 76775-26 (no RT/LT: the retroperitoneal codes are not paired-organ codes). Hydronephrosis with ureteral calculous obstruction is N13.2."),

R("c022", fam="Retroperitoneum / renal", sex="M", dob="1978-02-02", dos="2026-03-02", ctx=CTX_OFFICE,
  text="""
Renal sonogram
Indication: Nephrolithiasis, follow-up.
Both kidneys were scanned in longitudinal and transverse planes. Right kidney 11.9 cm with two nonobstructing lower pole calculi, 5 and 7 mm. Left kidney 12.0 cm with a 4 mm upper pole calculus. No hydronephrosis bilaterally. Bladder not assessed.
Impression: Bilateral nonobstructing nephrolithiasis, unchanged. No hydronephrosis.
""",
  ind="Nephrolithiasis follow-up", icd=["N20.0"],
  study=dict(title="Renal sonogram", exam="retroperitoneum", elements={"right_kidney": "seen", "left_kidney": "seen"},
             measurements=M(("Right kidney length", 11.9, "cm"), ("Left kidney length", 12.0, "cm"))),
  exp=[L("76775")], req=REQUIRED["retroperitoneum"],
  rat="Urology office (POS 11, global, no 26). Kidneys only, bladder 'not assessed', no aorta/IVC: limited 76775. Kidney stones N20.0."),

# ---------------- transplant kidney ----------------
R("c023", fam="Transplant kidney", sex="M", dob="1970-10-10", dos="2026-02-06",
  text="""
EXAM: US RENAL TRANSPLANT WITH DOPPLER
HISTORY: Deceased-donor renal transplant in the right iliac fossa 2023. Rising creatinine.
COMPARISON: 08/12/2025.
FINDINGS: The transplant kidney in the right lower quadrant measures 11.8 cm. Normal corticomedullary differentiation. No hydronephrosis. No perinephric fluid collection.
Color and spectral Doppler: Normal color flow throughout the transplant. Resistive indices in the upper, interpolar and lower pole segmental arteries are 0.68, 0.70 and 0.66. Main renal artery peak systolic velocity 142 cm/s at the anastomosis. The main renal vein is patent with normal waveform.
IMPRESSION: Normal appearing renal transplant with normal arterial and venous Doppler.
""",
  ind="Kidney transplant status; rising creatinine", icd=["Z94.0", "R94.4"],
  study=dict(title="US RENAL TRANSPLANT WITH DOPPLER", exam="transplant_kidney", doppler=DUP,
             measurements=M(("Transplant kidney length", 11.8, "cm"), ("Resistive index, interpolar", 0.70, None),
                            ("Main renal artery PSV", 142, "cm/s")),
             comparison={"priorDate": "2025-08-12"}),
  exp=[L("76776", "26")], req=REQUIRED["transplant"], code_family="76776 vs 76775",
  rat="Transplant kidney with colour and spectral Doppler (RIs, PSV, venous waveform): 76776-26, which includes the duplex (no 93975/93976). Z94.0 with the abnormal kidney function (R94.4)."),

R("c024", fam="Transplant kidney", sex="F", dob="1965-06-28", dos="2026-01-30",
  text="""
Transplant kidney ultrasound, grayscale only.
History: Renal transplant LLQ. Evaluate for hydronephrosis after stent removal.
Findings: The left lower quadrant transplant kidney measures 10.9 cm. There is no hydronephrosis. The ureteral stent has been removed. No perinephric collection. Doppler evaluation was not requested and was not performed.
Impression: No hydronephrosis of the transplant kidney.
""",
  ind="Kidney transplant status; check after ureteral stent removal", icd=["Z94.0"],
  study=dict(title="Transplant kidney ultrasound, grayscale only", exam="transplant_kidney",
             measurements=M(("Transplant kidney length", 10.9, "cm"))),
  exp=[L("76775", "26")], req=REQUIRED["transplant"], code_family="76776 vs 76775",
  rat="No Doppler at all: a transplant kidney without duplex is coded as a limited retroperitoneal study, 76775-26."),

R("c025", fam="Transplant kidney", sex="M", dob="1975-12-01", dos="2026-02-27",
  text="""
US TRANSPLANT KIDNEY
HISTORY: Renal transplant 2019, right iliac fossa. Routine annual evaluation.
FINDINGS: The transplant kidney measures 11.1 cm with normal cortical thickness. No hydronephrosis or perinephric fluid. Color Doppler demonstrates normal perfusion to the cortex.
IMPRESSION: Unremarkable transplant kidney.
""",
  ind="Kidney transplant status", icd=["Z94.0"],
  study=dict(title="US TRANSPLANT KIDNEY", exam="transplant_kidney", doppler={"color": True, "spectral": False},
             measurements=M(("Transplant kidney length", 11.1, "cm"))),
  exp=[L("76775", "26")], req=REQUIRED["transplant"], code_family="76776 vs 76775",
  rat="Only colour Doppler (perfusion) is documented; no spectral waveforms, velocities or resistive indices, so the duplex in 76776 is not supported: 76775-26 (query the radiologist if spectral Doppler was performed)."),
]

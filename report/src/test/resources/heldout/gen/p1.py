from core import *
# ---------------- ABDOMEN ----------------
C('h001', 'Abdomen', """
EXAMINATION: ULTRASOUND ABDOMEN COMPLETE
DATE OF SERVICE: 03/16/2026

CLINICAL HISTORY: 58-year-old woman with epigastric pain and elevated lipase.

COMPARISON: None available.

TECHNIQUE: Real-time grayscale sonography of the abdomen was performed with static images archived.

FINDINGS:
Liver: Measures 15.2 cm in craniocaudal length. Homogeneous echotexture without focal mass. Hepatopetal portal venous flow is not assessed.
Gallbladder: Normally distended. No stones, sludge, wall thickening or pericholecystic fluid. Sonographic Murphy sign negative.
Bile ducts: Common duct measures 3 mm. No intrahepatic ductal dilatation.
Pancreas: Head, body and tail are visualized and appear unremarkable. No peripancreatic fluid.
Spleen: 9.8 cm, homogeneous.
Right kidney: 10.6 cm. No hydronephrosis, stone or mass.
Left kidney: 11.0 cm. No hydronephrosis, stone or mass.
Aorta: Normal caliber, 1.9 cm proximally.
IVC: Patent, unremarkable in the visualized portion.
No ascites.

IMPRESSION:
Normal complete abdominal ultrasound. No sonographic explanation for the patient's epigastric pain.
""", [L('76700','26')], ['R10.13','R74.8'],
 "All eight complete-abdomen elements (liver, gallbladder, CBD, pancreas, spleen, both kidneys, aorta, IVC) are described: 76700-26. Normal study: code the indications (epigastric pain R10.13; elevated lipase is an abnormal enzyme level R74.8).",
 dict(title='ULTRASOUND ABDOMEN COMPLETE', exam='abdomen', ind='Epigastric pain and elevated lipase',
      elements=seen('liver','gallbladder','common_bile_duct','pancreas','spleen','right_kidney','left_kidney','aorta','ivc'),
      measurements=[{"name":"Common duct","value":3,"unit":"mm"},{"name":"Spleen length","value":9.8,"unit":"cm"}],
      comparison={"text":"None available"}), req='abdomen', sex='F')

C('h002', 'Abdomen', """
Sonography Department - Outpatient
Pt: [redacted]   Acct: [redacted]

US ABDOMEN COMPLETE

Indication: abnormal LFTs, obesity.

Findings: The liver is enlarged at 18.4 cm and diffusely echogenic with poor penetration of the posterior segments, no discrete lesion identified. The gallbladder contains multiple mobile shadowing stones, the largest 1.4 cm; no wall thickening, negative sonographic Murphy. The CBD is 4 mm. The pancreas could not be visualized due to overlying bowel gas despite multiple patient positions. Spleen 11.2 cm. Right kidney 11.4 cm and left kidney 11.9 cm without hydronephrosis. Abdominal aorta and IVC are unremarkable where seen.

Impression:
1. Hepatomegaly with diffusely increased echogenicity, compatible with hepatic steatosis.
2. Cholelithiasis without sonographic evidence of acute cholecystitis.
3. Pancreas obscured by bowel gas.
""", [L('76700','26')], ['R16.0','K80.20','R94.5'],
 "Pancreas not visualised with a stated reason (bowel gas) counts, every other element is described: 76700-26. Hepatomegaly (R16.0) and cholelithiasis (K80.20) are definitive; 'compatible with steatosis' is not coded, the abnormal LFTs are (R94.5).",
 dict(title='US ABDOMEN COMPLETE', exam='abdomen', ind='Abnormal liver function tests; obesity',
      elements={**seen('liver','gallbladder','common_bile_duct','spleen','right_kidney','left_kidney','aorta','ivc'),
                'pancreas': nr('overlying bowel gas despite multiple patient positions')}), req='abdomen')

C('h003', 'Abdomen', """
ABDOMINAL ULTRASOUND, COMPLETE

HISTORY: Right upper quadrant pain x 2 weeks.

FINDINGS: Liver is normal in size and echotexture. Gallbladder is contracted, wall measures 2 mm, no stones identified. The common bile duct measures 5 mm. Pancreas is normal. Both kidneys are normal in size without hydronephrosis; right 10.9 cm, left 11.2 cm. The abdominal aorta is of normal caliber. The inferior vena cava is patent.

IMPRESSION: No acute abnormality. Contracted gallbladder limits evaluation.
""", [L('76705','26')], ['R10.11'],
 "Titled complete, but the spleen is never mentioned: a silently missing element makes the study limited, 76705-26 (query the radiologist if the spleen was imaged). Normal study: code the indication.",
 dict(title='ABDOMINAL ULTRASOUND, COMPLETE', exam='abdomen', ind='Right upper quadrant pain for two weeks',
      elements=seen('liver','gallbladder','common_bile_duct','pancreas','right_kidney','left_kidney','aorta','ivc')), req='abdomen')

C('h004', 'Abdomen', """
RUQ SONOGRAM
Reason for exam: RUQ pain after fatty meals, nausea. r/o cholecystitis

Findings:
LIVER: unremarkable, no focal lesion.
GALLBLADDER: Numerous small echogenic shadowing stones layering dependently. Gallbladder wall thickened to 5 mm. Positive sonographic Murphy's sign. Small amount of pericholecystic fluid.
CBD: 4 mm.
RIGHT KIDNEY: no hydronephrosis.

IMPRESSION:
Cholelithiasis with gallbladder wall thickening, pericholecystic fluid and positive sonographic Murphy sign, findings consistent with acute calculous cholecystitis. Surgical consultation suggested.
""", [L('76705','26')], ['K80.20','R10.11','R11.0'],
 "Right upper quadrant study (liver, gallbladder, CBD, right kidney) is a limited abdomen, 76705-26. 'Consistent with acute cholecystitis' is not coded (outpatient uncertain diagnosis); the stones are definitive (K80.20) plus the symptoms (R10.11 RUQ pain, R11.0 nausea).",
 dict(title='RUQ SONOGRAM', exam='abdomen', ind='RUQ pain after fatty meals, nausea; rule out cholecystitis',
      elements=seen('liver','gallbladder','common_bile_duct','right_kidney')), req='abdomen')

C('h005', 'Abdomen', """
Exam: US abdomen complete.  Date: 2026-03-16
History: 71M, s/p cholecystectomy 2019, now with intermittent epigastric discomfort and mildly elevated alkaline phosphatase.
Comparison: CT abdomen 11/02/2025.

The liver measures 14 cm and is normal in echogenicity without focal lesion. Gallbladder surgically absent. Common bile duct is 7 mm, within normal limits for post-cholecystectomy status; no intrahepatic biliary dilatation. Pancreas is unremarkable, duct not dilated. Spleen measures 10 cm. Kidneys: right 10.2 cm, left 10.8 cm; simple cortical cyst upper pole of the left kidney measuring 2.1 cm, otherwise unremarkable. Aorta measures up to 2.2 cm. IVC is normal.

IMPRESSION
1. Post cholecystectomy. Common duct 7 mm, likely post-surgical.
2. Simple left renal cyst.
""", [L('76700','26')], ['R10.13','R74.8','N28.1','Z90.49'],
 "Gallbladder surgically absent counts as documented; every other element is described: 76700-26. Diagnoses: epigastric pain, abnormal alkaline phosphatase (R74.8), simple renal cyst (N28.1), acquired absence of other parts of digestive tract (Z90.49).",
 dict(title='US abdomen complete', exam='abdomen', ind='Epigastric discomfort, elevated alkaline phosphatase; status post cholecystectomy',
      elements={**seen('liver','common_bile_duct','pancreas','spleen','right_kidney','left_kidney','aorta','ivc'), 'gallbladder':'absent'},
      comparison={"priorDate":"2025-11-02","text":"CT abdomen"}), req='abdomen', sex='M')

C('h006', 'Abdomen', """
ULTRASOUND OF THE ABDOMEN,FINDINGS: ,The liver is mildly coarsened in echotexture with a nodular contour. No focal hepatic mass. The gallbladder is normal. Common duct 3 mm. The pancreas was not seen. Spleen is enlarged at 14.6 cm. The right kidney measures 11 cm and the left kidney 11.3 cm, both without hydronephrosis. Aorta and IVC normal. Small volume ascites in the right lower quadrant.,IMPRESSION: ,1. Nodular liver contour and coarsened echotexture, which may represent cirrhosis in the appropriate clinical setting.,2. Splenomegaly.,3. Small volume ascites.
""", [L('76705','26')], ['R16.1','R18.8'],
 "The pancreas is recorded as 'not seen' with no reason, so it does not count: limited 76705-26. Splenomegaly (R16.1) and ascites (R18.8) are definitive; 'may represent cirrhosis' is not coded. No indication is stated, so the findings carry the claim.",
 dict(title='ULTRASOUND OF THE ABDOMEN', exam='abdomen', ind='Not stated; findings coded: splenomegaly, ascites',
      elements={**seen('liver','gallbladder','common_bile_duct','spleen','right_kidney','left_kidney','aorta','ivc'), 'pancreas':'not-seen'}), req='abdomen')

C('h007', 'Abdomen', """
office ultrasound - limited abdomen
indication: elevated transaminases, follow up fatty liver
the liver measures 16.8 cm. echogenicity is diffusely increased relative to the right kidney with attenuation of the sound beam. no focal lesion. portal vein patent with hepatopetal flow on color doppler. gallbladder normal without stones. no biliary dilatation.
impression: diffuse hepatic steatosis, unchanged in severity from 09/2025.
""", [L('76705')], ['K76.0'],
 "Liver and gallbladder only: limited abdomen. Office (POS 11), practice owns the equipment and reads: global 76705, no 26. Steatosis is stated definitively in the impression (K76.0), which replaces the symptom code. Colour Doppler to check portal flow is not a separate duplex service.",
 dict(title='office ultrasound - limited abdomen', exam='abdomen', ind='Elevated transaminases; follow-up of fatty liver',
      elements=seen('liver','gallbladder'), doppler={"color": True}, comparison={"text":"Prior ultrasound 09/2025"}),
 req='abdomen', ctx={"placeOfService":"11","billingRole":"global"})

C('h008', 'Abdomen', """
PROCEDURE: Ultrasound liver (focused)
CLINICAL INDICATION: Hepatitis C cirrhosis, hepatocellular carcinoma surveillance. AFP normal.
COMPARISON: 09/15/2025

FINDINGS: The liver is small with a lobulated surface contour and heterogeneous coarse echotexture. No focal solid lesion is identified within the limits of this technique. Main portal vein is patent with antegrade flow. No ascites in the right upper quadrant.

IMPRESSION: Cirrhotic liver morphology without focal lesion. LI-RADS US-1 negative.
""", [L('76705','26')], ['K74.60','B18.2'],
 "A single-organ liver surveillance study is a limited abdomen, 76705-26. Known cirrhosis (K74.60) due to chronic hepatitis C (B18.2).",
 dict(title='Ultrasound liver (focused)', exam='abdomen', ind='Hepatitis C cirrhosis, HCC surveillance',
      elements=seen('liver'), comparison={"priorDate":"2025-09-15"}), req='abdomen')

# ---------------- RETROPERITONEUM ----------------
C('h009', 'Retroperitoneum / renal', """
RENAL ULTRASOUND

History: Asymptomatic microscopic hematuria on two urinalyses.

Right kidney: 11.3 cm in length. Normal cortical thickness and echogenicity. No hydronephrosis, calculus or mass.
Left kidney: 11.8 cm. 6 mm nonshadowing echogenic focus lower pole, likely a small angiomyolipoma versus nonobstructing stone. No hydronephrosis.
Urinary bladder: Well distended with smooth wall. No intraluminal lesion. Bilateral ureteral jets were not assessed.

Impression:
1. 6 mm echogenic focus in the left lower pole, possibly a small nonobstructing calculus or angiomyolipoma; consider CT urogram for the hematuria workup.
2. Otherwise normal kidneys and bladder.
""", [L('76770','26')], ['R31.21'],
 "Hematuria is a urinary-tract history, so both kidneys plus the bladder make the complete retroperitoneal study 76770-26. The echogenic focus is hedged ('possibly'), so code the indication: asymptomatic microscopic hematuria R31.21.",
 dict(title='RENAL ULTRASOUND', exam='retroperitoneum', ind='Asymptomatic microscopic hematuria on two urinalyses',
      elements=seen('right_kidney','left_kidney','bladder')), req='retroperitoneum-urinary')

C('h010', 'Retroperitoneum / renal', """
US KIDNEYS
Indication: Resistant hypertension. Evaluate renal size.

Both kidneys were imaged in longitudinal and transverse planes. The right kidney measures 9.4 cm and the left 10.9 cm. Mild cortical thinning on the right. No hydronephrosis, no stones, no solid mass on either side.

IMPRESSION: Asymmetric renal size, right smaller than left. If renovascular disease is suspected, renal artery duplex or CTA may be considered.
""", [L('76775','26')], ['I1A.0'],
 "Kidneys only, and hypertension is not a urinary-tract history: the complete retroperitoneum also needs the aorta, common iliac origins and IVC, so limited 76775-26. Resistant hypertension is I1A.0 (FY2023+).",
 dict(title='US KIDNEYS', exam='retroperitoneum', ind='Resistant hypertension; evaluate renal size',
      elements=seen('right_kidney','left_kidney')), req='retroperitoneum')

C('h011', 'Retroperitoneum / renal', """
RETROPERITONEAL ULTRASOUND COMPLETE
Date: 03/16/2026
Indication: Suspected retroperitoneal lymphadenopathy on prior outside imaging; known follicular lymphoma on surveillance.

FINDINGS:
The right and left kidneys measure 10.8 and 11.1 cm respectively and are unremarkable.
The abdominal aorta measures 2.0 cm proximally, 1.8 cm mid and 1.7 cm distally, and the common iliac artery origins are normal in caliber bilaterally.
The IVC is patent.
No para-aortic or aortocaval lymph node enlargement is seen. No retroperitoneal fluid collection.

IMPRESSION:
No sonographic evidence of retroperitoneal adenopathy.
""", [L('76770','26')], ['C82.90'],
 "Kidneys, aorta, common iliac origins and IVC are all documented (with the retroperitoneal survey): complete 76770-26. Known follicular lymphoma C82.90.",
 dict(title='RETROPERITONEAL ULTRASOUND COMPLETE', exam='retroperitoneum', ind='Follicular lymphoma on surveillance; suspected retroperitoneal adenopathy',
      elements=seen('right_kidney','left_kidney','aorta','common_iliac_origins','ivc')), req='retroperitoneum')

C('h012', 'Retroperitoneum / renal', """
Bedside renal and bladder ultrasound (inpatient)
Hx: AKI, creatinine 2.8 from baseline 1.1. Rule out obstruction.

Kidneys: R 12.1 cm, L 12.4 cm. Both with normal corticomedullary differentiation, no hydronephrosis.
Bladder: decompressed around a Foley catheter; wall cannot be assessed.

IMPRESSION: No hydronephrosis. Decompressed bladder with Foley in place.
""", [L('76770','26')], ['N17.9'],
 "Acute kidney injury is a urinary-tract indication, and both kidneys and the bladder are addressed (the bladder is imaged, decompressed around the catheter): complete 76770-26. Inpatient POS 21, professional claim.",
 dict(title='Bedside renal and bladder ultrasound', exam='retroperitoneum', ind='Acute kidney injury; rule out obstruction',
      elements=seen('right_kidney','left_kidney','bladder')), req='retroperitoneum-urinary',
 ctx={"placeOfService":"21"})

C('h013', 'Retroperitoneum / renal', """
US RENAL BILATERAL
CLINICAL: left flank pain, known nephrolithiasis

The right kidney measures 11.5 cm, no hydronephrosis, no calculi.
The left kidney measures 12.0 cm. Moderate hydronephrosis with a 9 mm shadowing calculus at the ureteropelvic junction. Additional 4 mm nonobstructing lower pole stone.
The bladder was not imaged.

IMPRESSION:
Moderate left hydronephrosis due to a 9 mm UPJ calculus. Left lower pole nephrolithiasis.
""", [L('76775','26')], ['N13.2'],
 "Stones are a urinary-tract history, but the bladder was not imaged (no reason), and aorta/IVC/iliac origins are absent: limited 76775-26. Hydronephrosis with renal and ureteral calculous obstruction: N13.2 (includes the stone).",
 dict(title='US RENAL BILATERAL', exam='retroperitoneum', ind='Left flank pain; known nephrolithiasis',
      elements=seen('right_kidney','left_kidney')), req='retroperitoneum-urinary')

C('h014', 'Retroperitoneum / renal', """
Renal US
INDICATION: Gross hematuria. History of left nephrectomy for renal cell carcinoma 2017.
COMPARISON: 02/2025.

FINDINGS: Solitary right kidney measures 13.1 cm, compensatory hypertrophy, no mass, no hydronephrosis, no stone. The left kidney is surgically absent; the left renal fossa is clear without mass. The bladder is moderately distended; there is a 1.6 cm polypoid echogenic lesion along the right posterolateral wall which does not move with repositioning and shows internal vascularity on color Doppler.

IMPRESSION: 1.6 cm vascular polypoid bladder wall lesion, suspicious for neoplasm. Cystoscopy recommended. Unremarkable solitary right kidney.
""", [L('76770','26')], ['R31.0','N32.89','Z90.5','Z85.528'],
 "Gross hematuria makes the urinary set (kidneys + bladder) complete; the left kidney surgically absent counts: 76770-26. 'Suspicious for neoplasm' is not coded; the bladder wall lesion is coded as another specified bladder disorder (N32.89) with the hematuria, acquired absence of kidney (Z90.5) and history of kidney cancer (Z85.528).",
 dict(title='Renal US', exam='retroperitoneum', ind='Gross hematuria; history of left nephrectomy for renal cell carcinoma',
      elements={'right_kidney':'seen','left_kidney':'absent','bladder':'seen'}, doppler={"color":True},
      comparison={"text":"Prior renal ultrasound 02/2025"}), req='retroperitoneum-urinary')

C('h015', 'Transplant kidney', """
TRANSPLANT RENAL ULTRASOUND WITH DOPPLER
HISTORY: Deceased-donor renal transplant (right iliac fossa) 2023. Creatinine up from 1.3 to 1.9.

Grayscale: The transplant kidney measures 11.6 cm. Normal corticomedullary differentiation. Mild pelviectasis (renal pelvis 9 mm), unchanged. No perinephric collection.
Color and spectral Doppler: Normal perfusion on color Doppler throughout. Main renal artery peak systolic velocity 142 cm/s at the anastomosis. Intrarenal resistive indices 0.68 to 0.72 (upper, mid, lower). Main renal vein patent with normal phasic flow.

IMPRESSION: Patent transplant vasculature with normal resistive indices. Stable mild pelviectasis.
""", [L('76776','26')], ['R94.4','Z94.0'],
 "Transplant kidney with colour and spectral Doppler: 76776-26 (includes duplex; no 93975/93976). Rising creatinine in a transplant: no transplant complication is diagnosed, so code the abnormal kidney function (R94.4) with kidney transplant status (Z94.0).",
 dict(title='TRANSPLANT RENAL ULTRASOUND WITH DOPPLER', exam='transplant_kidney', ind='Renal transplant; creatinine rising from 1.3 to 1.9',
      doppler={"color":True,"spectral":True},
      measurements=[{"name":"Main renal artery PSV","value":142,"unit":"cm/s"}]), codeFamily='76776/76775')

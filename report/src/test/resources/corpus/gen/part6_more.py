from corpus import *

R = Report
REPORTS = [

R("c135", fam="Retroperitoneum / renal", sex="M", dob="1956-02-09", dos="2026-02-18",
  text="""
EXAM: Renal ultrasound with bladder.
HISTORY: Elevated creatinine (1.9 from 1.2 six months ago).
COMPARISON: None.
FINDINGS: The right kidney measures 10.8 cm and the left kidney 10.5 cm, with normal cortical thickness and mildly increased echogenicity bilaterally. No hydronephrosis, stones or masses. The urinary bladder is moderately distended with a smooth wall; pre-void volume 240 mL.
IMPRESSION: Mildly echogenic kidneys, which can be seen with medical renal disease. No hydronephrosis or obstructive cause for the elevated creatinine.
""",
  ind="Elevated creatinine", icd=["R94.4"],
  study=dict(title="Renal ultrasound with bladder", exam="retroperitoneum", elements=els(RPU),
             measurements=M(("Right kidney length", 10.8, "cm"), ("Left kidney length", 10.5, "cm"), ("Bladder volume", 240, "mL")),
             comparison={"text": "None"}),
  exp=[L("76770", "26")], req=REQUIRED["retroperitoneum"],
  rat="A rising creatinine is a history suggesting urinary tract (renal) pathology, so both kidneys plus the bladder make the complete retroperitoneal study: 76770-26 (CPT retroperitoneal guidelines; NCCI ch. IX). 'Can be seen with medical renal disease' is not a diagnosis: abnormal results of kidney function studies R94.4."),

R("c144", fam="Retroperitoneum / renal", sex="F", dob="1974-11-11", dos="2026-01-26", ctx=CTX_OFFICE,
  text="""
RENAL AND BLADDER SONOGRAM
Indication: Proteinuria (urine protein/creatinine ratio 1.2 g/g). Nephrology referral.
Right kidney: 11.4 cm. Left kidney: 11.7 cm. Normal parenchymal thickness and echogenicity bilaterally. No hydronephrosis or calculi. No renal masses.
Bladder: normal in contour and wall thickness. Post-void residual 20 mL.
Impression: Normal kidneys and bladder.
""",
  ind="Proteinuria", icd=["R80.9"],
  study=dict(title="RENAL AND BLADDER SONOGRAM", exam="retroperitoneum", elements=els(RPU),
             measurements=M(("Right kidney length", 11.4, "cm"), ("Left kidney length", 11.7, "cm"), ("Post-void residual", 20, "mL"))),
  exp=[L("76770")], req=REQUIRED["retroperitoneum"],
  rat="Nephrology office (POS 11, global). Proteinuria is a urinary-tract indication, so the kidneys plus the bladder form a complete retroperitoneal study: 76770. Normal study: code the indication, proteinuria R80.9."),

R("c145", fam="Retroperitoneum / renal", sex="M", dob="1986-05-23", dos="2026-02-21", ctx=CTX_ED,
  text="""
US RENAL BILATERAL
HX: Right flank pain radiating to the groin. Microscopic hematuria negative. Evaluate for hydronephrosis.
FINDINGS:
The right kidney measures 11.9 cm with mild hydronephrosis and a mildly dilated proximal ureter. No renal calculus seen.
The left kidney measures 11.6 cm, normal, without hydronephrosis.
The bladder is moderately distended; a right ureteral jet is not seen during the exam, left jet present. No bladder stone.
IMPRESSION: Mild right hydronephrosis without a visible calculus; a distal ureteral stone cannot be excluded. Consider CT if clinically indicated.
""",
  ind="Right flank pain", icd=["N13.30", "R10.9"],
  study=dict(title="US RENAL BILATERAL", exam="retroperitoneum", elements=els(RPU),
             measurements=M(("Right kidney length", 11.9, "cm"), ("Left kidney length", 11.6, "cm"))),
  exp=[L("76770", "26")], req=REQUIRED["retroperitoneum"],
  rat="Radiologist's read of an ED patient (POS 23). Flank pain evaluated for hydronephrosis is a urinary-tract indication, and the study found hydronephrosis; kidneys plus bladder are documented: 76770-26. 'Stone cannot be excluded' is not coded: hydronephrosis N13.30 (unspecified) with the flank pain (R10.9, unspecified abdominal pain, as flank pain indexes there)."),

R("c146", fam="Vascular - extremity venous duplex", sex="F", dob="1944-07-04", dos="2026-02-04", sample_name="Venous duplex (run-in headings, typos)",
  text="""
EXAM: ,Bilateral lower extremity venous duplex.,HISTORY: ,Bilateral leg edema, shortness of breath. Evaluate for DVT.,TECHNIQUE: ,Grayscale compression, color flow and spectral doppler with augmentation were performed.,FINDINGS: ,RIGHT LEG: The common femoral vein, femoral vein and popliteal vein are compressable with normal color flow, respiratory phasicity and augmentation. The posterior tibial and peroneal veins are patent.,LEFT LEG: The common femoral, femoral and popliteal veins are fully compressable. Color flow and spectral waveforms are normal with augmentation. Calf veins patent.,IMPRESSION: ,No evidence of deep venous thrombosis in either lower extremity.
""",
  ind="Bilateral leg edema; shortness of breath", icd=["R60.0", "R06.02"],
  study=dict(title="Bilateral lower extremity venous duplex", exam="venous_duplex", laterality="bilateral", limb="lower",
             elements=els(VLE), doppler=DUP),
  exp=[L("93970", "26")], req=REQUIRED["venous_lower"],
  rat="Run-in headings and misspellings ('compressable'); complete bilateral venous duplex of the CFV, femoral and popliteal veins with compression, colour and spectral Doppler: 93970-26. 'Evaluate for DVT' with a negative study: code the edema R60.0 and dyspnea R06.02."),

R("c147", fam="Head and neck soft tissue", sex="F", dob="1981-01-30", dos="2026-02-09",
  text="""
thyroid ultrasound.  clinical history: palpable right thyroid nodule, rule out thyroid cancer.  the right lobe measures 4.9 x 1.8 x 1.7 cm and contains a 2.2 cm solid hypoechoic nodule in the mid pole with irregular margins and punctate echogenic foci, TI-RADS 5.  the left lobe measures 4.6 x 1.5 x 1.5 cm and is normal.  the isthmus measures 3 mm.  there is a 1.1 cm right level IV lymph node with loss of the fatty hilum; metastatic involvement cannot be excluded.  impression: 2.2 cm TR5 right thyroid nodule, FNA recommended.  abnormal right level IV lymph node, recommend FNA.
""",
  ind="Palpable right thyroid nodule", icd=["E04.1", "R59.0"],
  study=dict(title="thyroid ultrasound", exam="neck",
             measurements=M(("Right lobe length", 4.9, "cm"), ("Right mid nodule", 2.2, "cm"), ("Right level IV node", 1.1, "cm"))),
  exp=[L("76536", "26")], req=["head and neck soft tissue study (single code)"], doc=["both lobes", "isthmus", "nodule", "cervical node"], miss=[],
  code_family="76536",
  rat="No headings, lower-case dictation. Thyroid/neck ultrasound: 76536-26. 'Rule out thyroid cancer' and 'metastatic involvement cannot be excluded' are not coded: single thyroid nodule E04.1 and localized enlarged lymph node R59.0."),

R("c148", fam="Abdomen", sex="M", dob="1970-03-03", dos="2026-01-09",
  text="""
EXAM: US ABD COMPLETE
IND: Abnormal LFTs, fatigue.
Liver: normal size, mildly increased echogenicity. No mass.
GB/biliary: No cholelithiasis. No GB wall thickening. No intra- or extrahepatic biliary ductal dilatation; CBD 4 mm.
Pancreas: head and body normal, tail obscured by gas.
Spleen: 10.5 cm.
Kidneys: both normal in size and echotexture, no hydronephrosis.
Aorta/IVC: unremarkable.
IMPRESSION: Mild diffuse increase in hepatic echogenicity, which may reflect steatosis. Otherwise normal.
""",
  ind="Abnormal liver function tests; fatigue", icd=["R94.5", "R53.83"],
  study=dict(title="US ABD COMPLETE", exam="abdomen", elements=els(ABD), measurements=M(("CBD", 4, "mm"), ("Spleen length", 10.5, "cm"))),
  exp=[L("76700", "26")], req=REQUIRED["abdomen"],
  rat="Every element is documented ('kidneys: both normal' covers both kidneys; 'Aorta/IVC: unremarkable' covers both vessels; the pancreatic tail is obscured by gas, with the head and body seen): 76700-26. 'May reflect steatosis' is uncertain, so K76.0 is not coded: abnormal liver function studies R94.5 and fatigue R53.83."),
]

REPORTS += [
R("c149", fam="Retroperitoneum / renal", sex="M", dob="1950-10-05", dos="2026-02-25",
  text="""
KIDNEYS AND BLADDER ULTRASOUND
Clinical information: History of non-muscle-invasive urothelial carcinoma of the bladder, TURBT 2024, in surveillance. No current hematuria.
Comparison: 02/2025.
Right kidney 11.0 cm, left kidney 11.4 cm. No hydronephrosis, mass or calculus in either kidney.
Bladder: well distended. Smooth wall without focal thickening or intraluminal mass. Post-void residual 45 mL.
Impression: No hydronephrosis. No sonographic bladder abnormality. Cystoscopy remains the surveillance standard.
""",
  ind="Surveillance after treatment of urothelial carcinoma of the bladder", icd=["Z08", "Z85.51"],
  study=dict(title="KIDNEYS AND BLADDER ULTRASOUND", exam="retroperitoneum", elements=els(RPU),
             measurements=M(("Right kidney length", 11.0, "cm"), ("Left kidney length", 11.4, "cm"), ("Post-void residual", 45, "mL")),
             comparison={"text": "02/2025 ultrasound"}),
  exp=[L("76770", "26")], req=REQUIRED["retroperitoneum"],
  rat="A history of bladder cancer is a clinical history of urinary tract pathology, so kidneys plus bladder make the complete retroperitoneal study: 76770-26. Follow-up examination after completed treatment of a malignancy Z08, with the personal history of bladder cancer Z85.51."),

R("c150", fam="Retroperitoneum / renal", sex="F", dob="1967-12-17", dos="2026-01-14", ctx=CTX_OFFICE,
  text="""
Renal/bladder ultrasound - urology clinic
Reason: History of recurrent calcium oxalate kidney stones (last episode 2024), annual imaging. Asymptomatic.
Right kidney 10.9 cm; no calculus, no hydronephrosis.
Left kidney 11.2 cm; no calculus, no hydronephrosis.
Bladder: normal; both ureteral jets seen.
Impression: No recurrent nephrolithiasis. No hydronephrosis.
""",
  ind="Personal history of kidney stones, surveillance", icd=["Z87.442"],
  study=dict(title="Renal/bladder ultrasound - urology clinic", exam="retroperitoneum", elements=els(RPU),
             measurements=M(("Right kidney length", 10.9, "cm"), ("Left kidney length", 11.2, "cm"))),
  exp=[L("76770")], req=REQUIRED["retroperitoneum"],
  rat="Urology office, global. A history of urinary calculi is a history suggesting urinary tract pathology; kidneys and bladder are both documented: 76770. No current stone: personal history of urinary calculi Z87.442."),
]

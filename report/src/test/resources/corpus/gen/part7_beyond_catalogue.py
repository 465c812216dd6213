from corpus import *

R = Report
REPORTS = [

R("c151", fam="Transrectal", sex="M", dob="1955-01-15", dos="2026-02-10", ctx=CTX_OFFICE,
  text="""
TRANSRECTAL ULTRASOUND OF THE PROSTATE
Indication: Lower urinary tract symptoms; prostate volume before planned medical therapy.
Technique: Transrectal biplane imaging, sagittal and transverse. No biopsy.
Findings: Prostate 5.1 x 4.3 x 4.6 cm, volume 53 mL (PSA density 0.06). Enlarged transition zone with a median lobe. Peripheral zone homogeneous without focal hypoechoic lesion. Seminal vesicles symmetric and normal. No calcifications of note.
Impression: Benign-appearing prostatic enlargement, 53 mL, with median lobe.
""",
  ind="Lower urinary tract symptoms", icd=["N40.1"],
  study=dict(title="TRANSRECTAL ULTRASOUND OF THE PROSTATE", exam="transrectal", approach="transrectal",
             measurements=M(("Prostate volume", 53, "mL"))),
  exp=[L("76872")], req=["transrectal ultrasound"], doc=["prostate zones", "seminal vesicles", "volume"], miss=[], code_family="76872",
  rat="Urology office, global: diagnostic transrectal ultrasound 76872 (not the brachytherapy volume study 76873). Prostatic enlargement with lower urinary tract symptoms N40.1."),

R("c152", fam="Transrectal (procedure)", sex="M", dob="1959-06-02", dos="2026-02-24",
  text="""
TRANSRECTAL ULTRASOUND AND ULTRASOUND-GUIDED PROSTATE BIOPSY
Indication: Elevated PSA 7.8 ng/mL, PI-RADS 3 lesion on MRI left peripheral zone.
Prostate ultrasound: volume 41 mL. Hypoechoic area in the left mid peripheral zone corresponding to the MRI lesion, 8 mm. Seminal vesicles normal.
Procedure: After periprostatic nerve block, 12 systematic cores plus 2 targeted cores from the left mid peripheral zone lesion were obtained with an 18-gauge needle under real-time transrectal ultrasound guidance. Images of the needle in the lesion were stored.
Impression: TRUS-guided systematic and targeted prostate biopsy, 14 cores. Pathology pending.
""",
  ind="Elevated PSA", icd=["R97.20"],
  study=dict(title="TRANSRECTAL ULTRASOUND AND ULTRASOUND-GUIDED PROSTATE BIOPSY", exam="transrectal", approach="transrectal",
             measurements=M(("Prostate volume", 41, "mL"), ("Left PZ lesion", 8, "mm")),
             procedures=[{"kind": "needle-guidance", "primaryCode": "55700", "region": "pelvis", "realTimeNeedle": True,
                          "imageRecorded": True, "count": 14}]),
  exp=[L("55700"), L("76872", "26")], req=["55700: prostate needle biopsy", "76872: transrectal ultrasound", "76942: needle guidance (NCCI pair with 76872)"],
  doc=["diagnostic TRUS with volume and lesion", "real-time guided biopsy, stored needle images"], miss=[], code_family="55700 + 76872 (± 76942)",
  amb="additional line", acc=[[L("55700"), L("76942", "26")], [L("55700"), L("76872", "26"), L("76942", "26")]],
  rat="Prostate needle biopsy 55700 with the transrectal ultrasound 76872-26; the NCCI table pairs 76872 (column 1) with 76942 (column 2), so the guidance is usually not added, although some payers want 55700 + 76942 instead of 76872 and a few allow both with a separate diagnostic report (reference NCCI-US-10: long-standing payer variation). Elevated PSA R97.20 (the PI-RADS 3 lesion is indeterminate)."),

R("c153", fam="Abdomen + elastography", sex="F", dob="1970-04-14", dos="2026-02-06",
  text="""
EXAM: US LIVER WITH SHEAR WAVE ELASTOGRAPHY
INDICATION: Metabolic dysfunction-associated steatotic liver disease; fibrosis staging.
TECHNIQUE: Grayscale imaging of the liver followed by 2D shear wave elastography of the right lobe (10 valid measurements, IQR/median 12%), fasting 6 hours.
FINDINGS: The liver is normal in size with diffusely increased echogenicity and posterior attenuation. No focal lesion. Portal vein patent with hepatopetal flow on color Doppler. Liver stiffness median 8.9 kPa.
IMPRESSION:
1. Hepatic steatosis.
2. Liver stiffness 8.9 kPa, in the range suggesting compensated advanced chronic liver disease is possible but not established (rule out F3); correlate with FIB-4 and consider MR elastography.
""",
  ind="Steatotic liver disease, fibrosis staging", icd=["K76.0"],
  study=dict(title="US LIVER WITH SHEAR WAVE ELASTOGRAPHY", exam="abdomen", elements={"liver": "seen"},
             doppler={"color": True, "spectral": False}, measurements=M(("Liver stiffness median", 8.9, "kPa"))),
  exp=[L("76981", "26")], req=["76981: elastography of organ parenchyma", "76705: limited abdomen (NCCI pair with 76981)"],
  doc=["B-mode liver", "shear wave elastography with valid measurements"], miss=[], code_family="76981 (± 76705)",
  amb="additional line", acc=[[L("76981", "26"), L("76705", "26", "59")], [L("76705", "26"), L("76981", "26")]],
  rat="Imaging-based shear wave elastography of the liver is 76981-26 (not 91200, which is non-imaging). The NCCI practitioner table (2024Q3) pairs 76981 (column 1) with 76705 (column 2) as mutually exclusive with modifier indicator 1, so the B-mode liver imaging done to place the elastography samples is not billed separately unless it is a distinct diagnostic study; here the report does describe a diagnostic liver evaluation (steatosis), so some coders add 76705-26-59. 'Rule out F3' is not coded: hepatic steatosis K76.0. SonoBill's catalogue has no elastography family, so the gold study can only carry the B-mode abdomen (see ENGINE-NOTES)."),

R("c154", fam="Fetal echocardiography", sex="F", dob="1990-09-09", dos="2026-02-12",
  text="""
FETAL ECHOCARDIOGRAM
Indication: Pregestational type 2 diabetes (HbA1c 8.4% in the first trimester). 22 weeks 3 days.
Technique: Complete fetal echocardiogram with 2D imaging, M-mode, pulsed and continuous wave spectral Doppler and color flow mapping.
Findings: Situs solitus, levocardia, normal cardiac axis (42 degrees). Four-chamber view: normal size and function of both ventricles; intact ventricular septum on color. Atrioventricular valves normal, no regurgitation. Outflow tracts: normally related great arteries with normal LVOT and RVOT; pulsed Doppler velocities normal across both semilunar valves. Three-vessel-trachea view: left aortic arch, normal ductal arch. Foramen ovale flow right to left; pulmonary veins return to the left atrium (at least two seen with color). Ductus venosus Doppler normal. Rhythm: regular, 142 bpm, 1:1 AV conduction by M-mode.
Impression: Normal fetal echocardiogram at 22w3d. No structural heart disease identified.
""",
  ind="Pregestational type 2 diabetes in pregnancy, second trimester", icd=["O24.112", "Z3A.22"],
  study=dict(title="FETAL ECHOCARDIOGRAM", doppler=DUP, measurements=M(("Cardiac axis", 42, "deg"), ("FHR", 142, "bpm"))),
  exp=[L("76825", "26"), L("76827", "26"), L("93325", "26")],
  req=["76825: fetal echocardiography (2D ± M-mode)", "+76827: fetal Doppler echo with spectral display, complete", "+93325: colour flow mapping"],
  doc=["2D and M-mode cardiac anatomy and rhythm", "pulsed/continuous wave Doppler of outflow tracts", "colour flow"], miss=[],
  code_family="76825 + 76827 + 93325",
  rat="Complete fetal echocardiogram 76825-26 with complete fetal spectral Doppler 76827-26 and colour flow mapping +93325-26 (the CMS add-on file lists 76825 and 76827 as primaries of 93325). Pregestational type 2 diabetes in pregnancy, second trimester O24.112, with Z3A.22. SonoBill's catalogue lists 76825/76827 in codes.tsv but no exam family produces them, so the gold study names no exam (see ENGINE-NOTES)."),
]

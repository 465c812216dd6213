from corpus import *

R = Report
OBF = REQUIRED["ob_first"]
OBS = REQUIRED["ob_second"]
OBD = REQUIRED["ob_detailed"]
REPORTS = [

# ---------------- pelvis ----------------
R("c026", fam="Pelvis (non-OB)", sex="F", dob="1978-03-09", dos="2026-02-12",
  text="""
EXAM: PELVIC ULTRASOUND, TRANSABDOMINAL AND TRANSVAGINAL
HISTORY: Heavy menstrual bleeding. LMP 02/01/2026.
TECHNIQUE: Transabdominal images were obtained with a full bladder, followed by transvaginal imaging for improved detail with the patient's verbal consent.
COMPARISON: 03/15/2024.
FINDINGS:
Bladder: Normal, well distended.
Uterus: Anteverted, 9.8 x 5.2 x 6.1 cm, enlarged. Multiple fibroids, the largest a 3.4 cm posterior intramural fibroid and a 1.9 cm submucosal fibroid distorting the endometrium anteriorly.
Endometrium: 11 mm, heterogeneous.
Right ovary: 3.1 x 1.8 x 2.2 cm, normal with follicles.
Left ovary: 2.9 x 1.7 x 2.0 cm, normal.
No adnexal mass. No free fluid.
IMPRESSION: Enlarged fibroid uterus including a 1.9 cm submucosal fibroid, increased since 2024.
""",
  ind="Heavy menstrual bleeding", icd=["D25.0", "D25.1", "N92.0"],
  study=dict(title="PELVIC ULTRASOUND, TRANSABDOMINAL AND TRANSVAGINAL", exam="pelvis",
             approach=["transabdominal", "transvaginal"], elements=els(PELF),
             measurements=M(("Uterus length", 9.8, "cm"), ("Endometrial thickness", 11, "mm"), ("Right ovary length", 3.1, "cm"),
                            ("Left ovary length", 2.9, "cm"), ("Largest fibroid", 3.4, "cm")),
             comparison={"priorDate": "2024-03-15"}),
  exp=[L("76856", "26"), L("76830", "26")], req=REQUIRED["pelvis_f"], code_family="76856 + 76830",
  rat="Complete transabdominal female pelvis (measured uterus, endometrium, both ovaries, bladder) and a separate transvaginal examination: 76856-26 and 76830-26 (CPT allows both when both approaches are performed and documented). Submucous (D25.0) and intramural (D25.1) leiomyomas with menorrhagia (N92.0)."),

R("c027", fam="Pelvis (non-OB)", sex="F", dob="1962-12-14", dos="2026-01-15", ctx=CTX_OFFICE,
  text="""
TRANSVAGINAL ULTRASOUND
Indication: Postmenopausal bleeding x 2 episodes.
Findings: Transvaginal scanning only. The uterus is retroverted and measures 6.9 x 3.3 x 4.1 cm. The endometrium is thin and homogeneous, measuring 3 mm double layer thickness. No focal endometrial lesion. Right ovary 1.9 x 1.1 x 1.2 cm, atrophic. Left ovary 1.7 x 1.0 x 1.1 cm, atrophic. No adnexal mass or free fluid.
Impression: Thin endometrium (3 mm). Atrophic ovaries. No cause for bleeding identified sonographically.
""",
  ind="Postmenopausal bleeding", icd=["N95.0"],
  study=dict(title="TRANSVAGINAL ULTRASOUND", exam="pelvis", approach="transvaginal", elements=els(PELTV),
             measurements=M(("Uterus length", 6.9, "cm"), ("Endometrial thickness", 3, "mm"))),
  exp=[L("76830")], req=REQUIRED["pelvis_tv"], code_family="76830",
  rat="Gynecology office, global (POS 11): a transvaginal-only non-obstetric study is 76830 (no 26). Postmenopausal bleeding N95.0."),

R("c028", fam="Pelvis (non-OB)", sex="F", dob="1995-07-07", dos="2026-02-25",
  text="""
EXAM: US PELVIS TRANSABDOMINAL
HISTORY: Pelvic pain. Negative pregnancy test.
FINDINGS: The bladder is adequately distended. The uterus measures 7.6 x 3.9 x 4.4 cm and is normal in appearance. The endometrium measures 6 mm. The right ovary contains a 3.2 cm simple cyst and measures 4.1 x 3.0 x 3.3 cm overall. The left ovary is not visualized. Small amount of free fluid in the cul-de-sac.
IMPRESSION: 3.2 cm simple right ovarian cyst, likely a follicular cyst. Left ovary not seen.
""",
  ind="Pelvic pain", icd=["R10.20", "N83.201"],
  study=dict(title="US PELVIS TRANSABDOMINAL", exam="pelvis", approach="transabdominal", elements=els(PELF, left_ovary="not-seen"),
             measurements=M(("Uterus length", 7.6, "cm"), ("Endometrial thickness", 6, "mm"), ("Right ovarian cyst", 3.2, "cm"))),
  exp=[L("76857", "26")], req=REQUIRED["pelvis_f"],
  rat="The left ovary is 'not visualized' with no reason given, so the complete pelvis is not supported: 76857-26. 'Likely a follicular cyst' is uncertain: code the simple right ovarian cyst as unspecified (N83.201) with the pelvic pain."),

R("c029", fam="Pelvis (non-OB)", sex="F", dob="1987-10-01", dos="2026-03-02",
  text="""
PELVIC ULTRASOUND (TA/TV)
CLINICAL: Irregular menses. Evaluate for polycystic ovaries.
TECHNIQUE: Limited transabdominal images were obtained; the bladder was underdistended and the patient was unable to drink further. Transvaginal imaging was then performed.
TRANSABDOMINAL: The bladder is underdistended. The uterus is seen and appears normal. The ovaries are not seen transabdominally. See transvaginal findings.
TRANSVAGINAL: Uterus 7.2 x 3.6 x 4.5 cm, normal. Endometrium 7 mm. Right ovary 11.8 mL with more than 20 peripheral follicles. Left ovary 12.4 mL with more than 20 peripheral follicles. No free fluid.
IMPRESSION: Enlarged multifollicular ovaries bilaterally, meeting sonographic criteria for polycystic ovarian morphology.
""",
  ind="Irregular menses", icd=["N92.6", "E28.2"],
  study=dict(title="PELVIC ULTRASOUND (TA/TV)", exam="pelvis", approach=["transabdominal", "transvaginal"],
             elements=els(PELF),
             measurements=M(("Uterus length", 7.2, "cm"), ("Endometrial thickness", 7, "mm"), ("Right ovary volume", 11.8, "mL"),
                            ("Left ovary volume", 12.4, "mL"))),
  exp=[L("76856", "26"), L("76830", "26")], req=REQUIRED["pelvis_f"], code_family="76856/76857 + 76830",
  amb="primary",
  acc=[[L("76857", "26"), L("76830", "26")], [L("76830", "26")]],
  rat="Every female element is documented across the combined TA/TV examination (the ovaries only transvaginally, explained by an underdistended bladder); coders following CPT Assistant's 'complete exam completed transvaginally' view bill 76856-26 + 76830-26. Others treat the transabdominal part as limited (76857) or as not a separate service at all (76830 only). 'Meeting criteria for polycystic ovarian morphology' with irregular menses: E28.2 is defensible but is a clinical diagnosis; N92.6 is the indication."),

R("c030", fam="Pelvis (non-OB)", sex="F", dob="1960-02-19", dos="2026-02-03",
  text="""
US PELVIS COMPLETE TRANSABDOMINAL AND TRANSVAGINAL
History: Left lower quadrant pain. Status post supracervical hysterectomy? -- per chart total abdominal hysterectomy 2012 for fibroids; ovaries preserved.
Findings: The uterus is surgically absent. The vaginal cuff is unremarkable. Right ovary 2.2 x 1.4 x 1.6 cm, normal. Left ovary 3.0 x 2.4 x 2.6 cm containing a 2.1 cm hemorrhagic-appearing cyst with reticular internal echoes and no internal vascularity on color Doppler. Bladder normal. No free fluid.
Impression: 2.1 cm left ovarian cyst, likely hemorrhagic. Recommend follow-up ultrasound in 6-8 weeks. Status post hysterectomy.
""",
  ind="Left lower quadrant pain; status post hysterectomy", icd=["N83.202", "R10.32", "Z90.710"],
  study=dict(title="US PELVIS COMPLETE TRANSABDOMINAL AND TRANSVAGINAL", exam="pelvis",
             approach=["transabdominal", "transvaginal"], elements=els(PELF, uterus="absent", endometrium="absent"),
             doppler={"color": True, "spectral": False},
             measurements=M(("Right ovary length", 2.2, "cm"), ("Left ovary length", 3.0, "cm"), ("Left ovarian cyst", 2.1, "cm"))),
  exp=[L("76856", "26"), L("76830", "26")], req=REQUIRED["pelvis_f"], code_family="76856 + 76830",
  rat="After hysterectomy the uterus and endometrium are surgically absent (documented), and both ovaries and the bladder are measured/described: complete 76856-26 plus the transvaginal 76830-26. 'Likely hemorrhagic' is uncertain, so the left ovarian cyst is coded unspecified (N83.202) with the pain (R10.32) and the absent uterus and cervix (Z90.710)."),

R("c031", fam="Pelvis (non-OB)", sex="F", dob="1950-05-05", dos="2026-01-27",
  text="""
PELVIC ULTRASOUND
HISTORY: Total hysterectomy and bilateral salpingo-oophorectomy 2015 for endometrial cancer. Pelvic pressure.
FINDINGS: Transabdominal images. The uterus and both ovaries are surgically absent. The vaginal cuff measures 1.9 cm and is unremarkable. No pelvic mass or fluid collection. The urinary bladder is well distended with normal wall thickness; post-void residual 35 mL.
IMPRESSION: Post-surgical pelvis without mass or fluid collection.
""",
  ind="Pelvic pressure; history of endometrial cancer after hysterectomy and bilateral salpingo-oophorectomy",
  icd=["R10.20", "Z85.42", "Z90.710", "Z90.722"],
  study=dict(title="PELVIC ULTRASOUND", exam="pelvis", approach="transabdominal",
             elements=els(PELF, uterus="absent", endometrium="absent", right_ovary="absent", left_ovary="absent"),
             measurements=M(("Vaginal cuff", 1.9, "cm"), ("Post-void residual", 35, "mL"))),
  exp=[L("76857", "26")], req=REQUIRED["pelvis_f"], code_family="76856 vs 76857",
  amb="primary", acc=[[L("76856", "26")]],
  rat="Every female pelvic organ is surgically absent; only the cuff and bladder remain. The AAPC forum consensus (reference US-PEL-003) reports such a study as limited 76857-26; a coder reading 'absent counts as documented' literally would report 76856-26. Pelvic pressure is coded as pelvic pain R10.20 with the cancer history and acquired absences."),

R("c032", fam="Pelvis (non-OB)", sex="M", dob="1951-08-30", dos="2026-02-18",
  text="""
EXAM: Pelvic ultrasound (male), transabdominal.
HISTORY: Lower urinary tract symptoms, frequency and weak stream.
FINDINGS: The urinary bladder is well distended with mild diffuse wall trabeculation; wall thickness 4 mm. Pre-void volume 410 mL, post-void residual 160 mL. The prostate is enlarged, measuring 5.6 x 4.8 x 5.0 cm (volume 70 mL) with a median lobe protruding into the bladder base. The seminal vesicles are symmetric and unremarkable.
IMPRESSION: Prostatomegaly (70 mL) with median lobe and elevated post-void residual of 160 mL. Trabeculated bladder.
""",
  ind="Lower urinary tract symptoms", icd=["N40.1", "R35.0", "R39.12"],
  study=dict(title="Pelvic ultrasound (male), transabdominal", exam="pelvis", approach="transabdominal", elements=els(PELM),
             measurements=M(("Prostate volume", 70, "mL"), ("Post-void residual", 160, "mL"), ("Bladder wall thickness", 4, "mm"))),
  exp=[L("76856", "26")], req=REQUIRED["pelvis_m"],
  rat="Male complete pelvis: bladder (measured), prostate and seminal vesicles: 76856-26. The post-void residual is part of the imaging study (no 51798). Enlarged prostate with lower urinary tract symptoms N40.1, frequency R35.0, poor stream R39.12."),

R("c033", fam="Pelvis (non-OB)", sex="M", dob="1939-11-11", dos="2026-03-02", ctx=CTX_INPT,
  text="""
BLADDER ULTRASOUND
Indication: Urinary retention after Foley removal.
Findings: The urinary bladder contains 620 mL. Wall is smooth; no intraluminal debris. Prostate not assessed.
Impression: Distended bladder, 620 mL, consistent with urinary retention.
""",
  ind="Urinary retention", icd=["R33.9"],
  study=dict(title="BLADDER ULTRASOUND", exam="pelvis", approach="transabdominal", elements={"bladder": "seen"},
             measurements=M(("Bladder volume", 620, "mL"))),
  exp=[L("76857", "26")], req=REQUIRED["pelvis_m"],
  rat="Bladder-only imaging study with a report: limited pelvis 76857-26 (inpatient). It is an imaging study with images and an interpretation, not a non-imaging bladder-scanner volume (51798). Prostate and seminal vesicles not evaluated."),

R("c034", fam="Pelvis (non-OB)", sex="F", dob="1990-04-04", dos="2026-02-10", ctx=CTX_OFFICE_COMM,
  text="""
FOLLICLE MONITORING - CYCLE DAY 10 (TV)
Indication: Infertility, ovulation induction with letrozole.
Endometrium: 8.2 mm, trilaminar.
Right ovary: follicles 18 x 17 mm, 15 x 14 mm, 11 mm.
Left ovary: follicles 12 mm, 10 mm.
Uterus: normal.
No free fluid.
Assessment: Two mature/near-mature right ovarian follicles. Trigger recommended when lead follicle reaches 20 mm.
""",
  ind="Female infertility, ovulation induction", icd=["N97.0"],
  study=dict(title="FOLLICLE MONITORING - CYCLE DAY 10 (TV)", exam="pelvis", approach="transvaginal", elements=els(PELTV),
             measurements=M(("Endometrial thickness", 8.2, "mm"), ("Right ovary lead follicle", 18, "mm"))),
  exp=[L("76830")], req=REQUIRED["pelvis_tv"], code_family="76830 vs 76857",
  amb="primary", acc=[[L("76857")]],
  rat="Fertility office, commercial payer, global. Transvaginal follicle monitoring documenting the uterus, endometrium and both ovaries: 76830. Many fertility practices and some payers instead report follicle checks as a limited/follow-up pelvis 76857 (reference a.1). Anovulatory infertility N97.0 (ovulation induction)."),

R("c035", fam="Pelvis (non-OB)", sex="F", dob="1958-09-17", dos="2026-01-19",
  text="""
EXAM: US PELVIS TA
INDICATION: Postmenopausal spotting.
FINDINGS: The bladder is distended. The uterus is anteverted and measures 7.0 x 3.4 x 4.0 cm. The endometrium is not well delineated. The right ovary measures 1.8 cm and the left ovary 1.6 cm, both atrophic. No adnexal mass.
IMPRESSION: Endometrium not well delineated. Transvaginal ultrasound is recommended for endometrial assessment.
""",
  ind="Postmenopausal bleeding", icd=["N95.0"],
  study=dict(title="US PELVIS TA", exam="pelvis", approach="transabdominal", elements=els(PELF, endometrium="not-seen"),
             measurements=M(("Uterus length", 7.0, "cm"))),
  exp=[L("76857", "26")], req=REQUIRED["pelvis_f"],
  rat="The endometrium is not delineated or measured and no reason is given (no habitus, no retroversion stated): complete 76856 is not supported, 76857-26. Postmenopausal spotting N95.0."),

R("c036", fam="Sonohysterography", sex="F", dob="1984-01-29", dos="2026-02-20",
  text="""
SALINE INFUSION SONOHYSTEROGRAPHY
INDICATION: Abnormal uterine bleeding; possible endometrial polyp on prior ultrasound.
PROCEDURE: After informed consent, a speculum was placed and the cervix cleansed with Betadine. A 5 French balloon catheter was advanced into the endometrial cavity and sterile saline was instilled under transvaginal ultrasound visualization.
FINDINGS: The uterus measures 8.0 x 4.1 x 5.0 cm. With saline distension there is a 9 x 6 mm echogenic pedunculated lesion arising from the posterior fundal endometrium, with a feeding vessel on color Doppler. The remainder of the endometrial cavity is smooth. Both ovaries are normal.
The patient tolerated the procedure well.
IMPRESSION: 9 mm endometrial polyp, posterior fundus.
""",
  ind="Abnormal uterine bleeding", icd=["N84.0", "N93.9"],
  study=dict(title="SALINE INFUSION SONOHYSTEROGRAPHY", exam="sonohysterography", doppler={"color": True, "spectral": False},
             measurements=M(("Endometrial polyp", 9, "mm"), ("Uterus length", 8.0, "cm"))),
  exp=[L("76831", "26")], code_family="76831",
  req=["saline infusion with real-time transvaginal imaging of the endometrial cavity"],
  doc=["catheter placement and saline infusion", "endometrial cavity", "uterus", "ovaries"], miss=[],
  other=[{"code": "58340", "modifiers": [], "units": 1, "note": "catheter placement and saline instillation for sonohysterography; not an ultrasound code"}],
  rat="Saline infusion sonohysterography: 76831-26 for the imaging supervision and interpretation; the catheter placement and instillation (58340) is a separate non-ultrasound service. A separate 76830 is not reported for the transvaginal imaging that is integral to the SIS. A pedunculated lesion with a feeding vessel stated as 'endometrial polyp' is definitive: N84.0."),

# ---------------- obstetric ----------------
R("c037", fam="Obstetric", sex="F", dob="1993-06-15", dos="2026-02-16",
  text="""
OB ULTRASOUND < 14 WEEKS, TRANSABDOMINAL
LMP: 12/20/2025. EDD by LMP: 09/26/2026.
Indication: Dating. Uncertain LMP.
FINDINGS:
Single intrauterine gestation. One gestational sac with one embryo.
CRL 2.34 cm, corresponding to 9 weeks 1 day. Fetal heart rate 172 bpm.
Yolk sac normal. No subchorionic hemorrhage. Placenta forming posteriorly.
Maternal structures: Uterus otherwise normal. Right ovary contains a 2.2 cm corpus luteum. Left ovary normal. No free fluid.
IMPRESSION:
Single live intrauterine pregnancy at 9 weeks 1 day by CRL, concordant with LMP (8 weeks 2 days).
EDD by ultrasound 09/20/2026.
""",
  ind="Pregnancy dating, uncertain last menstrual period", icd=["Z36.87", "Z3A.09"],
  study=dict(title="OB ULTRASOUND < 14 WEEKS, TRANSABDOMINAL", exam="ob", approach="transabdominal",
             obstetric={"kind": "standard", "gestationalWeeks": 9.14, "fetuses": 1},
             measurements=M(("CRL", 2.34, "cm"), ("Fetal heart rate", 172, "bpm"))),
  exp=[L("76801", "26")], req=OBF, code_family="76801",
  doc=["one gestational sac and embryo", "CRL", "cardiac activity", "placenta/yolk sac", "uterus and both ovaries"], miss=[],
  rat="Complete first-trimester transabdominal study (< 14 weeks): sac/embryo number, CRL, heart rate, anatomy and the maternal uterus and adnexa: 76801-26. Encounter for uncertain dates Z36.87 with weeks Z3A.09 (9 weeks by CRL)."),

R("c038", fam="Obstetric", sex="F", dob="1998-09-02", dos="2026-03-02",
  text="""
EXAM: TRANSVAGINAL OB ULTRASOUND
HISTORY: Vaginal spotting, first trimester. Quantitative hCG 8,400.
FINDINGS: Transvaginal imaging only. Single intrauterine gestational sac with a yolk sac and an embryo. CRL 5 mm, corresponding to 6 weeks 2 days. Embryonic cardiac activity present at 118 bpm. Small 1.1 cm subchorionic hemorrhage. Both ovaries are normal. No free fluid.
IMPRESSION: Live intrauterine pregnancy at 6 weeks 2 days. Small subchorionic hemorrhage.
""",
  ind="Vaginal spotting in early pregnancy", icd=["O20.0", "Z3A.01"],
  study=dict(title="TRANSVAGINAL OB ULTRASOUND", exam="ob", approach="transvaginal",
             obstetric={"kind": "transvaginal", "gestationalWeeks": 6.29, "fetuses": 1},
             measurements=M(("CRL", 5, "mm"), ("Embryonic heart rate", 118, "bpm"), ("Subchorionic hemorrhage", 1.1, "cm"))),
  exp=[L("76817", "26")], req=["embryo/gestational sac(s) and maternal uterus, adnexa and/or cervix, transvaginally"],
  doc=["gestational sac, yolk sac, embryo, CRL, cardiac activity", "both ovaries"], miss=[], code_family="76817",
  rat="Transvaginal-only obstetric study: 76817-26. Spotting with subchorionic hemorrhage in early pregnancy is coded threatened abortion O20.0 (subchorionic hemorrhage indexes there) with Z3A.01 (less than 8 weeks)."),

R("c039", fam="Obstetric", sex="F", dob="1989-12-12", dos="2026-02-05",
  text="""
FIRST TRIMESTER OB ULTRASOUND - TWIN GESTATION
Indication: IVF pregnancy, two embryos transferred. Dating and chorionicity.
FINDINGS (transabdominal):
Two gestational sacs separated by a thick intertwin membrane with a twin-peak (lambda) sign: dichorionic diamniotic twin pregnancy.
Twin A (right, lower): CRL 3.41 cm = 10w2d. FHR 168 bpm.
Twin B (left, upper): CRL 3.35 cm = 10w1d. FHR 171 bpm.
Both placentas are posterior/fundal. Visible fetal anatomy is appropriate for gestational age for both twins.
Maternal: Uterus otherwise normal. Ovaries enlarged with multiple corpora lutea, consistent with stimulation. No free fluid.
IMPRESSION: Live dichorionic diamniotic twin intrauterine pregnancy at 10 weeks 2 days, concordant growth.
""",
  ind="Dichorionic diamniotic twin pregnancy after IVF", icd=["O30.041", "O09.811", "Z3A.10"],
  study=dict(title="FIRST TRIMESTER OB ULTRASOUND - TWIN GESTATION", exam="ob", approach="transabdominal",
             obstetric={"kind": "standard", "gestationalWeeks": 10.29, "fetuses": 2},
             measurements=M(("Twin A CRL", 3.41, "cm"), ("Twin B CRL", 3.35, "cm"), ("Twin A FHR", 168, "bpm"), ("Twin B FHR", 171, "bpm"))),
  exp=[L("76801", "26"), L("76802", "26")], req=OBF, code_family="76801 + 76802",
  doc=["two sacs, chorionicity", "CRL and FHR for each twin", "anatomy for each twin", "uterus and ovaries"], miss=[],
  rat="First-trimester complete study of a twin gestation with fetus-specific measurements: 76801-26 for the first and +76802-26 for the second. Twin pregnancy dichorionic/diamniotic first trimester O30.041, pregnancy from assisted reproduction O09.811, Z3A.10."),

R("c040", fam="Obstetric", sex="F", dob="1991-03-23", dos="2026-01-26",
  text="""
NUCHAL TRANSLUCENCY ULTRASOUND
Indication: First trimester aneuploidy screening (combined screening).
Findings: Single live intrauterine pregnancy. CRL 62 mm consistent with 12 weeks 4 days. FHR 158 bpm. Nuchal translucency measured by FMF-certified sonographer: 1.6 mm (three measurements, largest reported). Nasal bone present.
Impression: Normal nuchal translucency of 1.6 mm at 12 weeks 4 days. Results forwarded for combined risk calculation with serum markers.
""",
  ind="First-trimester nuchal translucency screening", icd=["Z36.82", "Z3A.12"],
  study=dict(title="NUCHAL TRANSLUCENCY ULTRASOUND", exam="ob", approach="transabdominal",
             obstetric={"kind": "nuchal-translucency", "gestationalWeeks": 12.57, "fetuses": 1},
             measurements=M(("CRL", 62, "mm"), ("Nuchal translucency", 1.6, "mm"), ("FHR", 158, "bpm"))),
  exp=[L("76813", "26")], req=["nuchal translucency measurement", "CRL", "fetal number/viability"],
  doc=["NT measurement", "CRL", "FHR", "nasal bone"], miss=["maternal uterus and adnexa (no 76801)"], code_family="76813",
  rat="Nuchal translucency measurement with CRL and viability: 76813-26. The maternal uterus and adnexa and the anatomy survey are not documented, so no separate 76801. Z36.82 (antenatal screening for nuchal translucency) with Z3A.12."),

R("c041", fam="Obstetric", sex="F", dob="1995-11-30", dos="2026-02-13",
  text="""
OB ULTRASOUND - 2ND TRIMESTER (ANATOMY SURVEY)
LMP 09/22/2025  EDD 06/29/2026  GA by LMP 20w4d
Indication: Routine fetal anatomic survey.
Single live intrauterine pregnancy, cephalic. FHR 148 bpm.
Placenta: anterior, no previa. Cord: 3-vessel, normal placental and abdominal insertion. AFI 14.2 cm, normal.
BIOMETRY: BPD 4.9 cm (20w5d), HC 18.1 cm (20w4d), AC 15.6 cm (20w6d), FL 3.3 cm (20w3d). EFW 362 g (52nd percentile).
ANATOMY: Lateral ventricles, cerebellum, cisterna magna, choroid plexus, midline falx, cavum septi pellucidi normal. Upper lip intact. Spine intact in sagittal and transverse views. Four-chamber heart normal. Stomach, kidneys and bladder normal. Abdominal wall intact. Extremities: four limbs seen.
Maternal: Cervix 3.8 cm, closed. Adnexa normal.
IMPRESSION: Single live intrauterine pregnancy at 20w5d by ultrasound, concordant with dates. Normal fetal anatomic survey.
""",
  ind="Routine fetal anatomic survey", icd=["Z36.3", "Z3A.20"],
  study=dict(title="OB ULTRASOUND - 2ND TRIMESTER (ANATOMY SURVEY)", exam="ob", approach="transabdominal",
             obstetric={"kind": "standard", "gestationalWeeks": 20.57, "fetuses": 1},
             measurements=M(("BPD", 4.9, "cm"), ("HC", 18.1, "cm"), ("AC", 15.6, "cm"), ("FL", 3.3, "cm"), ("EFW", 362, "g"), ("AFI", 14.2, "cm"))),
  exp=[L("76805", "26")], req=OBS, code_family="76805",
  doc=["fetal number", "biometry", "intracranial, spine and abdominal survey", "four-chamber heart", "cord insertion",
       "placenta", "amniotic fluid", "cervix and adnexa"], miss=[],
  rat="Standard second-trimester study with every 76805 element; no outflow tracts, face profile or detailed limb architecture for a 76811, and no high-risk indication: 76805-26. Z36.3 with Z3A.20."),

R("c042", fam="Obstetric", sex="F", dob="1999-07-19", dos="2026-02-09",
  text="""
OBSTETRICAL ULTRASOUND
HISTORY: Late to prenatal care. No prior ultrasound this pregnancy. Unsure of LMP.
FINDINGS:
Single live intrauterine pregnancy in cephalic presentation. Fetal heart rate 140 bpm.
Placenta posterior, grade I, no previa. Amniotic fluid normal, AFI 15.8 cm.
Biometry: BPD 8.1 cm (32w4d); HC 29.6 cm (32w6d); AC 28.0 cm (32w1d); FL 6.2 cm (32w2d). Composite ultrasound age 32 weeks 3 days. EFW 1,905 g.
Anatomy: intracranial anatomy, spine, stomach, kidneys, bladder, four-chamber heart and cord insertion visualized and normal for gestational age. Cord: three vessels.
Maternal adnexa not visualized due to the gravid uterus.
IMPRESSION: Single live intrauterine pregnancy with an average ultrasound age of 32 weeks 3 days, EDD by this exam 04/03/2026. No anatomic abnormality identified within the limits of third-trimester imaging.
""",
  ind="Insufficient antenatal care; uncertain dates", icd=["O09.33", "Z3A.32"],
  study=dict(title="OBSTETRICAL ULTRASOUND", exam="ob", approach="transabdominal",
             obstetric={"kind": "standard", "gestationalWeeks": 32.43, "fetuses": 1},
             measurements=M(("BPD", 8.1, "cm"), ("HC", 29.6, "cm"), ("AC", 28.0, "cm"), ("FL", 6.2, "cm"), ("EFW", 1905, "g"), ("AFI", 15.8, "cm")),
             comparison={"text": "No prior ultrasound this pregnancy"}),
  exp=[L("76805", "26")], req=OBS, code_family="76805",
  doc=["fetal number", "biometry", "intracranial, spine and abdominal anatomy", "four-chamber heart", "cord insertion",
       "placenta", "amniotic fluid", "maternal adnexa (not visualized: gravid uterus)"], miss=[],
  rat="The gestational age is stated only in the biometry (composite 32w3d); it is the first ultrasound of the pregnancy and all 76805 elements are documented (adnexa not seen for a reason), so 76805-26 rather than a follow-up. Supervision of pregnancy with insufficient antenatal care, third trimester O09.33, with Z3A.32."),

R("c043", fam="Obstetric", sex="F", dob="1984-02-08", dos="2026-03-02",
  text="""
DETAILED FETAL ANATOMIC ULTRASOUND (LEVEL II)
Indication: Advanced maternal age (41), multigravida. Abnormal quad screen (elevated AFP).
GA by first-trimester ultrasound: 19 weeks 3 days.
Single live fetus, breech. FHR 151 bpm. Placenta anterior, no previa; placental cord insertion central. AFI normal (deepest pocket 5.1 cm).
Biometry: BPD 4.4 cm, HC 16.6 cm, AC 14.1 cm, FL 3.0 cm, HL 2.9 cm; EFW 282 g (48th %ile).
Detailed anatomy:
Head/brain: calvarium intact; lateral ventricles 6 mm; choroid plexus, thalami, cavum septi pellucidi, cerebellum (TCD 19 mm), cisterna magna 5 mm; nuchal fold 3.8 mm.
Face: orbits, nasal bone, profile, upper lip and palate normal.
Neck: normal.
Chest/heart: four-chamber view, left and right ventricular outflow tracts, three-vessel and three-vessel-trachea views, aortic arch and ductal arch normal; situs solitus; normal heart rate and rhythm. Lungs normal; diaphragm intact.
Abdomen: stomach, liver, gallbladder, bowel, both kidneys, bladder normal; cord insertion intact; three-vessel cord with two umbilical arteries flanking the bladder.
Spine: cervical, thoracic, lumbar and sacral spine intact with intact skin line.
Extremities: both arms and legs with normal long bones, hands open, feet normal alignment.
Genitalia: normal.
Maternal: Cervix 4.1 cm. Adnexa normal.
IMPRESSION: Normal detailed fetal anatomic survey at 19w3d. No sonographic marker to explain the elevated AFP; no open neural tube or ventral wall defect.
""",
  ind="Advanced maternal age multigravida; elevated maternal serum AFP", icd=["O09.522", "O28.1", "Z3A.19"],
  study=dict(title="DETAILED FETAL ANATOMIC ULTRASOUND (LEVEL II)", exam="ob", approach="transabdominal",
             obstetric={"kind": "detailed", "gestationalWeeks": 19.43, "fetuses": 1},
             measurements=M(("BPD", 4.4, "cm"), ("HC", 16.6, "cm"), ("AC", 14.1, "cm"), ("FL", 3.0, "cm"), ("EFW", 282, "g"), ("Nuchal fold", 3.8, "mm"))),
  exp=[L("76811", "26")], req=OBD, code_family="76811",
  doc=["all 76805 elements", "brain and ventricles", "face", "heart with outflow tracts and arches", "organ-specific abdomen",
       "limbs", "cord and placenta"], miss=[],
  rat="Detailed anatomic examination with every 76811 element and a high-risk indication (AMA 41, elevated AFP): 76811-26. Elderly multigravida second trimester O09.522; the elevated AFP is an abnormal biochemical finding on antenatal screening (O28.1); Z3A.19."),

R("c044", fam="Obstetric", sex="F", dob="1990-10-20", dos="2026-02-23",
  text="""
EXAM: OB US >=14 WKS, TWINS
HISTORY: Monochorionic diamniotic twins. 22 weeks by first-trimester ultrasound. Routine anatomy survey.
TWIN A (maternal left, presenting, cephalic): FHR 150. BPD 5.3 cm, HC 19.9 cm, AC 17.4 cm, FL 3.8 cm. EFW 490 g. DVP 4.8 cm. Intracranial anatomy, spine, four-chamber heart, stomach, kidneys, bladder and cord insertion normal.
TWIN B (maternal right, breech): FHR 144. BPD 5.2 cm, HC 19.7 cm, AC 17.0 cm, FL 3.7 cm. EFW 468 g. DVP 4.5 cm. Intracranial anatomy, spine, four-chamber heart, stomach, kidneys, bladder and cord insertion normal.
Single posterior placenta. Thin dividing membrane. EFW discordance 4%. No evidence of twin-twin transfusion.
Cervix 3.9 cm. Adnexa unremarkable.
IMPRESSION: Monochorionic diamniotic twins at 22 weeks with concordant growth and normal survey of both fetuses.
""",
  ind="Monochorionic diamniotic twin pregnancy, second trimester", icd=["O30.032", "Z3A.22"],
  study=dict(title="OB US >=14 WKS, TWINS", exam="ob", approach="transabdominal",
             obstetric={"kind": "standard", "gestationalWeeks": 22, "fetuses": 2},
             measurements=M(("Twin A EFW", 490, "g"), ("Twin B EFW", 468, "g"), ("Twin A BPD", 5.3, "cm"), ("Twin B BPD", 5.2, "cm"))),
  exp=[L("76805", "26"), L("76810", "26")], req=OBS, code_family="76805 + 76810",
  doc=["fetus-specific biometry and anatomy for each twin", "placenta", "fluid per sac", "cervix/adnexa"], miss=[],
  rat="Standard second-trimester study of twins, each with its own biometry and anatomy: 76805-26 and +76810-26 (one unit for the second fetus). O30.032 with Z3A.22."),

R("c045", fam="Obstetric", sex="F", dob="1986-05-01", dos="2026-01-23",
  text="""
DETAILED ANATOMY, TWIN GESTATION (76811 x2)
Indication: Dichorionic diamniotic twins conceived by IVF; maternal age 39. GA 20w0d by transfer date.
Twin A (maternal right): FHR 149. Biometry concordant with dates (EFW 331 g). Detailed survey: ventricles, posterior fossa, face/profile/lip, four-chamber heart with LVOT/RVOT and 3VT views, diaphragm, abdominal organs, kidneys, bladder, cord insertion, three-vessel cord, spine and all four limbs with hands and feet normal. Posterior placenta with marginal cord insertion. DVP 5.0 cm.
Twin B (maternal left): FHR 155. EFW 318 g. Detailed survey as for twin A, all normal, including outflow tracts and 3VT view. Anterior placenta with central cord insertion. DVP 4.6 cm.
Cervix 4.0 cm. Adnexa normal.
IMPRESSION: Dichorionic diamniotic twins at 20w0d with normal detailed anatomy for both fetuses. Marginal cord insertion twin A; growth follow-up in 4 weeks.
""",
  ind="Dichorionic diamniotic twin pregnancy after IVF; maternal age 39", icd=["O30.042", "O09.812", "Z3A.20"],
  study=dict(title="DETAILED ANATOMY, TWIN GESTATION (76811 x2)", exam="ob", approach="transabdominal",
             obstetric={"kind": "detailed", "gestationalWeeks": 20.0, "fetuses": 2},
             measurements=M(("Twin A EFW", 331, "g"), ("Twin B EFW", 318, "g"))),
  exp=[L("76811", "26"), L("76812", "26")], req=OBD, code_family="76811 + 76812",
  doc=["detailed anatomy for each twin including outflow tracts", "placentas and cord insertions", "fluid", "cervix/adnexa"], miss=[],
  rat="Detailed anatomic examination of both twins with fetus-specific findings: 76811-26 for twin A and +76812-26 for twin B (the title's '76811 x2' is not how it is billed). O30.042, O09.812, Z3A.20."),

R("c046", fam="Obstetric", sex="F", dob="1997-01-14", dos="2026-02-28", ctx=CTX_INPT,
  text="""
LIMITED OB ULTRASOUND (L&D)
Indication: 38 weeks, in labor, confirm presentation.
Findings: Single fetus in breech presentation (frank breech). Fetal heart motion present. Placenta fundal. Amniotic fluid subjectively normal.
Impression: Frank breech presentation. Obstetrics notified.
""",
  ind="Labor at 38 weeks; confirm fetal presentation", icd=["O32.1XX0", "Z3A.38"],
  study=dict(title="LIMITED OB ULTRASOUND (L&D)", exam="ob", approach="transabdominal",
             obstetric={"kind": "limited", "gestationalWeeks": 38, "fetuses": 1}),
  exp=[L("76815", "26")], req=["one or more of: fetal heart beat, placental location, fetal position, qualitative amniotic fluid"],
  doc=["fetal heart motion", "presentation", "placenta", "qualitative fluid"], miss=[], code_family="76815",
  rat="Presentation, heart motion, placenta and qualitative fluid only: limited OB 76815-26 (inpatient L&D). Maternal care for breech presentation O32.1XX0 with Z3A.38."),

R("c047", fam="Obstetric", sex="F", dob="1988-08-08", dos="2026-02-02",
  text="""
OB FOLLOW-UP ULTRASOUND - GROWTH
Indication: Gestational diabetes on insulin; interval growth. Prior exam 01/05/2026 at 26w1d.
GA today: 30 weeks 1 day by early ultrasound.
Single live fetus, vertex. FHR 142 bpm. Placenta anterior. AFI 21.0 cm (upper normal).
Biometry: BPD 7.8 cm, HC 28.3 cm, AC 27.9 cm (92nd percentile), FL 5.8 cm. EFW 1,720 g, 84th percentile (previously 79th).
IMPRESSION: Interval growth appropriate, EFW 84th percentile; AC at the 92nd percentile. AFI upper normal. Recommend repeat growth in 4 weeks.
""",
  ind="Gestational diabetes, insulin controlled; interval growth", icd=["O24.414", "Z3A.30"],
  study=dict(title="OB FOLLOW-UP ULTRASOUND - GROWTH", exam="ob", approach="transabdominal",
             obstetric={"kind": "follow-up", "gestationalWeeks": 30.14, "fetuses": 1},
             measurements=M(("BPD", 7.8, "cm"), ("AC", 27.9, "cm"), ("EFW", 1720, "g"), ("AFI", 21.0, "cm")),
             comparison={"priorDate": "2026-01-05", "text": "OB ultrasound at 26w1d"}),
  exp=[L("76816", "26")], req=["re-evaluation of fetal size/interval growth or of an abnormal organ system, per fetus"],
  doc=["biometry and EFW compared with prior", "fluid", "presentation"], miss=[], code_family="76816",
  rat="Interval-growth re-evaluation after a prior study: follow-up 76816-26 (one fetus). Gestational diabetes insulin-controlled O24.414 with Z3A.30."),

R("c048", fam="Obstetric", sex="F", dob="1992-12-25", dos="2026-02-27",
  text="""
EXAM: OB follow-up, twin growth
HISTORY: Dichorionic diamniotic twins, 28 weeks 2 days. Serial growth every 4 weeks. Last exam 01/30/2026.
TWIN A: cephalic, FHR 138. BPD 7.1, HC 26.0, AC 23.5, FL 5.2 cm. EFW 1,180 g (45th %ile). DVP 5.2 cm.
TWIN B: breech, FHR 150. BPD 6.9, HC 25.4, AC 22.0, FL 5.0 cm. EFW 1,010 g (18th %ile). DVP 4.1 cm.
EFW discordance 14%.
IMPRESSION: Appropriate interval growth of both twins; twin B now at 18th percentile with 14% discordance. Continue serial growth scans.
""",
  ind="Dichorionic diamniotic twin pregnancy, third trimester; serial growth", icd=["O30.043", "Z3A.28"],
  study=dict(title="OB follow-up, twin growth", exam="ob", approach="transabdominal",
             obstetric={"kind": "follow-up", "gestationalWeeks": 28.29, "fetuses": 2},
             measurements=M(("Twin A EFW", 1180, "g"), ("Twin B EFW", 1010, "g"), ("EFW discordance", 14, "%")),
             comparison={"priorDate": "2026-01-30"}),
  exp=[L("76816", "26"), L("76816", "26", "59")], req=["re-evaluation of fetal size/interval growth, per fetus"],
  doc=["fetus-specific biometry, EFW and fluid for both twins"], miss=[], code_family="76816 per fetus",
  amb="modifier",
  acc=[[L("76816", "26"), L("76816", "26", "XS")], [L("76816", "26", units=2)]],
  rat="Follow-up growth study of both twins: 76816 once per fetus. CPT directs modifier 59 on the line for the second fetus; Medicare contractors may prefer XS, and some accept one line with 2 units (the reference marks the modifier [VERIFY]). O30.043, Z3A.28."),

R("c049", fam="Obstetric", sex="F", dob="1987-04-17", dos="2026-03-02", ctx=CTX_OFFICE,
  text="""
BIOPHYSICAL PROFILE WITH NST
Indication: Decreased fetal movement at 36 weeks 2 days.
NST: Reactive. Baseline 135 bpm, moderate variability, two accelerations of 15 bpm x 15 seconds within 20 minutes, no decelerations. (2/2)
Ultrasound: Fetal breathing movements >30 seconds (2/2). Gross body movements x3 (2/2). Fetal tone: flexion/extension of hand (2/2). Amniotic fluid: single deepest pocket 4.6 cm (2/2).
BPP score 10/10.
Impression: Reassuring biophysical profile, 10/10, with reactive NST.
""",
  ind="Decreased fetal movements", icd=["O36.8130", "Z3A.36"],
  study=dict(title="BIOPHYSICAL PROFILE WITH NST", exam="ob", approach="transabdominal",
             obstetric={"kind": "biophysical-profile", "gestationalWeeks": 36.29, "fetuses": 1, "nonStressTest": True},
             measurements=M(("BPP score", 10, None), ("Deepest vertical pocket", 4.6, "cm"))),
  exp=[L("76818")], req=["breathing", "movement", "tone", "amniotic fluid", "non-stress test (76818)"],
  doc=["breathing", "movement", "tone", "fluid", "reactive NST"], miss=[], code_family="76818 vs 76819",
  rat="MFM office (POS 11, global): BPP with non-stress test is 76818. A separate 59025 NST is not reported with 76818 (the NST is part of it). Decreased fetal movements third trimester O36.8130, Z3A.36."),

R("c050", fam="Obstetric", sex="F", dob="1994-05-20", dos="2026-02-21",
  text="""
BPP (ultrasound only)
34w0d. Indication: oligohydramnios on last scan.
Breathing 2/2. Movement 2/2. Tone 2/2. Fluid: largest vertical pocket 2.1 cm, AFI 5.8 cm (2/2).
NST not performed.
Total 8/8.
Impression: BPP 8/8. AFI 5.8 cm, low-normal, improved from 4.2 cm.
""",
  ind="Oligohydramnios, third trimester", icd=["O41.03X0", "Z3A.34"],
  study=dict(title="BPP (ultrasound only)", exam="ob", approach="transabdominal",
             obstetric={"kind": "biophysical-profile", "gestationalWeeks": 34, "fetuses": 1, "nonStressTest": False},
             measurements=M(("BPP score", 8, None), ("AFI", 5.8, "cm"))),
  exp=[L("76819", "26")], req=["breathing", "movement", "tone", "amniotic fluid"],
  doc=["breathing", "movement", "tone", "fluid"], miss=["non-stress test (not performed)"], code_family="76818 vs 76819",
  rat="Biophysical profile without non-stress test: 76819-26. Oligohydramnios third trimester O41.03X0 (the indication and prior finding), Z3A.34."),

R("c051", fam="Obstetric", sex="F", dob="1991-09-09", dos="2026-02-14",
  text="""
EXAM: OB ULTRASOUND - BPP AND UMBILICAL ARTERY DOPPLER
HISTORY: 33 weeks 4 days. Fetal growth restriction, EFW 6th percentile on 02/07.
BPP: breathing 2, movement 2, tone 2, fluid 2 (DVP 3.0 cm). Score 8/8. No NST.
UMBILICAL ARTERY DOPPLER: S/D ratio 3.4, PI 1.28 (90th percentile), end-diastolic flow present, no absent or reversed EDF.
IMPRESSION:
1. BPP 8/8.
2. Umbilical artery Doppler with elevated S/D ratio and PI at the 90th percentile, end-diastolic flow preserved. Continue twice-weekly surveillance.
""",
  ind="Fetal growth restriction, third trimester", icd=["O36.5930", "Z3A.33"],
  study=dict(title="OB ULTRASOUND - BPP AND UMBILICAL ARTERY DOPPLER", exam="ob", approach="transabdominal",
             obstetric={"kind": "biophysical-profile", "gestationalWeeks": 33.57, "fetuses": 1, "nonStressTest": False,
                        "umbilicalDoppler": True},
             doppler={"color": False, "spectral": True},
             measurements=M(("Umbilical artery S/D", 3.4, None), ("Umbilical artery PI", 1.28, None), ("BPP score", 8, None)),
             comparison={"priorDate": "2026-02-07"}),
  exp=[L("76819", "26"), L("76820", "26")], req=["BPP components", "umbilical artery Doppler velocimetry (76820)"],
  doc=["BPP 4 components", "umbilical artery S/D, PI, end-diastolic flow"], miss=[], code_family="76819 + 76820",
  rat="BPP without NST 76819-26 plus umbilical artery Doppler velocimetry 76820-26. Maternal care for poor fetal growth, third trimester O36.5930, Z3A.33."),

R("c052", fam="Obstetric", sex="F", dob="1985-07-27", dos="2026-01-31",
  text="""
OB ULTRASOUND: FOLLOW-UP GROWTH, MCA DOPPLER, UMBILICAL ARTERY DOPPLER
Indication: Rh alloimmunization (anti-D titer 1:64), 29 weeks 0 days. Surveillance for fetal anemia.
Comparison: 01/17/2026.
Growth: BPD 7.3 cm, AC 24.6 cm, FL 5.4 cm; EFW 1,290 g (51st %ile), appropriate interval growth. No ascites, pleural or pericardial effusion, skin edema or placentomegaly.
MCA Doppler: MCA peak systolic velocity 44 cm/s = 1.12 MoM (previously 1.05 MoM). Angle of insonation 0 degrees.
Umbilical artery Doppler: S/D 2.9, normal; EDF present.
AFI 16 cm.
IMPRESSION: No sonographic evidence of fetal anemia (MCA-PSV 1.12 MoM). No hydrops. Normal umbilical artery Doppler. Repeat MCA Doppler in 1 week.
""",
  ind="Maternal anti-D alloimmunization, surveillance for fetal anemia", icd=["O36.0130", "Z3A.29"],
  study=dict(title="OB ULTRASOUND: FOLLOW-UP GROWTH, MCA DOPPLER, UMBILICAL ARTERY DOPPLER", exam="ob", approach="transabdominal",
             obstetric={"kind": "follow-up", "gestationalWeeks": 29, "fetuses": 1, "umbilicalDoppler": True, "mcaDoppler": True},
             doppler={"color": True, "spectral": True},
             measurements=M(("MCA PSV", 44, "cm/s"), ("MCA PSV MoM", 1.12, None), ("Umbilical artery S/D", 2.9, None), ("EFW", 1290, "g")),
             comparison={"priorDate": "2026-01-17"}),
  exp=[L("76816", "26"), L("76820", "26"), L("76821", "26")],
  req=["interval growth (76816)", "umbilical artery Doppler (76820)", "middle cerebral artery Doppler (76821)"],
  doc=["interval growth and hydrops survey", "UA S/D and EDF", "MCA-PSV with MoM"], miss=[], code_family="76816 + 76820 + 76821",
  rat="Follow-up growth 76816-26, umbilical artery Doppler 76820-26 and MCA Doppler 76821-26 are each documented with their own measurements. Maternal care for anti-D antibodies third trimester O36.0130, Z3A.29."),

R("c053", fam="Obstetric", sex="F", dob="1996-02-03", dos="2026-02-17",
  text="""
FIRST TRIMESTER ULTRASOUND
GA by LMP: 13 weeks 6 days.
Single live intrauterine pregnancy. CRL 80 mm = 13w5d. FHR 160. Cord insertion and placenta (posterior) normal. Visible anatomy: cranium, stomach, bladder, abdominal wall and four limbs seen, normal for gestation.
Uterus: no fibroids. Ovaries: normal. Cervix closed, 3.6 cm.
IMPRESSION: Live singleton at 13 weeks 5 days by CRL, concordant with LMP.
""",
  ind="Supervision of normal first pregnancy, first trimester", icd=["Z34.01", "Z3A.13"],
  study=dict(title="FIRST TRIMESTER ULTRASOUND", exam="ob", approach="transabdominal",
             obstetric={"kind": "standard", "gestationalWeeks": 13.86, "fetuses": 1},
             measurements=M(("CRL", 80, "mm"), ("FHR", 160, "bpm"))),
  exp=[L("76801", "26")], req=OBF, code_family="76801 vs 76805",
  doc=["number", "CRL", "cardiac activity", "anatomy survey", "uterus, ovaries, cervix"], miss=[],
  rat="13 weeks 6 days (and 13w5d by CRL) is before 14 weeks 0 days: first-trimester code 76801-26, not 76805. Z34.01 (normal first pregnancy, first trimester) with Z3A.13. Note: 'first pregnancy' is an assumption from the order; the report does not give gravidity."),

R("c054", fam="Obstetric", sex="F", dob="1993-10-10", dos="2026-02-24",
  text="""
OB US COMPLETE
GA: 14 weeks 1 day by first-trimester CRL.
Indication: Vaginal bleeding this morning.
Single live intrauterine pregnancy. FHR 155. BPD 2.7 cm (14w2d), HC 10.0 cm, AC 8.3 cm, FL 1.4 cm (14w1d). Anatomy for gestational age: calvarium, choroid plexus, spine, stomach, bladder, four-chamber heart view, cord insertion and four limbs visualized. Placenta posterior, no previa; no subchorionic hematoma. Amniotic fluid normal. Cervix long and closed (3.9 cm). Adnexa normal.
IMPRESSION: Live intrauterine pregnancy at 14 weeks 1 day. No source of bleeding identified.
""",
  ind="Vaginal bleeding, second trimester", icd=["O46.92", "Z3A.14"],
  study=dict(title="OB US COMPLETE", exam="ob", approach="transabdominal",
             obstetric={"kind": "standard", "gestationalWeeks": 14.14, "fetuses": 1},
             measurements=M(("BPD", 2.7, "cm"), ("FL", 1.4, "cm"), ("FHR", 155, "bpm"))),
  exp=[L("76805", "26")], req=OBS, code_family="76801 vs 76805",
  doc=["fetal number", "biometry", "intracranial/spine/abdomen survey", "four-chamber heart", "cord insertion", "placenta",
       "fluid", "cervix and adnexa"], miss=[],
  rat="14 weeks 1 day is on or after 14w0d, so the standard study is 76805-26. Antepartum hemorrhage, unspecified, second trimester O46.92 with Z3A.14."),

R("c055", fam="Obstetric", sex="F", dob="2000-08-18", dos="2026-01-21", sample_name="OB ultrasound, GA only in biometry",
  text="""
,EXAM: ,OB ultrasound, transabdominal.,INDICATION: ,No prenatal care. Establish dates and survey anatomy.,FINDINGS: ,Single live intrauterine pregnancy, cephalic. FHR 147 bpm.,BIOMETRY:,BPD: 4.7 cm consistent with 20 weeks 2 days,HC: 17.6 cm consistent with 20 weeks 0 days,AC: 15.2 cm consistent with 20 weeks 4 days,FL: 3.3 cm consistent with 20 weeks 3 days,Average ultrasound age 20 weeks 2 days.,ANATOMY: ,Cerebral ventricles, cerebellum, cisterna magna, face, spine, four-chamber heart, stomach, kidneys, bladder, abdominal cord insertion and extremities appear normal.,Placenta: fundal, no previa. Three-vessel cord. Amniotic fluid normal.,Maternal adnexa: normal.,IMPRESSION: ,Single live intrauterine pregnancy at 20 weeks 2 days by biometry. EDD 06/08/2026. Normal anatomic survey.
""",
  ind="No prenatal care; dating and anatomy survey", icd=["O09.32", "Z3A.20"],
  study=dict(title="OB ultrasound, transabdominal", exam="ob", approach="transabdominal",
             obstetric={"kind": "standard", "gestationalWeeks": 20.29, "fetuses": 1},
             measurements=M(("BPD", 4.7, "cm"), ("HC", 17.6, "cm"), ("AC", 15.2, "cm"), ("FL", 3.3, "cm"))),
  exp=[L("76805", "26")], req=OBS, code_family="76805",
  doc=["fetal number", "biometry", "anatomy survey", "four-chamber heart", "cord insertion", "placenta", "fluid", "adnexa"], miss=[],
  rat="Run-in headings; the gestational age appears only in the biometry (average 20w2d). All 76805 elements are present: 76805-26. Insufficient antenatal care, second trimester O09.32, with Z3A.20."),

R("c056", fam="Obstetric", sex="F", dob="1989-03-03", dos="2026-02-06",
  text="""
TRANSVAGINAL CERVICAL LENGTH
Indication: Short cervix on anatomy scan (2.6 cm). 24 weeks 0 days. History of preterm birth at 33 weeks.
Technique: Transvaginal ultrasound with empty bladder; three measurements, shortest reported.
Findings: Cervical length 2.1 cm, closed internal os, no funneling. No change with transfundal pressure. Single live fetus, FHR 145 (transabdominal check).
Impression: Short cervix, 2.1 cm, decreased from 2.6 cm. Consider vaginal progesterone per MFM.
""",
  ind="Short cervix, second trimester; history of preterm labor", icd=["O26.872", "O09.212", "Z3A.24"],
  study=dict(title="TRANSVAGINAL CERVICAL LENGTH", exam="ob", approach="transvaginal",
             obstetric={"kind": "transvaginal", "gestationalWeeks": 24, "fetuses": 1},
             measurements=M(("Cervical length", 2.1, "cm"))),
  exp=[L("76817", "26")], req=["maternal cervix (and/or uterus, adnexa, sac) evaluated transvaginally"],
  doc=["cervical length", "funneling", "fetal heart rate check"], miss=[], code_family="76817",
  rat="A transvaginal obstetric study of the cervix: 76817-26. The transabdominal heart-rate check is not a separate limited OB (76815) in practice; it is incidental to the TV study. Cervical shortening second trimester O26.872, supervision with history of preterm labor O09.212, Z3A.24."),

R("c057", fam="Obstetric", sex="F", dob="1992-11-19", dos="2026-03-02", ctx=CTX_ED,
  text="""
EXAM: OB ULTRASOUND LESS THAN 14 WEEKS, TRANSABDOMINAL AND TRANSVAGINAL
HISTORY: Positive pregnancy test. Left lower quadrant pain and vaginal bleeding. LMP 6 weeks ago. Quantitative beta-hCG 2,150.
FINDINGS:
Transabdominal: The uterus is anteverted and measures 8.4 x 4.6 x 5.2 cm. No intrauterine gestational sac. Small amount of free fluid.
Transvaginal: No intrauterine gestational sac, yolk sac or embryo. Endometrium 9 mm. Right ovary normal with a corpus luteum. Left adnexa: 2.0 cm heterogeneous mass separate from the left ovary. Small amount of simple free fluid in the cul-de-sac.
IMPRESSION:
1. No intrauterine pregnancy. 2.0 cm left adnexal mass separate from the ovary; ectopic pregnancy cannot be excluded. Correlate with serial hCG.
2. Small amount of free fluid.
Results discussed with the ED physician.
""",
  ind="Vaginal bleeding and left lower quadrant pain with positive pregnancy test", icd=["O20.9", "R10.32", "N94.89", "Z3A.01"],
  studies=[dict(title="OB ULTRASOUND LESS THAN 14 WEEKS, TRANSABDOMINAL", exam="ob", approach="transabdominal",
             obstetric={"kind": "standard", "gestationalWeeks": 6, "fetuses": 1},
             measurements=M(("Uterus length", 8.4, "cm"))),
           dict(title="OB ULTRASOUND LESS THAN 14 WEEKS, TRANSVAGINAL", exam="ob", approach="transvaginal",
             obstetric={"kind": "transvaginal", "gestationalWeeks": 6, "fetuses": 1},
             measurements=M(("Left adnexal mass", 2.0, "cm"), ("Endometrial thickness", 9, "mm")))],
  exp=[L("76801", "26"), L("76817", "26")], req=OBF + ["76817: transvaginal evaluation"],
  doc=["gestational sac search (none)", "uterus", "both adnexa", "free fluid"], miss=["embryo/CRL (none present)"],
  code_family="76801 + 76817", amb="primary",
  acc=[[L("76817", "26")], [L("76815", "26"), L("76817", "26")]],
  rat="The gold study file holds two studies (the TA first-trimester study and the TV study), because one study's obstetric.kind holds one service. Radiologist's reading of an ED patient (POS 23, 26). A first-trimester TA study and a TV study were both performed and documented: 76801-26 + 76817-26 (CPT allows both). Because no gestation was found, some coders report only the TV 76817 or treat the TA part as limited. 'Ectopic cannot be excluded' is not coded: hemorrhage in early pregnancy O20.9, LLQ pain, a non-ovarian adnexal mass (N94.89) and Z3A.01."),

R("c058", fam="Obstetric", sex="F", dob="1994-04-30", dos="2026-02-12", ctx=CTX_INPT,
  text="""
LIMITED OB ULTRASOUND
Twin gestation, 31 weeks 3 days, admitted in preterm labor.
Twin A: cephalic, cardiac activity present, FHR 140.
Twin B: transverse, cardiac activity present, FHR 152.
Placentas: anterior (A) and posterior (B). Fluid subjectively normal around both twins.
Impression: Twin A cephalic, twin B transverse. Both with cardiac activity.
""",
  ind="Twin pregnancy in preterm labor, third trimester", icd=["O60.03", "O30.043", "Z3A.31"],
  study=dict(title="LIMITED OB ULTRASOUND", exam="ob", approach="transabdominal",
             obstetric={"kind": "limited", "gestationalWeeks": 31.43, "fetuses": 2}),
  exp=[L("76815", "26")], req=["one or more of: fetal heart beat, placental location, fetal position, qualitative fluid"],
  doc=["position, heart activity, placenta and fluid for both twins"], miss=[], code_family="76815",
  rat="Limited OB examination: 76815-26 is reported once regardless of the number of fetuses (no second line, no add-on). Preterm labor without delivery third trimester O60.03; twin chorionicity is assumed from two separate placentas: O30.043 (dichorionic/diamniotic); Z3A.31."),
]

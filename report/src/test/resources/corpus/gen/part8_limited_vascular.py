from corpus import *

R = Report
REPORTS = [

R("c155", fam="Transcranial Doppler", sex="F", dob="1958-03-19", dos="2026-02-16", ctx=CTX_INPT,
  text="""
TRANSCRANIAL DOPPLER
Indication: Aneurysmal subarachnoid hemorrhage, post-bleed day 6. Vasospasm monitoring.
Technique: Non-imaging TCD with spectral analysis. The left temporal window was inadequate (hyperostosis) and the left MCA, ACA and PCA could not be insonated. Right temporal and suboccipital windows adequate.
Findings: Right MCA mean velocity 98 cm/s (Lindegaard ratio 2.1), right ACA 70 cm/s, right PCA 42 cm/s. Basilar artery 48 cm/s; vertebral arteries 36 and 38 cm/s.
Impression: No sonographic vasospasm of the right MCA. Left anterior circulation not assessed (no temporal window).
""",
  ind="Nontraumatic subarachnoid hemorrhage, vasospasm surveillance", icd=["I60.9"],
  study=dict(title="TRANSCRANIAL DOPPLER", exam="transcranial_doppler",
             elements={"right_anterior_circulation": "seen", "posterior_circulation": "seen",
                       "left_anterior_circulation": {"status": "not-seen", "reason": "inadequate left temporal window (hyperostosis)"}},
             doppler={"color": False, "spectral": True}, measurements=M(("Right MCA mean velocity", 98, "cm/s"), ("Lindegaard ratio", 2.1, None))),
  exp=[L("93888", "26")], req=["right anterior circulation", "left anterior circulation", "posterior circulation", "spectral Doppler"],
  doc=["right anterior circulation", "posterior (vertebrobasilar) circulation", "left anterior circulation attempted, no window"],
  miss=["left anterior circulation (not insonated)"], code_family="93886 vs 93888", amb="primary", acc=[[L("93886", "26")]],
  rat="Only two of the three territories were actually insonated (right anterior and posterior); the left anterior circulation could not be insonated through an absent temporal window. A TCD of two or fewer territories is the limited 93888-26 (reference US-VAS-005); a coder applying the 'not seen with a reason counts' rule would report the complete 93886-26, so the gold study records the reason and the label is ambiguous. Subarachnoid hemorrhage I60.9."),

R("c156", fam="Vascular - aortoiliac duplex", sex="M", dob="1954-08-27", dos="2026-01-23",
  text="""
AORTOILIAC DUPLEX, LIMITED
History: Right iliac artery stent (2024). Surveillance; right buttock claudication has recurred.
Technique: Grayscale, color and spectral Doppler of the distal abdominal aorta and the right common and external iliac arteries.
Findings: Distal aorta 1.9 cm, PSV 88 cm/s. Right common iliac stent patent; in-stent PSV 180 cm/s proximally and 410 cm/s at the distal stent edge (velocity ratio 3.6). Right external iliac artery monophasic, 70 cm/s. The left iliac system and the IVC were not examined.
Impression: Greater than 50% in-stent restenosis at the distal edge of the right common iliac artery stent.
""",
  ind="Right buttock claudication; surveillance of right iliac artery stent", icd=["T82.856A", "I70.211"],
  study=dict(title="AORTOILIAC DUPLEX, LIMITED", exam="aortoiliac_duplex", laterality="right",
             elements={"aorta": "seen", "common_iliac": "seen", "external_iliac": "seen"}, doppler=DUP,
             measurements=M(("Distal stent edge PSV", 410, "cm/s"), ("Velocity ratio", 3.6, None))),
  exp=[L("93979", "26", "RT")], req=REQUIRED["aortoiliac_duplex"], acc=[[L("93979", "26")]],
  doc=["distal aorta", "right common and external iliac arteries", "colour + spectral"], miss=["IVC", "left iliac arteries"],
  rat="Aorta and one iliac system only (unilateral), so the limited aortoiliac duplex 93979-26, with RT for the side studied as on the other unilateral duplex codes (payers that treat the code as unilateral by definition accept it without RT). In-stent restenosis of the iliac stent: stenosis of peripheral vascular stent T82.856A, with atherosclerosis of the right leg with intermittent claudication I70.211."),

R("c157", fam="Vascular - vein mapping", sex="M", dob="1962-02-12", dos="2026-02-09",
  text="""
UPPER EXTREMITY VESSEL MAPPING, LEFT (PRE-FISTULA)
Indication: CKD stage 5, not yet on dialysis. Right arm has a history of multiple PICC lines; surgeon requests left arm only.
Technique: Duplex (grayscale, color, spectral Doppler) of the left arm arteries and veins with tourniquet.
Findings: Left brachial artery 4.3 mm, triphasic. Radial artery 2.6 mm at the wrist with triphasic flow; ulnar 2.3 mm. Cephalic vein: 3.0 mm at the wrist, 3.3 mm mid forearm, 3.8 mm upper arm, patent and compressible throughout, continuous with the axillary/subclavian system. Basilic vein 4.5 mm in the upper arm. Subclavian vein phasic.
Impression: Left radial artery and forearm cephalic vein suitable for radiocephalic fistula.
""",
  ind="Chronic kidney disease stage 5; preoperative vessel mapping", icd=["N18.5", "Z01.818"],
  study=dict(title="UPPER EXTREMITY VESSEL MAPPING, LEFT (PRE-FISTULA)", exam="vein_mapping", laterality="left", limb="upper",
             doppler=DUP, measurements=M(("Left radial artery diameter", 2.6, "mm"), ("Left cephalic vein forearm", 3.3, "mm"))),
  exp=[L("93986", "26", "LT")], req=["arteries and veins of one extremity, duplex, before dialysis access creation (93986)"],
  doc=["left arm arteries and veins with diameters", "colour + spectral"], miss=[], code_family="93985 vs 93986",
  acc=[[L("93986", "26")]],
  rat="Duplex mapping of one arm before dialysis access creation: unilateral 93986-26 with LT for the side (payers that treat 93986 as unilateral by definition accept it without LT). CKD stage 5 N18.5 with the preprocedural examination Z01.818."),

R("c158", fam="Obstetric", sex="F", dob="1988-07-07", dos="2026-01-29",
  text="""
FIRST TRIMESTER SCREENING - NUCHAL TRANSLUCENCY, TWINS
Dichorionic diamniotic twins (lambda sign). Indication: combined first-trimester screening.
Twin A: CRL 58 mm (12w2d), FHR 160, NT 1.4 mm, nasal bone present.
Twin B: CRL 56 mm (12w1d), FHR 157, NT 1.7 mm, nasal bone present.
Measurements by an NTQR-credentialed sonologist; images stored for each twin.
Impression: Normal nuchal translucency measurements for both twins.
""",
  ind="Twin pregnancy, first-trimester nuchal translucency screening", icd=["O30.041", "Z36.82", "Z3A.12"],
  study=dict(title="FIRST TRIMESTER SCREENING - NUCHAL TRANSLUCENCY, TWINS", exam="ob", approach="transabdominal",
             obstetric={"kind": "nuchal-translucency", "gestationalWeeks": 12.29, "fetuses": 2},
             measurements=M(("Twin A NT", 1.4, "mm"), ("Twin B NT", 1.7, "mm"), ("Twin A CRL", 58, "mm"), ("Twin B CRL", 56, "mm"))),
  exp=[L("76813", "26"), L("76814", "26")], req=["nuchal translucency measurement per fetus", "CRL"],
  doc=["NT, CRL and FHR for each twin"], miss=[], code_family="76813 + 76814",
  rat="Nuchal translucency measurement of the first twin 76813-26 and of the second twin +76814-26, each with its own CRL and NT. Dichorionic diamniotic twins first trimester O30.041, NT screening Z36.82, Z3A.12."),
]

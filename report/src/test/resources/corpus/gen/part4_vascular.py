from corpus import *

R = Report
REPORTS = [

R("c089", fam="Vascular - carotid duplex", sex="M", dob="1950-01-19", dos="2026-02-02",
  text="""
EXAM: CAROTID DUPLEX ULTRASOUND, BILATERAL
INDICATION: Transient left arm weakness yesterday (TIA).
TECHNIQUE: Grayscale, color Doppler and spectral Doppler evaluation of the extracranial carotid and vertebral arteries bilaterally.
COMPARISON: None.
FINDINGS:
RIGHT: Mild heterogeneous plaque at the bulb. CCA PSV 82/EDV 18 cm/s. Proximal ICA PSV 198/EDV 62 cm/s, mid ICA 142/41, distal ICA 96/30. ICA/CCA ratio 2.4. ECA patent, 110 cm/s. Vertebral artery antegrade.
LEFT: Minimal plaque. CCA 78/20 cm/s. ICA PSV 88/EDV 25 cm/s. ICA/CCA ratio 1.1. ECA patent. Vertebral artery antegrade.
IMPRESSION:
1. 50-69% stenosis of the right proximal ICA by SRU velocity criteria.
2. Less than 50% stenosis of the left ICA.
3. Antegrade vertebral flow bilaterally.
""",
  ind="Transient ischemic attack", icd=["I65.23", "G45.9"],
  study=dict(title="CAROTID DUPLEX ULTRASOUND, BILATERAL", exam="carotid_duplex", laterality="bilateral", elements=els(CAR),
             doppler=DUP, measurements=M(("Right ICA PSV", 198, "cm/s"), ("Right ICA EDV", 62, "cm/s"), ("Right ICA/CCA ratio", 2.4, None),
                                         ("Left ICA PSV", 88, "cm/s")), comparison={"text": "None"}),
  exp=[L("93880", "26")], req=REQUIRED["carotid"],
  rat="Bilateral duplex (grayscale, colour and spectral) of the CCA, ICA, ECA and vertebral arteries: 93880-26 (no 50/RT/LT: bilateral by definition). Stenosis on both sides (50-69% right, <50% left, plaque both): I65.23, with the TIA G45.9."),

R("c090", fam="Vascular - carotid duplex", sex="F", dob="1947-04-04", dos="2026-02-19",
  text="""
RIGHT CAROTID DUPLEX (POST-ENDARTERECTOMY)
History: Right carotid endarterectomy 03/2025. Surveillance.
Technique: Grayscale, color flow and pulsed-wave spectral Doppler of the right carotid system only.
Findings: Patch angioplasty site is smooth without recurrent plaque or intimal flap. Right CCA 74 cm/s, ICA proximal 88/24 cm/s, mid 80/22, distal 70/21 cm/s. ECA patent. Right vertebral antegrade.
Impression: Widely patent right carotid endarterectomy site without restenosis.
""",
  ind="Surveillance after right carotid endarterectomy", icd=["Z09", "Z98.890"],
  study=dict(title="RIGHT CAROTID DUPLEX (POST-ENDARTERECTOMY)", exam="carotid_duplex", laterality="right", elements=els(CAR),
             doppler=DUP, measurements=M(("Right ICA PSV", 88, "cm/s"))),
  exp=[L("93882", "26", "RT")], req=REQUIRED["carotid"],
  rat="Unilateral carotid duplex: the limited/unilateral code 93882-26 with RT. A patent endarterectomy site without restenosis: follow-up examination after completed treatment Z09 with the post-procedural state Z98.890 (the report gives no symptom and no residual stenosis)."),

R("c091", fam="Vascular - carotid duplex", sex="M", dob="1953-09-09", dos="2026-01-14",
  text="""
CAROTID ULTRASOUND
Indication: Dizziness.
Technique: Grayscale imaging and pulsed spectral Doppler analysis of both carotid systems. Color Doppler was not performed (equipment limitation).
RIGHT: Mild calcified plaque at the bulb. CCA PSV 70 cm/s. ICA PSV 76/EDV 22 cm/s. ECA 90 cm/s. Vertebral flow antegrade.
LEFT: No plaque. CCA PSV 72 cm/s. ICA PSV 70/EDV 20 cm/s. ECA 84 cm/s. Vertebral flow antegrade.
Impression: Mild right bulb plaque without hemodynamically significant stenosis (<50%). Antegrade vertebral flow bilaterally.
""",
  ind="Dizziness", icd=["R42", "I65.21"],
  study=dict(title="CAROTID ULTRASOUND", exam="carotid_duplex", laterality="bilateral", elements=els(CAR),
             doppler={"color": False, "spectral": True}, measurements=M(("Right ICA PSV", 76, "cm/s"), ("Left ICA PSV", 70, "cm/s"))),
  exp=[], req=REQUIRED["carotid"], code_family="93880 (not supported)",
  doc=["B-mode", "spectral Doppler", "bilateral CCA/ICA/ECA/vertebral"], miss=["colour flow Doppler (stated not performed)"],
  rat="The report states colour Doppler was not performed, so the study is not a duplex scan and no 93880/93882 is supportable; there is no non-duplex CPT code for this carotid imaging. Nothing is billed (an unlisted 93998 is not appropriate for an incomplete duplex). The diagnosis codes are listed for completeness: the <50% plaque on the right is I65.21 (occlusion and stenosis of right carotid artery)."),

R("c092", fam="Vascular - carotid duplex", sex="F", dob="1944-12-24", dos="2026-03-02",
  text="""
BILATERAL CAROTID DUPLEX
Indication: Right carotid bruit.
Color and spectral Doppler with grayscale imaging.
Right: Moderate soft plaque at the bulb and proximal ICA. ICA PSV 150/EDV 38 cm/s; ICA/CCA 2.1. ECA patent. Right vertebral artery antegrade.
Left: Mild plaque. ICA PSV 90/EDV 26 cm/s. ECA patent. The left vertebral artery is not visualized.
Impression: <50% right ICA stenosis by velocity, with moderate plaque. Mild left plaque. Left vertebral artery not visualized.
""",
  ind="Right carotid bruit", icd=["I65.23", "R09.89"],
  study=dict(title="BILATERAL CAROTID DUPLEX", exam="carotid_duplex", laterality="bilateral",
             elements=els(CAR, vertebral="not-seen"), doppler=DUP,
             measurements=M(("Right ICA PSV", 150, "cm/s"), ("Left ICA PSV", 90, "cm/s"))),
  exp=[L("93880", "26")], req=REQUIRED["carotid"], amb="primary", acc=[[L("93882", "26")]],
  doc=["bilateral CCA, ICA, ECA", "right vertebral", "colour + spectral"], miss=["left vertebral (not visualized, no reason)"],
  rat="A bilateral duplex of both carotid systems with one vertebral artery not visualized (no reason). Most coders still report the complete bilateral 93880-26, treating the vertebral non-visualization as a finding (possible occlusion/hypoplasia) rather than a missing element; strict element counting (the SonoBill catalogue lists the vertebral artery as required) gives the limited 93882-26. Plaque on both sides I65.23; bruit R09.89."),

R("c093", fam="Vascular - extremity venous duplex", sex="F", dob="1961-05-11", dos="2026-02-12", ctx=CTX_OFFICE,
  text="""
VENOUS DUPLEX, BILATERAL LOWER EXTREMITIES
Indication: Bilateral leg swelling.
Technique: Grayscale with compression, color Doppler and spectral Doppler with augmentation.
Right: The common femoral, femoral (proximal, mid, distal), popliteal, posterior tibial and peroneal veins are fully compressible with normal color filling, phasic flow and augmentation. Great saphenous vein normal.
Left: The common femoral, femoral, popliteal and calf veins are fully compressible with normal color filling, phasicity and augmentation. Great saphenous vein normal.
Impression: No deep venous thrombosis in either lower extremity.
""",
  ind="Bilateral leg swelling", icd=["R60.0"],
  study=dict(title="VENOUS DUPLEX, BILATERAL LOWER EXTREMITIES", exam="venous_duplex", laterality="bilateral", limb="lower",
             elements=els(VLE), doppler=DUP),
  exp=[L("93970")], req=REQUIRED["venous_lower"],
  rat="Vascular office/IDTF, global (POS 11): complete bilateral lower-extremity venous duplex with compression, colour and spectral Doppler: 93970 (bilateral by definition, no 50). Localized edema R60.0."),

R("c094", fam="Vascular - extremity venous duplex", sex="M", dob="1972-07-01", dos="2026-01-25",
  text="""
EXAM: Venous duplex right lower extremity
HISTORY: Right calf pain and swelling after long flight.
FINDINGS: The right common femoral vein is compressible with normal phasic flow. The right femoral vein in its mid and distal portions is noncompressible and distended with echogenic intraluminal thrombus and absent color flow. The right popliteal vein is noncompressible with occlusive thrombus, no color flow or augmentation on spectral Doppler. Posterior tibial veins partially thrombosed. For comparison, the left common femoral vein shows normal respiratory phasicity.
IMPRESSION: Acute occlusive deep venous thrombosis of the right femoral and popliteal veins, extending into the posterior tibial veins.
""",
  ind="Right calf pain and swelling", icd=["I82.411", "I82.431", "I82.441"],
  study=dict(title="Venous duplex right lower extremity", exam="venous_duplex", laterality="right", limb="lower",
             elements=els(VLE), doppler=DUP),
  exp=[L("93971", "26", "RT")], req=REQUIRED["venous_lower"],
  rat="Unilateral study (the contralateral CFV waveform is a routine comparison, not a second-leg study): 93971-26-RT. Colour (absent color flow) and spectral (phasic flow, augmentation) are documented. Acute DVT of the right femoral (I82.411), popliteal (I82.431) and tibial (I82.441) veins."),

R("c095", fam="Vascular - extremity venous duplex", sex="F", dob="1948-03-30", dos="2026-02-26", ctx=CTX_INPT,
  text="""
UPPER EXTREMITY VENOUS DUPLEX - LEFT
Indication: Left arm swelling. Left basilic PICC in place.
Technique: Grayscale compression, color and spectral Doppler.
Findings: The left internal jugular vein is patent and compressible. The left subclavian vein shows normal color filling and respiratory phasicity. The left axillary vein is noncompressible and contains occlusive thrombus surrounding the PICC, with no color flow. The left brachial veins are patent and compressible. The left basilic vein contains nonocclusive thrombus around the PICC. The cephalic vein is patent and compressible.
Impression: Acute occlusive thrombus of the left axillary vein and nonocclusive thrombus of the basilic vein around the PICC line.
""",
  ind="Left arm swelling with peripherally inserted central catheter", icd=["T82.868A", "I82.A12", "I82.612"],
  study=dict(title="UPPER EXTREMITY VENOUS DUPLEX - LEFT", exam="venous_duplex", laterality="left", limb="upper",
             elements=els(VUE), doppler=DUP),
  exp=[L("93971", "26", "LT")], req=REQUIRED["venous_upper"],
  rat="Unilateral upper-extremity venous duplex (IJ, subclavian, axillary, brachial, basilic, cephalic; colour and spectral): 93971-26-LT (inpatient). Catheter-related thrombosis: T82.868A (thrombosis due to vascular prosthetic devices) with the acute axillary vein thrombosis I82.A12 and the superficial (basilic) vein thrombosis I82.612."),

R("c096", fam="Vascular - extremity venous duplex", sex="M", dob="1966-08-08", dos="2026-01-30",
  text="""
BILATERAL UPPER EXTREMITY VENOUS DUPLEX
HISTORY: Bilateral arm swelling, thoracic outlet symptoms.
TECHNIQUE: Grayscale, compression, color and spectral Doppler of both upper extremities.
RIGHT: Internal jugular, subclavian, axillary, brachial, basilic and cephalic veins are patent, compressible where accessible, with normal color filling and respiratory phasicity.
LEFT: Internal jugular, subclavian, axillary, brachial, basilic and cephalic veins are patent and compressible with normal color filling and phasicity.
IMPRESSION: No deep or superficial venous thrombosis in either upper extremity.
""",
  ind="Bilateral arm swelling", icd=["R22.33"],
  study=dict(title="BILATERAL UPPER EXTREMITY VENOUS DUPLEX", exam="venous_duplex", laterality="bilateral", limb="upper",
             elements=els(VUE), doppler=DUP),
  exp=[L("93970", "26")], req=REQUIRED["venous_upper"],
  rat="Complete bilateral upper-extremity venous duplex (all six named veins each side, colour and spectral): 93970-26. Localized swelling of upper limb, bilateral R22.33."),

R("c097", fam="Vascular - extremity venous duplex", sex="F", dob="1979-10-14", dos="2026-03-02",
  text="""
LOWER EXTREMITY VENOUS DOPPLER - BILATERAL (per order)
Indication: Left calf pain. Order reads bilateral.
Technique: Duplex imaging with grayscale compression, color and spectral Doppler of the left leg. The right common femoral vein was sampled for waveform symmetry only.
LEFT: Common femoral, femoral and popliteal veins are fully compressible with normal color flow, phasicity and augmentation. Posterior tibial and peroneal veins compressible.
RIGHT: Common femoral vein phasic, symmetric with the left.
IMPRESSION: No left lower extremity DVT. Symmetric common femoral waveforms.
""",
  ind="Left calf pain", icd=["M79.662"],
  study=dict(title="LOWER EXTREMITY VENOUS DOPPLER - BILATERAL (per order)", exam="venous_duplex", laterality="left", limb="lower",
             elements=els(VLE), doppler=DUP, ordered={"code": "93970", "text": "Venous duplex bilateral lower extremities"}),
  exp=[L("93971", "26", "LT")], req=REQUIRED["venous_lower"],
  rat="Despite the bilateral order and title, only the left leg was fully studied; a contralateral CFV waveform sample for symmetry is part of a unilateral study: 93971-26-LT. Pain in left lower leg M79.662."),

R("c098", fam="Vascular - extremity venous duplex", sex="M", dob="1958-01-26", dos="2026-02-07",
  text="""
VENOUS ULTRASOUND RIGHT LEG
Reason: R/O DVT, right leg swelling.
Findings: The right common femoral, femoral and popliteal veins are fully compressible with grayscale compression. Spectral Doppler demonstrates phasic flow in the common femoral vein with normal augmentation at the popliteal vein.
Impression: No evidence of DVT in the right lower extremity.
""",
  ind="Right leg swelling", icd=["R60.0"],
  study=dict(title="VENOUS ULTRASOUND RIGHT LEG", exam="venous_duplex", laterality="right", limb="lower", elements=els(VLE),
             doppler={"color": False, "spectral": True}),
  exp=[], req=REQUIRED["venous_lower"], code_family="93971 (not supported)", amb="query",
  acc=[[L("93971", "26", "RT")]],
  doc=["grayscale compression of CFV, femoral, popliteal", "spectral Doppler (phasicity, augmentation)"], miss=["colour flow Doppler (not mentioned)"],
  rat="Compression and spectral Doppler are documented but colour flow is never mentioned; under strict duplex rules (colour and spectral both required) 93971 is not supported and the right outcome is a query to the radiologist (93971-26-RT once colour is confirmed). 'R/O DVT' is not coded: leg swelling R60.0."),

R("c099", fam="Vascular - extremity arterial duplex", sex="M", dob="1952-11-15", dos="2026-02-16",
  text="""
EXAM: ARTERIAL DUPLEX, BILATERAL LOWER EXTREMITIES
HISTORY: Bilateral calf claudication at one block. ABI 0.68 right, 0.81 left (same day, separate report).
TECHNIQUE: Grayscale, color and spectral Doppler from the common femoral arteries to the ankles.
RIGHT: CFA triphasic, 98 cm/s. Profunda patent. SFA: diffuse plaque with a focal mid-SFA stenosis, PSV 340 cm/s (velocity ratio 3.8), monophasic distal. Popliteal artery monophasic, 45 cm/s. Anterior tibial, posterior tibial and peroneal arteries patent with monophasic flow.
LEFT: CFA triphasic. SFA mild plaque, PSV up to 150 cm/s (ratio 1.6). Popliteal biphasic. Tibial arteries patent, biphasic.
IMPRESSION:
1. Right mid-SFA stenosis greater than 50% (likely >75%) with monophasic distal flow.
2. Mild left SFA plaque, less than 50% stenosis.
""",
  ind="Bilateral calf claudication", icd=["I70.213"],
  study=dict(title="ARTERIAL DUPLEX, BILATERAL LOWER EXTREMITIES", exam="arterial_duplex", laterality="bilateral", limb="lower",
             elements=els(ALE), doppler=DUP, measurements=M(("Right mid SFA PSV", 340, "cm/s"), ("Right SFA velocity ratio", 3.8, None))),
  exp=[L("93925", "26")], req=REQUIRED["arterial_lower"], other=[],
  rat="Complete bilateral lower-extremity arterial duplex (CFA through tibials, colour and spectral): 93925-26. The same-day ABI (93922) is a separate physiologic study with its own report, not part of this label. Atherosclerosis of native arteries with intermittent claudication, bilateral legs I70.213."),

R("c100", fam="Vascular - extremity arterial duplex", sex="M", dob="1949-06-18", dos="2026-01-22",
  text="""
RIGHT LOWER EXTREMITY ARTERIAL DUPLEX - BYPASS GRAFT SURVEILLANCE
History: Right femoral-popliteal (above-knee) bypass with reversed saphenous vein 06/2024.
Technique: Color and spectral Doppler with grayscale imaging of the native inflow, graft and outflow arteries.
Findings: Right CFA 110 cm/s triphasic. Proximal anastomosis 130 cm/s. Graft: proximal 90, mid 78, distal 70 cm/s, no focal velocity step-up. Distal anastomosis 95 cm/s. Popliteal artery below the graft 66 cm/s. Anterior and posterior tibial arteries patent, biphasic.
Impression: Patent right fem-pop vein bypass graft without graft stenosis. Graft velocities above 45 cm/s.
""",
  ind="Surveillance of right femoral-popliteal bypass graft", icd=["Z95.828", "I70.201"],
  study=dict(title="RIGHT LOWER EXTREMITY ARTERIAL DUPLEX - BYPASS GRAFT SURVEILLANCE", exam="arterial_duplex", laterality="right",
             limb="lower", elements=els(ALE), doppler=DUP, measurements=M(("Graft mid PSV", 78, "cm/s"))),
  exp=[L("93926", "26", "RT")], req=REQUIRED["arterial_lower"],
  rat="Unilateral lower-extremity arterial/graft duplex: 93926-26-RT. Presence of a vascular graft Z95.828 with the underlying atherosclerosis of the right leg (I70.201; no current symptom stated)."),

R("c101", fam="Vascular - extremity arterial duplex", sex="F", dob="1970-02-22", dos="2026-02-03",
  text="""
ARTERIAL DUPLEX BOTH UPPER EXTREMITIES
Indication: Raynaud phenomenon, both hands; digital color change with cold.
Grayscale, color and spectral Doppler of the subclavian, axillary, brachial, radial and ulnar arteries bilaterally at rest.
Right: triphasic waveforms throughout; no stenosis or occlusion; subclavian 102 cm/s, brachial 80 cm/s, radial 52 cm/s, ulnar 48 cm/s.
Left: triphasic waveforms throughout; no stenosis; subclavian 98 cm/s, brachial 76 cm/s, radial 50 cm/s, ulnar 45 cm/s.
Impression: Normal bilateral upper extremity arterial duplex. No fixed arterial obstruction.
""",
  ind="Raynaud phenomenon", icd=["I73.00"],
  study=dict(title="ARTERIAL DUPLEX BOTH UPPER EXTREMITIES", exam="arterial_duplex", laterality="bilateral", limb="upper",
             elements=els(AUE), doppler=DUP),
  exp=[L("93930", "26")], req=REQUIRED["arterial_upper"],
  rat="Complete bilateral upper-extremity arterial duplex: 93930-26. Raynaud's syndrome without gangrene I73.00 (the clinical diagnosis on the order)."),

R("c102", fam="Vascular - extremity arterial duplex", sex="M", dob="1956-10-10", dos="2026-02-28",
  text="""
LEFT UPPER EXTREMITY ARTERIAL DUPLEX
History: Left arm fatigue with use. Blood pressure 30 mmHg lower on the left. Diminished left radial pulse.
Technique: B-mode imaging with color flow and spectral waveform analysis of the left arm arteries.
Findings: Left subclavian artery: proximal stenosis with PSV 380 cm/s and post-stenotic turbulence. Left axillary and brachial arteries: tardus parvus monophasic waveforms. Radial and ulnar arteries patent with dampened monophasic flow. Left vertebral artery flow is retrograde (incidental, seen from the supraclavicular window).
Impression: Hemodynamically significant proximal left subclavian artery stenosis with subclavian steal physiology.
""",
  ind="Left arm claudication; diminished left radial pulse", icd=["I77.1", "G45.8"],
  study=dict(title="LEFT UPPER EXTREMITY ARTERIAL DUPLEX", exam="arterial_duplex", laterality="left", limb="upper",
             elements=els(AUE), doppler=DUP, measurements=M(("Left subclavian PSV", 380, "cm/s"))),
  exp=[L("93931", "26", "LT")], req=REQUIRED["arterial_upper"],
  rat="Unilateral upper-extremity arterial duplex: 93931-26-LT. The incidental vertebral observation does not make it a cerebrovascular study. Subclavian artery stenosis is coded stricture of artery I77.1; subclavian steal syndrome G45.8 (other transient cerebral ischemic attacks and related syndromes) is supported by 'subclavian steal physiology' — coders may omit it."),

R("c103", fam="Vascular - abdominal/pelvic organ duplex", sex="F", dob="1968-05-05", dos="2026-01-20",
  text="""
RENAL ARTERY DUPLEX
Indication: Resistant hypertension on four agents. Evaluate for renal artery stenosis.
Technique: Grayscale, color and spectral Doppler of the abdominal aorta, both main renal arteries from origin to hilum, segmental/intrarenal arteries and both renal veins.
Findings: Aortic PSV at the renal level 88 cm/s. Right main renal artery: origin 120, proximal 110, mid 95, distal 80 cm/s; RAR 1.4. Left main renal artery: origin 135, proximal 118, mid 100, distal 84 cm/s; RAR 1.5. Intrarenal resistive indices 0.62 right, 0.64 left, with normal acceleration times. Both renal veins patent with normal flow. Kidneys 11.0 cm (R) and 11.3 cm (L).
Impression: No hemodynamically significant renal artery stenosis. Patent renal veins.
""",
  ind="Resistant hypertension", icd=["I10"],
  study=dict(title="RENAL ARTERY DUPLEX", exam="abdominal_duplex", elements={"arterial_inflow": "seen", "venous_outflow": "seen"},
             doppler=DUP, measurements=M(("Right RAR", 1.4, None), ("Left RAR", 1.5, None), ("Right RI", 0.62, None))),
  exp=[L("93975", "26")], req=REQUIRED["abdominal_duplex"],
  rat="Complete duplex of the renal arterial inflow and venous outflow (both kidneys): 93975-26. The kidney lengths are part of the duplex; no separate retroperitoneal study is reported. Normal study: code the indication (hypertension I10; 'resistant' has no separate code)."),

R("c104", fam="Vascular - abdominal/pelvic organ duplex", sex="M", dob="1963-03-03", dos="2026-02-14",
  text="""
PORTAL VEIN DOPPLER
History: Cirrhosis. Evaluate portal vein patency before listing.
Findings: Color and spectral Doppler demonstrate a patent main portal vein with hepatopetal flow, velocity 18 cm/s. The right and left portal veins are patent with hepatopetal flow. Splenic vein patent at the confluence.
Impression: Patent portal venous system with hepatopetal flow.
""",
  ind="Cirrhosis; portal vein patency", icd=["K74.60"],
  study=dict(title="PORTAL VEIN DOPPLER", exam="abdominal_duplex", doppler=DUP,
             measurements=M(("Main portal vein velocity", 18, "cm/s"))),
  exp=[L("93976", "26")], req=REQUIRED["abdominal_duplex"],
  doc=["portal venous system (colour + spectral)"], miss=["hepatic arterial inflow", "hepatic venous outflow"],
  rat="Only the portal venous system is evaluated (no hepatic artery, no hepatic veins), so the complete inflow/outflow study is not documented: limited 93976-26. Cirrhosis K74.60. The portal vein is the liver's venous inflow, neither of the family's two elements (arterial inflow, venous outflow), so the gold study lists no element."),

R("c105", fam="Vascular - aortoiliac duplex", sex="M", dob="1951-07-28", dos="2026-01-29",
  text="""
AORTOILIAC DUPLEX
Indication: Bilateral buttock and thigh claudication.
Technique: Grayscale, color and spectral Doppler of the abdominal aorta, inferior vena cava, and bilateral common and external iliac arteries.
Findings: The infrarenal aorta measures 2.2 cm with mild plaque; PSV 95 cm/s. IVC patent. Right common iliac artery: PSV 140 cm/s, no stenosis. Right external iliac: 120 cm/s. Left common iliac artery: focal origin stenosis with PSV 320 cm/s (ratio 3.0) and post-stenotic turbulence. Left external iliac: monophasic, 60 cm/s.
Impression: Greater than 50% stenosis at the origin of the left common iliac artery. Non-aneurysmal aorta.
""",
  ind="Bilateral buttock and thigh claudication", icd=["I70.213"],
  study=dict(title="AORTOILIAC DUPLEX", exam="aortoiliac_duplex", elements=els(["aorta", "ivc", "common_iliac", "external_iliac"]),
             doppler=DUP, measurements=M(("Aorta diameter", 2.2, "cm"), ("Left CIA PSV", 320, "cm/s"))),
  exp=[L("93978", "26")], req=REQUIRED["aortoiliac_duplex"],
  rat="Complete duplex of the aorta, IVC and both common and external iliac arteries: 93978-26. Claudication from aortoiliac atherosclerosis is coded as atherosclerosis of native arteries of the extremities with intermittent claudication, bilateral legs (I70.213)."),

R("c106", fam="AAA screening", sex="M", dob="1958-04-12", dos="2026-02-10", ctx=CTX_OFFICE,
  text="""
ULTRASOUND AAA SCREENING (MEDICARE ONE-TIME)
Indication: 67-year-old man, former smoker (40 pack-years, quit 2015). Referred by PCP at Welcome to Medicare visit.
Findings: The abdominal aorta is visualized from the diaphragm to the bifurcation. Maximum AP diameter 2.3 cm (proximal), 2.1 cm (mid), 1.9 cm (distal). No aneurysm. Common iliac artery origins 1.1 cm bilaterally.
Impression: No abdominal aortic aneurysm. No further screening needed.
""",
  ind="Screening for abdominal aortic aneurysm; former smoker", icd=["Z13.6", "Z87.891"],
  study=dict(title="ULTRASOUND AAA SCREENING (MEDICARE ONE-TIME)", exam="aaa_screening",
             measurements=M(("Aorta maximum AP diameter", 2.3, "cm"))),
  exp=[L("76706")], req=["abdominal aorta screening study (one-time benefit)"], doc=["aorta diaphragm to bifurcation", "iliac origins"], miss=[],
  code_family="76706",
  rat="Medicare one-time AAA screening of an eligible man (65-75, smoked 100+ cigarettes) with a referral: 76706, global in the imaging office (POS 11). Z13.6 with history of nicotine dependence Z87.891."),

R("c107", fam="Retroperitoneum / renal (aorta)", sex="M", dob="1946-09-01", dos="2026-02-24",
  text="""
US AORTA
History: Known infrarenal abdominal aortic aneurysm, 4.1 cm in 2025. Annual surveillance.
Comparison: 02/20/2025.
Findings: The infrarenal abdominal aorta contains a fusiform aneurysm measuring 4.3 x 4.2 cm (previously 4.1 cm), with mural thrombus. The suprarenal aorta measures 2.2 cm. The common iliac arteries measure 1.3 cm (right) and 1.4 cm (left).
Impression: 4.3 cm infrarenal abdominal aortic aneurysm, increased 2 mm in 1 year.
""",
  ind="Surveillance of known infrarenal abdominal aortic aneurysm", icd=["I71.43"],
  study=dict(title="US AORTA", exam="retroperitoneum", elements={"aorta": "seen", "common_iliac_origins": "seen"},
             measurements=M(("Infrarenal aortic aneurysm", 4.3, "cm")), comparison={"priorDate": "2025-02-20"}),
  exp=[L("76775", "26")], req=REQUIRED["retroperitoneum"],
  rat="Surveillance of a known aneurysm is diagnostic, not screening (76706 does not apply), and without duplex Doppler it is a limited retroperitoneal study: 76775-26. Infrarenal AAA without rupture I71.43."),

R("c108", fam="Vascular - dialysis access", sex="M", dob="1959-12-19", dos="2026-02-18",
  text="""
DIALYSIS ACCESS DUPLEX - LEFT BRACHIOCEPHALIC AV FISTULA
Indication: ESRD on hemodialysis. Prolonged bleeding after needle removal and difficult cannulation.
Technique: Grayscale, color and spectral Doppler of the inflow artery, anastomosis, fistula body and outflow vein to the subclavian vein.
Findings: Brachial artery inflow: 450 cm/s at the anastomosis; access flow volume 820 mL/min. Fistula body: aneurysmal segment 1.4 cm at the cannulation zone, no thrombus. Outflow: focal juxta-cephalic-arch stenosis with PSV 520 cm/s (ratio 4.1), residual diameter 2 mm. Subclavian vein patent.
Impression: Greater than 50% stenosis of the cephalic arch outflow. Access flow 820 mL/min.
""",
  ind="End-stage renal disease on hemodialysis; access dysfunction", icd=["T82.858A", "N18.6", "Z99.2"],
  study=dict(title="DIALYSIS ACCESS DUPLEX - LEFT BRACHIOCEPHALIC AV FISTULA", exam="dialysis_access_duplex", laterality="left",
             limb="upper", elements=els(["arterial_inflow", "access_body", "venous_outflow"]), doppler=DUP,
             measurements=M(("Access flow volume", 820, "mL/min"), ("Outflow stenosis PSV", 520, "cm/s"))),
  exp=[L("93990", "26")], req=["arterial inflow", "body of access", "venous outflow", "colour + spectral"],
  rat="Duplex of the existing hemodialysis access including arterial inflow, fistula body and venous outflow: 93990-26 (no laterality modifier). Stenosis of the AV fistula is indexed to T82.858A, with ESRD N18.6 and dialysis dependence Z99.2."),

R("c109", fam="Vascular - vein mapping", sex="F", dob="1962-08-25", dos="2026-01-27",
  text="""
PRE-OPERATIVE VESSEL MAPPING FOR HEMODIALYSIS ACCESS - BILATERAL UPPER EXTREMITIES
Indication: CKD stage 5, planning AV fistula creation.
Technique: Grayscale, color and spectral Doppler of the arteries and veins of both upper extremities, with tourniquet for vein diameters.
RIGHT: Brachial artery 4.1 mm, triphasic; radial artery 2.4 mm at the wrist, ulnar 2.2 mm. Cephalic vein 3.2 mm at the wrist, 3.6 mm forearm, 4.0 mm upper arm, continuous to the subclavian. Basilic vein 4.8 mm upper arm. Subclavian vein patent.
LEFT: Brachial artery 4.0 mm, triphasic; radial 2.2 mm, ulnar 2.0 mm. Cephalic vein 2.6 mm at the wrist, 3.1 mm forearm, 3.4 mm upper arm; patent. Basilic 4.2 mm. Subclavian patent.
Impression: Suitable vessels bilaterally; the left (non-dominant) forearm cephalic vein and radial artery are adequate for a radiocephalic fistula.
""",
  ind="Chronic kidney disease stage 5; preoperative planning of dialysis access", icd=["N18.5", "Z01.818"],
  study=dict(title="PRE-OPERATIVE VESSEL MAPPING FOR HEMODIALYSIS ACCESS - BILATERAL UPPER EXTREMITIES", exam="vein_mapping",
             laterality="bilateral", limb="upper", doppler=DUP, measurements=M(("Left radial artery diameter", 2.2, "mm"), ("Left cephalic vein forearm", 3.1, "mm"))),
  exp=[L("93985", "26")], req=["arteries and veins of the extremity, duplex, before dialysis access creation", "bilateral for 93985"],
  doc=["both arms: arteries and veins with diameters", "colour + spectral"], miss=[], code_family="93985 vs 93986",
  rat="Bilateral duplex mapping of arm arteries and veins before dialysis access creation: 93985-26. CKD stage 5 N18.5 with Z01.818 (other preprocedural examination) — the CKD is first-listed as the reason."),

R("c136", fam="Transcranial Doppler", sex="M", dob="2016-03-14", dos="2026-02-05",
  text="""
TRANSCRANIAL DOPPLER (STOP PROTOCOL)
History: 9-year-old with sickle cell anemia (HbSS). Annual stroke-risk screening.
Technique: Non-imaging transcranial Doppler through the temporal and suboccipital windows; spectral time-averaged mean maximum velocities (TAMMV).
Findings:
Right MCA 132 cm/s, right distal ICA 118, right ACA 98, right PCA 70 cm/s.
Left MCA 140 cm/s, left distal ICA 120, left ACA 102, left PCA 74 cm/s.
Basilar artery 62 cm/s; vertebral arteries 44 and 46 cm/s.
Impression: Normal TCD (all TAMMV below 170 cm/s). STOP risk category: standard. Repeat in 1 year.
""",
  ind="Sickle cell disease, stroke-risk screening", icd=["D57.1"],
  study=dict(title="TRANSCRANIAL DOPPLER (STOP PROTOCOL)", exam="transcranial_doppler",
             elements=els(["right_anterior_circulation", "left_anterior_circulation", "posterior_circulation"]),
             doppler={"color": False, "spectral": True}, measurements=M(("Left MCA TAMMV", 140, "cm/s"), ("Right MCA TAMMV", 132, "cm/s"))),
  exp=[L("93886", "26")], req=["right anterior circulation", "left anterior circulation", "posterior circulation", "spectral Doppler"],
  rat="Complete transcranial Doppler of both anterior circulations and the posterior (vertebrobasilar) circulation with spectral analysis: 93886-26. Hb-SS disease without crisis D57.1 (D57.0x are Hb-SS with crisis)."),
]

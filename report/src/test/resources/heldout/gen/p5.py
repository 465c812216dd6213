from core import *
CD = {"color": True, "spectral": True}
# ---------------- CAROTID ----------------
C('h052', 'Vascular - carotid duplex', """
CAROTID DUPLEX BILATERAL
INDICATION: Transient episode of right arm weakness and slurred speech yesterday, resolved.
TECHNIQUE: Grayscale, color Doppler and spectral Doppler of the extracranial carotid and vertebral arteries bilaterally.

RIGHT: CCA PSV 82 cm/s. Mild heterogeneous plaque at the bulb. ICA PSV 96/EDV 28 cm/s. ECA 110 cm/s. ICA/CCA ratio 1.2. Vertebral antegrade.
LEFT: CCA PSV 76 cm/s. Heterogeneous irregular plaque in the proximal ICA. ICA PSV 258/EDV 92 cm/s. ICA/CCA ratio 3.4. ECA 125 cm/s. Vertebral antegrade.

IMPRESSION:
1. Left ICA stenosis of 70% or greater by SRU consensus criteria.
2. Right ICA less than 50% stenosis.
3. Antegrade vertebral flow bilaterally.
""", [L('93880','26')], ['I65.23','G45.9'],
 "Bilateral extracranial duplex (colour and spectral named; CCA, ICA, ECA and vertebral on both sides): complete 93880-26. Stenosis of both carotid arteries I65.23 (left severe, right less than 50%: plaque with stenosis bilaterally) and the TIA G45.9.",
 dict(title='CAROTID DUPLEX BILATERAL', exam='carotid_duplex', laterality='bilateral', ind='Transient right arm weakness and slurred speech, resolved',
      elements=seen('common_carotid','internal_carotid','external_carotid','vertebral'), doppler=CD,
      measurements=[{"name":"Left ICA PSV","value":258,"unit":"cm/s"}]), req='carotid')

C('h053', 'Vascular - carotid duplex', """
Vascular Lab
RIGHT CAROTID DUPLEX (LIMITED) - POST ENDARTERECTOMY SURVEILLANCE
Right CEA 09/2025.
Color and spectral Doppler of the right carotid system. CCA PSV 71 cm/s. Endarterectomy site widely patent with no residual or recurrent plaque. Distal ICA PSV 84 cm/s, EDV 26 cm/s. ECA patent. Right vertebral antegrade.
Left side not examined (not requested).
IMPRESSION: Widely patent right endarterectomy site. No restenosis.
""", [L('93882','26','RT')], ['Z09','Z98.890'],
 "One side only (the left not examined): limited 93882-26 with RT. Surveillance after a completed endarterectomy without restenosis: follow-up examination Z09 with the postprocedural state Z98.890 (no residual disease is documented, so no I65.21).",
 dict(title='RIGHT CAROTID DUPLEX (LIMITED) - POST ENDARTERECTOMY SURVEILLANCE', exam='carotid_duplex', laterality='right', ind='Surveillance after right carotid endarterectomy',
      elements=seen('common_carotid','internal_carotid','external_carotid','vertebral'), doppler=CD), req='carotid')

C('h054', 'Vascular - carotid duplex', """
CAROTID DUPLEX
Hx: dizziness, bruit L neck
Bilateral carotid arteries were examined with grayscale and pulsed wave spectral analysis.
RT: CCA 88 cm/s; ICA 92/24 cm/s; ECA 96; vertebral antegrade.
LT: CCA 79 cm/s; ICA 131/38 cm/s with moderate calcified plaque; ECA 118; vertebral antegrade.
IMPRESSION: Left ICA 50-69% stenosis by velocity criteria. No significant right ICA stenosis.
""", [], ['R09.89','R42'],
 "Called a duplex, but only grayscale and spectral Doppler are documented; colour flow is never named, so duplex criteria are not met and no 93880/93882 is supportable as documented: query the reading physician. (Diagnoses if billed after an addendum: carotid bruit R09.89, dizziness R42; the stenosis would become I65.22.)",
 dict(title='CAROTID DUPLEX', exam='carotid_duplex', laterality='bilateral', ind='Dizziness; left neck bruit',
      elements=seen('common_carotid','internal_carotid','external_carotid','vertebral'), doppler={"color": False, "spectral": True}), req='carotid',
 codeFamily='93880/93882', documented=['common carotid','internal carotid','external carotid','vertebral','spectral Doppler'], missing=['colour flow Doppler (not named)'])

# ---------------- VENOUS ----------------
C('h055', 'Vascular - extremity venous duplex', """
BILATERAL LOWER EXTREMITY VENOUS DUPLEX
Indication: bilateral leg swelling, shortness of breath; D-dimer elevated.
Technique: Grayscale with compression, color and spectral Doppler with augmentation.
RIGHT: The common femoral, femoral (proximal, mid, distal), popliteal, posterior tibial and peroneal veins are fully compressible with normal color filling and phasic, augmentable flow. Great saphenous vein at the SFJ patent.
LEFT: Noncompressible, expanded popliteal vein with echogenic intraluminal thrombus extending into the distal femoral vein; absent color flow in the popliteal segment. Common femoral vein compressible with respiratory phasicity. Calf veins poorly seen due to edema.
IMPRESSION: Acute-appearing occlusive DVT of the left popliteal and distal femoral veins. No right DVT.
""", [L('93970','26')], ['I82.412','I82.432','R60.0','R06.02'],
 "Both legs with compression, colour and spectral Doppler of the common femoral, femoral and popliteal veins: complete bilateral 93970-26. Acute DVT left femoral (I82.412) and left popliteal (I82.432) veins; the edema and dyspnoea are coded as the indication (R60.0, R06.02). Calf veins are optional.",
 dict(title='BILATERAL LOWER EXTREMITY VENOUS DUPLEX', exam='venous_duplex', laterality='bilateral', limb='lower', ind='Bilateral leg swelling, shortness of breath, elevated D-dimer',
      elements=seen('common_femoral','femoral','popliteal'), doppler=CD), req='venous-lower')

C('h056', 'Vascular - extremity venous duplex', """
RLE venous doppler
ED request: R calf pain and swelling, 3 days after long flight.
Compression and color/spectral Doppler: CFV, FV, popliteal: compressible, normal phasic flow. Posterior tibial and peroneal veins compressible. Incidental 3.8 cm Baker cyst in the popliteal fossa.
Impression: No right lower extremity DVT. Baker cyst.
""", [L('93971','26','RT')], ['M71.21','M79.661','R60.0'],
 "Right leg only: limited 93971-26-RT, radiologist's professional claim for an ED patient (POS 23). Baker cyst right knee M71.21 with the calf pain (M79.661) and localized swelling (R60.0) as indications.",
 dict(title='RLE venous doppler', exam='venous_duplex', laterality='right', limb='lower', ind='Right calf pain and swelling after a long flight',
      elements=seen('common_femoral','femoral','popliteal'), doppler=CD), req='venous-lower', ctx={"placeOfService":"23"})

C('h057', 'Vascular - extremity venous duplex', """
EXAM: VENOUS DUPLEX LOWER EXTREMITIES BILATERAL
HISTORY: left leg pain. The patient has a right above-knee amputation.
FINDINGS: Only the left lower extremity was examined because of the right above-knee amputation. Left common femoral, femoral and popliteal veins demonstrate normal compressibility, color filling and spectral waveforms with respiratory variation and augmentation. Calf veins not visualized.
IMPRESSION: No DVT in the left lower extremity.
""", [L('93971','26','LT')], ['M79.605','Z89.611'],
 "Ordered bilateral, but only the left leg was studied (right AKA): a unilateral study is limited 93971-26-LT; the amputation explains the missing side but does not make the study bilateral. Pain in left leg M79.605 and acquired absence of right leg above knee Z89.611.",
 dict(title='VENOUS DUPLEX LOWER EXTREMITIES BILATERAL', exam='venous_duplex', laterality='left', limb='lower', ind='Left leg pain; right above-knee amputation',
      elements=seen('common_femoral','femoral','popliteal'), doppler=CD, ordered={"code":"93970","text":"Venous duplex lower extremities bilateral"}), req='venous-lower')

C('h058', 'Vascular - extremity venous duplex', """
UPPER EXTREMITY VENOUS DUPLEX, LEFT
Clinical: Left arm swelling, left PICC placed 10 days ago.

The left internal jugular and subclavian veins are patent and compressible (IJ) with normal color flow and respiratory phasicity. The left axillary vein is patent. The left brachial veins are patent. The left basilic vein contains the PICC line and there is nonocclusive thrombus surrounding the catheter in the upper arm segment with partial color flow. Cephalic vein patent and compressible.

IMPRESSION: Nonocclusive thrombus around the PICC in the left basilic vein (superficial). No deep venous thrombosis of the left upper extremity.
""", [L('93971','26','LT')], ['T82.868A','I82.612'],
 "Left arm only: limited 93971-26-LT (colour and spectral Doppler: colour named, phasicity from the spectral trace). Thrombus around the PICC in a superficial vein: thrombosis due to vascular prosthetic device T82.868A with acute thrombosis of superficial veins of the left upper extremity (I82.612).",
 dict(title='UPPER EXTREMITY VENOUS DUPLEX, LEFT', exam='venous_duplex', laterality='left', limb='upper', ind='Left arm swelling; left PICC placed 10 days ago',
      elements=seen('internal_jugular','subclavian','axillary','brachial','basilic','cephalic'), doppler=CD), req='venous-upper')

C('h059', 'Vascular - extremity venous duplex', """
LEFT LOWER EXTREMITY VENOUS ULTRASOUND (COMPRESSION ONLY)
Reason: L leg swelling.
Two-point compression of the left common femoral and popliteal veins. Both veins fully compressible. Doppler was not performed.
IMPRESSION: No DVT at the compression points.
""", [], ['R60.0'],
 "Compression-only study: no colour and no spectral Doppler (explicitly not performed), so no duplex code is supportable; a compression-only exam has no separate CPT code (some coders would bill 93971-52). Expected: nothing billed / query.",
 dict(title='LEFT LOWER EXTREMITY VENOUS ULTRASOUND (COMPRESSION ONLY)', exam='venous_duplex', laterality='left', limb='lower', ind='Left leg swelling',
      elements=seen('common_femoral','popliteal'), doppler={"color":False,"spectral":False}), req='venous-lower', codeFamily='93971',
 documented=['common femoral vein (compression)','popliteal vein (compression)'], missing=['colour Doppler (not performed)','spectral Doppler (not performed)','femoral vein'],
 acceptable=[[L('93971','26','52','LT')]], amb='query')

# ---------------- ARTERIAL ----------------
C('h060', 'Vascular - extremity arterial duplex', """
ARTERIAL DUPLEX, BOTH LOWER EXTREMITIES
History: bilateral calf claudication at one block. ABI 0.72 R, 0.81 L (done separately).
Color and spectral Doppler from the common femoral arteries to the ankle bilaterally.
Right: CFA triphasic 110 cm/s. Proximal SFA biphasic. Mid SFA focal stenosis with PSV 380 cm/s (Vr 3.6), >50%. Popliteal monophasic 45 cm/s. AT, PT and peroneal patent with monophasic flow.
Left: CFA triphasic. SFA diffuse plaque without hemodynamically significant stenosis (max Vr 1.6). Popliteal biphasic. Tibial vessels patent, biphasic.
Impression: Right mid-SFA stenosis greater than 50%. Diffuse non-significant left SFA disease.
""", [L('93925','26')], ['I70.213'],
 "Both legs, inflow to ankle with colour and spectral Doppler: complete bilateral 93925-26 (the ABI is a separate physiologic study not part of this report). Atherosclerosis of native arteries of both legs with intermittent claudication I70.213.",
 dict(title='ARTERIAL DUPLEX, BOTH LOWER EXTREMITIES', exam='arterial_duplex', laterality='bilateral', limb='lower', ind='Bilateral calf claudication',
      elements=seen('common_femoral','femoral','popliteal','tibial'), doppler=CD), req='arterial-lower',
 other=[{"code":"93922","modifiers":["26"],"units":1,"note":"ankle-brachial indices done separately (non-imaging); not part of this report's service"}])

C('h061', 'Vascular - extremity arterial duplex', """
RIGHT LOWER EXTREMITY ARTERIAL DUPLEX (STENT SURVEILLANCE)
s/p R SFA stent 11/2025. Asymptomatic.
Color/spectral: CFA 98 cm/s triphasic. SFA proximal to stent 102 cm/s. In-stent velocities 120-150 cm/s, no focal elevation. Distal to stent 95 cm/s. Popliteal biphasic 70 cm/s. Tibial runoff: patent AT and PT.
Impression: Widely patent R SFA stent.
""", [L('93926','26','RT')], ['Z09','Z95.820'],
 "One leg only: limited 93926-26-RT. Asymptomatic surveillance after stenting, no disease documented: follow-up examination Z09 with presence of peripheral angioplasty implant Z95.820.",
 dict(title='RIGHT LOWER EXTREMITY ARTERIAL DUPLEX (STENT SURVEILLANCE)', exam='arterial_duplex', laterality='right', limb='lower', ind='Surveillance after right SFA stent, asymptomatic',
      elements=seen('common_femoral','femoral','popliteal','tibial'), doppler=CD), req='arterial-lower')

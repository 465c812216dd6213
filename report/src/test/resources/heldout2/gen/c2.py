BR = ["upper outer","upper inner","lower outer","lower inner","retroareolar"]
BRK = "upper_outer upper_inner lower_outer lower_inner retroareolar"
EXT = ["joint space","muscles","tendons","soft tissue"]
CASES = [
dict(id="k025", name="Breast bilateral complete, office", fam="Breast", sex="F", pos="11", title="BILATERAL WHOLE BREAST ULTRASOUND",
 ind="Bilateral breast pain", icd=["N64.4"],
 text="""
BILATERAL WHOLE BREAST ULTRASOUND
Indication: cyclic bilateral breast pain, heterogeneously dense tissue on recent mammogram (negative).
Technique: Each breast was scanned radially and antiradially in all four quadrants and the subareolar/retroareolar region.
RIGHT BREAST: Upper outer, upper inner, lower outer and lower inner quadrants show fibroglandular tissue without mass, cyst or architectural distortion. Retroareolar region normal. 
LEFT BREAST: All four quadrants and the retroareolar region are normal. No solid or cystic lesion.
Axillae: normal-appearing lymph nodes bilaterally.
IMPRESSION: Negative bilateral breast ultrasound. BI-RADS 1.
""",
 study=dict(exam="breast", laterality="bilateral", el=BRK),
 exp=[("76641",["50"])], acc=[[("76641",["RT"]),("76641",["LT"])]],
 rat="Office study billed globally (POS 11, no 26). All four quadrants and the retroareolar region of each breast: complete 76641 bilateral, one line with modifier 50 for Medicare. Normal study: mastodynia N64.4.",
 el=dict(cf="76641/76642", req=BR, doc=["both breasts: "+", ".join(BR)], miss=[])),

dict(id="k026", name="Breast targeted left", fam="Breast", sex="F", title="Left breast US, targeted",
 ind="Palpable lump, left breast upper outer quadrant", icd=["N60.02"],
 text="""
Left breast US, targeted
Palpable lump L breast 2:00, 6 cm FN, felt by patient 2 weeks.
Targeted sonography at the site of palpable concern: 2:00 6 cm from the nipple there is a 1.3 x 0.9 x 1.1 cm anechoic, circumscribed, oval mass with posterior acoustic enhancement and no internal vascularity on color Doppler, a simple cyst. No other findings in the scanned area.
ASSESSMENT: Simple cyst corresponding to the palpable lump. BI-RADS 2, benign.
""",
 study=dict(exam="breast", laterality="left", el="upper_outer", dop={"color":True}),
 exp=[("76642",["LT"])],
 rat="A targeted study of one site in the left breast is limited 76642-26-LT; colour Doppler does not add a code. Solitary cyst of the left breast N60.02 (definitive, explains the lump).",
 el=dict(cf="76641/76642", req=BR, doc=["upper outer (2:00)"], miss=["upper inner","lower outer","lower inner","retroareolar"])),

dict(id="k027", name="Breast right titled complete, retroareolar not documented", fam="Breast", sex="F", title="RIGHT BREAST ULTRASOUND COMPLETE",
 ind="Right breast mass", icd=["N63.11"],
 text="""
RIGHT BREAST ULTRASOUND COMPLETE

HISTORY: Right breast mass palpated by PCP.

FINDINGS: The right breast was scanned in the upper outer, upper inner, lower outer and lower inner quadrants. At 10 o'clock 4 cm from the nipple there is a 0.8 cm oval, circumscribed, parallel hypoechoic mass, likely a fibroadenoma. No other masses. Right axilla unremarkable.

IMPRESSION: 0.8 cm probably benign mass at right 10:00, likely fibroadenoma. BI-RADS 3. Six-month follow-up recommended.
""",
 study=dict(exam="breast", laterality="right", el="upper_outer upper_inner lower_outer lower_inner", ordered=("76641","US breast complete right")),
 exp=[("76642",["RT"])],
 rat="Titled complete, but the retroareolar region is never documented, so limited 76642-26-RT (query). 'Likely a fibroadenoma' is hedged and not coded; unspecified lump in the right breast, upper outer quadrant N63.11 (10 o'clock on the right breast).",
 el=dict(cf="76641/76642", req=BR, doc=["upper outer","upper inner","lower outer","lower inner"], miss=["retroareolar"])),

dict(id="k028", name="Breast bilateral complete, commercial payer", fam="Breast", sex="F", payer="commercial", title="US BREASTS BILATERAL COMPLETE",
 ind="Family history of breast cancer, dense breasts", icd=["R92.2","Z80.3"],
 text="""
US BREASTS BILATERAL COMPLETE
Clinical: dense breast tissue limiting mammographic sensitivity (inconclusive mammogram 3/2/2026). Mother with breast cancer at 44.
Both breasts examined in their entirety, each quadrant (UOQ, UIQ, LOQ, LIQ) and the retroareolar area.
R: 5 mm simple cyst at 7:00 3 cm FN. Otherwise normal.
L: normal.
Axillary nodes normal.
Impression: Benign right breast cyst. No suspicious findings. BI-RADS 2.
""",
 study=dict(exam="breast", laterality="bilateral", el=BRK),
 exp=[("76641",["RT"]),("76641",["LT"])], acc=[[("76641",["50"])]],
 rat="Complete study of both breasts; commercial payer rules: two lines 76641-26-RT and 76641-26-LT. Inconclusive mammogram due to dense breasts R92.2, family history Z80.3 (the small cyst N60.01 is incidental).",
 el=dict(cf="76641/76642", req=BR, doc=["both breasts: "+", ".join(BR)], miss=[])),

dict(id="k029", name="Shoulder complete", fam="Extremity", sex="M", title="US RIGHT SHOULDER",
 ind="Right shoulder pain, rotator cuff tear", icd=["M75.121"],
 text="""
US RIGHT SHOULDER
Hx: R shoulder pain, weakness on abduction, no trauma.
Biceps tendon long head located in the groove, normal. Subscapularis intact. Supraspinatus: full-thickness tear 1.4 cm wide at the footprint with 1 cm retraction. Infraspinatus and teres minor intact. Rotator cuff muscles without fatty atrophy. Small glenohumeral joint effusion; posterior labrum and joint space otherwise unremarkable. AC joint mild degenerative change. Subacromial-subdeltoid bursa distended with fluid. Dynamic exam: impingement of the bursa on abduction. Subcutaneous tissues normal.
IMPRESSION: Full-thickness supraspinatus tear with retraction.
""",
 study=dict(exam="extremity", laterality="right", target="joint", limb="upper", el="joint_space muscles tendons soft_tissue"),
 exp=[("76881",["RT"])],
 rat="Complete joint study: joint space, muscles, tendons and soft tissues of the right shoulder: 76881-26-RT. Complete nontraumatic rotator cuff tear, right M75.121.",
 el=dict(cf="76881/76882", req=EXT, doc=EXT, miss=[])),

dict(id="k030", name="Forearm soft tissue mass, office", fam="Extremity", sex="F", pos="11", title="Soft tissue ultrasound, left forearm",
 ind="Lump of left forearm", icd=["R22.32"],
 text="""
Soft tissue ultrasound, left forearm
clinic pt, 2 cm soft lump volar L forearm.
At the site of the palpable lump there is a 2.3 x 0.9 cm oval, compressible, hyperechoic lesion in the subcutaneous fat, parallel to skin, without internal flow. Underlying muscle normal.
IMPRESSION: Findings most consistent with a subcutaneous lipoma.
""",
 study=dict(exam="extremity", laterality="left", target="non-joint", limb="upper", el="soft_tissue muscles"),
 exp=[("76882",["LT"])],
 rat="Office, global (POS 11). A non-joint region is always limited: 76882-LT. 'Most consistent with' a lipoma is uncertain, so code the sign: localized swelling/lump of the left upper limb R22.32.",
 el=dict(cf="76882", req=["non-joint: limited"], doc=["soft tissue","muscle"], miss=[])),

dict(id="k031", name="Knee, Baker cyst only", fam="Extremity", sex="F", title="LEFT KNEE ULTRASOUND - POPLITEAL FOSSA",
 ind="Left posterior knee swelling", icd=["M71.22"],
 text="""
LEFT KNEE ULTRASOUND - POPLITEAL FOSSA
Indication: swelling behind the left knee.
Focused evaluation of the popliteal fossa: 4.2 x 1.6 x 2.5 cm fluid collection between the medial head of gastrocnemius and the semimembranosus tendon, with a neck communicating with the joint: Baker's cyst. No rupture. Popliteal vein compressible.
IMPRESSION: Left Baker's cyst, intact.
""",
 study=dict(exam="extremity", laterality="left", target="joint", limb="lower", el="soft_tissue"),
 exp=[("76882",["LT"])],
 rat="Focused popliteal fossa study of the knee: not all of joint space, muscles, tendons and soft tissue are evaluated, so limited 76882-26-LT. Synovial (Baker) cyst of the left popliteal space M71.22.",
 el=dict(cf="76881/76882", req=EXT, doc=["soft tissue (popliteal fossa)"], miss=["joint space (only the cyst neck)","periarticular muscles","tendons"])),

dict(id="k032", name="Thyroid", fam="Neck", sex="F", title="THYROID ULTRASOUND",
 ind="Thyroid enlargement", icd=["E04.2"],
 text="""
THYROID ULTRASOUND

INDICATION: Enlarged thyroid on exam.

Right lobe 6.2 x 2.3 x 2.1 cm. Left lobe 5.8 x 2.0 x 2.0 cm. Isthmus 5 mm.
Multiple nodules bilaterally:
#1 Right mid, 1.8 cm, solid, isoechoic, smooth, no calcifications (TR3).
#2 Left lower, 1.1 cm, spongiform (TR1).
#3 Right upper, 0.6 cm, mixed cystic/solid (TR2).
No abnormal cervical lymph nodes.

IMPRESSION:
1. Multinodular goiter.
2. Right mid nodule TR3 1.8 cm meets criteria for FNA.
""",
 study=dict(exam="neck"),
 exp=["76536"], rat="Thyroid is head and neck soft tissue: 76536-26. Multinodular goiter stated: nontoxic multinodular goiter E04.2.",
 el=dict(cf="76536", req=[], doc=["thyroid lobes","isthmus","nodules","cervical nodes"], miss=[])),

dict(id="k033", name="Neck lymph node", fam="Neck", title="Ultrasound soft tissue neck, left", pos="23",
 ind="Left neck swelling", icd=["R22.1"],
 text="""
ED ULTRASOUND REQUEST -- radiology performed
Ultrasound soft tissue neck, left
Reason: L neck swelling, fever x3 days. ? abscess
Findings: Several enlarged left level II lymph nodes, the largest 2.4 x 1.3 cm, with preserved fatty hilum and hilar vascularity on color Doppler. No drainable fluid collection. Surrounding soft tissue edema.
Impression: Enlarged left level II lymph nodes, probably reactive. No abscess.
""",
 study=dict(exam="neck", dop={"color":True}),
 exp=["76536"], rat="Radiology study of an ED patient (POS 23, professional claim): neck soft tissue 76536-26. 'Probably reactive' and '? abscess' are not coded; localized swelling of the neck R22.1 (lymphadenopathy R59.0 would also be supportable).",
 el=dict(cf="76536", req=[], doc=["left neck nodes","soft tissue"], miss=[])),

dict(id="k034", name="Scrotum", fam="Scrotum", sex="M", title="SCROTAL ULTRASOUND",
 ind="Right testicular pain", icd=["N50.811","N43.3"],
 text="""
SCROTAL ULTRASOUND
History: intermittent right testicular ache for 2 months.
Right testis 4.3 x 2.6 x 2.8 cm, left testis 4.4 x 2.7 x 2.7 cm, both homogeneous with normal color flow. Epididymides normal bilaterally. Moderate right hydrocele. No varicocele. Scrotal skin normal.
IMPRESSION: Moderate right hydrocele. Normal testes.
""",
 study=dict(exam="scrotum", dop={"color":True}),
 exp=["76870"], rat="Scrotal ultrasound 76870-26; colour flow only (no spectral, no inflow/outflow duplex): no 93975/93976. Right testicular pain N50.811 and hydrocele N43.3.",
 el=dict(cf="76870 (+/- 93975/93976)", req=["scrotal contents"], doc=["testes","epididymides","hydrocele","color flow"], miss=["spectral Doppler"])),

dict(id="k035", name="Scrotum with duplex, torsion question", fam="Scrotum", sex="M", title="US SCROTUM WITH DOPPLER", pos="23",
 ind="Acute left scrotal pain", icd=["N50.812"],
 text="""
US SCROTUM WITH DOPPLER
ED, 16 y/o male, sudden L scrotal pain 4 hours. Evaluate for torsion.
Grayscale: testes symmetric in size and echotexture. Epididymides normal. No hydrocele.
Color and spectral Doppler: arterial flow in both testes with low-resistance waveforms (RI right 0.58, left 0.61), and venous flow is demonstrated in both testes. Flow symmetric.
IMPRESSION: No sonographic evidence of testicular torsion. Normal scrotal ultrasound.
""",
 studies=[dict(exam="scrotum", title="US SCROTUM"), dict(exam="abdominal_duplex", el="arterial_inflow venous_outflow", dop={"color":True,"spectral":True}, title="SCROTAL DUPLEX")],
 exp=["76870","93975"], acc=[["76870","93976"]], amb="secondary",
 rat="Radiology interpretation at POS 23. Scrotum 76870-26 plus duplex: colour and spectral Doppler with arterial and venous flow in both testes. Whether a bilateral testicular duplex is the complete 93975 or the limited 93976 (single organ) is debated; both are defensible. Normal study: left testicular pain N50.812.",
 el=dict(cf="76870 + 93975/93976", req=["arterial inflow","venous outflow","colour and spectral"], doc=["both testes arterial and venous flow","RI"], miss=[])),

dict(id="k036", name="Carotid duplex bilateral", fam="Carotid duplex", sex="M", title="BILATERAL CAROTID DUPLEX",
 ind="Carotid bruit", icd=["I65.21","R09.89"],
 text="""
VASCULAR LAB
BILATERAL CAROTID DUPLEX
Indication: right carotid bruit.
Technique: grayscale, color Doppler and spectral Doppler of the CCA, ICA, ECA and vertebral arteries bilaterally.
RIGHT: CCA PSV 88 cm/s. Proximal ICA heterogeneous plaque; PSV 172 cm/s, EDV 48 cm/s, ICA/CCA 2.0. ECA patent. Vertebral antegrade.
LEFT: CCA PSV 81. ICA PSV 92, EDV 25, mild plaque. ECA patent. Vertebral antegrade.
IMPRESSION:
1. Right ICA stenosis 50-69%.
2. Left ICA less than 50%.
""",
 study=dict(exam="carotid_duplex", laterality="bilateral", el="common_carotid internal_carotid external_carotid vertebral", dop={"color":True,"spectral":True}),
 exp=["93880"], rat="Complete bilateral duplex with colour and spectral Doppler of all segments: 93880-26. Right ICA stenosis I65.21 (definitive); bruit R09.89. The left <50% plaque could add I65.22.",
 el=dict(cf="93880/93882", req=["CCA","ICA","ECA","vertebral","both sides","colour + spectral"], doc=["all bilaterally","colour","spectral"], miss=[])),

dict(id="k037", name="Carotid duplex one side, post endarterectomy", fam="Carotid duplex", sex="F", title="Carotid duplex - right (post CEA)",
 ind="Status post right carotid endarterectomy, surveillance", icd=["Z98.890","Z86.79"],
 text="""
Carotid duplex - right (post CEA)
Surveillance after R CEA 6 months ago. Left side was studied 3 months ago and not repeated today.
Color and pulsed wave Doppler: right CCA 74 cm/s, endarterectomy site widely patent with ICA PSV 81 cm/s and EDV 22 cm/s. ECA 90 cm/s. Right vertebral antegrade.
Conclusion: Patent right endarterectomy site, no restenosis.
""",
 study=dict(exam="carotid_duplex", laterality="right", el="common_carotid internal_carotid external_carotid vertebral", dop={"color":True,"spectral":True}),
 exp=[("93882",["RT"])], acc=[["93882"]],
 rat="Duplex of one side only is the limited 93882-26-RT (RT informational; without it also fine), whatever the segments. Postprocedural state Z98.890 and personal history of circulatory disease Z86.79 (surveillance; no current stenosis).",
 el=dict(cf="93880/93882", req=["both sides for complete"], doc=["right CCA, ICA, ECA, vertebral"], miss=["left side"])),

dict(id="k038", name="Carotid 'duplex' without colour", fam="Carotid duplex", sex="M", title="Carotid duplex bilateral",
 ind="Dizziness", icd=["R42"],
 text="""
Carotid duplex bilateral
Indication: dizziness.
Grayscale imaging and pulsed spectral Doppler; color flow imaging was not used (machine fault).
R CCA 70, ICA 75/20, ECA 82 cm/s. Vertebral antegrade.
L CCA 68, ICA 79/22, ECA 85 cm/s. Vertebral antegrade.
Minimal intimal thickening.
Impression: No hemodynamically significant stenosis.
""",
 study=dict(exam="carotid_duplex", laterality="bilateral", el="common_carotid internal_carotid external_carotid vertebral", dop={"color":False,"spectral":True}),
 exp=[], rat="A duplex needs colour flow as well as spectral Doppler; colour was explicitly not used, so no 93880/93882 is supportable as a duplex: query / no bill. (Some would consider 93875 non-imaging, not an ultrasound code in scope.) Dizziness R42.",
 el=dict(cf="93880/93882", req=["colour Doppler","spectral Doppler"], doc=["grayscale","spectral"], miss=["colour Doppler (not used)"])),

dict(id="k039", name="Venous duplex bilateral lower", fam="Venous duplex", sex="F", title="BILATERAL LOWER EXTREMITY VENOUS DUPLEX",
 ind="Left leg swelling", icd=["I82.412","R60.0"],
 text="""
BILATERAL LOWER EXTREMITY VENOUS DUPLEX
Reason: L leg swelling, elevated D-dimer.
Compression, color and spectral Doppler imaging of the common femoral, femoral, popliteal and calf veins bilaterally.
RIGHT: all veins compressible with phasic, augmentable flow.
LEFT: the femoral vein (mid and distal) and popliteal vein are noncompressible and expanded with echogenic intraluminal thrombus and no color flow. CFV patent with reduced phasicity.
IMPRESSION: Acute left femoral and popliteal DVT. No right DVT.
""",
 study=dict(exam="venous_duplex", limb="lower", laterality="bilateral", el="common_femoral femoral popliteal", dop={"color":True,"spectral":True}),
 exp=["93970"], rat="Bilateral complete lower-extremity venous duplex with compression, colour and spectral Doppler: 93970-26. Acute DVT of the left femoral vein I82.412 (popliteal I82.432 also), swelling R60.0.",
 el=dict(cf="93970/93971", req=["common femoral","femoral","popliteal","both sides","colour + spectral"], doc=["all bilaterally"], miss=[])),

dict(id="k040", name="Venous right leg, colour not performed", fam="Venous duplex", sex="M", title="RLE venous duplex",
 ind="Right calf pain", icd=["M79.661"],
 text="""
RLE venous duplex
r calf pain.
grayscale compression of CFV, FV, popliteal and posterior tibial veins: all fully compressible. Spectral doppler waveforms at the CFV are phasic. Color doppler not performed.
IMP: no DVT right leg.
""",
 study=dict(exam="venous_duplex", limb="lower", laterality="right", el="common_femoral femoral popliteal", dop={"color":False,"spectral":True}),
 exp=[], rat="Colour Doppler is stated as not performed, so this is not a duplex (needs colour and spectral): nothing billable as 93971; query. Pain in right lower leg M79.661.",
 el=dict(cf="93970/93971", req=["colour Doppler","spectral Doppler"], doc=["compression","spectral at CFV"], miss=["colour Doppler (not performed)"])),

dict(id="k041", name="Venous upper left, commercial", fam="Venous duplex", sex="F", payer="commercial", title="Venous Doppler left upper extremity",
 ind="Left arm swelling with PICC", icd=["T82.868A","I82.622"],
 text="""
Venous Doppler left upper extremity
Indication: L arm swelling, PICC in place.
Duplex with color and pulsed Doppler. Internal jugular and subclavian veins patent with respiratory phasicity. Axillary vein patent. Thrombus within the left brachial veins extending to the PICC tip region. The basilic vein around the PICC contains nonocclusive thrombus. Cephalic vein patent.
IMPRESSION: Acute left brachial vein DVT and basilic vein thrombus associated with the PICC.
""",
 study=dict(exam="venous_duplex", limb="upper", laterality="left", el="internal_jugular subclavian axillary brachial basilic cephalic", dop={"color":True,"spectral":True}),
 exp=[("93971",["LT"])],
 rat="Unilateral venous duplex is 93971 (limited) even when every vein is studied; commercial payer: 93971-26-LT. Thrombosis due to a vascular device T82.868A first (complication of care), then acute DVT of deep veins of the left upper extremity I82.622.",
 el=dict(cf="93970/93971", req=["bilateral for complete"], doc=["IJ","subclavian","axillary","brachial","basilic","cephalic (left)"], miss=["right side"])),

dict(id="k042", name="Arterial duplex bilateral lower with ABI", fam="Arterial duplex", sex="M", title="ARTERIAL DUPLEX BILATERAL LOWER EXTREMITIES WITH ABI",
 ind="Intermittent claudication both legs", icd=["I70.213"],
 text="""
ARTERIAL DUPLEX BILATERAL LOWER EXTREMITIES WITH ABI
Hx: bilateral calf claudication at 1 block. Smoker, DM.
ABI: right 0.71, left 0.78 (resting, brachial and ankle pressures).
Duplex (color + spectral): 
Right - CFA triphasic 110 cm/s; SFA mid focal stenosis PSV 320 cm/s (ratio 3.6, >50%); popliteal monophasic 45; PT and AT monophasic.
Left - CFA triphasic; SFA diffuse plaque with biphasic flow, no focal stenosis >50%; popliteal biphasic; PT and AT patent, monophasic.
Conclusion: Moderate bilateral peripheral arterial disease; right mid SFA stenosis greater than 50%.
""",
 study=dict(exam="arterial_duplex", limb="lower", laterality="bilateral", el="common_femoral femoral popliteal tibial", dop={"color":True,"spectral":True}),
 exp=["93925"], other=["93922 ankle-brachial index (non-imaging physiologic study)"],
 rat="Complete bilateral lower-extremity arterial duplex: 93925-26. The ABI is a separate non-imaging study (93922) listed under otherServices; NCCI allows it with a modifier. Atherosclerosis of native arteries with intermittent claudication, bilateral legs I70.213.",
 el=dict(cf="93925/93926", req=["CFA","SFA","popliteal","tibials","both sides","colour + spectral"], doc=["all bilaterally"], miss=[])),

dict(id="k043", name="Arterial duplex right upper", fam="Arterial duplex", sex="F", title="Right upper extremity arterial duplex",
 ind="Cold right hand, diminished radial pulse", icd=["R09.89","R20.8"],
 text="""
Right upper extremity arterial duplex
Reason: cool R hand, weak radial pulse.
Color flow and spectral Doppler were used. Subclavian 105 cm/s triphasic. Axillary 80 triphasic. Brachial 70 triphasic. Radial 52 biphasic. Ulnar 48 triphasic. No stenosis or occlusion.
Impression: normal right arm arterial duplex.
""",
 study=dict(exam="arterial_duplex", limb="upper", laterality="right", el="subclavian axillary brachial radial ulnar", dop={"color":True,"spectral":True}),
 exp=[("93931",["RT"])], acc=[["93931"]],
 rat="One upper extremity arterial duplex is the unilateral/limited 93931-26-RT (RT informational). Normal study: diminished pulse R09.89 and other disturbance of skin sensation (cold hand) R20.8.",
 el=dict(cf="93930/93931", req=["bilateral for complete"], doc=["subclavian","axillary","brachial","radial","ulnar (right)"], miss=["left side"])),

dict(id="k044", name="TTE complete with Doppler", fam="Echo - transthoracic", sex="M", title="TRANSTHORACIC ECHOCARDIOGRAM",
 ind="Shortness of breath", icd=["I34.0","R06.02"],
 text="""
TRANSTHORACIC ECHOCARDIOGRAM
Indication: SOB on exertion.
2D, M-mode, color flow Doppler and spectral (PW/CW) Doppler.
LV: normal size, EF 55-60% by biplane. Normal wall motion. Grade I diastolic dysfunction (E/A 0.7, e' 6 cm/s).
RV: normal size and function, TAPSE 2.2 cm.
LA: mildly dilated, 41 mL/m2. RA: normal.
Aortic valve: trileaflet, no stenosis, peak velocity 1.3 m/s.
Mitral valve: moderate mitral regurgitation by color Doppler, vena contracta 0.5 cm.
Tricuspid valve: trace TR, RVSP 28 mmHg. Pulmonic valve normal.
Aortic root 3.2 cm, ascending aorta 3.4 cm.
Pericardium: no effusion.
IVC normal with >50% collapse.
SUMMARY: Normal LV systolic function. Moderate mitral regurgitation. Mild LA enlargement.
""",
 study=dict(exam="echo_tte", echo={"extent":"complete"}, el="chambers valves pericardium aorta", dop={"color":True,"spectral":True}),
 exp=["93306"], rat="All chambers, valves, pericardium and aortic root, with colour and spectral Doppler: 93306-26. Nonrheumatic mitral insufficiency I34.0; shortness of breath R06.02.",
 el=dict(cf="93306", req=["chambers","valves","pericardium","aorta","spectral","colour"], doc=["all"], miss=[])),

dict(id="k045", name="TTE complete without Doppler", fam="Echo - transthoracic", sex="F", title="Echo, 2D complete", pos="11",
 ind="Palpitations", icd=["R00.2"],
 text="""
Heart & Vascular Clinic
Echo, 2D complete
indication palpitations
left ventricle normal in size with normal wall thickness and normal systolic function, visual EF 60%. right ventricle normal. both atria normal in size. aortic, mitral, tricuspid and pulmonic valves structurally normal. aortic root normal at 3.0 cm. no pericardial effusion. 
Doppler not performed (patient declined to continue).
conclusion normal 2D echocardiogram.
""",
 study=dict(exam="echo_tte", echo={"extent":"complete"}, el="chambers valves pericardium aorta", dop={"color":False,"spectral":False}),
 exp=["93307"], rat="Office, global. Complete 2D study without Doppler (stated not performed): 93307. Normal: palpitations R00.2.",
 el=dict(cf="93306/93307", req=["chambers","valves","pericardium","aorta"], doc=["all"], miss=["Doppler (not performed)"])),

dict(id="k046", name="TTE limited, pericardial effusion follow-up", fam="Echo - transthoracic", sex="M", pos="21", title="Limited echo",
 ind="Pericardial effusion, follow-up", icd=["I31.39"],
 text="""
Limited echo
Inpatient. F/u pericardial effusion after pericardiocentesis yesterday.
Focused views: small residual circumferential pericardial effusion, 0.6 cm posteriorly, no RA or RV diastolic collapse. Mitral inflow respiratory variation 12% on pulsed wave Doppler. LV function normal. Color Doppler: no significant MR or TR.
Impression: small residual pericardial effusion without tamponade physiology.
""",
 study=dict(exam="echo_tte", echo={"extent":"limited"}, el="pericardium chambers", dop={"color":True,"spectral":True}),
 exp=["93308","93321","93325"],
 rat="Inpatient (POS 21). A focused follow-up TTE 93308-26 with spectral Doppler (+93321-26, limited) and colour Doppler (+93325-26). Other noninflammatory pericardial effusion I31.39.",
 el=dict(cf="93308 +93321 +93325", req=["focused structures"], doc=["pericardium","LV","mitral inflow PW","colour"], miss=[])),

dict(id="k047", name="TTE titled complete, pericardium and aorta missing", fam="Echo - transthoracic", sex="F", title="Complete Transthoracic Echo with Doppler",
 ind="Atrial fibrillation", icd=["I48.91"],
 text="""
Complete Transthoracic Echo with Doppler
Hx: new AF.
LV normal size, EF 50%. RV normal. Biatrial enlargement (LA 46 mL/m2).
AV sclerosis without stenosis, Vmax 1.6 m/s. Mild MR on color. Mild TR, peak gradient 24 mmHg.
Summary: mildly reduced-low normal LV function, biatrial enlargement.
""",
 study=dict(exam="echo_tte", el="chambers valves", dop={"color":True,"spectral":True}),
 exp=["93308","93321","93325"], acc=[["93306"]], amb="primary",
 rat="Titled complete, but the pericardium and aorta are not described, so strictly limited 93308-26 with spectral (+93321-26) and colour (+93325-26). A coder who reads the study as a complete exam with normal unreported structures would bill 93306-26; ambiguous. Atrial fibrillation I48.91.",
 el=dict(cf="93306 vs 93308", req=["chambers","valves","pericardium","aorta","spectral","colour"], doc=["chambers","valves","spectral","colour"], miss=["pericardium","aorta"])),

dict(id="k048", name="TEE", fam="Echo - transesophageal", sex="M", title="TRANSESOPHAGEAL ECHOCARDIOGRAM",
 ind="Atrial fibrillation before cardioversion", icd=["I48.19"],
 text="""
TRANSESOPHAGEAL ECHOCARDIOGRAM
Indication: persistent atrial fibrillation, TEE prior to DC cardioversion.
Procedure: After informed consent and moderate sedation administered by anesthesia, the probe was passed without difficulty. Multiplane imaging with color flow and pulsed/continuous wave spectral Doppler.
LAA: no thrombus; emptying velocity 38 cm/s. Mild spontaneous echo contrast in the LA.
Interatrial septum intact by color Doppler.
LV EF 45%. Mitral valve mild MR. Aortic valve trileaflet, no AI. Descending aorta with grade II atheroma.
Impression: No LA/LAA thrombus. Proceed with cardioversion.
""",
 study=dict(exam="echo_tee", dop={"color":True,"spectral":True}),
 exp=["93312","93320","93325"], other=["anesthesia for TEE (separate provider)","92960 cardioversion"],
 rat="TEE with probe placement, image acquisition and interpretation 93312-26, with spectral Doppler (LAA velocity) +93320-26 and colour flow +93325-26. Persistent atrial fibrillation I48.19 (the probe sedation is by anesthesia, not billed here).",
 el=dict(cf="93312 +93320 +93325", req=["TEE","spectral","colour"], doc=["TEE","PW/CW spectral","colour"], miss=[])),
]

from core import *
CD = {"color": True, "spectral": True}
def ob(kind, ga, fetuses=1, **kw):
    d = {"kind": kind, "gestationalWeeks": ga, "fetuses": fetuses}; d.update(kw); return d

C('h085', 'Pelvis (non-OB)', """
EV PELVIC US
indication: LLQ pain. hcg neg.
uterus 7.9 x 4.0 x 4.6 cm, normal. endometrium 8 mm, trilaminar. rt ovary 2.9 x 1.8 x 2.1 cm w/ 1.1 cm follicle. lt ovary not seen. no adnexal mass. small amount of free fluid, likely physiologic.
IMP: no acute finding. nonvisualized left ovary.
""", [L('76830','26','52')], ['R10.32'],
 "Endovaginal-only study with the left ovary not seen and no reason given: the transvaginal code has no limited partner, so strict rules give 76830 with reduced-service modifier 52. Many coders bill 76830 unmodified (the code has no element list in CPT). Left lower quadrant pain R10.32.",
 dict(title='EV PELVIC US', exam='pelvis', approach='transvaginal', ind='Left lower quadrant pain; negative hCG',
      elements={**seen('uterus','endometrium','right_ovary'),'left_ovary':'not-seen'}), req='pelvis-tv', sex='F',
 acceptable=[[L('76830','26')]], amb='modifier')

C('h086', 'Vascular - extremity venous duplex', """
BILATERAL UPPER EXTREMITY VENOUS DUPLEX
Indication: bilateral arm swelling; history of bilateral subclavian catheters.
Color flow and spectral Doppler with compression where feasible of the internal jugular, subclavian, axillary, brachial, basilic and cephalic veins on both sides.
RIGHT: All veins patent with normal color filling; subclavian flow phasic with respiration.
LEFT: The subclavian vein shows a monophasic, continuous waveform and the axillary vein waveform is dampened; no thrombus is seen in the visualized segments. Remaining left veins compressible and patent.
IMPRESSION: No upper extremity DVT. Abnormal left subclavian/axillary waveforms, possibly from a central (brachiocephalic) stenosis; consider venography.
""", [L('93970','26')], ['R60.0'],
 "Both arms with colour and spectral Doppler of all six required veins: complete bilateral 93970-26. The central stenosis is hedged ('possibly'), so code the presenting problem: arm swelling as localized edema R60.0.",
 dict(title='BILATERAL UPPER EXTREMITY VENOUS DUPLEX', exam='venous_duplex', laterality='bilateral', limb='upper', ind='Bilateral arm swelling',
      elements=seen('internal_jugular','subclavian','axillary','brachial','basilic','cephalic'), doppler=CD), req='venous-upper')

C('h087', 'Vascular - abdominal/pelvic organ duplex', """
RENAL ARTERY DUPLEX
Reason: Hypertension uncontrolled on 4 agents, age 38. Evaluate renal artery stenosis.
Technique: Color and spectral Doppler of the aorta at the renal level, both main renal arteries from origin to hilum, the intrarenal segmental arteries and both renal veins.
Aorta PSV at renal level: 88 cm/s.
Right renal artery: origin 352 cm/s, mid 290 cm/s, with post-stenotic turbulence. RAR 4.0. Intrarenal tardus-parvus waveforms (AT 110 ms). Right renal vein patent.
Left renal artery: 105-120 cm/s throughout. Intrarenal waveforms normal, RI 0.62. Left renal vein patent.
Kidneys: R 9.6 cm, L 11.2 cm.
IMPRESSION: Hemodynamically significant (>60%) right renal artery stenosis. Normal left renal artery.
""", [L('93975','26')], ['I70.1','I15.0'],
 "Duplex of the arterial inflow and venous outflow of both kidneys (colour and spectral named): complete 93975-26; kidney lengths taken during the duplex are not a separate 76775. Renal artery stenosis indexes to I70.1 in ICD-10-CM, with renovascular hypertension I15.0.",
 dict(title='RENAL ARTERY DUPLEX', exam='abdominal_duplex', ind='Uncontrolled hypertension on four agents; evaluate renal artery stenosis',
      elements=seen('arterial_inflow','venous_outflow'), doppler=CD), req=None, codeFamily='93975/93976',
 documented=['renal arterial inflow (both)','renal venous outflow (both)','colour and spectral Doppler'], missing=[])

C('h088', 'Echo - transthoracic', """
TTE
Indication: syncope.
Complete two-dimensional study. Color flow Doppler was used to screen all valves. Spectral Doppler was not performed because of time constraints in the ICU.
LV normal size, EF 55-60%. RV normal. LA and RA normal. AV trileaflet without stenosis by 2D; no AR by color. MV normal, trace MR. TV normal, trace TR. Aortic root normal 3.1 cm. No pericardial effusion.
Impression: Normal study. No structural cause of syncope identified.
""", [L('93307','26')], ['R55'],
 "All complete-TTE structures with colour flow only (spectral explicitly not performed): 93306 needs both modes, so complete without Doppler 93307-26; the CMS add-on file does not list 93307 as a primary of +93325, so the colour flow is not separately billable. Syncope R55.",
 dict(title='TTE', exam='echo_tte', ind='Syncope', echo={"extent":"complete"}, elements=seen('chambers','valves','pericardium','aorta'),
      doppler={"color":True,"spectral":False}), req='echo', ctx={"placeOfService":"21"})

C('h089', 'Infant hips', """
ULTRASOUND INFANT HIPS (DYNAMIC)
DOB 01/05/2026. Breech delivery; referred at 10 weeks.
Coronal and transverse views of both hips at rest and with stress (Barlow and Ortolani maneuvers performed by the radiologist).
Right hip: alpha angle 64 degrees, femoral head coverage 55%. Stable with stress.
Left hip: alpha angle 62 degrees, coverage 52%. Stable with stress.
IMPRESSION: Normal, stable hips bilaterally (Graf type I).
""", [L('76885','26')], ['Z13.89'],
 "Infant hip ultrasound with physician manipulation (stress maneuvers): dynamic 76885-26, one unit for the study; the infant's plan is a commercial payer. Screening for developmental dysplasia after breech delivery: encounter for screening for other disorder Z13.89 (breech as a newborn risk factor has no more specific code after the newborn period; some coders use P01.7 only on the birth record).",
 dict(title='ULTRASOUND INFANT HIPS (DYNAMIC)', exam='infant_hips', dynamic=True, ind='Breech delivery; screening for hip dysplasia'), codeFamily='76885/76886', ctx={"payer":"commercial"})

C('h090', 'Vascular - dialysis access', """
HEMODIALYSIS ACCESS DUPLEX (LEFT UPPER ARM AV FISTULA)
Indication: Prolonged bleeding after dialysis and high venous pressures.
Color and spectral Doppler of the inflow artery, the anastomosis, the entire fistula body and the outflow veins to the subclavian vein.
Brachial artery inflow: 1,150 mL/min volume flow. Anastomosis: PSV 310 cm/s, normal for an anastomosis. Fistula body: diameter 6-8 mm, no aneurysm. Outflow: focal stenosis of the cephalic arch with PSV 520 cm/s (ratio 4.2) and diameter reduction to 2 mm.
IMPRESSION: High-grade cephalic arch stenosis of the left brachiocephalic fistula.
""", [L('93990','26')], ['T82.858A','N18.6','Z99.2'],
 "Duplex of an existing hemodialysis access (arterial inflow, access body, venous outflow): 93990-26. Stenosis of the fistula: stenosis of vascular prosthetic device, implant and graft T82.858A (coders also use T82.898A; an autogenous AV fistula stenosis is indexed to T82.858-), with ESRD N18.6 and dialysis dependence Z99.2.",
 dict(title='HEMODIALYSIS ACCESS DUPLEX (LEFT UPPER ARM AV FISTULA)', exam='dialysis_access_duplex', ind='Prolonged bleeding after dialysis, high venous pressures',
      elements=seen('arterial_inflow','access_body','venous_outflow'), doppler=CD), codeFamily='93990',
 documented=['arterial inflow','access body','venous outflow','colour and spectral Doppler'], missing=[])

C('h091', 'Transrectal', """
TRANSRECTAL ULTRASOUND OF THE PROSTATE
Indication: PSA 6.8 ng/mL.
Prostate 4.6 x 3.8 x 4.2 cm, volume 38 mL; PSA density 0.18. Central gland enlarged and heterogeneous. A 9 mm hypoechoic area in the left peripheral zone at the mid gland. Seminal vesicles symmetric. No biopsy was performed today; MRI recommended.
IMPRESSION: Left peripheral zone hypoechoic area; prostate volume 38 mL.
""", [L('76872','26')], ['R97.20'],
 "Diagnostic transrectal ultrasound without biopsy: 76872-26. Elevated PSA R97.20.",
 dict(title='TRANSRECTAL ULTRASOUND OF THE PROSTATE', exam='transrectal', ind='Elevated PSA 6.8', sex='M',
      measurements=[{"name":"Prostate volume","value":38,"unit":"mL"}]), codeFamily='76872')

C('h092', 'Abdomen', """
RADIOLOGY REPORT,EXAM: ,US ABDOMEN COMPLETE.,CLINICAL HISTORY: ,Abdominal pain, weight loss.,FINDINGS: ,Liver is 16 cm, normal echotexture, no mass. Gallbladder: normal. Common bile duct: 4 mm. Pancreas: head and body normal, tail obscured by gastric gas. Spleen: not visualized due to patient body habitus and inability to turn. Right kidney 10.4 cm, left kidney 10.7 cm, normal. The aorta measures 2.0 cm, IVC normal.,IMPRESSION: ,Limited visualization of the spleen and pancreatic tail. Otherwise unremarkable abdominal ultrasound.
""", [L('76700','26')], ['R10.9','R63.4'],
 "Spleen not visualised with a reason (body habitus, unable to turn) counts, the pancreas is seen (tail obscured by gas, with a reason): complete 76700-26. Abdominal pain R10.9 and abnormal weight loss R63.4.",
 dict(title='US ABDOMEN COMPLETE', exam='abdomen', ind='Abdominal pain and weight loss',
      elements={**seen('liver','gallbladder','common_bile_duct','pancreas','right_kidney','left_kidney','aorta','ivc'), 'spleen': nr('patient body habitus and inability to turn')}),
 req='abdomen')

C('h093', 'Scrotum', """
Scrotal US with Doppler
Hx: Left scrotal pain, intermittent, x 3 weeks.
Both testes normal in size and echotexture (R 4.2 cm, L 4.3 cm). Color Doppler demonstrates symmetric testicular flow. Epididymides normal. 4 mm left epididymal head cyst. No hydrocele. No varicocele.
IMPRESSION: Small left epididymal head cyst (likely spermatocele). Normal testicular perfusion.
""", [L('76870','26')], ['N50.812'],
 "Scrotal ultrasound with colour Doppler only (no spectral analysis, no arterial/venous duplex): 76870-26, no 93975/93976. Left testicular pain N50.812; the cyst is 'likely spermatocele', not coded as N43.4x.",
 dict(title='Scrotal US with Doppler', exam='scrotum', ind='Intermittent left scrotal pain for three weeks', doppler={"color":True}), sex='M', codeFamily='76870')

C('h094', 'Obstetric', """
MFM ULTRASOUND: GROWTH, UMBILICAL ARTERY AND MCA DOPPLER
28w2d. Rh alloimmunization (anti-D titer 1:32). Previous study 03/09/2026.
Single fetus, cephalic. BPD 7.0, HC 26.0, AC 23.9, FL 5.3 cm; EFW 1,150 g (46th percentile), appropriate interval growth. No ascites, no pericardial effusion, no skin edema. Placenta 3.1 cm thick. AFI 13.
MCA peak systolic velocity 38 cm/s = 1.02 MoM (below the 1.5 MoM threshold).
Umbilical artery: S/D 2.9, PI 1.01, normal for gestational age.
IMPRESSION: No sonographic evidence of fetal anemia. Normal growth and Dopplers. Repeat MCA Doppler in 1 week.
""", [L('76816','26'), L('76820','26'), L('76821','26')], ['O36.0130','Z3A.28'],
 "Follow-up growth (76816-26), umbilical artery Doppler (76820-26) and middle cerebral artery Doppler (76821-26), one fetus. Maternal care for anti-D [Rh] antibodies, third trimester O36.0130 (single fetus) with Z3A.28.",
 dict(title='MFM ULTRASOUND: GROWTH, UMBILICAL ARTERY AND MCA DOPPLER', exam='ob', approach='transabdominal',
      obstetric=ob('follow-up', 28.29, umbilicalDoppler=True, mcaDoppler=True), ind='Rh alloimmunization, anti-D titer 1:32',
      doppler={"spectral":True}, comparison={"priorDate":"2026-03-09"}), sex='F', codeFamily='76816 + 76820 + 76821')

C('h095', 'Vascular - extremity venous duplex', """
VENOUS DUPLEX, BILAT LE
Clinic referral: bilateral lower leg aching and visible varicose veins.
Color Doppler and spectral Doppler with compression of the CFV, FV and popliteal veins bilaterally: no DVT. Reflux testing: GSV reflux at the SFJ and thigh bilaterally, 2.4 s right and 1.9 s left. Small saphenous vein competent bilaterally.
IMPRESSION: No DVT. Bilateral great saphenous vein reflux.
""", [L('93970')], ['I83.813'],
 "Both legs with compression, colour and spectral Doppler (reflux study): complete bilateral 93970, office study billed globally by a commercial plan's provider (POS 11, global, commercial). Varicose veins of bilateral lower extremities with pain (aching) I83.813.",
 dict(title='VENOUS DUPLEX, BILAT LE', exam='venous_duplex', laterality='bilateral', limb='lower', ind='Bilateral leg aching and varicose veins',
      elements=seen('common_femoral','femoral','popliteal'), doppler=CD), req='venous-lower',
 ctx={"placeOfService":"11","billingRole":"global","payer":"commercial"})

C('h096', 'Breast', """
BILATERAL TARGETED BREAST ULTRASOUND
Indication: Bilateral palpable lumps on clinical exam: right breast 12 o'clock, left breast 3 o'clock.
Right 12:00, 3 cm FN: 1.8 cm oval circumscribed hypoechoic mass, parallel, no posterior shadowing, no internal vascularity. 
Left 3:00, 5 cm FN: normal fatty and fibroglandular tissue, no correlate for the palpable area.
IMPRESSION:
Right 12 o'clock 1.8 cm solid mass, probably benign (BI-RADS 3), most likely a fibroadenoma; short-interval follow-up vs biopsy per patient preference.
Left: no sonographic abnormality at the palpable area (BI-RADS 1).
""", [L('76642','26','50')], ['N63.10','N63.20'],
 "Targeted (limited) study of each breast: 76642 bilateral; Medicare with the loaded MPFS bilateral indicator 1 gives one line with 50 (some MACs and the 2015 ACR guidance prefer RT and LT lines). Lump in the right breast at 12 o'clock (between upper quadrants: unspecified quadrant N63.10) and in the left breast at 3 o'clock (N63.20 unspecified quadrant).",
 [dict(title='BILATERAL TARGETED BREAST ULTRASOUND', exam='breast', laterality='bilateral', ind='Bilateral palpable breast lumps',
       elements=seen('upper_outer','upper_inner'))], req='breast', sex='F',
 acceptable=[[L('76642','26','RT'), L('76642','26','LT')]], amb='modifier')

from core import *
def proc(kind, code, region, **kw):
    d = {"kind": kind, "primaryCode": code, "region": region}; d.update(kw); return d
C('h069', 'Head and neck (procedure)', """
ULTRASOUND-GUIDED FINE NEEDLE ASPIRATION, THYROID
Indication: 2.7 cm TI-RADS 4 nodule, right thyroid lobe.
Procedure: Informed consent was obtained. Time-out performed. The neck was prepped and draped. 1% lidocaine local. Under real-time ultrasound guidance, four passes were made into the right lower pole nodule with a 25-gauge needle; needle position within the nodule was documented on stored images. Specimens given to cytology. No complications.
Impression: Technically successful US-guided FNA of a right thyroid nodule.
""", [L('10005')], ['E04.1'],
 "Fine-needle aspiration with ultrasound guidance, first lesion: 10005, which includes the guidance (no 76942) and is a surgical code (no 26). No separate diagnostic neck ultrasound is reported. Nontoxic single thyroid nodule E04.1.",
 dict(title='ULTRASOUND-GUIDED FINE NEEDLE ASPIRATION, THYROID', ind='Right thyroid nodule 2.7 cm, TI-RADS 4',
      procedures=[proc('needle-guidance','10005','neck', realTimeNeedle=True, imageRecorded=True, count=4)]), codeFamily='10005',
 req=None, documented=['real-time needle guidance','stored image of needle in nodule','four passes'], missing=[])

C('h070', 'Breast (procedure)', """
US-GUIDED CORE BIOPSY LEFT BREAST
Target: 1.3 cm irregular hypoechoic mass, left breast 7 o'clock 4 cm from nipple (BI-RADS 4C).
After informed consent and local anesthesia, a 14-gauge spring-loaded core needle was advanced under continuous real-time ultrasound visualization; 5 cores obtained through the mass, with pre- and post-fire images saved. A ribbon-shaped marker clip was deployed at the biopsy site under ultrasound guidance. Post-procedure two-view mammogram shows the clip at the biopsy site.
Impression: Successful US-guided core biopsy of the left breast 7:00 mass with clip placement. Pathology pending.
""", [L('19083','LT')], ['N63.24'],
 "Ultrasound-guided breast biopsy with placement of the localization device, first lesion: 19083-LT (includes the guidance and the clip; no 76942). 7 o'clock on the left breast is the lower inner quadrant: N63.24. The post-clip mammogram is a separate non-ultrasound service.",
 dict(title='US-GUIDED CORE BIOPSY LEFT BREAST', ind="Left breast mass at 7 o'clock, BI-RADS 4C", sex='F',
      procedures=[proc('needle-guidance','19083','breast', laterality='left', realTimeNeedle=True, imageRecorded=True, count=5)]), codeFamily='19083',
 documented=['real-time guidance','saved images','clip placement'], missing=[],
 other=[{"code":"77065","modifiers":["26","LT"],"units":1,"note":"post-procedure clip mammogram, not an ultrasound code"}])

C('h071', 'Guidance - paracentesis', """
PARACENTESIS
Dx: cirrhosis with tense ascites.
Preprocedure ultrasound of the abdomen demonstrated a large volume of ascites, largest pocket in the left lower quadrant; image stored. Under real-time ultrasound guidance a 5 Fr Yueh catheter was advanced into the peritoneal cavity. 6.2 liters of clear yellow fluid were removed. Albumin given per protocol by the nursing team. No complications.
IMPRESSION: Ultrasound-guided large-volume paracentesis, 6.2 L.
""", [L('49083')], ['K74.60','R18.8'],
 "Abdominal paracentesis with imaging guidance: 49083 (includes the ultrasound; no 76942 and no separate limited abdomen for the pre-procedure look). Cirrhosis K74.60 with other ascites R18.8.",
 dict(title='PARACENTESIS', ind='Cirrhosis with tense ascites',
      procedures=[proc('needle-guidance','49083','abdomen', realTimeNeedle=True, imageRecorded=True)]), codeFamily='49083',
 documented=['ultrasound of the ascites with stored image','real-time needle guidance'], missing=[])

C('h072', 'Guidance - thoracentesis', """
Procedure note - Thoracentesis, right
Indication: Large right pleural effusion, dyspnea. Known CHF.
Bedside ultrasound showed a large anechoic right pleural effusion above the diaphragm; the site was marked and a permanent image recorded. Using real-time ultrasound, the needle/catheter was advanced into the effusion in the 8th intercostal space, posterior axillary line. 1,100 mL of straw-colored fluid removed. Post-procedure ultrasound: small residual effusion, lung sliding present.
""", [L('32555','RT')], ['I50.9','J91.8'],
 "Thoracentesis with imaging guidance: 32555 (guidance included; no 76942, no 76604 for the pre/post look). RT appended for the side; some coders omit it. Heart failure I50.9 with the pleural effusion in a condition classified elsewhere J91.8 (coded because it was treated).",
 dict(title='Procedure note - Thoracentesis, right', ind='Large right pleural effusion with dyspnea; known heart failure',
      procedures=[proc('needle-guidance','32555','chest', laterality='right', realTimeNeedle=True, imageRecorded=True)]), codeFamily='32555',
 documented=['effusion localised with permanent image','real-time needle guidance'], missing=[], acceptable=[[L('32555')]],
 ctx={"placeOfService":"21"})

C('h073', 'Guidance - vascular access', """
PICC PLACEMENT
Indication: 6 weeks of IV antibiotics for MSSA bacteremia.
The right arm veins were evaluated with ultrasound; the basilic vein was patent and compressible and selected. Under real-time ultrasound guidance (CPT 76937) the basilic vein was accessed with a micropuncture needle on the first pass and an image was saved. A 5 Fr dual-lumen PICC was advanced, trimmed to 41 cm. Tip confirmed at the cavoatrial junction by ECG tip-confirmation technology. No complications.
""", [L('36573')], ['R78.81','B95.61'],
 "PICC placement, age 5 or older, including imaging guidance: 36573 (the dictation's '76937' is not separately reportable because the PICC code includes ultrasound guidance). No laterality modifier by most coders (some append RT). Bacteremia R78.81 with MSSA B95.61.",
 dict(title='PICC PLACEMENT', ind='Six weeks of IV antibiotics for MSSA bacteremia',
      procedures=[proc('vascular-access','36573','upper-extremity', laterality='right', realTimeNeedle=True, imageRecorded=True, sitesEvaluated=True, vesselPatent=True)]),
 codeFamily='36573', documented=['sites evaluated','vessel patent','real-time needle entry','image saved'], missing=[], acceptable=[[L('36573','RT')]], ctx={"placeOfService":"21"})

C('h074', 'Guidance - vascular access', """
CENTRAL VENOUS CATHETER PLACEMENT - RIGHT INTERNAL JUGULAR
Indication: septic shock requiring vasopressors.
Ultrasound: Bilateral internal jugular veins were evaluated; the right IJ was patent, compressible and of good caliber, the left was smaller. Real-time ultrasound visualization of the needle entering the right IJ was obtained and a permanent image was recorded. A 7 Fr triple-lumen catheter was placed by Seldinger technique. Chest radiograph: tip at the cavoatrial junction, no pneumothorax.
""", [L('36556'), L('76937','26')], ['A41.9','R65.21'],
 "Non-tunneled central venous catheter, age 5 or older: 36556, with ultrasound guidance for vascular access +76937-26: evaluation of sites, patency of the chosen vein, real-time needle entry and a permanent image are all documented. Sepsis A41.9 with septic shock R65.21 (inpatient, POS 21).",
 dict(title='CENTRAL VENOUS CATHETER PLACEMENT - RIGHT INTERNAL JUGULAR', ind='Septic shock requiring vasopressors',
      procedures=[proc('vascular-access','36556','neck', realTimeNeedle=True, imageRecorded=True, sitesEvaluated=True, vesselPatent=True)]),
 codeFamily='36556 + 76937', documented=['sites evaluated (both IJ)','right IJ patent','real-time needle entry','permanent image'], missing=[], ctx={"placeOfService":"21"})

C('h075', 'Guidance - joint injection', """
Procedure: ultrasound guided R knee injection
Dx: primary osteoarthritis right knee.
Using a sterile technique and a linear transducer, the suprapatellar recess was identified with a small effusion. Under direct ultrasound visualization a 22G needle was advanced into the recess; 40 mg triamcinolone with 4 mL 1% lidocaine injected. Image saved. Tolerated well.
""", [L('20611','RT')], ['M17.11'],
 "Injection of a major joint with ultrasound guidance, permanent recording and reporting: 20611-RT (no 76942, no 76882). Office (POS 11), surgical code, no 26. Unilateral primary osteoarthritis, right knee M17.11. The drug (J3301) is an otherService.",
 dict(title='ultrasound guided R knee injection', ind='Primary osteoarthritis right knee',
      procedures=[proc('needle-guidance','20611','lower-extremity', laterality='right', realTimeNeedle=True, imageRecorded=True)]),
 codeFamily='20611', documented=['real-time needle','image saved'], missing=[], ctx={"placeOfService":"11","billingRole":"global"},
 other=[{"code":"J3301","modifiers":[],"units":4,"note":"triamcinolone acetonide 10 mg units, drug supply"}])

C('h076', 'Guidance - joint injection', """
US-GUIDED INJECTION, LEFT THUMB CMC JOINT
Clinical: Painful left first carpometacarpal osteoarthritis, failed splinting.
The left first CMC joint was identified with a high-frequency probe, showing osteophytes and capsular distension. Using an in-plane approach, a 27-gauge needle was visualized entering the joint and 10 mg triamcinolone with 0.5 mL lidocaine were injected. Representative image archived.
""", [L('20604','LT')], ['M18.12'],
 "Arthrocentesis/injection of a small joint with ultrasound guidance: 20604-LT. Unilateral primary osteoarthritis of the first carpometacarpal joint, left hand M18.12.",
 dict(title='US-GUIDED INJECTION, LEFT THUMB CMC JOINT', ind='Left first carpometacarpal osteoarthritis',
      procedures=[proc('needle-guidance','20604','upper-extremity', laterality='left', realTimeNeedle=True, imageRecorded=True)]),
 codeFamily='20604', documented=['real-time needle','archived image'], missing=[], acceptable=[[L('20604','FA')]])

C('h077', 'Guidance - joint injection', """
ULTRASOUND GUIDED RIGHT ANKLE ASPIRATION AND INJECTION
Hx: Right ankle effusion, primary osteoarthritis.
The anterior recess of the tibiotalar joint was distended with fluid. Under real-time sonographic guidance, an 20G needle was advanced into the anterior recess avoiding the dorsalis pedis artery, 6 mL straw-colored fluid aspirated and sent for crystals, then 20 mg triamcinolone injected. Images stored.
""", [L('20606','RT')], ['M19.071','M25.471'],
 "Arthrocentesis/aspiration and injection of an intermediate joint (ankle) with ultrasound guidance: 20606-RT. Primary osteoarthritis right ankle M19.071 and effusion right ankle M25.471.",
 dict(title='ULTRASOUND GUIDED RIGHT ANKLE ASPIRATION AND INJECTION', ind='Right ankle effusion; primary osteoarthritis',
      procedures=[proc('needle-guidance','20606','lower-extremity', laterality='right', realTimeNeedle=True, imageRecorded=True)]),
 codeFamily='20606', documented=['real-time needle','images stored'], missing=[])

C('h078', 'Guidance - needle placement', """
US GUIDED RIGHT BREAST CYST ASPIRATION
Target: tender 2.4 cm simple-appearing cyst, right breast 10 o'clock.
Under real-time ultrasound guidance a 21-gauge needle was placed into the cyst and 4 mL of greenish non-bloody fluid was aspirated with complete collapse of the cyst, documented on a post-aspiration image. Fluid discarded per protocol.
Impression: Successful aspiration of a right breast cyst.
""", [L('19000','RT'), L('76942','26')], ['N60.01'],
 "Puncture aspiration of a breast cyst 19000 does not include imaging guidance, so ultrasound needle guidance 76942-26 is reported (real-time needle, image recorded; no same-day diagnostic breast ultrasound). Solitary cyst of right breast N60.01.",
 dict(title='US GUIDED RIGHT BREAST CYST ASPIRATION', ind="Tender right breast cyst at 10 o'clock", sex='F',
      procedures=[proc('needle-guidance','19000','breast', laterality='right', realTimeNeedle=True, imageRecorded=True)]),
 codeFamily='19000 + 76942', documented=['real-time needle','post-aspiration image'], missing=[])

C('h079', 'Guidance - paracentesis', """
Diagnostic paracentesis
Indication: new ascites, fever, r/o SBP.
Ultrasound was used to identify a safe pocket of fluid in the right lower quadrant; the skin was marked and an image of the pocket was stored. The transducer was then removed and, after sterile prep, a 20G needle was inserted at the marked site and 60 mL of cloudy fluid withdrawn for cell count, culture and albumin.
""", [L('49082')], ['R18.8','R50.9'],
 "Ultrasound used only to mark the site, with no real-time needle guidance: by CPT the paracentesis is 49082 (without imaging guidance) and 76942 is not supported; some coders consider site localisation with a stored image enough for 49083. Other ascites R18.8 with fever R50.9 ('r/o SBP' not coded).",
 dict(title='Diagnostic paracentesis', ind='New ascites and fever',
      procedures=[proc('needle-guidance','49082','abdomen', realTimeNeedle=False, imageRecorded=True)]),
 codeFamily='49082/49083', documented=['pocket localised, image stored'], missing=['real-time needle visualisation'],
 acceptable=[[L('49083')]], amb='primary')

# ---------------- ED POINT OF CARE ----------------
C('h080', 'Abdomen (ED point of care)', """
EMERGENCY DEPARTMENT BEDSIDE ULTRASOUND - FAST
Performed and interpreted by the treating emergency physician.
Indication: MVC, restrained driver, abdominal tenderness, HR 118.
Views: RUQ (Morison's pouch), LUQ (splenorenal), pelvic (retrovesical), subxiphoid cardiac.
Findings: No free fluid in the hepatorenal, splenorenal or pelvic views. No pericardial effusion.
Interpretation: Negative FAST.
Images archived to the ED ultrasound system.
""", [L('76705','26')], ['S39.91XA','R00.0'],
 "Emergency physician's FAST with a separate, labelled interpretation and archived images: limited abdomen 76705-26 (POS 23, hospital machine). The subxiphoid view is part of the FAST, not a separately reported echo. Unspecified injury of abdomen S39.91XA with tachycardia R00.0.",
 dict(title='EMERGENCY DEPARTMENT BEDSIDE ULTRASOUND - FAST', exam='abdomen', pointOfCare=True, ind='Motor vehicle collision, abdominal tenderness, tachycardia',
      elements=seen('liver','spleen','right_kidney','left_kidney')), req='abdomen', ctx={"placeOfService":"23"}, codeFamily='76705')

C('h081', 'Echo (ED point of care)', """
ED POCUS - CARDIAC (limited)
Indication: hypotension, dyspnea.
Parasternal long, parasternal short and apical 4-chamber views and subcostal view obtained. LV function grossly normal. RV not dilated. Moderate circumferential pericardial effusion (1.3 cm) without right ventricular diastolic collapse. IVC plethoric without respiratory variation.
Interpretation: Moderate pericardial effusion, no sonographic tamponade. Cardiology consulted.
Stored clips: 5.
""", [L('93308','26')], ['I31.39','I95.9','R06.00'],
 "Emergency physician's focused cardiac ultrasound with a separate interpretation and stored clips: limited TTE 93308-26, no Doppler (POS 23). Noninflammatory pericardial effusion I31.39, hypotension I95.9, dyspnoea R06.00.",
 dict(title='ED POCUS - CARDIAC (limited)', exam='echo_tte', pointOfCare=True, ind='Hypotension and dyspnea', echo={"extent":"limited"},
      elements=seen('chambers','pericardium'), cine=5), req='echo', ctx={"placeOfService":"23"}, codeFamily='93308')

C('h082', 'Abdomen + Chest (ED point of care)', """
E-FAST (emergency physician performed)
Pt: fall from ladder ~12 ft, R chest wall pain, SpO2 91%.
RUQ: no free fluid. LUQ: no free fluid. Pelvis: no free fluid.
Pericardial: no effusion.
Thorax: right anterior chest - absent lung sliding with a lung point identified in the 4th intercostal space, mid-axillary line. Left: lung sliding present. No hemothorax bilaterally.
Impression: Right pneumothorax. Negative abdominal FAST.
Images saved to archive. Chest tube placed by trauma (separate note).
""", [L('76705','26'), L('76604','26')], ['S27.0XXA'],
 "E-FAST with a separate interpretation: the abdominal FAST is a limited abdomen 76705-26 and the thoracic evaluation (lung sliding, lung point, hemothorax) is a chest ultrasound 76604-26. Some coders report only the abdomen (the chest views being part of a single FAST). Traumatic pneumothorax S27.0XXA (the chest wall pain is integral to the injury).",
 [dict(title='E-FAST', exam='abdomen', pointOfCare=True, ind='Fall from ladder; right chest wall pain; hypoxia', elements=seen('liver','spleen','right_kidney','left_kidney')),
  dict(title='E-FAST', exam='chest', pointOfCare=True, ind='Fall from ladder; right chest wall pain; hypoxia')],
 req='abdomen', ctx={"placeOfService":"23"}, codeFamily='76705 + 76604', amb='additional line', acceptable=[[L('76705','26')]],
 other=[{"code":"32551","modifiers":[],"units":1,"note":"chest tube by trauma surgery, separate note"}])

C('h083', 'Abdomen (ED point of care)', """
ED PHYSICIAN NOTE (excerpt)
HPI: 24F, RLQ pain x 1 day, +nausea, LMP 2 weeks ago, urine hCG negative.
Exam: tender RLQ, no rebound.
MDM: I performed a quick bedside ultrasound which did not show free fluid. CT abdomen/pelvis ordered. Will treat pain and reassess.
""", [], ['R10.31','R11.0'],
 "A bedside look mentioned only in the medical decision-making, with no stored images and no separate labelled interpretation, is not separately reportable (US-DOC-002/015): no ultrasound line; it belongs to the E/M. Right lower quadrant pain R10.31, nausea R11.0.",
 dict(title='ED PHYSICIAN NOTE (excerpt)', exam='abdomen', pointOfCare=True, sep=False, images=0, ind='Right lower quadrant pain, nausea', sex='F'),
 req=None, ctx={"placeOfService":"23"}, codeFamily='76705', documented=['statement: no free fluid'], missing=['stored images','separate interpretation'])

C('h084', 'AAA screening', """
ABDOMINAL AORTIC ANEURYSM SCREENING ULTRASOUND
Indication: Welcome to Medicare preventive visit referral. 66-year-old man, former smoker (40 pack-years, quit 2015). No symptoms.
The abdominal aorta was imaged from the diaphragm to the bifurcation. Maximum AP diameter: proximal 2.1 cm, mid 2.3 cm, distal 2.0 cm. Common iliac arteries 1.1 cm each.
Impression: No abdominal aortic aneurysm. No further screening needed.
""", [L('76706','26')], ['Z13.6','Z87.891'],
 "One-time Medicare AAA screening for a man aged 65–75 who has smoked: 76706-26. Encounter for screening for cardiovascular disorders Z13.6 with personal history of nicotine dependence Z87.891.",
 dict(title='ABDOMINAL AORTIC ANEURYSM SCREENING ULTRASOUND', exam='aaa_screening', ind='AAA screening; former smoker, age 66', sex='M'),
 codeFamily='76706')

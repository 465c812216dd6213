from core import *
PTA = 'pelvis-ta'
C('h016', 'Pelvis (non-OB)', """
PELVIC ULTRASOUND, TRANSABDOMINAL AND TRANSVAGINAL

CLINICAL INFORMATION: 44 yo G2P2 with heavy regular menstrual bleeding. LMP 02/28/2026.

TECHNIQUE: Transabdominal images were obtained through a distended bladder, followed by endovaginal imaging for better evaluation of the uterus and ovaries.

FINDINGS:
The uterus is anteverted and enlarged, measuring 10.9 x 6.2 x 7.0 cm. There is a 3.4 x 3.1 x 3.0 cm hypoechoic intramural fibroid in the posterior fundus, and a 1.2 cm intramural fibroid in the anterior body. Neither distorts the endometrium.
Endometrial stripe: 9 mm, homogeneous.
Right ovary: 3.1 x 2.0 x 2.2 cm with a 1.5 cm dominant follicle.
Left ovary: 2.8 x 1.7 x 1.9 cm, normal.
The urinary bladder is normally distended with a smooth wall; no post void image was obtained.
No free fluid in the cul-de-sac.

IMPRESSION:
1. Enlarged uterus with two intramural leiomyomas, largest 3.4 cm posterior fundal.
2. Normal endometrial thickness for the menstrual phase. Normal ovaries.
""", [L('76856','26'), L('76830','26')], ['D25.1','N92.0'],
 "Transabdominal study with uterus, endometrium, both ovaries (with measurements) and bladder: complete 76856-26; the separate transvaginal study adds 76830-26. Intramural leiomyoma D25.1 with the indication menorrhagia N92.0.",
 dict(title='PELVIC ULTRASOUND, TRANSABDOMINAL AND TRANSVAGINAL', exam='pelvis', approach=['transabdominal','transvaginal'],
      ind='Heavy regular menstrual bleeding',
      elements=seen('uterus','endometrium','right_ovary','left_ovary','bladder'),
      measurements=[{"name":"Endometrial thickness","value":9,"unit":"mm"},{"name":"Uterus length","value":10.9,"unit":"cm"}]),
 req=PTA, sex='F', codeFamily='76856/76857 + 76830')

C('h017', 'Pelvis (non-OB)', """
TRANSVAGINAL ULTRASOUND
67 y/o with one episode of postmenopausal bleeding. No HRT.

Uterus 6.4 x 3.0 x 3.5 cm, retroverted, homogeneous myometrium. Endometrium thin and uniform, 3 mm double layer. Right ovary 1.9 x 1.1 x 1.0 cm. Left ovary 1.7 x 1.0 x 1.2 cm. Both atrophic appearing without mass. No free fluid.

IMP: Thin endometrium (3 mm). In the setting of postmenopausal bleeding, an endometrium of 4 mm or less has a low likelihood of malignancy. Unremarkable atrophic ovaries.
""", [L('76830','26')], ['N95.0'],
 "Endovaginal-only study of uterus, endometrium and both ovaries: 76830-26 (all transvaginal elements present, so no 52). Postmenopausal bleeding N95.0.",
 dict(title='TRANSVAGINAL ULTRASOUND', exam='pelvis', approach='transvaginal', ind='Postmenopausal bleeding, one episode, no HRT',
      elements=seen('uterus','endometrium','right_ovary','left_ovary'),
      measurements=[{"name":"Endometrial thickness","value":3,"unit":"mm"}]), req='pelvis-tv', sex='F')

C('h018', 'Pelvis (non-OB)', """
US PELVIS COMPLETE (TA ONLY - PATIENT DECLINED ENDOVAGINAL)
History: right lower quadrant/pelvic pain, negative hCG

The uterus measures 8.1 x 4.2 x 4.9 cm and is normal in echotexture. Endometrial thickness 7 mm. Right ovary measures 4.3 x 3.6 x 3.4 cm and contains a 3.2 cm thin-walled anechoic cyst with posterior acoustic enhancement. Left ovary not visualized. Bladder is normally distended. Trace free fluid.

IMPRESSION
1. 3.2 cm simple right ovarian cyst, probably a physiologic follicular cyst. No follow-up imaging needed per SRU guidelines.
2. Nonvisualization of the left ovary.
""", [L('76857','26')], ['N83.201','R10.21'],
 "The left ovary is 'not visualized' with no reason (the endovaginal refusal explains why no TV study was done, not why the left ovary was not seen transabdominally): limited 76857-26 despite the 'complete' title. Simple right ovarian cyst is a definitive finding (N83.201; 'probably physiologic' is not coded as a follicular cyst).",
 dict(title='US PELVIS COMPLETE (TA ONLY - PATIENT DECLINED ENDOVAGINAL)', exam='pelvis', approach='transabdominal',
      ind='Right lower quadrant and pelvic pain; negative hCG',
      elements={**seen('uterus','endometrium','right_ovary','bladder'),'left_ovary':'not-seen'}), req=PTA, sex='F')

C('h019', 'Pelvis (non-OB)', """
Pelvic sonogram (transabdominal)
HISTORY: Left pelvic pressure. S/p total hysterectomy for fibroids (2021), ovaries preserved.

FINDINGS: The uterus and cervix are surgically absent. Vaginal cuff is unremarkable. The right ovary measures 2.5 x 1.5 x 1.8 cm and is normal. The left ovary measures 5.0 x 4.1 x 4.4 cm and contains a 3.9 cm cyst with fine internal lacy reticular echoes and no internal vascularity on color Doppler. The bladder is well distended and normal. No free fluid.

IMPRESSION: 3.9 cm left ovarian cyst with lacy internal echoes, most suggestive of a hemorrhagic cyst. Follow-up in 6-12 weeks recommended.
""", [L('76856','26')], ['N83.202','Z90.710'],
 "Uterus (and with it the endometrium) surgically absent counts; both ovaries measured and the bladder described: complete 76856-26. 'Most suggestive of a hemorrhagic cyst' is not coded as hemorrhagic: unspecified left ovarian cyst N83.202, with acquired absence of uterus and cervix Z90.710.",
 dict(title='Pelvic sonogram (transabdominal)', exam='pelvis', approach='transabdominal', ind='Left pelvic pressure; status post total hysterectomy, ovaries preserved',
      elements={'uterus':'absent','endometrium':'absent',**seen('right_ovary','left_ovary','bladder')}, doppler={"color":True}),
 req=PTA, sex='F')

C('h020', 'Pelvis (non-OB)', """
ULTRASOUND PELVIS (MALE)
Indication: 72-year-old man with nocturia and weak stream.

Bladder: Pre-void volume 420 mL. Bladder wall mildly trabeculated, 4 mm. No stones or masses.
Prostate: Enlarged, 5.4 x 4.6 x 4.9 cm, volume approximately 63 mL, with a median lobe indenting the bladder base.
Seminal vesicles: Symmetric and unremarkable.
Post-void residual: 180 mL.

IMPRESSION:
1. Prostatomegaly (63 mL) with median lobe hypertrophy.
2. Mild bladder wall trabeculation and elevated post-void residual of 180 mL.
""", [L('76856','26')], ['N40.1','R35.1','R39.12'],
 "Male pelvis with bladder (measured), prostate and seminal vesicles: complete 76856-26; the post-void residual measured during the imaging study is part of it (no 51798). BPH with lower urinary tract symptoms N40.1 plus the symptoms (nocturia R35.1, weak stream R39.12).",
 dict(title='ULTRASOUND PELVIS (MALE)', exam='pelvis', approach='transabdominal', ind='Nocturia and weak urinary stream',
      elements=seen('bladder','prostate','seminal_vesicles'),
      measurements=[{"name":"Prostate volume","value":63,"unit":"mL"},{"name":"Post-void residual","value":180,"unit":"mL"}]),
 req='pelvis-male', sex='M')

C('h021', 'Pelvis (non-OB)', """
BLADDER ULTRASOUND
reason: incomplete emptying, on tamsulosin
The urinary bladder was scanned before and after voiding. Prevoid 310 ml, postvoid 95 ml. Bladder wall smooth, no diverticulum, no intraluminal debris. Prostate not evaluated.
IMPRESSION: Post-void residual of 95 mL.
""", [L('76857','26')], ['R39.14'],
 "An imaging study of the bladder alone (with a signed report and images) is a limited pelvis, 76857-26; 51798 is for a non-imaging bladder scanner. Some coders would report 51798 for any post-void residual study. Feeling of incomplete bladder emptying R39.14.",
 dict(title='BLADDER ULTRASOUND', exam='pelvis', approach='transabdominal', ind='Incomplete bladder emptying, on tamsulosin',
      elements=seen('bladder'), measurements=[{"name":"Post-void residual","value":95,"unit":"mL"}]),
 req='pelvis-male', sex='M', acceptable=[[L('51798')]], amb='primary')

C('h022', 'Pelvis (non-OB)', """
03/16/2026  Outpatient Imaging
US PELVIS TRANSABDOMINAL & ENDOVAGINAL

Indication: Irregular menses, evaluate for polycystic ovaries.

Findings: Uterus 7.6 x 3.9 x 4.4 cm, normal. Endometrium 6 mm. Left ovary enlarged at 12.4 mL with more than 20 peripheral follicles of 2-8 mm. Right ovary not visualized on transabdominal or endovaginal imaging due to overlying bowel gas. Bladder unremarkable. No free fluid.

Impression: Enlarged left ovary with polycystic morphology. Right ovary obscured by bowel gas.
""", [L('76856','26'), L('76830','26')], ['N92.6','E28.2'],
 "The right ovary was not seen with a stated reason (bowel gas), which counts; all other elements documented on both approaches: 76856-26 + 76830-26. Irregular menstruation N92.6; polycystic ovarian morphology is coded E28.2 by most coders when the radiologist states it (the syndrome is a clinical diagnosis; some would code only N92.6).",
 dict(title='US PELVIS TRANSABDOMINAL & ENDOVAGINAL', exam='pelvis', approach=['transabdominal','transvaginal'],
      ind='Irregular menses; evaluate for polycystic ovaries',
      elements={**seen('uterus','endometrium','left_ovary','bladder'),'right_ovary':nr('overlying bowel gas')},
      measurements=[{"name":"Endometrial thickness","value":6,"unit":"mm"}]), req=PTA, sex='F', codeFamily='76856/76857 + 76830')

from core import *
CD = {"color": True, "spectral": True}
C('h062', 'Echo - transthoracic', """
TRANSTHORACIC ECHOCARDIOGRAM
Indication: Exertional dyspnea; systolic murmur.
Study quality: good. 2D, M-mode, spectral and color Doppler.

Left ventricle: normal size, concentric hypertrophy (septum 1.3 cm, posterior wall 1.2 cm). LVEF 60-65% by biplane Simpson. Grade I diastolic dysfunction (E/A 0.7, e' 6 cm/s).
Right ventricle: normal size and function, TAPSE 2.2 cm.
Left atrium: mildly dilated, LAVI 38 mL/m2.
Right atrium: normal.
Aortic valve: trileaflet, heavily calcified with restricted opening. Peak velocity 4.2 m/s, mean gradient 44 mmHg, AVA 0.8 cm2 by continuity. Trace AR on color.
Mitral valve: mild annular calcification, mild MR.
Tricuspid valve: trace TR, RVSP 32 mmHg.
Pulmonic valve: not well seen.
Aortic root 3.2 cm, ascending aorta 3.5 cm.
Pericardium: no effusion.

CONCLUSIONS:
1. Severe calcific aortic stenosis (AVA 0.8 cm2, mean gradient 44 mmHg).
2. Normal LV systolic function with LVH and grade I diastolic dysfunction.
3. Mild left atrial enlargement.
""", [L('93306','26')], ['I35.0','I51.7','R06.09'],
 "All structures of a complete TTE (chambers, valves, pericardium, aortic root/ascending aorta) with spectral (gradients, AVA, RVSP) and colour Doppler named: 93306-26. Nonrheumatic aortic stenosis I35.0; LVH/cardiomegaly I51.7; the dyspnoea on exertion R06.09 (diastolic dysfunction grade I without heart failure is not coded as I50).",
 dict(title='TRANSTHORACIC ECHOCARDIOGRAM', exam='echo_tte', ind='Exertional dyspnea; systolic murmur', echo={"extent":"complete"},
      elements=seen('chambers','valves','pericardium','aorta'), doppler=CD,
      measurements=[{"name":"LVEF","value":62,"unit":"%"},{"name":"AV mean gradient","value":44,"unit":"mmHg"}]), req='echo')

C('h063', 'Echo - transthoracic', """
LIMITED ECHO
reason: follow up pericardial effusion, post pericardiocentesis day 2
lv normal size and function, ef 55%. small residual circumferential pericardial effusion, 0.6 cm posteriorly, no chamber collapse. no respiratory variation of mitral inflow on pulsed wave doppler (< 15%). ivc 1.6 cm with > 50% collapse. color doppler: no significant valvular regurgitation.
impression: small residual pericardial effusion without echocardiographic tamponade physiology.
""", [L('93308','26'), L('93321','26'), L('93325','26')], ['I31.39'],
 "Focused follow-up echo (limited) 93308-26 with pulsed-wave spectral Doppler (+93321-26) and colour flow (+93325-26). Noninflammatory pericardial effusion I31.39.",
 dict(title='LIMITED ECHO', exam='echo_tte', ind='Follow-up pericardial effusion after pericardiocentesis', echo={"extent":"limited"},
      elements=seen('chambers','pericardium'), doppler=CD, measurements=[{"name":"LVEF","value":55,"unit":"%"}]), req='echo', ctx={"placeOfService":"21"})

C('h064', 'Echo - transthoracic', """
ECHOCARDIOGRAM REPORT
Study: Complete 2D/M-mode TTE. Doppler was not performed (patient unable to remain for the remainder of the study).
Indication: New atrial fibrillation.
LV: normal cavity size, EF visually 50%. Mild global hypokinesis.
RV: normal.
LA: severely dilated, 5.1 cm.
RA: moderately dilated.
AV: trileaflet, opens normally.
MV: thickened leaflets, normal motion.
TV: normal.
Pericardium: no effusion.
Aorta: aortic root 3.4 cm, normal.
IMPRESSION: Low-normal LV systolic function with mild global hypokinesis. Biatrial enlargement, severe LA.
""", [L('93307','26')], ['I48.91','I51.7'],
 "Every complete-TTE structure is documented but no Doppler of any kind (stated not performed): complete without Doppler, 93307-26. Atrial fibrillation unspecified I48.91; atrial enlargement is coded as cardiomegaly I51.7.",
 dict(title='ECHOCARDIOGRAM REPORT', exam='echo_tte', ind='New atrial fibrillation', echo={"extent":"complete"},
      elements=seen('chambers','valves','pericardium','aorta'), doppler={"color":False,"spectral":False}), req='echo')

C('h065', 'Echo - transesophageal', """
TRANSESOPHAGEAL ECHOCARDIOGRAM
Indication: Staphylococcus aureus bacteremia; evaluate for endocarditis.
Procedure: After topical anesthesia and moderate sedation administered by anesthesia, the probe was passed without difficulty. Multiplane imaging with color flow and pulsed/continuous wave Doppler.

Findings: LVEF 55%. Left atrial appendage free of thrombus, emptying velocity 62 cm/s. Interatrial septum intact by color Doppler. Mitral valve: 9 x 6 mm mobile echodensity on the atrial side of the posterior leaflet with moderate eccentric MR. Aortic valve: trileaflet, no vegetation, no abscess. Tricuspid and pulmonic valves normal. Thoracic aorta with mild plaque.

IMPRESSION: Mobile 9 mm mitral valve vegetation with moderate MR, consistent with infective endocarditis. No perivalvular abscess.
""", [L('93312','26'), L('93320','26'), L('93325','26')], ['R78.81','B95.61','I34.0'],
 "TEE with probe placement, image acquisition, interpretation and report (93312-26) with spectral Doppler (+93320-26) and colour flow (+93325-26). Sedation by anesthesia is not ours. 'Consistent with endocarditis' is not coded in the outpatient sense; code the bacteremia R78.81 with S. aureus B95.61 (susceptibility not stated: the index defaults to B95.61) and the mitral regurgitation I34.0.",
 dict(title='TRANSESOPHAGEAL ECHOCARDIOGRAM', exam='echo_tee', ind='Staphylococcus aureus bacteremia; evaluate for endocarditis', doppler=CD),
 codeFamily='93312 + 93320 + 93325')

C('h066', 'Echo - stress', """
EXERCISE STRESS ECHOCARDIOGRAM
Indication: Chest pain with exertion, equivocal ECG.
Protocol: Bruce. The patient exercised 8:10 minutes (10.1 METs), stopped for fatigue. Peak HR 152 (93% MPHR). BP 138/82 -> 188/84. Continuous 12-lead ECG monitoring throughout exercise and recovery under my direct supervision: 1 mm upsloping ST depression in II, III, aVF at peak, resolving within 1 minute. No arrhythmia. No chest pain.
Rest images: normal LV size, EF 60%, no regional wall motion abnormality.
Post-exercise images: all segments hyperdynamic, LV cavity decreased in size. No new wall motion abnormality.
CONCLUSION: Negative exercise stress echocardiogram for ischemia at a good workload. Nondiagnostic ECG changes.
""", [L('93351','26')], ['R07.9','R94.31'],
 "Stress echo at rest and after exercise with continuous ECG monitoring under the physician's supervision and interpretation: 93351-26 (no Doppler documented, so no add-ons; the treadmill ECG codes are included). Chest pain R07.9 and abnormal ECG R94.31.",
 dict(title='EXERCISE STRESS ECHOCARDIOGRAM', exam='echo_stress', ind='Exertional chest pain; equivocal ECG', echo={"ecgMonitoring":True}),
 codeFamily='93350/93351')

C('h067', 'Echo - transthoracic', """
ECHO COMPLETE W DOPPLER
DATE: 03/16/2026
INDICATION: heart failure with reduced ejection fraction, follow-up on guideline-directed therapy.
FINDINGS: The left ventricle is moderately dilated (LVIDd 6.4 cm) with severe global hypokinesis, EF 25% by Simpson's. The right ventricle is mildly dilated with mildly reduced function. Both atria are dilated. Mitral valve: moderate functional MR by color Doppler. Aortic valve: sclerotic without stenosis, peak velocity 1.4 m/s. Tricuspid valve: mild TR, estimated RVSP 48 mmHg.
IMPRESSION: Severe dilated cardiomyopathy with EF 25%, unchanged. Moderate functional MR. Moderate pulmonary hypertension.
""", [L('93308','26'), L('93321','26'), L('93325','26')], ['I50.20','I42.0','I34.0','I27.20'],
 "Titled complete with Doppler, but neither the pericardium nor the aorta is mentioned: strict rules make it a limited echo 93308-26 with spectral (+93321-26, velocities and RVSP) and colour (+93325-26). Some coders accept 93306 for a full study whose report omits normal structures. Systolic heart failure, acuity not stated I50.20 (HFrEF), dilated cardiomyopathy I42.0, mitral insufficiency I34.0, pulmonary hypertension I27.20.",
 dict(title='ECHO COMPLETE W DOPPLER', exam='echo_tte', ind='Heart failure with reduced ejection fraction, follow-up', 
      elements=seen('chambers','valves'), doppler=CD, measurements=[{"name":"LVEF","value":25,"unit":"%"}]), req='echo',
 acceptable=[[L('93306','26')]], amb='primary')

C('h068', 'Echo - transthoracic', """
Office echo - focused
Follow-up of LV function on doxorubicin. Prior 12/2025 EF 60%.
2D only. LV normal size. Biplane EF 57%, GLS not performed. No regional wall motion abnormalities. RV normal. No pericardial effusion.
Impression: Preserved LVEF 57% (prior 60%), not a significant decline.
""", [L('93308')], ['Z79.899'],
 "Focused 2D-only echo of LV function: limited 93308, office global (POS 11), no Doppler add-ons and no strain (GLS not performed, so no +93356). Surveillance for cardiotoxicity of current drug therapy: other long-term drug therapy Z79.899 (the cancer being treated is not stated in the report).",
 dict(title='Office echo - focused', exam='echo_tte', ind='LV function surveillance on doxorubicin', echo={"extent":"limited"},
      elements=seen('chambers','pericardium'), comparison={"priorDate":"2025-12-01","text":"Echo 12/2025, EF 60%"}), req='echo',
 ctx={"placeOfService":"11","billingRole":"global"})

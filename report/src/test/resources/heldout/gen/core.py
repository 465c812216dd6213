import json, os, copy
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CASES = []
DEFCTX = {"placeOfService": "22", "claimType": "professional", "billingRole": "professional", "payer": "medicare"}
REQ = {
 'abdomen': ['liver','gallbladder','common_bile_duct','pancreas','spleen','right_kidney','left_kidney','aorta','ivc'],
 'retroperitoneum': ['right_kidney','left_kidney','aorta','common_iliac_origins','ivc'],
 'retroperitoneum-urinary': ['right_kidney','left_kidney','bladder'],
 'pelvis-ta': ['uterus','endometrium','right_ovary','left_ovary','bladder'],
 'pelvis-tv': ['uterus','endometrium','right_ovary','left_ovary'],
 'pelvis-male': ['bladder','prostate','seminal_vesicles'],
 'breast': ['upper_outer','upper_inner','lower_outer','lower_inner','retroareolar'],
 'extremity': ['joint_space','muscles','tendons','soft_tissue'],
 'carotid': ['common_carotid','internal_carotid','external_carotid','vertebral'],
 'venous-lower': ['common_femoral','femoral','popliteal'],
 'venous-upper': ['internal_jugular','subclavian','axillary','brachial','basilic','cephalic'],
 'arterial-lower': ['common_femoral','femoral','popliteal','tibial'],
 'arterial-upper': ['subclavian','axillary','brachial','radial','ulnar'],
 'echo': ['chambers','valves','pericardium','aorta'],
}
FAM = {'abdomen':'76700/76705','retroperitoneum':'76770/76775','retroperitoneum-urinary':'76770/76775','pelvis-ta':'76856/76857',
 'pelvis-tv':'76830','pelvis-male':'76856/76857','breast':'76641/76642','extremity':'76881/76882','carotid':'93880/93882',
 'venous-lower':'93970/93971','venous-upper':'93970/93971','arterial-lower':'93925/93926','arterial-upper':'93930/93931',
 'echo':'93306/93307/93308'}
def L(code, *mods, units=1):
    return {"code": code, "modifiers": list(mods), "units": units}
def seen(*keys): return {k: "seen" for k in keys}
def nr(reason): return {"status": "not-seen", "reason": reason}

def C(id, family, text, expected, icd, rationale, study, req=None, documented=None, missing=None, codeFamily=None,
      acceptable=None, amb=None, ctx=None, other=None, date='2026-03-16', sex=None):
    CASES.append(dict(id=id, family=family, text=text, expected=expected, icd=icd, rationale=rationale, study=study,
      req=req, documented=documented, missing=missing, codeFamily=codeFamily, acceptable=acceptable or [], amb=amb,
      ctx=ctx or {}, other=other or [], date=date, sex=sex))

def build_study(c, s, sid):
    ctx = dict(DEFCTX); ctx.update(c['ctx'])
    d = {"id": sid}
    if 'title' in s: d['title'] = s['title']
    d.update({"dateOfService": s.get('date', c['date']), "placeOfService": ctx['placeOfService'],
              "claimType": ctx['claimType'], "billingRole": ctx['billingRole'], "payer": ctx['payer']})
    sex = s.get('sex', c['sex'])
    if sex: d['patient'] = {"sex": sex}
    for k in ['exam','laterality','limb','target','approach','pointOfCare','dynamic']:
        if k in s: d[k] = s[k]
    d['indication'] = {"text": s['ind'], "icd10": s.get('icd', c['icd'])}
    for k in ['elements','doppler','obstetric','echo']:
        if k in s: d[k] = s[k]
    d['images'] = {"stored": s.get('images', 1)}
    if 'cine' in s: d['images']['cine'] = s['cine']
    for k in ['measurements','comparison','procedures','priorSameDay','ordered']:
        if k in s: d[k] = s[k]
    d['report'] = {"signed": True, "interpretingNpi": "1234567893"}
    if s.get('pointOfCare'): d['report']['separateInterpretation'] = s.get('sep', True)
    d['orderingNpi'] = "1245319599"
    if 'notes' in s: d['notes'] = s['notes']
    return d

def describe(el):
    doc, miss = [], []
    for k, v in el.items():
        if v == 'seen': doc.append(k.replace('_',' '))
        elif v == 'absent': doc.append(k.replace('_',' ') + ' (surgically absent)')
        elif isinstance(v, dict) and v.get('reason'): doc.append(k.replace('_',' ') + ' (not seen: ' + v['reason'] + ')')
        elif isinstance(v, dict) and v.get('status') == 'seen': doc.append(k.replace('_',' '))
    return doc

def build():
    os.makedirs(OUT + '/reports', exist_ok=True); os.makedirs(OUT + '/studies', exist_ok=True)
    labels = []
    for c in CASES:
        with open(f"{OUT}/reports/{c['id']}.txt", 'w') as f: f.write(c['text'].strip('\n') + '\n')
        ss = c['study'] if isinstance(c['study'], list) else [c['study']]
        docs = [build_study(c, s, c['id'] if len(ss) == 1 else f"{c['id']}-{i+1}") for i, s in enumerate(ss)]
        with open(f"{OUT}/studies/{c['id']}.json", 'w') as f:
            json.dump(docs[0] if len(docs) == 1 else docs, f, indent=2); f.write('\n')
        req = c['req']; documented = c['documented']; missing = c['missing']
        fam = FAM.get(req) if isinstance(req, str) else None
        if req and isinstance(req, str): req = REQ[req]
        if documented is None:
            documented = []
            for s in ss: documented += describe(s.get('elements', {}))
        if missing is None:
            missing = []
            if req:
                el = {}
                for s in ss: el.update(s.get('elements', {}))
                for k in req:
                    v = el.get(k)
                    if v is None: missing.append(k.replace('_',' '))
                    elif v == 'not-seen' or (isinstance(v, dict) and v.get('status') == 'not-seen' and not v.get('reason')):
                        missing.append(k.replace('_',' ') + ' (not seen, no reason)')
        ctx = dict(DEFCTX); ctx.update(c['ctx'])
        labels.append({"id": c['id'], "sample_name": c['family'], "file": f"reports/{c['id']}.txt",
          "study": f"studies/{c['id']}.json", "context": ctx, "examFamily": c['family'],
          "expected": c['expected'], "acceptable": c['acceptable'], "ambiguous": c['amb'] is not None,
          "ambiguityScope": c['amb'], "icd10": c['icd'], "rationale": c['rationale'],
          "elements": {"codeFamily": c['codeFamily'] or fam or '/'.join(sorted({l['code'] for l in c['expected']})) or 'none',
                       "required": [r.replace('_',' ') for r in (req or [])], "documented": documented, "missing": missing},
          "otherServices": c['other']})
    with open(OUT + '/labels.json', 'w') as f: json.dump(labels, f, indent=1); f.write('\n')
    print(len(labels), 'cases')

import json, subprocess, sys
import os
H = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(H, '../../../../..'))
labels = json.load(open(H + '/labels.json'))
only = set(a for a in sys.argv[1:] if not a.startswith('-'))
def key(lines): return sorted((l['code'], tuple(l['modifiers']), l['units']) for l in lines)
for lab in labels:
    if only and lab['id'] not in only: continue
    p = H + '/' + lab['study']
    docs = json.load(open(p)); docs = docs if isinstance(docs, list) else [docs]
    prim = {pr.get('primaryCode') for d in docs for pr in d.get('procedures', [])}
    r = subprocess.run(['java','-jar',os.path.join(ROOT, 'cli/target/sonobill.jar'),'code','--format','json',p], capture_output=True, text=True)
    outs = [json.loads(x) for x in r.stdout.splitlines() if x.strip()]
    if not outs: print(lab['id'], 'NO OUTPUT', r.stderr[:500]); continue
    lines = [l for o in outs for l in o['lines']]
    status = [o['status'] for o in outs]
    exp = [l for l in lab['expected'] if l['code'] not in prim]
    acc = [[l for l in a if l['code'] not in prim] for a in lab['acceptable']]
    got = key(lines)
    if got == key(exp): verdict = 'OK'
    elif any(got == key(a) for a in acc): verdict = 'ACCEPTABLE'
    else: verdict = 'DIFF'
    warn = [f"{f['severity'][0]}:{f['code']}" for o in outs for f in o['findings'] if f['severity'] in ('error','warning')]
    print(lab['id'], verdict, status, 'got', [(l['code'], '-'.join(l['modifiers']), l['units']) for l in lines] if verdict!='OK' else '', 'exp', [(l['code'], '-'.join(l['modifiers'])) for l in exp] if verdict!='OK' else '', ' '.join(warn))
    if verdict == 'DIFF' or '-v' in sys.argv:
        for o in outs:
            for f in o['findings']:
                if f['severity'] != 'info' or 'COD' in f['code']: print('   ', f['severity'], f['code'], f['message'][:220])

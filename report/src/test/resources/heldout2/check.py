#!/usr/bin/env python3
"""Codes every gold study with the CLI and compares the engine's lines with expected/acceptable
(guided-procedure primary codes are left out: the engine does not output them). python3 check.py [ids] [-v]"""
import json, os, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
JAR = os.path.join(HERE, "../../../../../cli/target/sonobill.jar")
PROCS = {"10005","10006","19083","49083","32555","36573","36556","20604","20606","20611","19000","10021"}
args = [a for a in sys.argv[1:] if a != "-v"]; verbose = "-v" in sys.argv
labels = json.load(open(os.path.join(HERE, "labels.json")))
norm = lambda ls: sorted((l["code"], tuple(l["modifiers"]), l["units"]) for l in ls if l["code"] not in PROCS)
ok = bad = 0
for lab in labels:
    if args and lab["id"] not in args: continue
    p = os.path.join(HERE, lab["study"])
    r = subprocess.run(["java", "-jar", JAR, "code", "--format", "json", p], capture_output=True, text=True)
    outs = [json.loads(x) for x in r.stdout.splitlines() if x.strip()]
    if not outs: print(lab["id"], "NO OUTPUT", r.stderr[:500]); bad += 1; continue
    got = sorted(sum((norm(o["lines"]) for o in outs), []))
    exp = norm(lab["expected"]); accs = [norm(a) for a in lab["acceptable"]]
    st = [o["status"] for o in outs]
    if got == exp: ok += 1; tag = "OK "
    elif got in accs: ok += 1; tag = "ACC"
    else: bad += 1; tag = "DIFF"
    if tag != "OK " or verbose:
        print(tag, lab["id"], "got", got, "exp", exp, st)
        if verbose or tag == "DIFF":
            for o in outs:
                for f in o["findings"]:
                    if f["severity"] != "info" or f["code"] != "SB-REF-001": print("   ", f["severity"], f["code"], f["message"][:200])
print(ok, "match,", bad, "differ")

#!/usr/bin/env python3
"""Builds reports/, studies/ and labels.json of the heldout2 set from the case files c1.py, c2.py, c3.py."""
import json, os, sys, importlib
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
PROCS = {"10005","10006","19083","49083","32555","36573","36556","20604","20606","20611","19000","10021"}

def ctx_of(c):
    pos = c.get("pos", "22"); payer = c.get("payer", "medicare")
    role = "global" if pos == "11" else "professional"
    return {"placeOfService": pos, "claimType": "professional", "billingRole": role, "payer": payer}

def line(code, mods, ctx, units=1):
    m = list(mods)
    if code not in PROCS and ctx["billingRole"] == "professional":
        m = ["26"] + m
    return {"code": code, "modifiers": m, "units": units}

def lines(spec, ctx):
    out = []
    for s in spec:
        if isinstance(s, str): s = (s,)
        code = s[0]; mods = s[1] if len(s) > 1 else []; units = s[2] if len(s) > 2 else 1
        out.append(line(code, mods, ctx, units))
    return out

def elems(spec):
    if spec is None: return None
    if isinstance(spec, dict): return spec
    return {k: "seen" for k in spec.split()}

def study(c, s, sid, ctx):
    d = {"$schema": "../../../../../../docs/study.schema.json", "id": sid}
    if c.get("title_in_study", True) and (s.get("title") or c.get("title")):
        d["title"] = s.get("title", c.get("title"))
    d.update({"dateOfService": "2026-03-16", "placeOfService": ctx["placeOfService"], "claimType": "professional",
              "billingRole": ctx["billingRole"], "payer": ctx["payer"]})
    if c.get("sex"): d["patient"] = {"sex": c["sex"]}
    for k in ("exam", "laterality", "limb", "target", "approach", "pointOfCare", "dynamic"):
        if k in s: d[k] = s[k]
    d["indication"] = {"text": s.get("ind", c.get("ind")), "icd10": s.get("icd", c["icd"])}
    if "el" in s: d["elements"] = elems(s["el"])
    if "dop" in s: d["doppler"] = s["dop"]
    if "ob" in s: d["obstetric"] = s["ob"]
    if "echo" in s: d["echo"] = s["echo"]
    if "proc" in s: d["procedures"] = s["proc"]
    d["images"] = {"stored": 1}
    if "meas" in s: d["measurements"] = [{"name": n, "value": v, "unit": u} for n, v, u in s["meas"]]
    if "cmp" in s or "cmp" in c: d["comparison"] = {"text": s.get("cmp", c.get("cmp"))}
    rep = {"signed": True, "interpretingNpi": "1234567893"}
    if s.get("pointOfCare"): rep["separateInterpretation"] = True
    d["report"] = rep
    d["orderingNpi"] = "1245319599"
    if "ordered" in s: d["ordered"] = {"code": s["ordered"][0], "text": s["ordered"][1]}
    return d

def main():
    cases = []
    for m in ("c1", "c2", "c3", "c4"):
        try: cases += importlib.import_module(m).CASES
        except ModuleNotFoundError: pass
    os.makedirs(os.path.join(ROOT, "reports"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "studies"), exist_ok=True)
    labels = []
    for c in cases:
        cid = c["id"]; ctx = ctx_of(c)
        with open(os.path.join(ROOT, "reports", cid + ".txt"), "w") as f:
            f.write(c["text"].strip("\n") + "\n")
        ss = c["studies"] if "studies" in c else [c["study"]]
        docs = [study(c, s, cid if len(ss) == 1 else f"{cid}-{i+1}", ctx) for i, s in enumerate(ss)]
        with open(os.path.join(ROOT, "studies", cid + ".json"), "w") as f:
            json.dump(docs[0] if len(docs) == 1 else docs, f, indent=2); f.write("\n")
        el = c.get("el", {})
        labels.append({
            "id": cid, "sample_name": c["name"], "file": f"reports/{cid}.txt", "study": f"studies/{cid}.json",
            "context": ctx, "examFamily": c["fam"],
            "expected": lines(c["exp"], ctx),
            "acceptable": [lines(a, ctx) for a in c.get("acc", [])],
            "ambiguous": c.get("amb") is not None, "ambiguityScope": c.get("amb"),
            "icd10": c["icd"], "rationale": c["rat"],
            "elements": {"codeFamily": el.get("cf", ""), "required": el.get("req", []),
                         "documented": el.get("doc", []), "missing": el.get("miss", [])},
            "otherServices": c.get("other", [])})
    with open(os.path.join(ROOT, "labels.json"), "w") as f:
        json.dump(labels, f, indent=1); f.write("\n")
    print(len(cases), "cases")

if __name__ == "__main__":
    main()

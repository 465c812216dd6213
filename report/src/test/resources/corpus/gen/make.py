#!/usr/bin/env python3
"""Writes reports/<id>.txt, studies/<id>.json and labels.json from the part*.py specifications.
Run from anywhere: python3 gen/make.py"""
import glob, importlib.util, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

reports = []
for path in sorted(glob.glob(os.path.join(HERE, "part*.py"))):
    spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    reports.extend(mod.REPORTS)

ids = [r.id for r in reports]
dups = {i for i in ids if ids.count(i) > 1}
if dups:
    sys.exit("duplicate ids: %s" % sorted(dups))
reports.sort(key=lambda r: r.id)
os.makedirs(os.path.join(ROOT, "reports"), exist_ok=True)
os.makedirs(os.path.join(ROOT, "studies"), exist_ok=True)
for r in reports:
    with open(os.path.join(ROOT, "reports", r.id + ".txt"), "w") as f:
        f.write(r.text)
    with open(os.path.join(ROOT, "studies", r.id + ".json"), "w") as f:
        json.dump(r.study_doc(), f, indent=2)
        f.write("\n")
with open(os.path.join(ROOT, "labels.json"), "w") as f:
    json.dump([r.label() for r in reports], f, indent=1)
    f.write("\n")
print("%d reports written" % len(reports))

#!/usr/bin/env python3
"""Refreshes the counts in README.md (tables of families, contexts and ambiguous reports) from labels.json."""
import collections, json, os, re
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
L = json.load(open(os.path.join(ROOT, "labels.json")))
p = os.path.join(ROOT, "README.md")
s = open(p).read()
amb = [e for e in L if e["ambiguous"]]
fam = collections.Counter(e["examFamily"] for e in L)
ctx = collections.Counter((e["context"]["placeOfService"], e["context"]["billingRole"], e["context"]["payer"]) for e in L)
s = re.sub(r"\d+ reports: \d+ unambiguous, \d+ ambiguous\.", "%d reports: %d unambiguous, %d ambiguous." % (len(L), len(L) - len(amb), len(amb)), s)
s = re.sub(r"^\d+ fictional ultrasound reports", "%d fictional ultrasound reports" % len(L), s, flags=re.M)
def table(header, rows):
    global s
    s = re.sub(r"(" + re.escape(header) + r"\n\|[-|]+\|\n)(\|.*\|\n)+", lambda m: m.group(1) + "".join(r + "\n" for r in rows), s)
table("| Exam family (label `examFamily`) | Reports |", ["| %s | %d |" % kv for kv in sorted(fam.items())])
table("| POS | billingRole | payer | Reports |", ["| %s | %s | %s | %d |" % (k + (n,)) for k, n in sorted(ctx.items(), key=lambda x: -x[1])])
table("| Id | Family | Scope |", ["| %s | %s | %s |" % (e["id"], e["examFamily"], e["ambiguityScope"]) for e in amb])
open(p, "w").write(s)
print("README counts: %d reports, %d ambiguous" % (len(L), len(amb)))

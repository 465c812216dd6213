#!/usr/bin/env python3
"""Cross-check of the gold corpus against the SonoBill engine.

For every entry of labels.json, runs `sonobill code --format json` on its gold study file (studies/<id>.json) and
compares the engine's claim lines (code, modifiers as a set, units) with the label's `expected` lines.
Primary procedure codes (the `primaryCode` of the study's procedures, e.g. 10005, 19083, 49083, 32555, 36556) are
billed outside SonoBill and are left out of the comparison. A disagreement is printed with the engine's status and
its warning/error findings; a match with one of the `acceptable` alternatives is reported as such.

Usage: python3 check-gold.py [--jar PATH] [ids...]
Exit status: 0 when every study matches `expected`, 1 otherwise."""
import argparse, json, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", "..", "..", ".."))


def key(lines, skip):
    out = []
    for l in lines:
        if l["code"] in skip:
            continue
        out.append((l["code"], tuple(sorted(l.get("modifiers") or [])), l.get("units", 1)))
    return sorted(out)


def fmt(k):
    return ", ".join(c + ("-" + "-".join(m) if m else "") + ("x%d" % u if u != 1 else "") for c, m, u in k) or "(none)"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--jar", default=os.path.join(REPO, "cli", "target", "sonobill.jar"))
    ap.add_argument("--verbose", action="store_true", help="print warning/error findings of matching studies too")
    ap.add_argument("ids", nargs="*")
    a = ap.parse_args()
    labels = json.load(open(os.path.join(HERE, "labels.json")))
    if a.ids:
        labels = [l for l in labels if l["id"] in a.ids]
    files, docs = [], {}
    for l in labels:
        p = os.path.join(HERE, l["study"])
        files.append(p)
        docs[l["id"]] = json.load(open(p))
    res = subprocess.run(["java", "-jar", a.jar, "code", "--format", "json"] + files,
                         capture_output=True, text=True)
    if res.stderr.strip():
        print(res.stderr.strip(), file=sys.stderr)
    coded = {}
    for line in res.stdout.splitlines():
        if line.strip():
            o = json.loads(line)
            coded[o["studyId"]] = o
    bad = acc = 0
    for l in labels:
        doc = docs[l["id"]]
        parts = doc if isinstance(doc, list) else [doc]
        skip = {p.get("primaryCode") for s in parts for p in (s.get("procedures") or [])} - {None}
        lines, status, findings = [], [], []
        for s in parts:
            o = coded.get(str(s["id"]))
            if o is None:
                status.append("NOT CODED")
                continue
            lines += o["lines"]
            status.append(o["status"])
            findings += [f for f in o["findings"] if f["severity"] in ("error", "warning")]
        got = key(lines, skip)
        want = key(l["expected"], skip)
        alts = [key(x, skip) for x in l["acceptable"]]
        if got != want and not want and status and all(x == "blocked" for x in status):
            got = []  # blocked: nothing is billable as documented, which is what an empty expected list says
        if got == want:
            if a.verbose and findings:
                print("%s ok %s [%s]" % (l["id"], fmt(got), "/".join(status)))
                for f in findings:
                    print("    %s %s %s" % (f["severity"], f["code"], f["message"][:160]))
            continue
        if got in alts:
            acc += 1
            tag = "ACCEPTABLE"
        else:
            bad += 1
            tag = "DIFF"
        print("%s %s engine=%s expected=%s [%s]%s" % (l["id"], tag, fmt(got), fmt(want), "/".join(status),
                                                   " (ambiguous)" if l["ambiguous"] else ""))
        for f in findings:
            print("    %s %s %s" % (f["severity"], f["code"], f["message"][:200]))
    print("%d studies, %d match expected, %d match an acceptable alternative, %d disagree"
          % (len(labels), len(labels) - bad - acc, acc, bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())

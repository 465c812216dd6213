"""Helpers that turn the hand-written corpus specifications (part*.py) into
reports/<id>.txt, studies/<id>.json and labels.json.

The report texts are written by hand in the part files (not generated from
templates); this module only writes them out and assembles the gold study
documents and the label entries in the shared labels.json format
(../shared/data/reports/README.md)."""
import copy

SCHEMA = "../../../../../../docs/study.schema.json"

CTX_HOSP = {"placeOfService": "22", "claimType": "professional", "billingRole": "professional", "payer": "medicare"}
CTX_OFFICE = {"placeOfService": "11", "claimType": "professional", "billingRole": "global", "payer": "medicare"}
CTX_ED = {"placeOfService": "23", "claimType": "professional", "billingRole": "professional", "payer": "medicare"}
CTX_INPT = {"placeOfService": "21", "claimType": "professional", "billingRole": "professional", "payer": "medicare"}
CTX_HOSP_COMM = {"placeOfService": "22", "claimType": "professional", "billingRole": "professional", "payer": "commercial"}
CTX_OFFICE_COMM = {"placeOfService": "11", "claimType": "professional", "billingRole": "global", "payer": "commercial"}

INTERPRETING_NPI = "1234567893"
ORDERING_NPI = "1245319599"

# Human-readable required elements per family (the labels' elements.required).
REQUIRED = {
    "abdomen": ["liver", "gallbladder", "common bile duct", "pancreas", "spleen", "right kidney", "left kidney",
                "upper abdominal aorta", "inferior vena cava"],
    "retroperitoneum": ["standard set: both kidneys, abdominal aorta, common iliac artery origins, IVC",
                        "or, with urinary-tract history: both kidneys + urinary bladder"],
    "pelvis_f": ["uterus (measured)", "endometrium (measured)", "right ovary/adnexa", "left ovary/adnexa",
                 "urinary bladder"],
    "pelvis_tv": ["uterus", "endometrium", "right ovary/adnexa", "left ovary/adnexa"],
    "pelvis_m": ["urinary bladder", "prostate", "seminal vesicles"],
    "breast": ["upper outer quadrant", "upper inner quadrant", "lower outer quadrant", "lower inner quadrant",
               "retroareolar region"],
    "extremity": ["76881 (joint only): joint space", "periarticular muscles", "tendons", "soft tissue",
                  "76882: any focal or non-joint region"],
    "echo_tte": ["left atrium", "right atrium", "left ventricle", "right ventricle", "aortic valve", "mitral valve",
                 "tricuspid valve", "pericardium", "adjacent aorta (root/ascending)",
                 "spectral Doppler (93306 only)", "colour flow Doppler (93306 only)"],
    "carotid": ["B-mode (grayscale) imaging", "spectral Doppler analysis", "colour flow Doppler",
                "bilateral (93880): common carotid", "internal carotid", "external carotid", "vertebral"],
    "venous_lower": ["B-mode (grayscale) imaging", "spectral Doppler analysis", "colour flow Doppler",
                     "both legs (for 93970)", "common femoral vein", "femoral vein", "popliteal vein",
                     "compression / augmentation maneuvers"],
    "venous_upper": ["B-mode (grayscale) imaging", "spectral Doppler analysis", "colour flow Doppler",
                     "both arms (for 93970)", "internal jugular", "subclavian", "axillary", "brachial", "basilic",
                     "cephalic", "compression"],
    "arterial_lower": ["B-mode (grayscale) imaging", "spectral Doppler analysis", "colour flow Doppler",
                       "both legs (for 93925)", "common femoral", "femoral (superficial femoral)", "popliteal",
                       "tibial arteries"],
    "arterial_upper": ["B-mode (grayscale) imaging", "spectral Doppler analysis", "colour flow Doppler",
                       "both arms (for 93930)", "subclavian", "axillary", "brachial", "radial", "ulnar"],
    "abdominal_duplex": ["B-mode", "spectral Doppler", "colour flow Doppler", "arterial inflow", "venous outflow"],
    "aortoiliac_duplex": ["B-mode", "spectral Doppler", "colour flow Doppler", "aorta", "IVC", "common iliac",
                          "external iliac (both sides for 93978)"],
    "transplant": ["transplanted kidney (B-mode)", "for 76776: duplex Doppler (colour + spectral) of the transplant"],
    "ob_first": ["number of gestational sacs/embryos", "measurements for dating (CRL/MSD)", "cardiac activity",
                 "survey of visible fetal and placental anatomy", "maternal uterus and adnexa"],
    "ob_second": ["fetal number", "biometry appropriate to GA", "survey of intracranial, spinal and abdominal anatomy",
                  "four-chamber heart", "umbilical cord insertion", "placenta location", "amniotic fluid",
                  "maternal adnexa when visible"],
    "ob_detailed": ["all 76805 elements", "brain/ventricles", "face", "heart with outflow tracts and chest",
                    "organ-specific abdominal anatomy", "limbs number/length/architecture", "detailed cord and placenta"],
}


DEFAULT_DOS = "2026-03-02"
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _us(date):
    y, m, d = date.split("-")
    return "%s/%s/%s" % (m, d, y)


def add_date(id, text, dos):
    """The date of service must be readable from the report: when the text does not already give it, a date line
    is added in one of the forms transcription systems use."""
    if _us(dos) in text or dos in text:
        return text
    y, m, d = dos.split("-")
    forms = ["DATE OF SERVICE: %s" % _us(dos), "Date of exam: %s" % _us(dos), "EXAM DATE: %s" % _us(dos),
             "DOS: %s" % _us(dos), "Date: %s %d, %s" % (_MONTHS[int(m) - 1], int(d), y)]
    line = forms[int(id[1:]) % len(forms)]
    if text.startswith(",") or ",FINDINGS: ," in text:
        return "," + line + "," + text.lstrip(",")
    return line + "\n" + text


import re as _re

_F = _re.compile(r"\b(female|woman|she|her|Mrs|Ms|G\dP\d|pregnan\w*|uterus|uterine|ovar\w*|breast|endometri\w*|LMP|gestation\w*|fetus|fetal|twins?|vaginal|cervix|hysterectomy|menstrual|menses|postmenopausal|IVF|maternal|amniotic|placenta)\b", _re.I)
_M = _re.compile(r"\b(male|man|he|his|Mr|prostat\w*|testi\w*|testes|scrotal|scrotum|epididym\w*|seminal)\b", _re.I)


def sex_in_text(text, sex):
    return bool((_F if sex == "F" else _M).search(text))


def dob_in_text(text, dob):
    return _us(dob) in text or dob in text


def L(code, *mods, units=1):
    """One expected claim line in the shared labels format."""
    return {"code": code, "modifiers": list(mods), "units": units}


class Report:
    def __init__(self, id, text, fam, icd, exp, rat, study=None, acc=None, amb=None, ctx=None, sex=None, dob=None,
                 dos="2026-03-02", ind=None, req=None, doc=None, miss=None, code_family=None, other=None,
                 sample_name=None, studies=None, notes=None):
        self.id = id
        text = text.strip("\n") + "\n"
        if dos != DEFAULT_DOS:
            text = add_date(id, text, dos)
        self.text = text
        self.fam = fam
        self.study = study
        self.studies = studies  # for reports with two services: list of study dicts (each merged over common)
        self.icd = icd
        self.exp = exp
        self.rat = rat
        self.acc = acc or []
        self.amb = amb
        self.ctx = ctx or CTX_HOSP
        self.sex = sex
        self.dob = dob
        self.dos = dos
        self.ind = ind
        self.req = req
        self.doc = doc
        self.miss = miss
        self.code_family = code_family
        self.other = other or []
        self.sample_name = sample_name
        self.notes = notes

    def _one_study(self, part, suffix=""):
        s = {"$schema": SCHEMA, "id": self.id + suffix, "dateOfService": self.dos}
        s.update({k: v for k, v in self.ctx.items()})
        implied = {"ob": "F", "sonohysterography": "F", "scrotum": "M"}.get(part.get("exam"))
        sex = self.sex if self.sex and (sex_in_text(self.text, self.sex) or implied == self.sex) else None
        dob = self.dob if self.dob and dob_in_text(self.text, self.dob) else None
        if sex or dob:
            s["patient"] = {}
            if sex:
                s["patient"]["sex"] = sex
            if dob:
                s["patient"]["birthDate"] = dob
        part = copy.deepcopy(part)
        icd = part.pop("icd", self.icd)
        s.update({k: v for k, v in part.items() if k not in ("report", "images")})
        if "indication" not in s:
            s["indication"] = {"text": self.ind or "", "icd10": icd}
        if "images" not in part:
            s["images"] = {"stored": 1}
        else:
            s["images"] = part["images"]
        rep = {"signed": True, "interpretingNpi": INTERPRETING_NPI}
        rep.update(part.get("report", {}))
        s["report"] = rep
        if "orderingNpi" not in s:
            s["orderingNpi"] = ORDERING_NPI
        # key order: keep it readable
        order = ["$schema", "id", "title", "dateOfService", "placeOfService", "claimType", "billingRole", "payer",
                 "patient", "exam", "laterality", "limb", "target", "approach", "dynamic", "pointOfCare", "indication",
                 "elements", "doppler", "obstetric", "echo", "images", "measurements", "comparison", "procedures",
                 "report", "orderingNpi", "ordered", "priorSameDay", "notes"]
        return {k: s[k] for k in order if k in s} | {k: v for k, v in s.items() if k not in order}

    def study_doc(self):
        if self.studies:
            return [self._one_study(p, "-" + str(i + 1)) for i, p in enumerate(self.studies)]
        return self._one_study(self.study)

    def _elements_block(self):
        parts = self.studies or [self.study]
        req = self.req
        doc, miss = self.doc, self.miss
        if doc is None or miss is None:
            d, m = [], []
            for p in parts:
                el = p.get("elements") or {}
                for k, v in el.items():
                    name = k.replace("_", " ")
                    if v == "seen":
                        d.append(name)
                    elif v == "absent":
                        d.append(name + " (surgically absent)")
                    elif isinstance(v, dict) and v.get("status") == "not-seen" and v.get("reason"):
                        d.append(name + " (not seen: " + v["reason"] + ")")
                    elif isinstance(v, dict) and v.get("status") == "absent":
                        d.append(name + " (absent: " + (v.get("reason") or "") + ")")
                    else:
                        m.append(name + " (not seen, no reason given)")
            if doc is None:
                doc = d
            if miss is None:
                miss = m
        return {"codeFamily": self.code_family or "/".join(l["code"] for l in self.exp) or "none",
                "required": req or [], "documented": doc, "missing": miss}

    def label(self):
        scope = None
        if self.amb:
            scope = self.amb
        return {
            "id": self.id,
            "sample_name": self.sample_name or self.fam,
            "file": "reports/" + self.id + ".txt",
            "study": "studies/" + self.id + ".json",
            "context": dict(self.ctx),
            "examFamily": self.fam,
            "expected": self.exp,
            "acceptable": self.acc,
            "ambiguous": bool(self.amb),
            "ambiguityScope": scope,
            "icd10": self.icd,
            "rationale": self.rat,
            "elements": self._elements_block(),
            "otherServices": self.other,
        }


def els(keys, **over):
    """All keys seen, then overrides (value 'absent', 'not-seen' or ('not-seen', reason))."""
    d = {k: "seen" for k in keys}
    for k, v in over.items():
        if v is None:
            d.pop(k, None)
        elif isinstance(v, tuple):
            d[k] = {"status": v[0], "reason": v[1]}
        else:
            d[k] = v
    return d


ABD = ["liver", "gallbladder", "common_bile_duct", "pancreas", "spleen", "right_kidney", "left_kidney", "aorta", "ivc"]
RP = ["right_kidney", "left_kidney", "aorta", "common_iliac_origins", "ivc"]
RPU = ["right_kidney", "left_kidney", "bladder"]
PELF = ["uterus", "endometrium", "right_ovary", "left_ovary", "bladder"]
PELTV = ["uterus", "endometrium", "right_ovary", "left_ovary"]
PELM = ["bladder", "prostate", "seminal_vesicles"]
BR = ["upper_outer", "upper_inner", "lower_outer", "lower_inner", "retroareolar"]
EXT = ["joint_space", "muscles", "tendons", "soft_tissue"]
ECHO = ["chambers", "valves", "pericardium", "aorta"]
CAR = ["common_carotid", "internal_carotid", "external_carotid", "vertebral"]
VLE = ["common_femoral", "femoral", "popliteal"]
VUE = ["internal_jugular", "subclavian", "axillary", "brachial", "basilic", "cephalic"]
ALE = ["common_femoral", "femoral", "popliteal", "tibial"]
AUE = ["subclavian", "axillary", "brachial", "radial", "ulnar"]
DUP = {"color": True, "spectral": True}


def M(*triples):
    return [{"name": n, "value": v, "unit": u} if u else {"name": n, "value": v} for (n, v, u) in triples]

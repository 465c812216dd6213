package org.sonobill.engine.coding.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sonobill.engine.catalogue.GuidanceKind;
import org.sonobill.engine.finding.FindingCode;
import org.sonobill.engine.study.Procedure;

/**
 * Ultrasound guidance codes from the documented procedures: a recorded image and real-time needle visualisation
 * are required (US-DOC-005..007); never when the primary's code already includes guidance (NCCI ch. IX, US-DOC-008);
 * needle guidance in the region of a same-date diagnostic study is not separately reportable (NCCI ch. IX §H.8);
 * one unit per encounter (NCCI-US-04).
 */
final class GuidanceRule implements CodingRule {
    private static final String H8 = "NCCI Policy Manual ch. IX §H.8 (diagnostic ultrasound and needle guidance of the "
            + "same anatomic region on the same date are not separately reportable)";

    @Override
    public void apply(Worksheet w) {
        List<Procedure> procs = new ArrayList<>(w.study.procedures());
        procs.sort(Comparator.comparing(Procedure::kind, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Procedure::primaryCode, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Procedure::region, Comparator.nullsFirst(Comparator.naturalOrder())));
        for (Procedure p : procs) {
            if (p.primaryCode() != null) {
                w.primaryCodes.add(p.primaryCode());
            }
        }
        for (Procedure p : procs) {
            GuidanceKind k = w.catalogue.guidance(p.kind());
            if (k != null) {
                guide(w, p, k);
            }
        }
    }

    private void guide(Worksheet w, Procedure p, GuidanceKind k) {
        String code = k.code();
        String included = w.catalogue.guidanceIncludedIn(p.primaryCode());
        if (included != null) {
            w.addAbout(code, FindingCode.GUIDANCE_INCLUDED_IN_PRIMARY, name(),
                    p.primaryCode() + " (" + included + ") already includes imaging guidance, so " + code
                            + " is not reported with it.",
                    "Nothing to fix: bill " + p.primaryCode() + " alone.",
                    "NCCI Policy Manual ch. IX (procedures whose descriptor includes radiologic guidance); reference US-DOC-008");
            sameRegionAsGuidedProcedure(w, p);
            return;
        }
        String[] guided = w.catalogue.guidedEquivalentOf(p.primaryCode());
        if (guided != null) {
            w.addAbout(code, FindingCode.GUIDED_PRIMARY_CODE_EXISTS, name(),
                    p.primaryCode() + " is the code for " + guided[1].toLowerCase(java.util.Locale.ROOT)
                            + " without imaging guidance; when it is done under ultrasound guidance CPT has "
                            + guided[0] + ", which includes the guidance, so " + code + " is not reported.",
                    "Report " + guided[0] + " instead of " + p.primaryCode() + " + " + code
                            + " (if the guidance image and real-time needle are documented).",
                    "CPT guided-procedure codes (" + guided[0] + "); NCCI Policy Manual ch. IX; reference US-DOC-008");
            sameRegionAsGuidedProcedure(w, p);
            return;
        }
        if (!p.imageRecorded()) {
            w.addAbout(code, FindingCode.GUIDANCE_NO_RECORDED_IMAGE, name(),
                    "No permanently recorded image of the guidance for " + label(p) + ": " + code + " is not billable.",
                    "If an image was stored, add it to the record and document the localisation; otherwise bill only "
                            + "the unguided procedure.",
                    "CPT ultrasound guidance guidelines; reference US-DOC-005");
            return;
        }
        if (k.realTimeNeedle() && !p.realTimeNeedle()) {
            w.addAbout(code, FindingCode.GUIDANCE_NOT_REAL_TIME, name(),
                    "Real-time visualisation of the needle is not documented for " + label(p) + ": marking the skin and "
                            + "then puncturing blind is not ultrasound guidance, so " + code + " is not billable.",
                    "Document real-time visualisation of needle entry if it was done.",
                    "CPT 76937/76942; reference US-DOC-006/007");
            return;
        }
        if (k.vascularAccess() && (!p.sitesEvaluated() || !p.vesselPatent())) {
            String gap = !p.sitesEvaluated() && !p.vesselPatent() ? "evaluation of potential access sites and patency "
                    + "of the selected vessel are" : !p.sitesEvaluated() ? "evaluation of potential access sites is"
                    : "patency of the selected vessel is";
            w.addAbout(code, FindingCode.VASCULAR_ACCESS_ELEMENTS_MISSING, name(),
                    "For +76937 the " + gap + " not documented.",
                    "Document the sites evaluated and the patency of the vessel chosen, if done.",
                    "CPT +76937; reference US-DOC-006");
            return;
        }
        if (k.sameRegionRule() && w.hasExamLines()) {
            if (p.region() == null) {
                w.addAbout(code, FindingCode.GUIDANCE_REGION_MISSING, name(),
                        "The region of the guided procedure is not documented; it is taken to be the region of the "
                                + "diagnostic study, where " + code + " is not separately reportable.",
                        "Record the region (and side) of the guided procedure; in a different region " + code
                                + " is billable.", H8);
                return;
            }
            for (WorkLine l : w.lines) {
                if (l.origin != WorkLine.Origin.EXAM) {
                    continue;
                }
                Regions.Match m = Regions.compare(w.catalogue, p.region(), p.laterality(), l.regionGroup,
                        l.side(w.study.laterality()));
                if (m == Regions.Match.SAME) {
                    w.addAbout(code, FindingCode.GUIDANCE_SAME_REGION, name(),
                            code + " is not reported: the guided procedure (" + where(p) + ") is in the region of the "
                                    + "diagnostic study " + l.code + " of the same date.",
                            "Nothing to fix: bill the diagnostic study; guidance in the same region is included.", H8);
                    return;
                }
                if (m == Regions.Match.UNSURE) {
                    w.addAbout(code, FindingCode.GUIDANCE_REGION_MISSING, name(),
                            "It is not documented whether the guided procedure (" + where(p) + ") is in the region of "
                                    + "the diagnostic study " + l.code + " (limb or side missing); " + code
                                    + " is held back as if it were.",
                            "Record the limb and side of the procedure and of the study; in a different region or on the "
                                    + "other side " + code + " is billable.", H8);
                    return;
                }
            }
        }
        if (w.hasLine(code)) {
            w.addAbout(code, FindingCode.GUIDANCE_ONE_UNIT_PER_ENCOUNTER, name(),
                    "Several procedures were guided in this encounter; " + code + " is reported once.",
                    "Nothing to fix.", "NCCI Policy Manual ch. IX; reference NCCI-US-04 (one unit per encounter)");
            return;
        }
        boolean addOn = w.catalogue.code(code) != null && w.catalogue.code(code).kind().isAddOn();
        if (p.primaryCode() == null && k.primaryRequired() && !addOn) {
            w.addAbout(code, FindingCode.GUIDANCE_PRIMARY_MISSING, name(),
                    "The procedure that was guided is not identified (no primary code), so bundling with it cannot be "
                            + "checked.",
                    "Record the CPT code of the guided procedure (biopsy, aspiration, injection...).", k.source());
        }
        WorkLine line = w.addLine(code, 1, WorkLine.Origin.GUIDANCE, null, false, p.region(),
                "Ultrasound guidance for " + label(p) + ": recorded image" + (k.realTimeNeedle()
                        ? " and real-time needle visualisation" : "") + (k.vascularAccess()
                        ? ", access sites evaluated and vessel patency" : "") + " documented.", k.source());
        line.diagnoses.addAll(p.icd10());
        line.procedure = p;
        if (p.count() > 1) {
            line.explain("One unit for the encounter although " + p.count() + " passes or sites were done.");
            w.addAbout(code, FindingCode.GUIDANCE_ONE_UNIT_PER_ENCOUNTER, name(),
                    code + " is one unit per encounter, whatever the number of passes, lesions or sites (" + p.count() + ").",
                    "Nothing to fix.", "NCCI Policy Manual ch. IX; reference NCCI-US-04");
        }
    }

    /**
     * A diagnostic study of the region where a guided procedure (its code including the guidance) was done the same
     * day: the evaluation is part of the procedure unless it was a distinct diagnostic study that led to it.
     */
    private void sameRegionAsGuidedProcedure(Worksheet w, Procedure p) {
        for (WorkLine l : w.lines) {
            if (l.origin != WorkLine.Origin.EXAM || w.ptp().find(p.primaryCode(), l.code, w.dos) != null) {
                continue; // an NCCI pair with the primary decides this line (NcciPairRule)
            }
            Regions.Match m = Regions.compare(w.catalogue, p.region(), p.laterality(), l.regionGroup,
                    l.side(w.study.laterality()));
            if (m == Regions.Match.DIFFERENT) {
                continue;
            }
            w.addAbout(l.code, FindingCode.DIAGNOSTIC_SAME_REGION_AS_GUIDED_PROCEDURE, name(),
                    l.code + " is a diagnostic study " + (m == Regions.Match.SAME ? "of the region" : "possibly of the region")
                            + " (" + where(p) + ") of the ultrasound-guided procedure " + p.primaryCode()
                            + " done the same day.",
                    "Keep " + l.code + " only if the report shows a complete diagnostic evaluation that led to the "
                            + "decision to do the procedure; otherwise remove it.", H8);
            return;
        }
    }

    private static String where(Procedure p) {
        if (p.region() == null) {
            return "region not documented";
        }
        return p.laterality() == null ? p.region() : p.laterality().key() + " " + p.region();
    }

    private static String label(Procedure p) {
        return p.primaryCode() == null ? p.kind() : p.kind() + " (" + p.primaryCode() + ")";
    }
}

package org.sonobill.engine.coding.internal;

import java.util.List;
import org.sonobill.engine.catalogue.ExamFamily;
import org.sonobill.engine.finding.FindingCode;
import org.sonobill.engine.study.Laterality;

/**
 * Complete or limited by required elements: abdomen, retroperitoneum, breast and the duplex families. Options from
 * the catalogue: {@code paired} (per side), {@code duplex}, {@code completeNeedsBilateral} (vascular: complete is
 * bilateral), {@code unilateralIsLimited}, {@code limbRequired} with {@code limbElements}/{@code limbCodes}, and
 * {@code urinaryElements} (the alternative complete retroperitoneum with a urinary-tract history).
 */
final class ElementsSelector implements ExamSelector {

    @Override
    public void select(Worksheet w, ExamFamily f) {
        if (f.duplex() && !Duplex.documented(w, f)) {
            return;
        }
        if (f.flag("spectralRequired") && !w.study.doppler().spectral()) {
            w.add(FindingCode.DUPLEX_INCOMPLETE, "DopplerDocumentation",
                    f.name() + " needs spectral Doppler documented (velocities or waveforms); none is recorded.",
                    "Record the spectral Doppler findings, or do not bill the Doppler study.", Duplex.SOURCE);
            return;
        }
        Laterality lat = w.study.laterality();
        if ((f.paired() || f.flag("lateralityRequired")) && lat == null) {
            StudyChecks.lateralityMissing(w, f);
            return;
        }
        String limb = w.study.limb();
        if (f.flag("limbRequired") && limb == null) {
            StudyChecks.detailMissing(w, f, "limb", "\"lower\" or \"upper\"");
            return;
        }
        String complete = f.complete();
        String limited = f.limited();
        List<String> limbCodes = limb == null ? List.of() : f.list("limbCodes", limb);
        if (limbCodes.size() == 2) {
            complete = limbCodes.get(0);
            limited = limbCodes.get(1);
        }
        List<String> required = limb != null && !f.list("limbElements", limb).isEmpty()
                ? f.list("limbElements", limb) : f.list("elements");
        List<String> missing = Completeness.missing(w, required);
        List<String> urinary = f.list("urinaryElements");
        boolean viaUrinary = false;
        if (!missing.isEmpty() && !urinary.isEmpty() && Indications.urinary(w.dx)
                && Completeness.missing(w, urinary).isEmpty()) {
            viaUrinary = true;
            required = urinary;
            missing = List.of();
        }
        Completeness.warnUnexplained(w, required, complete);
        boolean bilateralNeeded = f.flag("completeNeedsBilateral");
        boolean unilateral = lat == Laterality.RIGHT || lat == Laterality.LEFT;
        boolean sideLimited = (bilateralNeeded && lat != Laterality.BILATERAL) || (f.flag("unilateralIsLimited") && unilateral);
        boolean completeOk = missing.isEmpty() && !sideLimited;
        String code = completeOk ? complete : limited;
        Laterality side = f.paired() ? lat : (unilateral && (bilateralNeeded || f.flag("unilateralIsLimited")) ? lat : null);
        String region = w.examRegion(f);
        WorkLine line = w.addLine(code, 1, WorkLine.Origin.EXAM, side, f.paired(), region, rationale(f, required,
                missing, completeOk, sideLimited, viaUrinary, lat), f.source());
        if (!missing.isEmpty()) {
            Completeness.limited(w, complete, limited, missing);
        } else if (sideLimited) {
            line.explain("A " + (lat == null ? "one-sided" : lat.key()) + " study: " + complete
                    + " requires a complete bilateral evaluation, so the limited code applies.");
            String title = w.study.title() == null ? "" : w.study.title().toLowerCase(java.util.Locale.ROOT);
            boolean orderedBilateral = complete.equals(w.study.orderedCode());
            if (bilateralNeeded && (orderedBilateral || title.contains("bilateral"))) {
                // a bilateral order or title studied on one side is coded as performed, and the gap is said
                w.add(org.sonobill.engine.finding.Finding.of(FindingCode.ORDERED_COMPLETE_DOCUMENTED_LIMITED,
                        "OrderedVersusPerformed", (orderedBilateral ? "Ordered as the bilateral " + complete
                                : "Titled \"" + w.study.title() + "\"") + " but the report documents one side"
                                + (lat == null ? "" : " (" + lat.key() + ")") + ". Coded " + limited + ".",
                        "If both sides were examined, document the other side; otherwise correct the title and bill "
                                + limited + " with the side studied.",
                        "CPT noninvasive vascular diagnostic studies (complete bilateral vs unilateral or limited); "
                                + "reference US-VAS-003").about(limited));
            }
        }
    }

    private static String rationale(ExamFamily f, List<String> required, List<String> missing, boolean complete,
                                    boolean sideLimited, boolean viaUrinary, Laterality lat) {
        if (complete) {
            return f.name() + ": all " + required.size() + " elements of the complete exam are documented ("
                    + Completeness.wordsList(required) + ")"
                    + (viaUrinary ? ", the kidneys-and-bladder set that is complete with a urinary-tract history" : "")
                    + (lat == Laterality.BILATERAL && f.flag("completeNeedsBilateral") ? ", on both sides" : "") + ".";
        }
        if (!missing.isEmpty()) {
            return f.name() + ": limited, because " + Completeness.wordsList(missing)
                    + Completeness.isAre(missing) + " not documented.";
        }
        return f.name() + ": limited.";
    }
}

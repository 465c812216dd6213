package org.sonobill.engine.coding.internal;

import java.util.List;
import org.sonobill.engine.catalogue.ExamFamily;
import org.sonobill.engine.finding.FindingCode;
import org.sonobill.engine.reference.AddOnEdit;
import org.sonobill.engine.study.EchoExtent;

/**
 * Transthoracic echo: 93306 when complete with spectral and colour Doppler; 93307 when complete without Doppler;
 * 93308 limited or follow-up with +93321 (spectral) and +93325 (colour) when done. Whether a Doppler add-on may go
 * with a primary is read from the CMS add-on code file, not hard-coded (reference US-ECH-001/002, e.3).
 */
final class EchoSelector implements ExamSelector {
    private static final String COMPLETE_WITH_DOPPLER = "93306";
    private static final String COMPLETE_NO_DOPPLER = "93307";
    private static final String LIMITED = "93308";

    @Override
    public void select(Worksheet w, ExamFamily f) {
        List<String> required = f.list("elements");
        List<String> missing = Completeness.missing(w, required);
        Completeness.warnUnexplained(w, required, COMPLETE_WITH_DOPPLER);
        EchoExtent extent = w.study.echo() == null ? null : w.study.echo().extent();
        boolean color = w.study.doppler().color();
        boolean spectral = w.study.doppler().spectral();
        if (extent == EchoExtent.LIMITED || !missing.isEmpty()) {
            limited(w, f, extent, missing, color, spectral);
        } else {
            complete(w, f, color, spectral);
        }
        if (w.study.echo() != null && w.study.echo().strain() && !w.lines.isEmpty()) {
            WorkLine base = w.lines.get(0);
            EchoAddOns.add(w, f, base, "93356", "Myocardial strain imaging with " + base.code + ".");
        }
    }

    private static void complete(Worksheet w, ExamFamily f, boolean color, boolean spectral) {
        if (color && spectral) {
            w.addLine(COMPLETE_WITH_DOPPLER, 1, WorkLine.Origin.EXAM, null, false, f.region(),
                    "Complete TTE: chambers, valves, pericardium and aorta documented, with spectral and colour Doppler.",
                    f.source());
            return;
        }
        WorkLine base = w.addLine(COMPLETE_NO_DOPPLER, 1, WorkLine.Origin.EXAM, null, false, f.region(),
                "Complete TTE: chambers, valves, pericardium and aorta documented"
                        + (color || spectral ? "; only " + (color ? "colour" : "spectral") + " Doppler is documented."
                        : ", without Doppler."), f.source());
        if (color || spectral) {
            String addOn = spectral ? "93320" : "93325";
            AddOnEdit edit = w.addOns().get(addOn);
            if (edit != null && edit.acceptsPrimary(COMPLETE_NO_DOPPLER)) {
                w.addLine(addOn, 1, WorkLine.Origin.EXAM, null, false, f.region(),
                        (spectral ? "Spectral" : "Colour flow") + " Doppler add-on with the complete TTE.", f.source());
            } else {
                base.explain("The CMS add-on code file does not list " + COMPLETE_NO_DOPPLER + " as a primary for +"
                        + addOn + ".");
                w.add(FindingCode.ECHO_DOPPLER_INCOMPLETE, "EchoDoppler",
                        "A complete TTE with only " + (color ? "colour" : "spectral") + " Doppler: 93306 needs both "
                                + "spectral and colour Doppler, and +" + addOn + " is not billable with 93307. Coded 93307.",
                        "If " + (color ? "spectral Doppler (gradients, velocities)" : "colour flow Doppler")
                                + " was performed, document it to support 93306.",
                        "CPT 93306/93307; CMS NCCI add-on code edits; reference US-ECH-001, US-DOC-010");
            }
        }
    }

    private static void limited(Worksheet w, ExamFamily f, EchoExtent extent, List<String> missing, boolean color,
                                boolean spectral) {
        String why = extent == EchoExtent.LIMITED ? "Limited or follow-up TTE."
                : "TTE coded limited: " + Completeness.wordsList(missing) + Completeness.isAre(missing)
                        + " not documented.";
        WorkLine base = w.addLine(LIMITED, 1, WorkLine.Origin.EXAM, null, false, f.region(), why, f.source());
        if (spectral) {
            EchoAddOns.add(w, f, base, "93321", "Spectral Doppler, limited, with the limited TTE.");
        }
        if (color) {
            EchoAddOns.add(w, f, base, "93325", "Colour flow Doppler with the limited TTE.");
        }
        if (extent != EchoExtent.LIMITED && !missing.isEmpty()) {
            Completeness.limited(w, color && spectral ? COMPLETE_WITH_DOPPLER : COMPLETE_NO_DOPPLER, LIMITED, missing,
                    extent == EchoExtent.COMPLETE ? "Performed as a complete echo" : null);
        }
    }
}

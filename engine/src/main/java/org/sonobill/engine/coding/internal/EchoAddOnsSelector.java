package org.sonobill.engine.coding.internal;

import org.sonobill.engine.catalogue.ExamFamily;
import org.sonobill.engine.reference.AddOnEdit;

/**
 * Echo studies with one base code and Doppler add-ons: transesophageal echo (93312) and stress echo (93350, or
 * 93351 with continuous ECG monitoring under physician supervision). Spectral Doppler adds +93320, colour flow
 * +93325, strain imaging +93356 — each only when the CMS add-on code file lists the base code as its primary
 * (reference a.5, e.3).
 */
final class EchoAddOnsSelector implements ExamSelector {

    @Override
    public void select(Worksheet w, ExamFamily f) {
        boolean monitored = w.study.echo() != null && w.study.echo().ecgMonitoring() && f.text("monitoredCode") != null;
        String base = monitored ? f.text("monitoredCode") : f.text("code");
        w.addLine(base, 1, WorkLine.Origin.EXAM, null, false, f.region(), f.name()
                + (monitored ? " with continuous ECG monitoring and physician supervision." : "."), f.source());
        if (w.study.doppler().spectral()) {
            addOn(w, f, base, f.text("spectralAddOn"), "Spectral Doppler (pulsed or continuous wave) with " + base + ".");
        }
        if (w.study.doppler().color()) {
            addOn(w, f, base, f.text("colorAddOn"), "Colour flow Doppler with " + base + ".");
        }
        if (w.study.echo() != null && w.study.echo().strain()) {
            addOn(w, f, base, f.text("strainAddOn"), "Myocardial strain imaging with " + base + ".");
        }
    }

    private static void addOn(Worksheet w, ExamFamily f, String base, String code, String why) {
        if (code == null) {
            return;
        }
        AddOnEdit edit = w.addOns().get(code);
        if (edit == null || edit.acceptsPrimary(base)) {
            w.addLine(code, 1, WorkLine.Origin.EXAM, null, false, f.region(), why, f.source());
        }
    }
}

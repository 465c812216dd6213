package org.sonobill.engine.coding.internal;

import org.sonobill.engine.catalogue.ExamFamily;

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
        WorkLine line = w.addLine(base, 1, WorkLine.Origin.EXAM, null, false, f.region(), f.name()
                + (monitored ? " with continuous ECG monitoring and physician supervision." : "."), f.source());
        if (w.study.doppler().spectral()) {
            EchoAddOns.add(w, f, line, f.text("spectralAddOn"), "Spectral Doppler (pulsed or continuous wave) with " + base + ".");
        }
        if (w.study.doppler().color()) {
            EchoAddOns.add(w, f, line, f.text("colorAddOn"), "Colour flow Doppler with " + base + ".");
        }
        if (w.study.echo() != null && w.study.echo().strain()) {
            String strain = f.text("strainAddOn") != null ? f.text("strainAddOn") : "93356";
            EchoAddOns.add(w, f, line, strain, "Myocardial strain imaging with " + base + ".");
        }
    }
}

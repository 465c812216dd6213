package org.sonobill.engine.coding.internal;

import org.sonobill.engine.catalogue.ExamFamily;

/**
 * Transplanted kidney: 76776 includes duplex Doppler; without a documented duplex the exam is a limited
 * retroperitoneal 76775 (CPT Changes 2007; NCCI-US-07).
 */
final class TransplantKidneySelector implements ExamSelector {

    @Override
    public void select(Worksheet w, ExamFamily f) {
        if (w.study.doppler().isDuplex()) {
            w.addLine(f.text("duplexCode"), 1, WorkLine.Origin.EXAM, null, false, f.region(),
                    "Transplanted kidney with duplex (colour and spectral Doppler documented).", f.source());
        } else {
            w.addLine(f.text("plainCode"), 1, WorkLine.Origin.EXAM, null, false, f.region(),
                    "Transplanted kidney without a documented duplex: limited retroperitoneal code.", f.source());
        }
    }
}

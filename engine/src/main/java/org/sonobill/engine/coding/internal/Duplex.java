package org.sonobill.engine.coding.internal;

import org.sonobill.engine.catalogue.ExamFamily;
import org.sonobill.engine.finding.FindingCode;

/** The duplex gate: every duplex code needs B-mode, spectral and colour Doppler documented (reference US-VAS-001). */
final class Duplex {
    static final String SOURCE = "CPT non-invasive vascular guidelines (duplex = B-mode, spectral analysis and colour "
            + "flow); NCCI Policy Manual ch. IX; reference US-VAS-001, US-DOC-009";

    private Duplex() {
    }

    /** True when the study documents a duplex; otherwise adds the finding and returns false. */
    static boolean documented(Worksheet w, ExamFamily f) {
        if (w.study.doppler().isDuplex()) {
            return true;
        }
        String missing = !w.study.doppler().color() && !w.study.doppler().spectral() ? "spectral and colour Doppler"
                : !w.study.doppler().color() ? "colour Doppler" : "spectral Doppler";
        w.add(FindingCode.DUPLEX_INCOMPLETE, "DuplexDocumentation",
                f.name() + " is a duplex study, but " + missing + " is not documented: no duplex code is supportable"
                        + " (colour alone, or grey scale with a Doppler check, is not a duplex).",
                "If a duplex was performed, the report must name colour flow and spectral Doppler (waveforms or "
                        + "velocities); otherwise code the grey-scale exam that was done.",
                SOURCE);
        return false;
    }
}

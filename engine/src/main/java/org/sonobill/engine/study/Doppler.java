package org.sonobill.engine.study;

/** Doppler modes documented: colour flow and spectral (waveforms, velocities). B-mode is implied by the exam. */
public record Doppler(boolean color, boolean spectral) {
    public static final Doppler NONE = new Doppler(false, false);

    /** Duplex needs both (US-VAS-001): colour alone is not a duplex. */
    public boolean isDuplex() {
        return color && spectral;
    }
}

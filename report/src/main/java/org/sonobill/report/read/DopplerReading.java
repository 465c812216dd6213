package org.sonobill.report.read;

import java.util.Set;
import org.sonobill.engine.study.Doppler;
import org.sonobill.report.lexicon.PhraseMatcher;
import org.sonobill.report.text.SectionKind;

/**
 * Reads the Doppler modes used. Colour counts only when named (colour, colour flow, power Doppler); spectral counts
 * when named, when waveforms, velocities, gradients or ratios derived from it are reported, or for a study called
 * "Doppler" or "duplex" (reference conventions of the coder labels; US-VAS-001: a duplex needs both). A mode said in
 * the negative ("no internal colour flow") was still used. The history does not count: it says what was asked for.
 */
final class DopplerReading {
    private static final Set<SectionKind> WHERE = Set.of(SectionKind.TITLE, SectionKind.TECHNIQUE,
            SectionKind.FINDINGS, SectionKind.IMPRESSION);

    Doppler read(Reading r) {
        boolean color = false;
        boolean spectral = false;
        for (PhraseMatcher.Match<String> m : r.find(r.lexicon.cues("doppler"), WHERE)) {
            if (m.value().equals("color") && !color) {
                color = true;
                r.evidence("doppler.color", "true", m.first(), m.end(), "cues.tsv doppler");
            } else if (m.value().equals("spectral") && !spectral) {
                spectral = true;
                r.evidence("doppler.spectral", "true", m.first(), m.end(), "cues.tsv doppler");
            }
        }
        return new Doppler(color, spectral);
    }
}

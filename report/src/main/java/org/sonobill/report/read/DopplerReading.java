package org.sonobill.report.read;

import java.util.Set;
import org.sonobill.engine.study.Doppler;
import org.sonobill.report.lexicon.PhraseMatcher;
import org.sonobill.report.text.SectionKind;

/**
 * Reads the Doppler modes used. Colour counts only when named (colour, colour flow, power Doppler); spectral counts
 * when named, when waveforms, velocities, gradients or ratios derived from it are reported, or for a study called
 * "Doppler" or "duplex" (reference conventions of the coder labels; US-VAS-001: a duplex needs both). A finding about
 * flow said in the negative ("no internal colour flow") still used the mode; a mode said not done ("colour Doppler
 * was not performed", "without Doppler") was not, whatever else the report says, and a contradiction goes to a coder.
 * The history does not count: it says what was asked for.
 */
final class DopplerReading {
    private static final Set<SectionKind> WHERE = Set.of(SectionKind.TITLE, SectionKind.TECHNIQUE,
            SectionKind.FINDINGS, SectionKind.IMPRESSION);
    private static final int NOT_DONE_WINDOW = 5;

    Doppler read(Reading r) {
        int[] color = null;
        int[] spectral = null;
        int[] colorNot = null;
        int[] spectralNot = null;
        for (PhraseMatcher.Match<String> m : r.find(r.lexicon.cues("doppler"), WHERE)) {
            boolean isColor = m.value().equals("color");
            int[] at = {m.first(), m.end()};
            if (notDone(r, m)) {
                if (isColor && colorNot == null) {
                    colorNot = at;
                } else if (!isColor && spectralNot == null) {
                    spectralNot = at;
                }
            } else if (isColor && color == null) {
                color = at;
            } else if (!isColor && spectral == null) {
                spectral = at;
            }
        }
        boolean c = decide(r, "doppler.color", color, colorNot);
        boolean s = decide(r, "doppler.spectral", spectral, spectralNot);
        return new Doppler(c, s);
    }

    private static boolean decide(Reading r, String fact, int[] used, int[] notUsed) {
        if (notUsed != null) {
            r.evidence(fact, "false (said not done)", notUsed[0], notUsed[1], "cues.tsv not-done");
            if (used != null) {
                r.review("RPT-DOPPLER-CONFLICT", fact, "The report says this Doppler mode was not done but also "
                        + "reports \"" + r.span(used[0], used[1]) + "\": check whether it was used.", used[0], used[1]);
            }
            return false;
        }
        if (used != null) {
            r.evidence(fact, "true", used[0], used[1], "cues.tsv doppler");
            return true;
        }
        return false;
    }

    /** "colour Doppler was not performed", "Doppler module unavailable", "without Doppler". */
    private static boolean notDone(Reading r, PhraseMatcher.Match<String> m) {
        int[] c = r.clause(m.first());
        for (int k = m.end(); k < Math.min(c[1], m.end() + NOT_DONE_WINDOW); k++) {
            if (r.at(r.lexicon.cues("not-done"), k, c[1]) != null) {
                return true;
            }
        }
        String before = m.first() > c[0] ? r.tokens.get(m.first() - 1).word() : "";
        if (before.equals("without") || before.equals("no")) {
            // "No Doppler." names the modality; "no colour flow in the cyst" is a finding made with colour
            String w = r.tokens.get(m.end() - 1).word();
            return w.equals("doppler") || w.equals("duplex") || w.equals("imaging") || w.equals("dopplers");
        }
        return false;
    }
}

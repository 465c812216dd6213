package org.sonobill.report.read;

import java.util.Locale;
import org.sonobill.engine.study.Laterality;
import org.sonobill.report.text.Section;
import org.sonobill.report.text.Token;

/** Which side a part of the report speaks of: its clause, else its sentence, else its section's heading. */
final class Sides {
    private static final java.util.Set<String> PARTS = java.util.Set.of("knee", "shoulder", "hip", "breast", "arm",
            "leg", "kidney", "ovary", "wrist", "ankle", "elbow", "hand", "foot", "axilla", "thigh", "calf", "testis",
            "testicle", "lobe", "neck", "groin", "thumb", "finger", "toe", "forearm", "ij", "internal", "femoral",
            "carotid", "lower", "upper", "sfa", "cfa", "ica", "cca");

    private Sides() {
    }

    /** The side of one word, or null when neither the clause, the sentence nor the heading says one. */
    static Laterality at(Reading r, int i) {
        int[] c = r.clause(i);
        Laterality side = in(r, c[0], c[1]);
        if (side != null) {
            return side;
        }
        int[] s = r.sentence(i);
        side = in(r, s[0], s[1]);
        if (side != null) {
            return side;
        }
        return ofHeading(r, r.tokens.get(i));
    }

    /** The side named by tokens {@code from} to {@code to}: both, one, or null. */
    static Laterality in(Reading r, int from, int to) {
        boolean right = false;
        boolean left = false;
        for (int k = from; k < to; k++) {
            String w = r.tokens.get(k).word();
            if ((w.equals("r") || w.equals("l")) && k + 1 < r.tokens.size() && PARTS.contains(r.tokens.get(k + 1).word())) {
                // "R knee", "L shoulder": a single letter names a side only before a body part
                w = w.equals("r") ? "right" : "left";
            }
            switch (w) {
                case "right", "rt" -> right = true;
                case "left", "lt" -> left = true;
                case "bilateral", "bilaterally", "both" -> {
                    right = true;
                    left = true;
                }
                default -> {
                }
            }
        }
        return right && left ? Laterality.BILATERAL : right ? Laterality.RIGHT : left ? Laterality.LEFT : null;
    }

    private static Laterality ofHeading(Reading r, Token t) {
        for (Section s : r.text.sections()) {
            if (t.start() >= s.start() && t.start() < s.end() && !s.heading().isEmpty()) {
                String h = " " + s.heading().toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", " ") + " ";
                boolean right = h.contains(" right ") || h.contains(" rt ");
                boolean left = h.contains(" left ") || h.contains(" lt ");
                return right && left ? Laterality.BILATERAL : right ? Laterality.RIGHT : left ? Laterality.LEFT : null;
            }
        }
        return null;
    }
}

package org.sonobill.report.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sonobill.engine.study.Laterality;
import org.sonobill.engine.study.Procedure;
import org.sonobill.report.lexicon.Lexicon;
import org.sonobill.report.lexicon.PhraseMatcher;
import org.sonobill.report.text.SectionKind;

/**
 * Reads ultrasound-guided procedures (procedures.tsv): a procedure counts only when the report says ultrasound guided
 * it. Real-time needle visualisation and a recorded image are read for 76942 and +76937 (reference US-DOC-006/007);
 * for vascular access, the evaluation of sites and the vessel's patency.
 */
final class ProcedureReading {
    private static final Set<SectionKind> WHERE = Set.of(SectionKind.TITLE, SectionKind.TECHNIQUE,
            SectionKind.FINDINGS, SectionKind.IMPRESSION);
    private static final Set<String> PAIRED = Set.of("breast", "extremity", "upper-extremity", "lower-extremity",
            "chest");

    List<Procedure> read(Reading r, String examRegion, Laterality examSide) {
        // a procedure recommended, planned or done before ("FNA is recommended", "prior biopsy"), or a device
        // already in place ("thrombus surrounding the PICC"), is not one done in this encounter; procedures named
        // by the title come first, so a generic "core biopsy" does not override the liver biopsy it describes
        // a title naming a procedure, with or without a study beside it (the looser of the two tests)
        boolean note = procedureNote(r, false);
        List<PhraseMatcher.Match<Lexicon.ProcedureTerm>> found = r.find(r.lexicon.procedures(), WHERE).stream()
                .filter(m -> !advice(r, m.first()) && !negated(r, m.first()) && (note || done(r, m.first())))
                .sorted(java.util.Comparator.comparing(m -> m.value().region().equals("from-exam")))
                .toList();
        if (found.isEmpty()) {
            // a needle procedure this reader has no row for ("prostate biopsy", "sclerotherapy") is not coded
            for (PhraseMatcher.Match<String> m : r.find(r.lexicon.cues("procedure-word"), WHERE)) {
                if (!advice(r, m.first()) && !r.tokens.get(m.end() - 1).word().equals("pneumonia")
                        && !(m.end() < r.tokens.size() && r.tokens.get(m.end()).word().equals("pneumonia"))) {
                    r.review("RPT-PROCEDURE-UNKNOWN", "procedures", "The report describes a procedure (\""
                            + r.span(m.first(), m.end()) + "\") this reader does not code: code it by hand.",
                            m.first(), m.end());
                    break;
                }
            }
            return List.of();
        }
        PhraseMatcher.Match<String> guided = first(r, "guided");
        if (guided == null) {
            r.review("RPT-PROCEDURE-GUIDANCE", "procedures", "The report describes \"" + r.span(found.get(0).first(),
                    found.get(0).end()) + "\" but does not say ultrasound guided it: code the procedure by hand.",
                    found.get(0).first(), found.get(0).end());
            return List.of();
        }
        PhraseMatcher.Match<String> realTime = first(r, "realtime");
        PhraseMatcher.Match<String> saved = first(r, "image-saved");
        if (saved == null) {
            saved = imageKept(r);
        }
        PhraseMatcher.Match<String> sites = first(r, "sites");
        PhraseMatcher.Match<String> patent = first(r, "patent");
        List<Procedure> out = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (PhraseMatcher.Match<Lexicon.ProcedureTerm> m : found) {
            Lexicon.ProcedureTerm term = m.value();
            String region = term.region().equals("from-exam") ? examRegion : term.region();
            if (region == null) {
                r.review("RPT-PROCEDURE-REGION", "procedures", "The report describes a guided " + term.name()
                        + " but not where: code the procedure by hand.", m.first(), m.end());
                continue;
            }
            if (!out.isEmpty() && term.region().equals("from-exam")) {
                // "core biopsy" in a liver biopsy note: the named procedure already says what was done
                continue;
            }
            String code = code(r, term, region, m.first());
            if (code == null) {
                continue;
            }
            if (codes.contains(code)) {
                continue;
            }
            codes.add(code);
            Laterality side = null;
            if (PAIRED.contains(region)) {
                side = Sides.at(r, m.first());
                if (side == null) {
                    side = examSide;
                }
                if (side == null && !code.startsWith("36")) {
                    // a vascular access line carries no side on the claim; a breast or a joint does
                    r.review("RPT-SIDE", "procedures", "The guided " + term.name() + " does not say which side.",
                            m.first(), m.end());
                }
            }
            r.evidence("procedures", code + " " + term.name() + " (" + region
                    + (side == null ? "" : ", " + side.key()) + ")", m.first(), m.end(), "procedures.tsv");
            r.evidence("procedures.guided", "ultrasound guidance", guided.first(), guided.end(), "cues.tsv guided");
            if (realTime != null) {
                r.evidence("procedures.realTimeNeedle", "true", realTime.first(), realTime.end(), "cues.tsv realtime");
            }
            if (saved != null) {
                r.evidence("procedures.imageRecorded", "true", saved.first(), saved.end(), "cues.tsv image-saved");
            }
            out.add(new Procedure(term.kind(), code, region, side, realTime != null, saved != null,
                    sites != null, patent != null, 1, List.of()));
            if (term.kind().equals("vascular-access") && (sites == null || patent == null || realTime == null
                    || saved == null)) {
                // +76937 needs all four; a missing one may be a reading miss as much as a documentation gap
                r.review("RPT-PROCEDURE-ACCESS", "procedures", "Vascular access guidance (+76937) needs the access sites "
                        + "evaluated, the vessel shown patent, the needle seen entering it and a recorded image; the "
                        + "reader did not find " + String.join(", ", missingAccess(sites, patent, realTime, saved))
                        + ": check the report.", m.first(), m.end());
            }
            String addOn = ADDITIONAL_LESION.get(code);
            if (addOn != null) {
                int lesions = lesions(r);
                if (lesions > 1) {
                    // CPT 10006 / 19084: each additional lesion sampled in the same session
                    out.add(new Procedure(term.kind(), addOn, region, side, realTime != null, saved != null,
                            sites != null, patent != null, lesions - 1, List.of()));
                    codes.add(addOn);
                    r.evidence("procedures", addOn + " x" + (lesions - 1) + " (each additional lesion)", m.first(),
                            m.end(), "lesions counted: " + lesions);
                } else if (lesions < 0) {
                    r.review("RPT-PROCEDURE-COUNT", "procedures", "The report samples more than one lesion but does "
                            + "not say how many: add " + ADDITIONAL_LESION.get(code) + " for each additional lesion.",
                            m.first(), m.end());
                }
            }
        }
        return out;
    }

    /** First-lesion codes and their each-additional-lesion add-ons (CPT 10005/10006, 19083/19084). */
    private static final java.util.Map<String, String> ADDITIONAL_LESION = java.util.Map.of("10005", "10006",
            "19083", "19084");
    private static final java.util.Map<String, Integer> NUMBERS = java.util.Map.of("two", 2, "three", 3, "four", 4,
            "2", 2, "3", 3, "4", 4, "both", 2);
    private static final Set<String> LESIONS = Set.of("nodules", "lesions", "masses", "cysts", "nodes", "sites",
            "targets", "nodule", "lesion", "mass");

    /**
     * How many lesions were sampled: the number before a lesion noun in the title or a sentence reporting the
     * procedure ("FNA of two thyroid nodules"), or "right and left ... nodules"; 1 when one is named; -1 when
     * several are named without a number.
     */
    private static int lesions(Reading r) {
        int most = 0;
        boolean plural = false;
        boolean rightLesion = false;
        boolean leftLesion = false;
        for (int i = 0; i < r.tokens.size(); i++) {
            // "FNA thyroid x2" in the title
            String w = r.tokens.get(i).word();
            if (r.tokens.get(i).section() == SectionKind.TITLE && w.matches("x[2-9]")) {
                most = Math.max(most, w.charAt(1) - '0');
            }
        }
        for (int i = 0; i < r.tokens.size(); i++) {
            String w = r.tokens.get(i).word();
            if (!LESIONS.contains(w) || !WHERE.contains(r.tokens.get(i).section())
                    || !(r.tokens.get(i).section() == SectionKind.TITLE || done(r, i)) || advice(r, i)) {
                continue;
            }
            boolean many = w.endsWith("s") && !w.equals("mass");
            // "the right mid nodule ... then the left lower nodule": two lesions, one on each side
            Laterality lesionSide = Sides.in(r, r.clause(i)[0], i + 1);
            rightLesion |= lesionSide == Laterality.RIGHT;
            leftLesion |= lesionSide == Laterality.LEFT;
            for (int k = Math.max(r.clause(i)[0], i - 4); k < i; k++) {
                Integer n = NUMBERS.get(r.tokens.get(k).word());
                if (n != null && many) {
                    most = Math.max(most, n);
                }
                if (many && r.tokens.get(k).word().equals("and") && k > 0
                        && (r.tokens.get(k - 1).word().equals("right") || r.tokens.get(k - 1).word().equals("left"))) {
                    most = Math.max(most, 2);
                }
            }
            plural |= many;
        }
        if (rightLesion && leftLesion) {
            most = Math.max(most, 2);
        }
        if (most > 0) {
            return most;
        }
        return plural ? -1 : 1;
    }

    /** The procedure's code: the row's code, its code for the region, or by the joint named. */
    private static String code(Reading r, Lexicon.ProcedureTerm term, String region, int at) {
        String spec = term.primaryCode();
        if (spec.equals("joint")) {
            String joint = joint(r, at);
            if (joint == null) {
                r.review("RPT-PROCEDURE-CODE", "procedures", "The " + term.name() + " does not name the joint, which "
                        + "decides 20604, 20606 or 20611: code it by hand.", at, at + 1);
            }
            return joint;
        }
        if (!spec.contains("=")) {
            return spec;
        }
        for (String pair : spec.split(";")) {
            String[] kv = pair.split("=");
            if (kv[0].equals(region)) {
                if (kv[1].equals("joint")) {
                    String joint = joint(r, at);
                    if (joint == null) {
                        r.review("RPT-PROCEDURE-CODE", "procedures", "The " + term.name() + " does not name the "
                                + "joint, which decides 20604, 20606 or 20611: code it by hand.", at, at + 1);
                    }
                    return joint;
                }
                return kv[1];
            }
        }
        r.review("RPT-PROCEDURE-CODE", "procedures", "A guided " + term.name() + " of the " + region + " has a code "
                + "this reader does not choose: code the procedure by hand.", at, at + 1);
        return null;
    }

    /** Arthrocentesis or injection codes by joint size (CPT 20604/20606/20611, with ultrasound guidance). */
    private static String joint(Reading r, int at) {
        int[] s = r.sentence(at);
        String found = jointIn(r, s[0], s[1]);
        if (found != null) {
            return found;
        }
        for (int k = 0; k < r.tokens.size(); k++) {
            if (r.tokens.get(k).section() == SectionKind.TITLE) {
                String t = jointIn(r, k, k + 1);
                if (t != null) {
                    return t;
                }
            }
        }
        return jointIn(r, 0, r.tokens.size());
    }

    private static String jointIn(Reading r, int from, int to) {
        for (int k = from; k < to; k++) {
            switch (r.tokens.get(k).word()) {
                case "shoulder", "hip", "knee", "subacromial", "glenohumeral", "trochanteric" -> {
                    return "20611";
                }
                case "elbow", "wrist", "ankle", "olecranon" -> {
                    return "20606";
                }
                case "finger", "toe", "digit", "thumb", "mcp", "pip", "dip", "mtp", "metacarpophalangeal",
                     "interphalangeal", "metatarsophalangeal", "cmc", "carpometacarpal", "acromioclavicular" -> {
                    return "20604";
                }
                default -> {
                }
            }
        }
        return null;
    }

    /**
     * True when the report is a procedure note: its title (or its PROCEDURE heading's first sentence) names a
     * guided procedure, either with the guidance ("ultrasound-guided paracentesis") or without naming a diagnostic
     * study. Such a report has no diagnostic exam to code (NCCI ch. IX: the look at the target is part of guidance).
     */
    static boolean procedureNote(Reading r, boolean titleNamesStudy) {
        boolean procedure = false;
        boolean guidedInTitle = false;
        boolean[] inTitle = procedureTitleTokens(r);
        for (int i = 0; i < r.tokens.size(); i++) {
            if (!inTitle[i]) {
                continue;
            }
            if (r.at(r.lexicon.procedures(), i, r.tokens.size()) != null) {
                procedure = true;
            }
            if (r.at(r.lexicon.cues("guided"), i, r.tokens.size()) != null) {
                guidedInTitle = true;
            }
        }
        return procedure && (guidedInTitle || !titleNamesStudy);
    }

    /** The words of the title, and of the first sentence of a section headed PROCEDURE (the procedure's name). */
    private static boolean[] procedureTitleTokens(Reading r) {
        boolean[] out = new boolean[r.tokens.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = r.tokens.get(i).section() == SectionKind.TITLE;
        }
        for (var s : r.text.sections()) {
            if (s.kind() != SectionKind.TECHNIQUE || !s.heading().toUpperCase(java.util.Locale.ROOT)
                    .startsWith("PROCEDURE")) {
                continue;
            }
            for (var sentence : r.text.sentences()) {
                if (sentence.end() > s.start() && sentence.start() < s.end()) {
                    java.util.Arrays.fill(out, sentence.firstToken(), sentence.endToken(), true);
                    break;
                }
            }
        }
        return out;
    }

    private static final Set<String> DONE = Set.of("performed", "placed", "placement", "inserted", "insertion",
            "obtained", "advanced", "aspirated", "injected", "drained", "biopsied", "sampled", "passes", "pass",
            "accessed", "punctured", "successful", "completed", "withdrawn", "guidance", "guided", "cores");

    /** The sentence says the procedure was done now ("was performed", "were obtained", "under guidance"). */
    private static boolean done(Reading r, int i) {
        return r.sentenceHas(i, DONE);
    }

    /** "no FNA", "not biopsied": the procedure was not done. */
    private static boolean negated(Reading r, int i) {
        int[] c = r.clause(i);
        for (int k = Math.max(c[0], i - 2); k < i; k++) {
            String w = r.tokens.get(k).word();
            if (w.equals("no") || w.equals("not") || w.equals("without")) {
                return true;
            }
        }
        return false;
    }

    /** Words of a sentence that advises or discusses rather than reports ("biopsy is recommended", "risks of"). */
    private static final Set<String> DISCUSSION = Set.of("recommend", "recommended", "recommendation", "suggest",
            "suggested", "consider", "advised", "risks", "risk", "could", "would", "may", "if", "planned", "scheduled",
            "consult", "referral", "prior", "previous", "history", "indicated", "threshold", "criteria", "candidate");

    private static boolean advice(Reading r, int i) {
        return r.sentenceHas(i, DISCUSSION);
    }

    private static final Set<String> KEPT = Set.of("documented", "documenting", "stored", "saved", "recorded",
            "archived", "retained", "kept", "obtained");

    /**
     * "documented on a post-aspiration image", "images documenting the needle in the lesion were stored": a
     * sentence naming an image and a word of keeping it records one (CPT 76942: permanent recorded images).
     */
    private static PhraseMatcher.Match<String> imageKept(Reading r) {
        for (var s : r.text.sentences()) {
            if (!WHERE.contains(s.section())) {
                continue;
            }
            int image = -1;
            boolean kept = false;
            for (int k = s.firstToken(); k < s.endToken(); k++) {
                String w = r.tokens.get(k).word();
                if (w.equals("image") || w.equals("images")) {
                    image = k;
                }
                kept |= KEPT.contains(w);
            }
            if (image >= 0 && kept) {
                return new PhraseMatcher.Match<>("image", image, image + 1, "an image named with a word of keeping it");
            }
        }
        return null;
    }

    private static List<String> missingAccess(Object sites, Object patent, Object realTime, Object saved) {
        List<String> out = new ArrayList<>();
        if (sites == null) {
            out.add("the sites evaluated");
        }
        if (patent == null) {
            out.add("the vessel's patency");
        }
        if (realTime == null) {
            out.add("real-time needle entry");
        }
        if (saved == null) {
            out.add("a recorded image");
        }
        return out;
    }

    private static PhraseMatcher.Match<String> first(Reading r, String kind) {
        List<PhraseMatcher.Match<String>> all = r.find(r.lexicon.cues(kind), WHERE);
        return all.isEmpty() ? null : all.get(0);
    }
}

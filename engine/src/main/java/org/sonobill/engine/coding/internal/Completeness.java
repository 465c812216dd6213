package org.sonobill.engine.coding.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sonobill.engine.finding.Finding;
import org.sonobill.engine.finding.FindingCode;
import org.sonobill.engine.study.ElementStatus;

/**
 * Decides whether the required elements of a complete exam are documented (CPT diagnostic ultrasound guidelines:
 * each element described or the reason it could not be seen; reference US-DOC-003, Bracco reimbursement FAQ).
 */
final class Completeness {
    static final String RULE = "CompleteVersusLimited";
    static final String SOURCE = "CPT diagnostic ultrasound guidelines (complete = every required element or the reason "
            + "it was not seen); NCCI Policy Manual ch. IX §A (report a code only if all its components were performed)";

    /** "complete" as a word, not "incomplete" nor "not complete". */
    private static final java.util.regex.Pattern COMPLETE_WORD = java.util.regex.Pattern.compile("(?<!not )\\bcomplete\\b");

    private Completeness() {
    }

    /** The elements that do not count: absent from the report, or not seen without a reason. */
    static List<String> missing(Worksheet w, List<String> required) {
        List<String> out = new ArrayList<>();
        for (String e : required) {
            ElementStatus s = w.study.element(e);
            if (s == null || !s.counts()) {
                out.add(e);
            }
        }
        return out;
    }

    /** Warns about each required element marked not seen without a reason (the physician can add it). */
    static void warnUnexplained(Worksheet w, List<String> required, String completeCode) {
        for (String e : required) {
            ElementStatus s = w.study.element(e);
            if (s != null && s.state() == ElementStatus.State.NOT_SEEN && !s.hasReason()) {
                w.add(FindingCode.ELEMENT_NOT_SEEN_WITHOUT_REASON, RULE,
                        "The " + words(e) + " is marked not seen without a reason, so it cannot count toward the "
                                + "complete exam" + (completeCode == null ? "" : " (" + completeCode + ")") + ".",
                        "Ask the interpreting physician to state why the " + words(e)
                                + " was not seen (e.g. bowel gas, body habitus, surgically absent) or to describe it.",
                        SOURCE);
            }
        }
    }

    /**
     * Records that the exam was coded limited: an info finding naming the missing elements and what they cost, and
     * a warning when the order or the title said complete.
     */
    static void limited(Worksheet w, String completeCode, String limitedCode, List<String> missing) {
        limited(w, completeCode, limitedCode, missing, null);
    }

    /**
     * As {@link #limited(Worksheet, String, String, List)}, where {@code intendedComplete} names another way the
     * study was meant to be complete (an echo protocol marked complete), or is null.
     */
    static void limited(Worksheet w, String completeCode, String limitedCode, List<String> missing,
                        String intendedComplete) {
        w.completeCode = completeCode;
        w.limitedCode = limitedCode;
        w.missingElements = List.copyOf(missing);
        BigDecimal priced = w.priceGap(completeCode, limitedCode);
        // only a positive gap is a cost; CMS occasionally values a limited code above its complete partner
        BigDecimal gap = priced != null && priced.signum() > 0 ? priced : null;
        String cost = gap == null ? ""
                : " Documenting " + (missing.size() == 1 ? "it" : "them") + " would support " + completeCode + ", worth $" + gap.toPlainString()
                        + " more (national Medicare " + w.componentWords() + ").";
        String names = wordsList(missing);
        w.add(Finding.of(FindingCode.LIMITED_BY_ELEMENTS, RULE,
                "Coded limited " + limitedCode + ": the complete exam " + completeCode + " also needs " + names + "." + cost,
                "Before signing, document " + names + ", or the reason each could not be seen, if it was evaluated.",
                SOURCE).about(limitedCode).costing(gap));
        boolean orderedComplete = completeCode.equals(w.study.orderedCode());
        String title = w.study.title();
        boolean titledComplete = title != null && COMPLETE_WORD.matcher(title.toLowerCase(Locale.ROOT)).find();
        if (orderedComplete || titledComplete || intendedComplete != null) {
            w.add(Finding.of(FindingCode.ORDERED_COMPLETE_DOCUMENTED_LIMITED, "OrderedVersusPerformed",
                    (orderedComplete ? "Ordered as complete " + completeCode : titledComplete ? "Titled \"" + title + "\""
                            : intendedComplete)
                            + " but the report documents a limited exam: " + names + " not documented. Coded "
                            + limitedCode + "." + cost,
                    "Query the interpreting physician: add the missing elements (or why they were not seen) to bill "
                            + completeCode + "; otherwise correct the title and bill " + limitedCode + ".",
                    "CPT diagnostic ultrasound guidelines; reference product brief (ordered complete, documented limited)")
                    .about(limitedCode).costing(gap));
        }
    }

    /** An element key as words: common_bile_duct → "common bile duct". */
    static String words(String key) {
        return key.replace('_', ' ');
    }

    /** "is" or "are" for a list of element keys ("valves are", "spleen is"). */
    static String isAre(List<String> keys) {
        return keys.size() == 1 && !keys.get(0).endsWith("s") ? " is" : " are";
    }

    static String wordsList(List<String> keys) {
        List<String> w = keys.stream().map(Completeness::words).toList();
        if (w.size() == 1) {
            return w.get(0);
        }
        return String.join(", ", w.subList(0, w.size() - 1)) + " and " + w.get(w.size() - 1);
    }
}

package org.sonobill.engine.coding.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.sonobill.engine.catalogue.Catalogue;
import org.sonobill.engine.coding.CodedLine;
import org.sonobill.engine.coding.CodedStudy;
import org.sonobill.engine.coding.CodingContext;
import org.sonobill.engine.coding.CodingStatus;
import org.sonobill.engine.finding.Finding;
import org.sonobill.engine.finding.Severity;
import org.sonobill.engine.payer.PayerPack;
import org.sonobill.engine.reference.ReferenceLibrary;
import org.sonobill.engine.study.StudyDocumentation;

/** Runs the rules over one study and assembles the immutable result. Stateless and thread-safe. */
public final class Coder {
    /** Billing order of modifiers: pricing modifiers first, then informational (CMS Claims Processing Manual ch. 26). */
    private static final List<String> ORDER = List.of("26", "TC", "52", "53", "50", "76", "77", "XE", "XS", "XP", "XU",
            "59", "RT", "LT", "GA", "GY", "GZ", "GX");
    private static final Map<String, Integer> RANK = rank();
    private final List<CodingRule> rules = Rules.all();
    private final Catalogue catalogue;
    private final ReferenceLibrary reference;
    /** One finding per combination of out-of-period releases: built once, shared by every study it applies to. */
    private final java.util.concurrent.ConcurrentHashMap<List<Worksheet.OutOfPeriod>, Finding> stale =
            new java.util.concurrent.ConcurrentHashMap<>();
    /** The context's list of release labels, built once per combination of releases. */
    private final java.util.concurrent.ConcurrentHashMap<List<org.sonobill.engine.reference.DataVersion>, List<String>> labels =
            new java.util.concurrent.ConcurrentHashMap<>();

    public Coder(Catalogue catalogue, ReferenceLibrary reference) {
        this.catalogue = catalogue;
        this.reference = reference;
    }

    /** Codes one study under a payer pack. */
    public CodedStudy code(StudyDocumentation study, PayerPack payer) {
        Worksheet w = new Worksheet(study, catalogue, payer, reference);
        for (CodingRule r : rules) {
            r.apply(w);
        }
        if (!w.outOfPeriod().isEmpty()) {
            List<Worksheet.OutOfPeriod> key = List.copyOf(w.outOfPeriod());
            Finding f = stale.get(key);
            if (f == null) {
                f = staleFinding(key.stream().map(Worksheet.OutOfPeriod::describe).sorted().toList());
                stale.put(key, f);
            }
            w.add(w.referenceSerious() ? f.withSeverity(Severity.WARNING) : f);
        }
        List<CodedLine> lines = new ArrayList<>(w.lines.size());
        for (WorkLine l : w.lines) {
            List<String> mods = new ArrayList<>(l.modifiers);
            mods.sort(Comparator.comparingInt(m -> RANK.getOrDefault(m, 100)));
            lines.add(new CodedLine(l.code, mods, l.units, l.diagnoses, catalogue.describe(l.code),
                    l.rationale.toString(), l.source));
        }
        List<Finding> findings = new ArrayList<>(w.findings());
        findings.sort(Comparator.comparing(Finding::severity).thenComparing(Finding::code)
                .thenComparing(f -> f.lineCode() == null ? "" : f.lineCode()).thenComparing(Finding::message));
        CodingStatus status = CodingStatus.READY;
        for (Finding f : findings) {
            if (f.severity() == Severity.ERROR) {
                status = CodingStatus.BLOCKED;
                break;
            }
            if (f.severity() == Severity.WARNING) {
                status = CodingStatus.NEEDS_REVIEW;
            }
        }
        List<org.sonobill.engine.reference.DataVersion> used = w.referenceUsed();
        List<String> refs = labels.get(used);
        if (refs == null) {
            refs = used.stream().map(org.sonobill.engine.reference.DataVersion::label).toList();
            labels.put(List.copyOf(used), refs);
        }
        CodingContext ctx = new CodingContext(study.claimType().key(), w.role.key(), payer.id(),
                study.placeOfService(), w.facility, refs);
        return new CodedStudy(study.id(), status, lines, findings, ctx);
    }

    private static Finding staleFinding(List<String> releases) {
        return Finding.of(org.sonobill.engine.finding.FindingCode.REFERENCE_VERSION_FALLBACK, "ReferenceDataInForce",
                "Reference data not published for this date of service was used: " + String.join("; ", releases) + ".",
                "Import the releases in force on the date of service with `sonobill data import KIND FILE --effective "
                        + "YYYY-MM-DD` (see docs/reference-data.md).",
                "CMS quarterly NCCI/MUE/add-on releases, annual MPFS and ICD-10-CM fiscal years; NCCI Policy Manual "
                        + "introduction (edits apply by date of service)");
    }

    /** True when every family's selector is implemented (checked by a test). */
    public static boolean selectorExists(String selector) {
        return ExamSelectionRule.knows(selector);
    }

    private static Map<String, Integer> rank() {
        java.util.HashMap<String, Integer> m = new java.util.HashMap<>();
        for (int i = 0; i < ORDER.size(); i++) {
            m.put(ORDER.get(i), i);
        }
        return Map.copyOf(m);
    }
}

package org.sonobill.server.remit;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an 835 adjustment means for the denial queue: a denial with its root cause, a payment reduction, or the
 * patient's share. The causes are the queue's (shared/docs/ultrasound-coding-reference.md g.1, and the demo
 * organisation's); CARCs from the X12 code list (shared/data/cms/codes). CARCs not named here are a denial of
 * cause "other", which the denials work (issue 6) refines with the full CARC/RARC table.
 */
public final class DenialCause {
    /** Contractual reductions and legislated cuts: money not paid, but nothing to work (CO-45, CO-253 ...). */
    private static final Set<String> REDUCTIONS = Set.of("45", "42", "59", "94", "131", "144", "223", "237", "253",
            "23", "104");
    /** The patient's share under the plan (deductible, coinsurance, copay, blood deductible). */
    private static final Set<String> PATIENT_SHARE = Set.of("1", "2", "3", "66");
    /** RARCs that make a CO-16 a registration problem rather than a documentation one (ordering provider, NPI). */
    private static final Set<String> REGISTRATION_REMARKS = Set.of("N264", "N265", "N286", "N287", "N290", "MA112",
            "N382", "MA27", "MA61");
    private static final Map<String, String> CAUSES = Map.ofEntries(
            Map.entry("16", "documentation"), Map.entry("11", "documentation"), Map.entry("252", "documentation"),
            Map.entry("226", "documentation"), Map.entry("227", "documentation"),
            Map.entry("4", "coding-modifier"), Map.entry("5", "coding-modifier"), Map.entry("6", "coding-modifier"),
            Map.entry("7", "coding-modifier"), Map.entry("9", "coding-modifier"), Map.entry("10", "coding-modifier"),
            Map.entry("181", "coding-modifier"), Map.entry("182", "coding-modifier"),
            Map.entry("189", "coding-modifier"),
            Map.entry("97", "bundling"), Map.entry("234", "bundling"), Map.entry("236", "bundling"),
            Map.entry("B15", "bundling"),
            Map.entry("50", "medical-necessity"), Map.entry("55", "medical-necessity"),
            Map.entry("56", "medical-necessity"), Map.entry("58", "medical-necessity"),
            Map.entry("150", "medical-necessity"), Map.entry("167", "medical-necessity"),
            Map.entry("204", "medical-necessity"), Map.entry("96", "medical-necessity"),
            Map.entry("119", "frequency"), Map.entry("151", "frequency"), Map.entry("35", "frequency"),
            Map.entry("15", "authorisation"), Map.entry("197", "authorisation"), Map.entry("198", "authorisation"),
            Map.entry("62", "authorisation"), Map.entry("39", "authorisation"),
            Map.entry("22", "eligibility"), Map.entry("24", "eligibility"), Map.entry("26", "eligibility"),
            Map.entry("27", "eligibility"), Map.entry("31", "eligibility"), Map.entry("32", "eligibility"),
            Map.entry("33", "eligibility"), Map.entry("109", "eligibility"), Map.entry("177", "eligibility"),
            Map.entry("200", "eligibility"),
            Map.entry("140", "registration"), Map.entry("206", "registration"), Map.entry("207", "registration"),
            Map.entry("208", "registration"),
            Map.entry("8", "credentialing"), Map.entry("52", "credentialing"), Map.entry("170", "credentialing"),
            Map.entry("171", "credentialing"), Map.entry("183", "credentialing"), Map.entry("184", "credentialing"),
            Map.entry("185", "credentialing"), Map.entry("242", "credentialing"), Map.entry("243", "credentialing"),
            Map.entry("B7", "credentialing"),
            Map.entry("29", "timely-filing"),
            Map.entry("18", "duplicate"), Map.entry("B13", "duplicate"));

    private DenialCause() {
    }

    /** True when the adjustment denies money the practice can work for (not a reduction, not the patient's share). */
    public static boolean denies(String group, String carc) {
        if (REDUCTIONS.contains(carc) && !"PR".equals(group)) {
            return false;
        }
        return !("PR".equals(group) && PATIENT_SHARE.contains(carc));
    }

    /** The root cause of a denying adjustment. */
    public static String of(String group, String carc, List<String> remarks) {
        if ("PR".equals(group)) {
            return "patient-responsibility";
        }
        if ("16".equals(carc) && remarks.stream().anyMatch(REGISTRATION_REMARKS::contains)) {
            return "registration";
        }
        return CAUSES.getOrDefault(carc, "other");
    }
}

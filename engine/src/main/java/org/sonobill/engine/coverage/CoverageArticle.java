package org.sonobill.engine.coverage;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A Medicare local coverage article (the "Billing and Coding" article of an LCD) as data: for groups of CPT codes, the
 * ICD-10-CM codes that support medical necessity, with frequency limits and documentation requirements.
 *
 * @param id the article id (e.g. A56781)
 * @param lcd the LCD it belongs to (e.g. L33577)
 * @param title the article's title
 * @param contractor the Medicare administrative contractor
 * @param states the states of the contractor's jurisdictions, where the article applies
 * @param version the article version transcribed
 * @param effective the revision's effective date
 * @param ending the revision's ending or retirement date, or null
 * @param url where the article is published
 * @param complete true when every covered code of the article was transcribed; false for a partial list
 * @param transcriptionNote where the lists came from and what is missing
 * @param groups the code groups with their covered diagnoses
 * @param frequency frequency limits of the LCD
 * @param documentation documentation requirements, paraphrased
 */
public record CoverageArticle(String id, String lcd, String title, String contractor, Set<String> states, int version,
                              LocalDate effective, LocalDate ending, String url, boolean complete,
                              String transcriptionNote, List<CoverageGroup> groups, List<CoverageFrequency> frequency,
                              List<String> documentation) {

    public CoverageArticle {
        states = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(states)); // file order
        groups = List.copyOf(groups);
        frequency = List.copyOf(frequency);
        documentation = List.copyOf(documentation);
    }

    /** True when the article governs the date of service. */
    public boolean inForce(LocalDate dos) {
        return dos != null && !dos.isBefore(effective) && (ending == null || !dos.isAfter(ending));
    }

    /** True when some group lists the code. */
    public boolean governs(String code) {
        return groups.stream().anyMatch(g -> g.codes().contains(code));
    }

    /** True when a group listing the code covers the diagnosis. */
    public boolean covers(String code, String diagnosis) {
        for (CoverageGroup g : groups) {
            if (g.codes().contains(code) && g.covers(diagnosis)) {
                return true;
            }
        }
        return false;
    }

    /** How findings cite the article. */
    public String citation() {
        return "Medicare coverage article " + id + (lcd != null ? " (LCD " + lcd + ")" : "") + " \"" + title + "\", "
                + contractor + ", version " + version + " effective " + effective + (url != null ? ", " + url : "");
    }
}

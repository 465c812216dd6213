package org.sonobill.engine.study;

import java.util.Set;

/**
 * The closed lists a study document is checked against: exam family keys, guidance procedure kinds, payer rule
 * packs and anatomic regions. They come from the catalogue and the payer packs, so adding a family or a payer
 * needs no change to the reader.
 */
public record Vocabulary(Set<String> exams, Set<String> procedureKinds, Set<String> payers, Set<String> regions,
                         java.util.Map<String, Set<String>> examElements, Set<String> resectable) {
    public Vocabulary {
        exams = Set.copyOf(exams);
        procedureKinds = Set.copyOf(procedureKinds);
        payers = Set.copyOf(payers);
        regions = Set.copyOf(regions);
        examElements = java.util.Map.copyOf(examElements);
        resectable = resectable == null ? null : Set.copyOf(resectable);
    }

    /** A vocabulary that accepts any element key and "absent" for any element. */
    public Vocabulary(Set<String> exams, Set<String> procedureKinds, Set<String> payers, Set<String> regions) {
        this(exams, procedureKinds, payers, regions, java.util.Map.of(), null);
    }

    /** Whether an element may be documented as surgically absent (null list: any). */
    public boolean canBeAbsent(String element) {
        return resectable == null || resectable.contains(element);
    }

    /**
     * The element keys an exam family knows, or null when it accepts any (a family without element lists). A key
     * outside the list is almost always a typo ("splen") that would silently make a complete study limited.
     */
    public Set<String> elementsOf(String exam) {
        return exam == null ? null : examElements.get(exam);
    }
}

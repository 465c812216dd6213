package org.sonobill.engine.study;

import java.util.Set;

/**
 * The closed lists a study document is checked against: exam family keys, guidance procedure kinds, payer rule
 * packs and anatomic regions. They come from the catalogue and the payer packs, so adding a family or a payer
 * needs no change to the reader.
 */
public record Vocabulary(Set<String> exams, Set<String> procedureKinds, Set<String> payers, Set<String> regions) {
    public Vocabulary {
        exams = Set.copyOf(exams);
        procedureKinds = Set.copyOf(procedureKinds);
        payers = Set.copyOf(payers);
        regions = Set.copyOf(regions);
    }
}

package org.sonobill.engine.study;

import java.util.List;

/** Why the study was done: the clinical text and the ICD-10-CM codes that carry it to the claim. */
public record Indication(String text, List<String> icd10) {
    public static final Indication NONE = new Indication(null, List.of());

    public Indication {
        icd10 = icd10 == null ? List.of() : List.copyOf(icd10);
    }

    /** True when there is neither text nor a code. */
    public boolean isEmpty() {
        return (text == null || text.isBlank()) && icd10.isEmpty();
    }
}

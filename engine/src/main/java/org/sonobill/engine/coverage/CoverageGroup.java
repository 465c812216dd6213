package org.sonobill.engine.coverage;

import java.util.List;
import org.sonobill.engine.payer.CodePattern;

/**
 * One group of an article: the CPT/HCPCS codes it applies to and the ICD-10-CM codes (or ranges) that support them.
 *
 * @param name the group's name in the article (e.g. "Group 1")
 * @param codes the CPT/HCPCS codes
 * @param covered the covered diagnoses, as codes, ranges or categories
 * @param notes the group's paragraph, paraphrased (dual-diagnosis requirements and the like)
 */
public record CoverageGroup(String name, List<String> codes, List<CodePattern> covered, List<String> notes) {
    public CoverageGroup {
        codes = List.copyOf(codes);
        covered = List.copyOf(covered);
        notes = List.copyOf(notes);
    }

    /** True when the diagnosis is on the group's list. */
    public boolean covers(String diagnosis) {
        return CodePattern.any(covered, diagnosis);
    }
}

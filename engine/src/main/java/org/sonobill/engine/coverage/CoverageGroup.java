package org.sonobill.engine.coverage;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.sonobill.engine.payer.CodePattern;

/**
 * One group of an article: the CPT/HCPCS codes it applies to and the ICD-10-CM codes (or ranges) that support them.
 *
 * @param name the group's name in the article (e.g. "Group 1")
 * @param codes the CPT/HCPCS codes
 * @param covered the covered diagnoses, as codes, ranges or categories
 * @param notes the group's paragraph, paraphrased (dual-diagnosis requirements and the like)
 */
public record CoverageGroup(String name, List<String> codes, List<CodePattern> covered, List<String> notes,
                            Set<String> exactCodes, List<CodePattern> ranges) {

    public CoverageGroup(String name, List<String> codes, List<CodePattern> covered, List<String> notes) {
        this(name, codes, covered, notes, null, null);
    }

    public CoverageGroup {
        codes = List.copyOf(codes);
        covered = List.copyOf(covered);
        notes = List.copyOf(notes);
        // articles list hundreds of single codes: those are a hash lookup, only ranges and categories are scanned
        exactCodes = covered.stream().filter(CodePattern::exact).map(CodePattern::low).collect(Collectors.toUnmodifiableSet());
        ranges = covered.stream().filter(p -> !p.exact()).toList();
    }

    /** True when the diagnosis is on the group's list. */
    public boolean covers(String diagnosis) {
        if (diagnosis == null) {
            return false;
        }
        String c = CodePattern.normal(diagnosis);
        if (exactCodes.contains(c)) {
            return true;
        }
        for (CodePattern p : ranges) {
            if (p.matchesNormal(c)) {
                return true;
            }
        }
        return false;
    }
}

package org.sonobill.engine.scrub;

import java.util.List;
import org.sonobill.engine.finding.Finding;

/** One named claim edit: reads the claim and the tables, returns findings. Never throws for business outcomes. */
interface ClaimRule {
    /** The findings for the claim. */
    List<Finding> check(ClaimSheet sheet);

    /** The rule's name in findings. */
    default String name() {
        return getClass().getSimpleName().replace("Rule", "");
    }
}

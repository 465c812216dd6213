package org.sonobill.engine.coding;

import java.util.List;
import org.sonobill.engine.finding.Finding;

/**
 * The coding of one study: the lines to bill, every finding with its reason, and the status that follows.
 *
 * @param studyId the study's id
 * @param status ready, needs-review or blocked
 * @param lines lines in billing order
 * @param findings errors first, then warnings, then information
 * @param context the resolved billing context
 */
public record CodedStudy(String studyId, CodingStatus status, List<CodedLine> lines, List<Finding> findings,
                         CodingContext context) {
    public CodedStudy {
        lines = List.copyOf(lines);
        findings = List.copyOf(findings);
    }
}

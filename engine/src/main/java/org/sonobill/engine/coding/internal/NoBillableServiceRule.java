package org.sonobill.engine.coding.internal;

import org.sonobill.engine.finding.FindingCode;

/** When no line survives, say so: the study cannot be billed as documented (reference US-DOC-002). */
final class NoBillableServiceRule implements CodingRule {

    @Override
    public void apply(Worksheet w) {
        if (!w.lines.isEmpty()) {
            return;
        }
        boolean explainedByError = w.findings().stream().anyMatch(f -> f.severity() == org.sonobill.engine.finding.Severity.ERROR);
        boolean onlyInfo = !w.study.procedures().isEmpty() && w.study.exam() == null && !explainedByError
                && w.findings().stream().noneMatch(f -> f.severity() == org.sonobill.engine.finding.Severity.WARNING);
        if (onlyInfo) {
            return;
        }
        boolean bundledIntoPrimary = !explainedByError && w.findings().stream().anyMatch(f ->
                f.code().equals(FindingCode.PTP_NOT_DISTINCT.id()) || f.code().equals(FindingCode.PTP_COLUMN2_NOT_ALLOWED.id()))
                && !w.primaryCodes.isEmpty();
        if (bundledIntoPrimary) {
            return; // correct coding: the service is part of a procedure billed on its own; the warning says so
        }
        w.add(FindingCode.NO_BILLABLE_SERVICE, name(),
                "Nothing in this study is billable as documented.",
                "Resolve the findings above (or query the physician); if no ultrasound service was performed, do not bill.",
                "Reference US-DOC-002 (a quick look without a thorough evaluation, images and a report is not billable)");
    }
}

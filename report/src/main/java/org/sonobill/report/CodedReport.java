package org.sonobill.report;

import java.util.List;
import org.sonobill.engine.coding.CodedStudy;

/**
 * A report read and coded: the engine's result on the documentation read from the text, with the reader's evidence.
 *
 * @param read the documentation, evidence and reader's review points
 * @param coded the engine's coding of {@code read.documentation()}
 * @param confidence ready when the reader was sure of every code-determining fact and the engine found a billable
 *                   service; otherwise needs-review
 * @param review what a coder should check (the reader's points, then the engine's reasons), empty when ready
 */
public record CodedReport(ReadReport read, CodedStudy coded, Confidence confidence, List<ReviewPoint> review) {
    public CodedReport {
        review = List.copyOf(review);
    }
}

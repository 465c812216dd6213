package org.sonobill.report;

import java.util.List;
import org.sonobill.engine.study.StudyDocumentation;

/**
 * What the reader made of one report: the study documentation the engine codes, the evidence behind each fact, and
 * whether the facts that decide the codes were all found clearly.
 *
 * @param documentation the study documentation, coded by the engine exactly like structured input
 * @param evidence the spans of text behind each decision, in text order
 * @param confidence ready only when every code-determining fact has clear evidence
 * @param review what a coder should check; empty when ready
 */
public record ReadReport(StudyDocumentation documentation, List<Evidence> evidence, Confidence confidence,
                         List<ReviewPoint> review) {
    public ReadReport {
        evidence = List.copyOf(evidence);
        review = List.copyOf(review);
    }
}

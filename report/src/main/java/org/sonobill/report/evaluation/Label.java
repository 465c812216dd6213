package org.sonobill.report.evaluation;

import java.util.List;
import java.util.Set;

/**
 * What a certified coder assigned to one report (the {@code labels.json} format of the development set).
 *
 * @param id the report's id
 * @param file the report's file name, next to the labels
 * @param placeOfService, claimType, billingRole, payer the billing context the coder assumed
 * @param family the exam family as the coder named it (free text)
 * @param expected the best answer under strict CPT rules; empty when nothing is billable as documented
 * @param acceptable other answers an expert coder could defend
 * @param ambiguous competent coders would disagree: needs-review is also a right outcome
 * @param icd10 the supported diagnoses
 */
public record Label(String id, String file, String placeOfService, String claimType, String billingRole, String payer,
                    String family, Set<CodeLine> expected, List<Set<CodeLine>> acceptable, boolean ambiguous,
                    List<String> icd10) {
}
